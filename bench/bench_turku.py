"""Line-level cleaning of already-extracted web text: TurkuNLP turku-en, noise F1.

    .venv/bin/python bench/bench_turku.py [--shared ../shared]

Noise (label "0") is the positive class.  Figures: wirewatch's text rules alone
(`line_verdicts`, the rules `clean_document` runs by default); the simple baseline "a line
with fewer than 8 words is noise"; the rules plus a short-line rule whose length limit and
heading exemption (a short line right before a long paragraph is its heading) are tuned
on dev; and web-text mode (`clean.line_model`): the rules plus the learned line model,
trained on train and tuned on dev by `bench/train_line_model.py`.  All reported on test.
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from pathlib import Path

from wirewatch.clean.document import line_verdicts
from wirewatch.clean.line_model import load_line_model
from wirewatch.clean.rules import word_count
from wirewatch.clean.settings import CleanSettings

ROOT = Path(__file__).resolve().parents[1]
SHORT_LIMITS = (3, 4, 5, 6, 8, 10)
HEADING_BEFORE = (10, 15, 20, 30, 1000)  # 1000: no exemption


def read_split(folder: Path, split: str) -> list[dict]:
    return json.loads((folder / f"{split}.json").read_text(encoding="utf-8"))


def noise_f1(predicted: list[bool], gold: list[bool]) -> dict[str, float]:
    tp = sum(p and g for p, g in zip(predicted, gold, strict=True))
    precision = tp / max(1, sum(predicted))
    recall = tp / max(1, sum(gold))
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    return {"p": precision, "r": recall, "f1": f1}


def rule_noise(documents: list[dict], settings: CleanSettings) -> list[list[bool]]:
    return [[v is not None for v in line_verdicts(d["text"], settings)] for d in documents]


def short_noise(lines: list[str], ruled: list[bool], limit: int, heading_before: int) -> list[bool]:
    """Rules, or a line under `limit` words that does not head a long paragraph."""
    counts = [word_count(line) for line in lines]
    noise = []
    for index, count in enumerate(counts):
        following = counts[index + 1] if index + 1 < len(counts) else 0
        heads_prose = following >= heading_before and ruled[index + 1 : index + 2] != [True]
        noise.append(ruled[index] or (count < limit and not heads_prose))
    return noise


def gold_noise(documents: list[dict]) -> list[bool]:
    return [label == "0" for document in documents for label in document["labels"]]


def tuned(documents: list[dict], ruled: list[list[bool]], limit: int, heading: int) -> list[bool]:
    return [
        flag
        for document, flags in zip(documents, ruled, strict=True)
        for flag in short_noise(document["text"], flags, limit, heading)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    folder = args.shared / "benchmarks" / "cleaning" / "turku-en"
    dev, test = read_split(folder, "dev"), read_split(folder, "test")
    started = time.process_time()
    news, web = CleanSettings(line_model=False), CleanSettings(line_model=True)
    ruled = {"dev": rule_noise(dev, news), "test": rule_noise(test, news)}
    lines = sum(len(d["text"]) for d in dev + test)
    print(
        f"turku-en: dev {len(dev)} documents, test {len(test)} documents "
        f"({lines / (time.process_time() - started):.0f} lines/s for the rules)"
    )
    threshold = load_line_model().threshold
    best = max(
        itertools.product(SHORT_LIMITS, HEADING_BEFORE),
        key=lambda params: noise_f1(tuned(dev, ruled["dev"], *params), gold_noise(dev))["f1"],
    )
    for split, documents in (("dev", dev), ("test", test)):
        gold = gold_noise(documents)
        baseline = [word_count(line) < 8 for d in documents for line in d["text"]]
        rows = {
            "wirewatch text rules alone": [flag for flags in ruled[split] for flag in flags],
            "baseline: fewer than 8 words": baseline,
            f"rules + short lines (<{best[0]} words, heading before >={best[1]})": tuned(
                documents, ruled[split], *best
            ),
            f"web-text mode: rules + line model (threshold {threshold})": [
                flag for flags in rule_noise(documents, web) for flag in flags
            ],
        }
        for name, predicted in rows.items():
            figures = noise_f1(predicted, gold)
            print(
                f"  {split:4s} {name:58s} P {figures['p']:.3f} R {figures['r']:.3f} "
                f"F1 {figures['f1']:.3f}"
            )


if __name__ == "__main__":
    main()
