"""The quality gate: the figures of `bench/gates.py` against their floors; optionally raise them.

    .venv/bin/python bench/eval_gate.py                 # every gate (make bench-quick)
    .venv/bin/python bench/eval_gate.py --only zyte     # one or more gates
    .venv/bin/python bench/eval_gate.py --update        # raise tests/eval_baseline.json floors

Floors only go up.  A figure below its floor fails the run and stops `--update` unless
`--allow-regression` is given (and the commit says why).  Seeds and demo were written with the
rules in view; the floors on the public dev splits (ECB+ events, PolNeAR quotes, compare,
PLOVER actions, Zyte and trafilatura-eval extraction) are what measure generalisation.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from gates import CHEAP, GATES, Figures

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "tests" / "eval_baseline.json"
Bounds = dict[str, dict[str, float]]

# Seeds and demo: higher is better for whole sections (by prefix) and these figures; the
# counts of mistakes below are ceilings.
FLOORED_SECTIONS = ("cleaning.", "metadata.")
FLOORED = {
    "clustering.events.f1",
    "clustering.storylines.f1",
    "clustering.date_within_31_days",
    "clustering.date_exact",
    "duplicates.f1",
    "quotes.quotes.f1",
    "quotes.speaker_accuracy",
    "quotes.quote_and_speaker.f1",
    "quote_groups.r",
    "quote_groups.p",
    "people.found",
    "contradictions.r",
    "contradictions.p",
    "actions.p",
    "actions.r",
    "actions.f1",
}
CEILINGED = ("people.split", "quotes.boilerplate_taken_for_quotes", "duplicates.false_pairs")
# The public dev splits: every figure of these is floored.
DEV_FLOORED = {
    "plover-dev": (
        "actions.type_recall",
        "actions.type_precision",
        "actions.full_recall",
        "actions.full_precision",
    ),
    "zyte": ("extraction.p", "extraction.r", "extraction.f1"),
    "ecbplus-dev": ("clustering.events.p", "clustering.events.r", "clustering.events.f1"),
    "polnear-dev": (
        "quotes.quotes.f1",
        "quotes.speaker_accuracy",
        "quotes.quote_and_speaker.f1",
    ),
    "compare-dev": ("contradictions.p", "contradictions.r", "clustering.events.f1"),
    "trafilatura-dev": (
        "metadata.title.accuracy",
        "metadata.authors.f1",
        "metadata.date.accuracy",
        "metadata.body.f",
        "metadata.body.trafilatura_f1",
    ),
}


def bounds_of(gate: str, figures: Figures) -> Bounds:
    """The floors (and ceilings) these figures would set: floors rounded down to 0.001."""
    bounds: Bounds = {}
    for metric, value in sorted(figures.items()):
        if gate in DEV_FLOORED:
            floored = metric in DEV_FLOORED[gate]
        else:
            floored = metric.startswith(FLOORED_SECTIONS) or metric in FLOORED
        if floored:
            bounds[metric] = {"min": math.floor(value * 1000) / 1000}
        elif gate not in DEV_FLOORED and metric in CEILINGED:
            bounds[metric] = {"max": value}
    return bounds


def check(figures: Figures, bounds: Bounds) -> list[str]:
    """One line per figure below its floor, above its ceiling, or missing."""
    failures = []
    for metric, bound in bounds.items():
        value = figures.get(metric)
        if value is None:
            failures.append(f"{metric}: no figure")
        elif "min" in bound and value < bound["min"] - 1e-9:
            failures.append(f"{metric}: {value:.4f} below the floor {bound['min']:.3f}")
        elif "max" in bound and value > bound["max"] + 1e-9:
            failures.append(f"{metric}: {value:.4f} above the ceiling {bound['max']:.3f}")
    return failures


def raised(old: Bounds, new: Bounds) -> Bounds:
    """`old` with every floor raised (and ceiling lowered) where `new` is better."""
    merged = dict(old)
    for metric, bound in new.items():
        previous = old.get(metric, {})
        if "min" in bound and bound["min"] >= previous.get("min", 0) - 1e-9:
            merged[metric] = bound
        if "max" in bound and bound["max"] <= previous.get("max", float("inf")):
            merged[metric] = bound
    return merged


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=sorted(GATES), help="these gates only")
    parser.add_argument("--cheap", action="store_true", help=f"only {', '.join(CHEAP)}")
    parser.add_argument("--update", action="store_true", help="raise the floors")
    parser.add_argument("--allow-regression", action="store_true", help="allow lowering")
    args = parser.parse_args()
    names = args.only or (CHEAP if args.cheap else list(GATES))
    baseline = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
    problems = []
    for name in names:
        figures = GATES[name]()
        print(f"== {name}")
        for metric, value in sorted(figures.items()):
            print(f"  {metric:45s} {value:.4f}")
        failures = check(figures, baseline.get(name, {}))
        problems += [f"{name} {line}" for line in failures]
        if args.update and (not failures or args.allow_regression):
            new = bounds_of(name, figures)
            old = {} if args.allow_regression else baseline.get(name, {})
            baseline[name] = raised(old, new)
    print("\n".join(problems) or "no figure below its floor")
    if args.update:
        BASELINE.write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {BASELINE}")
    return 1 if problems and not args.allow_regression else 0


if __name__ == "__main__":
    sys.exit(main())
