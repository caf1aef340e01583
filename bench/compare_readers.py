"""Number readers measured on real news: `nlp.quantities` against quantulum3 and text2num.

    pip install --target /tmp/readers quantulum3==0.10.0 text2num==3.1.0
    .venv/bin/python bench/compare_readers.py /tmp/readers

The texts are the values of every claim of the `compare/ecbplus-dev` gold (what a reader
quoted for each side of a disagreement, "hospitalized for the past three weeks"). A reader
finds a claim when it reads one of the numbers that set that claim apart from the other
sides (as `../shared/eval/score.py` reads them); "not in the text" counts numbers it reads
that the scorer does not see in the text (conversions, misreadings).  Years are counted
apart: wirewatch reads them as dates, not quantities.  Neither package is a dependency of
wirewatch; they are installed to a scratch folder only to be measured.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from wirewatch.nlp.quantities import find_quantities
from wirewatch.nlp.spacy_pipeline import load_pipeline

SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD = SHARED / "benchmarks/compare/ecbplus-dev/gold.json"


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval/score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def claim_values(gold: dict, numbers: Callable[[str], set[float]]) -> list[tuple[str, set]]:
    """Each gold claim's text with the numbers that set it apart from the other sides."""
    found = []
    for disagreement in gold["contradictions"]:
        sets = [numbers(claim["value"]) for claim in disagreement["claims"]]
        common = set.intersection(*sets)
        found.extend(
            (claim["value"], (values - common) or values)
            for claim, values in zip(disagreement["claims"], sets, strict=True)
        )
    return found


def readers(numbers: Callable[[str], set[float]]) -> dict[str, Callable[[str], set[float]]]:
    from quantulum3 import classifier

    classifier.USE_CLF = False  # its pickled unit classifier needs another scikit-learn
    from quantulum3 import parser
    from text_to_num import alpha2digit

    nlp = load_pipeline()

    def ours(text: str) -> set[float]:
        quantities = [q for sentence in nlp(text).sents for q in find_quantities(sentence)]
        return set().union(*(numbers(q.display) for q in quantities))

    def quantulum(text: str) -> set[float]:
        return set().union(*({float(q.value)} | numbers(q.surface) for q in parser.parse(text)))

    return {
        "nlp.quantities": ours,
        "quantulum3": quantulum,
        "text2num": lambda text: numbers(alpha2digit(text, "en")),
    }


def is_year(values: set[float]) -> bool:
    return all(1900 <= value <= 2100 for value in values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", help="folder quantulum3 and text2num were installed to")
    sys.path.insert(0, parser.parse_args().target)
    numbers = load_scorer().numbers
    values = claim_values(json.loads(GOLD.read_text(encoding="utf-8")), numbers)
    print(f"{len(values)} gold claim values, {sum(is_year(v) for _, v in values)} of them years")
    for name, read in readers(numbers).items():
        started = time.perf_counter()
        found = {"all": 0, "no years": 0}
        stray = 0
        for text, wanted in values:
            read_now = read(text)
            hit = bool(read_now & wanted)
            found["all"] += hit
            found["no years"] += hit and not is_year(wanted)
            stray += len(read_now - numbers(text))
        seconds = time.perf_counter() - started
        print(
            f"{name:15s} found {found['all']:3d} (without years {found['no years']:3d}), "
            f"not in the text {stray:3d}, {seconds:6.2f} s"
        )


if __name__ == "__main__":
    main()
