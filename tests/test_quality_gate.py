"""The quality ratchet: seeds and demo scores may not fall below the pinned floors.

Floors live in `tests/eval_baseline.json`; `bench/eval_gate.py --update`
raises them to what the code now reaches and refuses to lower one unless
given `--allow-regression`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

BASELINE = Path(__file__).with_name("eval_baseline.json")
ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


def flat_scores(scorer, gold_path: Path, export_path: Path) -> dict[str, float]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    analysis = json.loads(export_path.read_text(encoding="utf-8"))
    report, _ = scorer.score(gold, analysis)
    rows: list = []
    scorer.flatten("", report, rows)
    return {name: value for name, value in rows if isinstance(value, (int, float))}


def check(scores: dict[str, float], bounds: dict[str, dict[str, float]]) -> list[str]:
    failures = []
    for metric, bound in bounds.items():
        value = scores.get(metric)
        if value is None:
            failures.append(f"{metric}: no figure")
        elif "min" in bound and value < bound["min"] - 1e-9:
            failures.append(f"{metric}: {value:.3f} below the floor {bound['min']:.3f}")
        elif "max" in bound and value > bound["max"] + 1e-9:
            failures.append(f"{metric}: {value:.3f} above the ceiling {bound['max']:.3f}")
    return failures


def test_quality_gate_seeds(scorer, shared_dir, seeds_export):
    bounds = json.loads(BASELINE.read_text(encoding="utf-8"))["seeds"]
    gold = shared_dir / "eval" / "gold" / "seeds.gold.json"
    assert check(flat_scores(scorer, gold, seeds_export), bounds) == []


def test_quality_gate_demo(scorer, demo_export):
    bounds = json.loads(BASELINE.read_text(encoding="utf-8"))["demo"]
    gold = ROOT / "examples" / "demo.gold.json"
    assert check(flat_scores(scorer, gold, demo_export), bounds) == []
