"""The link stages on Spark over synthetic articles: time, and driver and executor peak memory.

    .venv/bin/python bench/bench_spark_link.py --articles 100000 [--master "local[2]"]
        [--seed 0] [--partitions 8] [--out DIR]

Issue 14: a `--engine spark` run on local[2] over generated articles, link stages only
(duplicates, events, storylines, as `bench/bench_link_scale.py` runs them locally), each
as Spark jobs over blocks (`wirewatch.scale.spark_link`).  The articles are generated
into a JSONL file first (`bench/generate_corpus.py`, streamed, not timed), read by Spark,
given the same stand-in mentions as `bench_link_scale.py` in the tasks, and the results
written as Parquet (articles with their copy and event, events, storylines).

Memory: in local mode the driver and the executor share one JVM; the Python side of the
executor is Spark's Python workers.  A thread samples /proc every half second: the
JVM's resident memory, the sum over the Python workers, and this driver process.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from wirewatch.model import to_dict
from wirewatch.scale import spark_link
from wirewatch.scale.spark import spark_session
from wirewatch.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_link_scale import to_article  # scripts beside this one
from generate_corpus import generate_articles


def resident_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def descendants(pid: int) -> list[int]:
    """Every process below `pid`, from each process's parent in /proc (a JVM starts its
    Python workers from other threads than its main one)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, queue = [], [pid]
    while queue:
        kids = children.get(queue.pop(), [])
        found.extend(kids)
        queue.extend(kids)
    return found


class PeakMemory(threading.Thread):
    """Samples the JVM (a child of this process) and its Python workers."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.jvm_mb = self.workers_mb = 0.0
        self.running = True

    def run(self) -> None:
        while self.running:
            for jvm in descendants(os.getpid()):
                try:
                    if b"java" not in Path(f"/proc/{jvm}/cmdline").read_bytes()[:200]:
                        continue
                except OSError:
                    continue
                self.jvm_mb = max(self.jvm_mb, resident_mb(jvm))
                workers = sum(resident_mb(pid) for pid in descendants(jvm))
                self.workers_mb = max(self.workers_mb, workers)
            time.sleep(0.5)


def write_articles(count: int, seed: int, folder: Path) -> Path:
    path = folder / "articles.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for record in generate_articles(count, seed):
            out.write(json.dumps(record) + "\n")
    return path


def link(count: int, seed: int, master: str, partitions: int, out: Path) -> dict[str, Any]:
    settings = Settings()
    link_settings = settings.link
    path = write_articles(count, seed, out)
    memory = PeakMemory()
    memory.start()
    started = time.perf_counter()
    # The tasks call `to_article` of the script beside this one: workers import it from here.
    os.environ["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(Path(__file__).resolve().parent), os.environ.get("PYTHONPATH")])
    )
    session = spark_session(master)
    context = session.sparkContext
    seconds: dict[str, float] = {}
    mark = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal mark
        seconds[name] = round(time.perf_counter() - mark, 1)
        mark = time.perf_counter()

    lines = context.textFile(str(path), partitions)
    articles = lines.map(lambda line: to_article(json.loads(line))).zipWithIndex()
    articles = articles.map(lambda row: (row[1], row[0])).persist()
    lap("read")
    roots = spark_link.duplicate_roots(context, articles, link_settings)
    articles = spark_link.with_copies(articles, roots, context).persist()
    lap("duplicates")
    events_of = spark_link.event_of(context, articles, link_settings)
    articles = spark_link.with_events(articles, events_of).persist()
    now = spark_link.reference_day(articles, settings.nlp.reference_date)
    windows = spark_link.windows_of(articles, now, {})
    events = spark_link.described_events(articles, windows, link_settings).persist()
    event_count = events.count()
    lap("events")
    storylines = spark_link.storylines_of(context, articles, events, {}, link_settings).persist()
    storyline_count = storylines.count()
    lap("storylines")
    parquet = session.createDataFrame(
        articles.map(lambda row: (row[1].id, row[1].duplicate_of, row[1].event)),
        "id string, duplicate_of string, event string",
    )
    parquet.write.mode("overwrite").parquet(str(out / "articles.parquet"))
    chained = storylines.flatMap(lambda found: found[1])
    session.createDataFrame(
        chained.map(lambda e: (e.id, e.title, e.storyline, json.dumps(to_dict(e)))),
        "id string, title string, storyline string, record string",
    ).write.mode("overwrite").parquet(str(out / "events.parquet"))
    session.createDataFrame(
        storylines.map(lambda found: (found[0].id, found[0].title, json.dumps(found[0].events))),
        "id string, title string, events string",
    ).write.mode("overwrite").parquet(str(out / "storylines.parquet"))
    lap("parquet")
    session.stop()
    memory.running = False
    return {
        "articles": count,
        "master": master,
        "seconds": round(time.perf_counter() - started, 1),
        "stages": seconds,
        "copies": len(roots),
        "events": event_count,
        "storylines": storyline_count,
        "driver_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "jvm_peak_mb": round(memory.jvm_mb),
        "python_workers_peak_mb": round(memory.workers_mb),
        "load_average": round(os.getloadavg()[0], 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--out", type=Path, help="keep the Parquet tables here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wirewatch-spark-") as scratch:
        out = args.out or Path(scratch)
        out.mkdir(parents=True, exist_ok=True)
        print(json.dumps(link(args.articles, args.seed, args.master, args.partitions, out)))


if __name__ == "__main__":
    main()
