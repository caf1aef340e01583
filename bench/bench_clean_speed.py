"""Speed of text cleaning alone (clean_document on plain text, one core), in articles/s.

    .venv/bin/python bench/bench_clean_speed.py [--shared ../shared] [--rounds 3]

Texts: the seeds plus the gold bodies of the zyte-aeb and fundus benchmarks given as plain
text (real article lengths; 266 articles), cleaned `--rounds` times in this one process,
then `strip_recurring_lines` over one batch of them.  Rates use process CPU time, so
other jobs on a shared machine do not count against them.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from wirewatch.clean import clean_document, line_model, repeats, rules, strip_recurring_lines
from wirewatch.clean.settings import CleanSettings
from wirewatch.model import RawDocument

ROOT = Path(__file__).resolve().parents[1]


def article_texts(shared: Path) -> list[str]:
    extraction = shared / "benchmarks" / "extraction"
    texts = [path.read_text(encoding="utf-8") for path in sorted((shared / "seeds").glob("*.txt"))]
    zyte = json.loads((extraction / "zyte-aeb" / "ground-truth.json").read_text(encoding="utf-8"))
    texts += [record["articleBody"] for record in zyte.values()]
    fundus = json.loads((extraction / "fundus" / "ground_truth.json").read_text(encoding="utf-8"))
    texts += ["\n".join(record["body"]) for record in fundus.values()]
    return texts


def forget_cached_lines() -> None:
    """Empty the per-line caches, so a later round does not find every line already seen."""
    rules.word_count.cache_clear()
    repeats.fold.cache_clear()
    line_model.line_shape.cache_clear()


def articles_per_second(raws: list[RawDocument], settings: CleanSettings, rounds: int) -> float:
    spent = 0.0
    for _ in range(rounds):
        forget_cached_lines()
        started = time.process_time()
        for raw in raws:
            clean_document(raw, settings)
        spent += time.process_time() - started
    return rounds * len(raws) / spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    texts = article_texts(args.shared)
    raws = [RawDocument(id=f"a{n}", source=f"a{n}", content=text) for n, text in enumerate(texts)]
    average = sum(map(len, texts)) / len(texts)
    print(
        f"{len(raws)} articles, {average:.0f} characters on average, {args.rounds} rounds, 1 core"
    )
    clean_document(raws[0], CleanSettings())  # imports and the language model, once
    for label, settings in (
        ("clean_document, language detection on ", CleanSettings()),
        ("clean_document, language detection off", CleanSettings(detect_language=False)),
        ("clean_document, web-text mode (line model)", CleanSettings(line_model=True)),
    ):
        print(f"  {label:42s}: {articles_per_second(raws, settings, args.rounds):7.0f} articles/s")
    cleaned = [clean_document(raw, CleanSettings()) for raw in raws]
    for article in cleaned:
        article.outlet = "one outlet"  # the worst case: every article pooled together
    forget_cached_lines()
    started = time.process_time()
    strip_recurring_lines(cleaned, CleanSettings())
    rate = len(cleaned) / (time.process_time() - started)
    print(f"  strip_recurring_lines over one batch of {len(cleaned)}: {rate:7.0f} articles/s")


if __name__ == "__main__":
    main()
