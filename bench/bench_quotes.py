"""Quote extraction on PolNeAR (political news, hand-annotated attribution) and its speed.

    .venv/bin/python bench/bench_quotes.py [--split dev|test|both] [--explain]

Reads `../shared/benchmarks/quotes/polnear/<split>/*.txt` (one article per file, the text as
given: no cleaning, like the peers), runs spaCy, the annotators that run before quotes in the
pipeline (`add_sentences`, `add_mentions`) and `add_quotes`, and scores the quotes with
`../shared/eval/score.py` beside the peers measured there with the same scorer.  Speed:
the time of `add_quotes` over the parsed docs against the time of the spaCy pass itself.
Tune on dev, report test.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path
from types import ModuleType

from wirewatch.model import Article
from wirewatch.nlp.annotate import add_mentions, add_sentences
from wirewatch.nlp.spacy_pipeline import load_pipeline
from wirewatch.quotes.extract import add_quotes
from wirewatch.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
POLNEAR = SHARED / "benchmarks" / "quotes" / "polnear"

# PolNeAR test, from shared/benchmarks/quotes/README.md (same scorer)
PEERS = (
    ("every quoted segment, no speaker", 0.956, 0.0, 0.0),
    ("textacy 0.13 direct_quotations", 0.684, 0.715, 0.458),
    ("textacy, titles stripped from speakers", 0.684, 0.889, 0.569),
)


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_split(split: str) -> tuple[list[Article], dict]:
    paths = sorted((POLNEAR / split).glob("*.txt"))
    articles = [Article(id=p.stem, source=str(p), text=p.read_text()) for p in paths]
    gold = json.loads((POLNEAR / f"{split}.gold.json").read_text())
    return articles, gold


def annotate(articles: list[Article], settings: Settings) -> tuple[float, float]:
    """Quotes for every article, after the annotators the pipeline runs before them; the
    seconds of the spaCy pass and of add_quotes alone."""
    nlp = load_pipeline(settings.nlp.spacy_model)
    started = time.perf_counter()
    docs = list(nlp.pipe(article.text for article in articles))
    parsed = time.perf_counter()
    for article, doc in zip(articles, docs, strict=True):
        add_sentences(article, doc, settings)
        add_mentions(article, doc, settings)
    quoting = time.perf_counter()
    for article, doc in zip(articles, docs, strict=True):
        add_quotes(article, doc, settings)
    return parsed - started, time.perf_counter() - quoting


def export(articles: list[Article]) -> dict:
    return {
        "articles": [],
        "quotes": [
            {
                "article": article.id,
                "kind": quote.kind,
                "text": article.text[quote.start : quote.end],
                "speaker": {"entity": quote.speaker_entity, "name": quote.speaker_name},
            }
            for article in articles
            for quote in article.quotes
        ],
    }


def print_scores(split: str, report: dict, spacy_s: float, quotes_s: float, n: int) -> None:
    found = report["quotes"]["quotes"]
    both = report["quotes"]["quote_and_speaker"]
    print(f"\nPolNeAR {split}: {n} articles")
    print(f"{'method':45s} {'P':>6s} {'R':>6s} {'F1':>6s} {'speaker':>8s} {'q+s F1':>7s}")
    print(
        f"{'wirewatch add_quotes':45s} {found['p']:6.3f} {found['r']:6.3f} {found['f1']:6.3f} "
        f"{report['quotes']['speaker_accuracy']:8.3f} {both['f1']:7.3f}"
    )
    if split == "test":
        for name, f1, speaker, quote_and_speaker in PEERS:
            print(f"{name:45s} {'':6s} {'':6s} {f1:6.3f} {speaker:8.3f} {quote_and_speaker:7.3f}")
    print(
        f"speed: spaCy {spacy_s * 1000 / n:.1f} ms/article, add_quotes {quotes_s * 1000 / n:.2f} "
        f"ms/article: quotes add {100 * quotes_s / spacy_s:.1f}% to the spaCy pass"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--explain", action="store_true", help="list every miss (stderr)")
    args = parser.parse_args(argv)
    if not POLNEAR.is_dir():
        print(f"{POLNEAR} is missing: the benchmark needs ../shared", file=sys.stderr)
        return 1
    scorer, settings = load_scorer(), Settings()
    for split in ("dev", "test") if args.split == "both" else (args.split,):
        articles, gold = read_split(split)
        spacy_s, quotes_s = annotate(articles, settings)
        report, explain = scorer.score(gold, export(articles))
        print_scores(split, report, spacy_s, quotes_s, len(articles))
        if args.explain:
            print("\n".join(line for line in explain if line.startswith("quotes")), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
