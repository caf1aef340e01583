"""Train the line model of web-text mode on turku-en train, tune it on dev, write its weights.

    .venv/bin/python bench/train_line_model.py [--shared ../shared] [--output PATH]

Rows are the lines the model judges (no named rule decided them, they are neither a full
sentence nor a crosshead: `line_model.judged_by_model`), with the
features of `wirewatch.clean.line_model`; the label is turku's noise ("0").  A logistic
regression (scikit-learn, used here only) is fitted on standardised features of train for a
few regularisation strengths and class weightings; each is scored on dev by noise F1 over
ALL dev lines (rules plus model) at its best threshold, and the best is written as numbers
only (feature names, means, scales, weights, bias, threshold) to `line_model.json`.
"""

from __future__ import annotations

import argparse
import itertools
import json
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from wirewatch.clean.document import judged_lines
from wirewatch.clean.line_model import (
    FEATURE_NAMES,
    MODEL_FILE,
    document_features,
    judged_by_model,
)
from wirewatch.clean.logistic import stored_fields
from wirewatch.clean.settings import CleanSettings

ROOT = Path(__file__).resolve().parents[1]
STRENGTHS = (0.01, 0.1, 1.0, 10.0)
CLASS_WEIGHTS = (None, "balanced")
THRESHOLDS = tuple(round(0.2 + 0.025 * step, 3) for step in range(25))  # 0.2 .. 0.8
KEPT_ROLES = (None, "title", "subtitle")


class Split:
    """One turku split as feature rows, whether rules already took each line, and gold noise."""

    def __init__(self, documents: list[dict]) -> None:
        settings = CleanSettings(line_model=False)
        rows, ruled, opened, gold = [], [], [], []
        for document in documents:
            lines = [line.strip() for line in document["text"]]
            roles = judged_lines(lines, settings)
            rows += document_features(lines, roles)
            ruled += [role not in KEPT_ROLES for role in roles]
            opened += [judged_by_model(lines, roles, index) for index in range(len(lines))]
            gold += [label == "0" for label in document["labels"]]
        self.rows = np.array(rows)
        self.ruled = np.array(ruled)
        self.open = np.array(opened)
        self.gold = np.array(gold)


def noise_f1(predicted: np.ndarray, gold: np.ndarray) -> float:
    hits = int(np.sum(predicted & gold))
    if not hits:
        return 0.0
    precision, recall = hits / int(predicted.sum()), hits / int(gold.sum())
    return 2 * precision * recall / (precision + recall)


def best_threshold(model: LogisticRegression, dev: Split, means, scales) -> tuple[float, float]:
    probabilities = model.predict_proba((dev.rows - means) / scales)[:, 1]
    scored = [
        (noise_f1(dev.ruled | (dev.open & (probabilities >= t)), dev.gold), t) for t in THRESHOLDS
    ]
    return max(scored)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--output", type=Path, default=MODEL_FILE)
    args = parser.parse_args()
    folder = args.shared / "benchmarks" / "cleaning" / "turku-en"
    train, dev = (
        Split(json.loads((folder / f"{name}.json").read_text(encoding="utf-8")))
        for name in ("train", "dev")
    )
    rows, labels = train.rows[train.open], train.gold[train.open]
    means = rows.mean(axis=0)
    scales = np.where(rows.std(axis=0) > 0, rows.std(axis=0), 1.0)
    print(f"train: {len(rows)} lines judged of {len(train.rows)}, {labels.mean():.2f} noise")
    results = []
    for strength, weighting in itertools.product(STRENGTHS, CLASS_WEIGHTS):
        model = LogisticRegression(C=strength, class_weight=weighting, max_iter=2000)
        model.fit((rows - means) / scales, labels)
        f1, threshold = best_threshold(model, dev, means, scales)
        print(f"  C {strength:<5} class_weight {weighting!s:9s} dev F1 {f1:.3f} at {threshold}")
        results.append((f1, threshold, strength, str(weighting), model))
    f1, threshold, strength, weighting, model = max(results, key=lambda result: result[:2])
    stored = {
        "trained_on": "turku-en train, lines the model judges; C, threshold tuned on dev",
        "C": strength,
        "class_weight": weighting,
        "dev_noise_f1": round(f1, 4),
        "threshold": threshold,
        **stored_fields(FEATURE_NAMES, means, scales, model.coef_[0], model.intercept_[0]),
    }
    args.output.write_text(json.dumps(stored, indent=1) + "\n", encoding="utf-8")
    print(f"best: C {strength}, class_weight {weighting}, threshold {threshold}, dev F1 {f1:.3f}")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
