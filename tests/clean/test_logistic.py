"""The shipped models' one form: a logistic regression over standardised features."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirewatch.clean.logistic import LogisticModel, read_model, stored_fields


def model(weights: tuple[float, ...], bias: float = 0.0) -> LogisticModel:
    names = tuple(f"f{i}" for i in range(len(weights)))
    return LogisticModel(names, (1.0,) * len(weights), (2.0,) * len(weights), weights, bias)


def test_logistic_score_reads_standardised_features() -> None:
    # (5 - 1) / 2 = 2 standard units, weighed 1.5, plus the bias
    assert model((1.5,), bias=0.5).score([5.0]) == pytest.approx(3.5)


def test_logistic_probability_is_bounded_and_half_at_zero() -> None:
    assert model((0.0,)).probability([9.0]) == 0.5
    assert model((1000.0,)).probability([9.0]) == pytest.approx(1.0)
    assert model((1000.0,)).probability([-9.0]) == pytest.approx(0.0)


def test_logistic_rows_must_have_every_feature() -> None:
    with pytest.raises(ValueError):
        model((1.0, 1.0)).score([1.0])


def test_logistic_read_model_keeps_threshold_and_checks_names(tmp_path: Path) -> None:
    stored = {"feature_names": ["a", "b"], "means": [0, 0], "scales": [1, 1],
              "weights": [1, -1], "bias": 0.25, "threshold": 0.7}  # fmt: skip
    path = tmp_path / "model.json"
    path.write_text(json.dumps(stored), encoding="utf-8")
    assert read_model(path, ("a", "b"), "train.py").threshold == 0.7
    with pytest.raises(ValueError, match="other features"):
        read_model(path, ("b", "a"), "train.py")


def test_logistic_stored_fields_read_back(tmp_path: Path) -> None:
    stored = stored_fields(("a", "b"), [0.1234567, 0.0], [1.0, 2.0], [0.5, -0.5], 0.25)
    path = tmp_path / "model.json"
    path.write_text(json.dumps(stored), encoding="utf-8")
    read = read_model(path, ("a", "b"), "train.py")
    assert read.means == (0.123457, 0.0) and read.weights == (0.5, -0.5) and read.bias == 0.25
