"""The one form of the cleaning stage's shipped models (the line model, the date chooser): a
logistic regression over standardised features, as `bench/train_*_model.py` write it.  Kept
in pure Python so cleaning needs no numerical library at run time."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

LOG_ODDS_BOUND = 30.0  # exp() of more overflows nothing useful: the probability is 0 or 1


@dataclass(frozen=True)
class LogisticModel:
    """Weights over standardised features; `threshold` is a cut tuned on dev, where the
    model decides (the line model) rather than ranks (the date chooser)."""

    feature_names: tuple[str, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float = 0.5

    def score(self, row: list[float]) -> float:
        """The log-odds of the row."""
        return self.bias + sum(
            weight * (value - mean) / scale
            for weight, value, mean, scale in zip(
                self.weights, row, self.means, self.scales, strict=True
            )
        )

    def probability(self, row: list[float]) -> float:
        score = max(-LOG_ODDS_BOUND, min(LOG_ODDS_BOUND, self.score(row)))
        return 1.0 / (1.0 + math.exp(-score))


def read_model(path: Path, feature_names: tuple[str, ...], trainer: str) -> LogisticModel:
    """The model stored at `path`; its feature names must be the caller's, in this order,
    or the weights would be read against other features."""
    stored = json.loads(path.read_text(encoding="utf-8"))
    model = LogisticModel(
        feature_names=tuple(stored["feature_names"]),
        means=tuple(stored["means"]),
        scales=tuple(stored["scales"]),
        weights=tuple(stored["weights"]),
        bias=float(stored["bias"]),
        threshold=float(stored.get("threshold", 0.5)),
    )
    if model.feature_names != feature_names:
        raise ValueError(f"{path} was trained on other features; rerun {trainer}")
    return model


def stored_fields(
    feature_names: Sequence[str],
    means: Sequence[float],
    scales: Sequence[float],
    weights: Sequence[float],
    bias: float,
) -> dict[str, Any]:
    """What `read_model` reads, as the training scripts store it (rounded to 6 places)."""
    return {
        "feature_names": list(feature_names),
        "means": [round(float(value), 6) for value in means],
        "scales": [round(float(value), 6) for value in scales],
        "weights": [round(float(value), 6) for value in weights],
        "bias": round(float(bias), 6),
    }
