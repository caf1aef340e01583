"""The quality ratchet: figures may not fall below the floors pinned in `tests/eval_baseline.json`.

Seeds and demo (written with the rules in view) and the cheap public gates (PLOVER dev actions,
Zyte extraction) run here; the heavier public dev splits (ECB+ events, PolNeAR quotes, compare,
trafilatura-eval) run in `make bench-quick` through `bench/eval_gate.py`, against floors in the
same file.  `bench/eval_gate.py --update` raises the floors.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

BASELINE = Path(__file__).with_name("eval_baseline.json")
ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"


@pytest.fixture(scope="module")
def gate() -> ModuleType:
    """`bench/eval_gate.py`, whose `gates` module sits beside it."""
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("eval_gate", BENCH / "eval_gate.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCH))
    return module


def floors(name: str) -> dict[str, dict[str, float]]:
    return json.loads(BASELINE.read_text(encoding="utf-8"))[name]


def flat_scores(scorer, gold_path: Path, export_path: Path) -> dict[str, float]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    analysis = json.loads(export_path.read_text(encoding="utf-8"))
    report, _ = scorer.score(gold, analysis)
    rows: list = []
    scorer.flatten("", report, rows)
    return {name: value for name, value in rows if isinstance(value, (int, float))}


def test_quality_gate_check_fails_a_figure_below_its_floor_or_missing(gate) -> None:
    bounds = {"a.f1": {"min": 0.8}, "b.split": {"max": 0}, "c.r": {"min": 0.5}}
    assert gate.check({"a.f1": 0.8, "b.split": 0, "c.r": 0.9}, bounds) == []
    failures = gate.check({"a.f1": 0.79, "b.split": 1}, bounds)
    assert [line.split(":")[0] for line in failures] == ["a.f1", "b.split", "c.r"]


def test_quality_gate_holds_floors_for_every_gate(gate) -> None:
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert sorted(baseline) == sorted(gate.GATES)
    assert all(any("min" in bound for bound in baseline[name].values()) for name in baseline)
    assert {"actions.f1", "actions.p", "actions.r"} <= set(baseline["seeds"])


@pytest.mark.slow
def test_quality_gate_seeds(scorer, shared_dir, seeds_export, gate) -> None:
    gold = shared_dir / "eval" / "gold" / "seeds.gold.json"
    assert gate.check(flat_scores(scorer, gold, seeds_export), floors("seeds")) == []


@pytest.mark.slow
def test_quality_gate_demo(scorer, demo_export, gate) -> None:
    gold = ROOT / "examples" / "demo.gold.json"
    assert gate.check(flat_scores(scorer, gold, demo_export), floors("demo")) == []


@pytest.mark.slow
@pytest.mark.parametrize("name", ["plover-dev", "zyte"])
def test_quality_gate_cheap_public_dev_splits(name, shared_dir, gate) -> None:
    assert gate.check(gate.GATES[name](), floors(name)) == []
