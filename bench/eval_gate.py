"""Score the seeds and the demo corpus; optionally raise the pinned floors.

    .venv/bin/python bench/eval_gate.py            # print the figures
    .venv/bin/python bench/eval_gate.py --update   # raise tests/eval_baseline.json floors

Floors only go up.  A figure below its floor stops `--update` unless
`--allow-regression` is given (and the commit says why).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import sys
import tempfile
from pathlib import Path

from wirewatch import api
from wirewatch.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BASELINE = ROOT / "tests" / "eval_baseline.json"
CORPORA = {
    "seeds": (SHARED / "seeds", SHARED / "eval" / "gold" / "seeds.gold.json"),
    "demo": (ROOT / "examples" / "demo", ROOT / "examples" / "demo.gold.json"),
}
# Higher is better for these (whole sections by prefix, else exact names); the
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
}
CEILINGED = ("people.split", "quotes.boilerplate_taken_for_quotes", "duplicates.false_pairs")


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def scores_of(scorer, corpus: Path, gold_path: Path) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as out:
        result = api.analyze([corpus], out, Settings(jobs=1))
        report, _ = scorer.score(
            json.loads(gold_path.read_text(encoding="utf-8")), result.to_dict()
        )
    rows: list = []
    scorer.flatten("", report, rows)
    return {name: value for name, value in rows if isinstance(value, (int, float))}


def bounds_of(scores: dict[str, float]) -> dict[str, dict[str, float]]:
    bounds = {}
    for metric, value in sorted(scores.items()):
        if metric.startswith(FLOORED_SECTIONS) or metric in FLOORED:
            bounds[metric] = {"min": math.floor(value * 1000) / 1000}
        elif metric in CEILINGED:
            bounds[metric] = {"max": value}
    return bounds


def merge(old: dict, new: dict, allow_regression: bool) -> tuple[dict, list[str]]:
    merged, regressions = dict(old), []
    for metric, bound in new.items():
        previous = old.get(metric, {})
        if "min" in bound and bound["min"] < previous.get("min", 0) - 1e-9:
            regressions.append(f"{metric}: {bound['min']} < floor {previous['min']}")
            if not allow_regression:
                continue
        if "max" in bound and bound["max"] > previous.get("max", float("inf")):
            regressions.append(f"{metric}: {bound['max']} > ceiling {previous['max']}")
            if not allow_regression:
                continue
        merged[metric] = bound
    return merged, regressions


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="raise the floors")
    parser.add_argument("--allow-regression", action="store_true", help="allow lowering")
    args = parser.parse_args()
    scorer = load_scorer()
    baseline = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
    problems = []
    for name, (corpus, gold) in CORPORA.items():
        scores = scores_of(scorer, corpus, gold)
        print(f"== {name}")
        for metric, value in sorted(scores.items()):
            print(f"  {metric:45s} {value:.3f}")
        baseline[name], regressions = merge(
            baseline.get(name, {}), bounds_of(scores), args.allow_regression
        )
        problems += [f"{name} {line}" for line in regressions]
    print("\n".join(problems) or "no figure below its floor")
    if args.update and (not problems or args.allow_regression):
        BASELINE.write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {BASELINE}")
    return 1 if problems and not args.allow_regression else 0


if __name__ == "__main__":
    sys.exit(main())
