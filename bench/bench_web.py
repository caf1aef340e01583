"""The web app under load and abuse, on a 10,000-article store, over real HTTP on 127.0.0.1.

    .venv/bin/python bench/bench_web.py [--articles 10000] [--requests 2000] [--clients 1 4]
        [--store FILE]

1. Builds the store once (kept at `--store`, default /tmp/wirewatch-bench-web/N.db): synthetic
   articles from `bench/generate_corpus.py` linked by the corpus stages (duplicates, events,
   storylines) with heuristic entity mentions, as `bench_link_scale.py` does (no spaCy, so
   no quotes or actions: the pages that show them are light here).
2. Starts `wirewatch serve` over it and times every kind of page once, including abuse
   (`a* ` x 5,000, four prefix terms, a page deep in the results): the slowest must answer or
   refuse within 1 s.
3. Bounded load tests: `--requests` requests each (fixed count; they stop by themselves)
   from 1, then 4 (`--clients`) concurrent keep-alive clients over a mix of searches, events,
   articles, storylines and outlets; p50/p95/p99 latency and errors (status >= 500 or failure).
4. SIGTERM to the server: seconds until it has exited (target < 5).
Prints one JSON object per step.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

from wirewatch.link.duplicates import mark_duplicates
from wirewatch.link.events import link_events
from wirewatch.link.storylines import link_storylines
from wirewatch.model import Corpus
from wirewatch.settings import Settings
from wirewatch.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_link_scale import to_article  # scripts beside this one
from generate_corpus import generate_articles

WORDS = ("talks", "minister", "border", "trade", "port", "agreement", "protest", "ship",
         "election", "Norway", "Kenya", "fisheries", "strike", "court", "rail")


def build_store(path: Path, articles: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(articles=[to_article(record) for record in generate_articles(articles, 0)])
    for stage in (mark_duplicates, link_events, link_storylines):
        stage(corpus, Settings())
    with Store(path) as store:
        store.save_corpus(corpus)


def start(db: Path) -> tuple[subprocess.Popen, int]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "wirewatch.cli", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    for _ in range(600):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/static/plotly.min.js", timeout=5)
            return server, port
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start")


def timed_get(connection: http.client.HTTPConnection, address: str) -> tuple[float, int]:
    started = time.perf_counter()
    connection.request("GET", address)
    response = connection.getresponse()
    response.read()
    return time.perf_counter() - started, response.status


def search(words: str, **filters: str) -> str:
    return "/search?" + urllib.parse.urlencode({"q": words, **filters})


def addresses_of(db: Path) -> dict[str, list[str]]:
    with Store(db) as store:
        corpus = store.load_corpus()
    quote = urllib.parse.quote
    return {
        "event": [f"/events/{quote(e.id)}" for e in corpus.events],
        "article": [f"/articles/{quote(a.id)}" for a in corpus.articles],
        "storyline": [f"/storylines/{quote(s.id)}" for s in corpus.storylines],
        "outlet": sorted({f"/outlets/{quote(a.outlet)}" for a in corpus.articles if a.outlet}),
    }


def single_requests(port: int, pages: dict[str, list[str]]) -> dict[str, object]:
    """Every kind of page once, with the abusive searches; the slowest is the figure."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    cases = {
        "overview": "/", "brief": "/brief", "export": "/analysis.json",
        "search common word": search("minister"),
        "search with filters": search("talks", since="2026-03-01", until="2026-06-30"),
        "search page 40": search("minister", page_number="40"),
        "search 4 prefix terms": search("a* b* c* d*"),
        "search a* x 5000 (refused)": search("a* " * 5000),
        "search 40 terms (refused)": search(" ".join(f"w{n}" for n in range(40))),
        **{kind: found[0] for kind, found in pages.items()},
        "missing page": "/events/none",
    }
    seconds = {}
    for name, address in cases.items():
        elapsed, status = timed_get(connection, address)
        seconds[name] = {"ms": round(elapsed * 1000, 1), "status": status}
    slowest = max(seconds, key=lambda name: seconds[name]["ms"])
    return {"step": "single requests", "pages": seconds, "slowest": slowest,
            "slowest_ms": seconds[slowest]["ms"]}


def load_test(port: int, pages: dict[str, list[str]], requests: int, clients: int
              ) -> dict[str, object]:
    rng = random.Random(0)
    mix = []
    for _ in range(requests):
        kind = rng.choices(["search", "event", "article", "storyline", "outlet"],
                           [40, 25, 20, 10, 5])[0]
        mix.append(search(" ".join(rng.sample(WORDS, rng.randint(1, 3)))) if kind == "search"
                   else rng.choice(pages[kind]))
    latencies: list[float] = []
    by_kind: dict[str, list[float]] = {}
    errors: list[str] = []
    lock = threading.Lock()

    def client(share: list[str]) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for address in share:
            try:
                elapsed, status = timed_get(connection, address)
            except (OSError, http.client.HTTPException) as error:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                with lock:
                    errors.append(f"{address}: {error}")
                continue
            with lock:
                latencies.append(elapsed)
                by_kind.setdefault(address.split("/")[1].split("?")[0], []).append(elapsed)
                if status >= 500:
                    errors.append(f"{address}: {status}")

    threads = [threading.Thread(target=client, args=(mix[n::clients],)) for n in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    latencies.sort()

    def percentile(p: float, values: list[float] = latencies) -> float:
        return round(sorted(values)[min(len(values) - 1, int(p * len(values)))] * 1000, 1)

    return {"step": "load test", "requests": requests, "clients": clients,
            "p50_ms": percentile(0.50), "p95_ms": percentile(0.95), "p99_ms": percentile(0.99),
            "p95_ms_by_page": {kind: percentile(0.95, found) for kind, found in by_kind.items()},
            "max_ms": round(latencies[-1] * 1000, 1), "errors": len(errors),
            "first_errors": errors[:3], "requests_per_second": round(requests / wall, 1)}


def stop_by_sigterm(server: subprocess.Popen) -> dict[str, object]:
    started = time.perf_counter()
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        return {"step": "SIGTERM", "stopped_within_s": None, "note": "killed after 30 s"}
    return {"step": "SIGTERM", "stopped_within_s": round(time.perf_counter() - started, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 4],
                        help="one load test per number of concurrent clients")
    parser.add_argument("--store", type=Path)
    args = parser.parse_args()
    db = args.store or Path(f"/tmp/wirewatch-bench-web/{args.articles}.db")
    if not db.exists():
        started = time.perf_counter()
        build_store(db, args.articles)
        print(json.dumps({"step": "build store", "articles": args.articles,
                          "seconds": round(time.perf_counter() - started, 1)}), flush=True)
    pages = addresses_of(db)
    started = time.perf_counter()
    server, port = start(db)
    print(json.dumps({"step": "server up", "seconds": round(time.perf_counter() - started, 1),
                      **{kind: len(found) for kind, found in pages.items()}}), flush=True)
    try:
        print(json.dumps(single_requests(port, pages)), flush=True)
        for clients in args.clients:
            print(json.dumps(load_test(port, pages, args.requests, clients)), flush=True)
        print(json.dumps(stop_by_sigterm(server)), flush=True)
    finally:
        if server.poll() is None:
            server.kill()


if __name__ == "__main__":
    main()
