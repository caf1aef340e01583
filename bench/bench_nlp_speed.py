"""Throughput of the annotation stage against spaCy's `nlp.pipe` alone, on the same texts.

    .venv/bin/python bench/bench_nlp_speed.py [--texts PATH.jsonl] [--limit N]

Texts default to ECB+ dev (`../shared/benchmarks/clustering/ecbplus/dev.jsonl`).  spaCy
runs once over all texts (timed: the floor); the four doc annotators then run over the
same Docs (timed); the overhead is their time over spaCy's.  Entity resolution (a corpus
stage) is timed too, as context.  Target: annotators add at most 25 %.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from wirewatch.link.entities import resolve_entities
from wirewatch.model import Article, Corpus
from wirewatch.nlp.spacy_pipeline import load_pipeline
from wirewatch.pipeline import stages_of

DEFAULT_TEXTS = (
    Path(__file__).resolve().parents[1].parent / "shared/benchmarks/clustering/ecbplus/dev.jsonl"
)


def read_articles(path: Path, limit: int) -> list[Article]:
    articles = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            articles.append(Article(id=str(record["id"]), source=str(path), text=record["text"]))
            if len(articles) >= limit:
                break
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--limit", type=int, default=200)
    args = parser.parse_args()

    articles = read_articles(args.texts, args.limit)
    nlp = load_pipeline()
    list(nlp.pipe(article.text for article in articles[:20]))  # warm-up, not timed

    started = time.perf_counter()
    docs = list(nlp.pipe(article.text for article in articles))
    spacy_seconds = time.perf_counter() - started

    started = time.perf_counter()
    for article, doc in zip(articles, docs, strict=True):
        for stage in stages_of("nlp"):
            stage.run(article, doc, None)
    annotate_seconds = time.perf_counter() - started

    started = time.perf_counter()
    corpus = Corpus(articles=articles)
    resolve_entities(corpus, None)
    resolve_seconds = time.perf_counter() - started

    characters = sum(len(article.text) for article in articles)
    print(f"texts: {len(articles)} from {args.texts.name} ({characters:,} characters)")
    rate = len(articles) / spacy_seconds
    print(f"spaCy nlp.pipe alone:       {spacy_seconds:7.2f} s  ({rate:6.1f} texts/s)")
    print(f"doc annotators (4):         {annotate_seconds:7.2f} s")
    print(f"annotators / spaCy:         {annotate_seconds / spacy_seconds:7.1%}  (target <= 25%)")
    print(f"pipe + annotators / pipe:   {(spacy_seconds + annotate_seconds) / spacy_seconds:7.3f}x")
    print(
        f"resolve_entities (corpus):  {resolve_seconds:7.2f} s  -> {len(corpus.entities)} entities"
    )


if __name__ == "__main__":
    main()
