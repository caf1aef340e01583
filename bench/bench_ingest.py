"""Ingest throughput (articles/s) next to the spaCy floor, on a generated corpus.

    .venv/bin/python bench/bench_ingest.py --articles 2000 [--jobs 1 2] [--spark local[2]]

The floor is what any spaCy-based system pays: `nlp.pipe` alone in one
process, over the raw texts and over the clean texts wirewatch hands spaCy
(shorter: boilerplate, titles and bylines removed).  wirewatch's ingest (read,
clean, annotate with spaCy and every doc annotator, store) is timed with each
`--jobs` value, and on Spark with `--spark MASTER` (the per-article stages in Spark
partitions, session start included), then linking (the corpus stages).  Ratios come from
one run.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_corpus import generate_articles

from wirewatch import api
from wirewatch.nlp.spacy_pipeline import load_pipeline
from wirewatch.settings import Settings
from wirewatch.store import Store


def write_corpus(folder: Path, count: int) -> list[str]:
    """The generated articles as one .jsonl file; returns their texts."""
    texts = []
    with (folder / "corpus.jsonl").open("w", encoding="utf-8") as handle:
        for record in generate_articles(count, seed=7):
            record.pop("event", None)
            texts.append(record["text"])
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return texts


def spacy_floor(texts: list[str]) -> float:
    nlp = load_pipeline()
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return len(texts) / (time.perf_counter() - started)


def clean_texts(db: Path) -> list[str]:
    with Store(db) as store:
        return [article.text for article in store.articles()]


def ingest_rate(folder: Path, run: str, count: int) -> tuple[float, float]:
    """`run`: a number of local jobs, or "spark:MASTER"."""
    settings = Settings()
    if run.startswith("spark:"):
        settings.engine, settings.spark_master = "spark", run.removeprefix("spark:")
    else:
        settings.jobs = int(run)
    db = folder / f"bench-{run.replace(':', '-').replace('[', '').replace(']', '')}.db"
    started = time.perf_counter()
    report = api.ingest([folder / "corpus.jsonl"], db, settings)
    ingest_seconds = time.perf_counter() - started
    assert report.added == count, f"stored {report.added} of {count}: {report.skipped[:3]}"
    started = time.perf_counter()
    api.link(db, settings)
    return count / ingest_seconds, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--spark", metavar="MASTER", help="also ingest on Spark (e.g. local[2])")
    args = parser.parse_args()
    runs = [str(jobs) for jobs in args.jobs] + ([f"spark:{args.spark}"] if args.spark else [])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        texts = write_corpus(folder, args.articles)
        floor = spacy_floor(texts)
        rates = {run: ingest_rate(folder, run, args.articles) for run in runs}
        clean_floor = spacy_floor(clean_texts(folder / f"bench-{runs[0]}.db"))
        print(
            f"corpus: {args.articles} generated articles, "
            f"{sum(map(len, texts)) / len(texts):.0f} characters each on average"
        )
        print(f"spaCy nlp.pipe alone, raw texts:   {floor:8.1f} articles/s")
        print(f"spaCy nlp.pipe alone, clean texts: {clean_floor:8.1f} articles/s")
        for run, (rate, link_seconds) in rates.items():
            label = (
                run.replace("spark:", "on Spark ") if run.startswith("spark") else f"--jobs {run}"
            )
            print(
                f"wirewatch ingest, {label}:       {rate:8.1f} articles/s "
                f"({rate / clean_floor:.2f} x clean-text floor); link: {link_seconds:.1f} s"
            )


if __name__ == "__main__":
    main()
