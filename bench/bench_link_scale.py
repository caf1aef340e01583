"""Linking at scale: time and peak memory to link 10,000 and 100,000 synthetic articles.

    .venv/bin/python bench/bench_link_scale.py [--sizes 10000 100000] [--seed 0]
    .venv/bin/python bench/bench_link_scale.py --feed 100000 --batch 1000 [--extra 10]

`--feed` stores the articles in a fresh store (in a temporary folder) batch by batch and
runs the same link stages after each batch as `wirewatch link` runs them (load the
corpus, link, save the corpus): it prints each batch's link time, the first and the
last, then the time to link `--extra` more articles into the full store, and the peak
memory of the process.  Target (issue 14): last batch at most 1.5x the first, the extra
articles in under 10 s, peak under 2 GB at 100,000.

Each size runs in its own process (so peak memory is its own): articles from
`bench/generate_corpus.py`, then the link stages (duplicates, events,
storylines), timed together and one by one, with a digest of what they found (so a change
made for speed or memory can show it links alike).  No spaCy here: entity mentions come
from a cheap heuristic (runs of capitalised words not opening a sentence,
labelled ORG), which the
timings include.  BCubed F1 of events against the generator's gold events is
printed as a sanity check.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from wirewatch.link.duplicates import mark_duplicates
from wirewatch.link.events import link_events
from wirewatch.link.storylines import link_storylines
from wirewatch.model import Article, Corpus, DateRange, Mention
from wirewatch.settings import Settings
from wirewatch.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_corpus import generate_articles  # a script beside this one

NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*")
MAX_RATIO = 12.0  # 10x the articles may cost at most this many times the time


def opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(' "“')
    return not before or before[-1] in ".!?:\n—"


def heuristic_mentions(text: str) -> list[Mention]:
    """Runs of capitalised words that do not open a sentence: a stand-in for NER."""
    return [
        Mention(match.start(), match.end(), "ORG")
        for match in NAME_RUN.finditer(text)
        if not opens_sentence(text, match.start())
    ]


def to_article(record: dict[str, Any]) -> Article:
    return Article(
        id=record["id"],
        source=record["id"],
        text=record["text"],
        title=record["title"],
        outlet=record["outlet"],
        published=DateRange(record["published"], record["published"], "metadata"),
        mentions=heuristic_mentions(record["text"]),
    )


def bcubed_f1(gold_of: dict[str, str], predicted_of: dict[str, str | None]) -> float:
    """BCubed F1 (as in ../shared/eval/score.py), counted in linear time."""
    pair_counts = Counter((gold_of[a], predicted_of[a] or a) for a in gold_of)
    gold_sizes = Counter(gold_of.values())
    predicted_sizes = Counter(predicted_of[a] or a for a in gold_of)
    precision = recall = 0.0
    for (gold, predicted), both in pair_counts.items():
        precision += both * both / predicted_sizes[predicted]
        recall += both * both / gold_sizes[gold]
    precision, recall = precision / len(gold_of), recall / len(gold_of)
    return 2 * precision * recall / (precision + recall)


def run_size(articles_wanted: int, seed: int) -> dict[str, Any]:
    # one record at a time: the generator's dicts are never all held beside the articles
    gold_of: dict[str, str] = {}
    articles = []
    for record in generate_articles(articles_wanted, seed):
        gold_of[record["id"]] = record["event"]
        articles.append(to_article(record))
    corpus = Corpus(articles=articles)
    loaded_mb = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    settings = Settings()
    seconds: dict[str, float] = {}
    for stage in (mark_duplicates, link_events, link_storylines):
        started = time.perf_counter()
        stage(corpus, settings)
        seconds[stage.__name__] = round(time.perf_counter() - started, 2)
    return {
        "articles": articles_wanted,
        "seconds": round(sum(seconds.values()), 2),
        "stages": seconds,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "peak_rss_before_link_mb": loaded_mb,
        "events": len(corpus.events),
        "gold_events": len(set(gold_of.values())),
        "storylines": len(corpus.storylines),
        "duplicates": sum(article.duplicate_of is not None for article in corpus.articles),
        "event_bcubed_f1": round(
            bcubed_f1(gold_of, {article.id: article.event for article in corpus.articles}), 3
        ),
        "result_digest": result_digest(corpus),
    }


def result_digest(corpus: Corpus) -> str:
    """A hash of every copy, event and storyline found: two codes that should link alike
    (a change made for speed or memory) print the same digest."""
    found = [
        [[article.id, article.event, article.duplicate_of] for article in corpus.articles],
        [[event.id, event.storyline, event.title] for event in corpus.events],
        [[storyline.id, storyline.title, storyline.events] for storyline in corpus.storylines],
    ]
    return hashlib.sha1(json.dumps(found).encode()).hexdigest()[:12]


def link_stored(store: Store, settings: Settings) -> float:
    """Seconds to load the stored corpus, run the link stages and save what changed."""
    started = time.perf_counter()
    corpus = store.load_corpus()
    for stage in (mark_duplicates, link_events, link_storylines):
        stage(corpus, settings)
    store.save_corpus(corpus)
    return time.perf_counter() - started


def feed(articles_wanted: int, batch: int, extra: int, seed: int) -> dict[str, Any]:
    """Store the articles batch by batch, linking after each; then `extra` more."""
    records = list(generate_articles(articles_wanted + extra, seed))
    settings = Settings()
    seconds = []
    folder = tempfile.TemporaryDirectory(prefix="wirewatch-feed-")
    with folder, Store(Path(folder.name) / "wirewatch.db") as store:
        for start in range(0, articles_wanted, batch):
            chunk = records[start : min(start + batch, articles_wanted)]
            store.add_articles([to_article(record) for record in chunk])
            seconds.append(round(link_stored(store, settings), 2))
            print(json.dumps({"stored": start + len(chunk), "link_s": seconds[-1]}),
                  file=sys.stderr, flush=True)
        store.add_articles([to_article(record) for record in records[articles_wanted:]])
        extra_seconds = link_stored(store, settings) if extra else 0.0
    return {
        "articles": articles_wanted,
        "batch": batch,
        "first_batch_s": seconds[0],
        "last_batch_s": seconds[-1],
        "last_over_first": round(seconds[-1] / seconds[0], 2),
        f"plus_{extra}_s": round(extra_seconds, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "load_average": round(os.getloadavg()[0], 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--one", type=int, help="run one size in this process (used internally)")
    parser.add_argument("--feed", type=int, help="store this many articles batch by batch")
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--extra", type=int, default=10)
    args = parser.parse_args()
    if args.feed:
        print(json.dumps(feed(args.feed, args.batch, args.extra, args.seed)))
        return
    if args.one:
        print(json.dumps(run_size(args.one, args.seed)))
        return
    results = []
    for size in args.sizes:
        command = [sys.executable, __file__, "--one", str(size), "--seed", str(args.seed)]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        results.append(json.loads(output.strip().splitlines()[-1]))
        print(json.dumps(results[-1]), flush=True)
    if len(results) >= 2:
        small, large = results[0], results[-1]
        ratio = large["seconds"] / small["seconds"]
        growth = large["articles"] / small["articles"]
        verdict = "about linear" if ratio < MAX_RATIO else "SUPER-LINEAR"
        print(
            f"time ratio {large['articles']}/{small['articles']}: {ratio:.2f} "
            f"for {growth:.0f}x the articles ({verdict}; must stay below {MAX_RATIO:.0f})"
        )


if __name__ == "__main__":
    main()
