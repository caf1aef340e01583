"""A learned chooser over a page's candidate publication days (`date_candidates`).

Each distinct day a page offers becomes one row: which sources give it (JSON-LD published or
modified, meta tags, microdata, `<time>`, URL, cue, text by the headline, htmldate's choice),
how many agree, where in the page it first stands, and whether it is the earliest or latest
of the page's days.  A logistic regression scores the rows and the best-scored day is the
page's.  Its weights and scaling live in `date_model.json`, written by
`bench/train_date_model.py` from trafilatura-eval dev (numbers only), where its figure is the
cross-validated one (BENCHMARKS.md, issue 12).
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import date
from functools import lru_cache
from pathlib import Path

from wirewatch.clean.date_candidates import SOURCES, DateCandidate
from wirewatch.clean.logistic import LogisticModel, read_model

MODEL_FILE = Path(__file__).with_name("date_model.json")
# Days further apart than this from the page's others are as far as can be.
FAR_DAYS = 400

FEATURE_NAMES: tuple[str, ...] = (
    *(f"from_{source}" for source in SOURCES),
    "log_sources",
    "log_mentions",
    "first_position",
    "earliest",
    "latest",
    "log_days_after_earliest",
    "log_days_before_latest",
    "log_distinct_days",
    "before_htmldate",
    "after_htmldate",
)


def _days_between(first: str, second: str) -> int:
    try:
        return (date.fromisoformat(second) - date.fromisoformat(first)).days
    except ValueError:
        return FAR_DAYS


def _log_days(days: int) -> float:
    return math.log1p(min(abs(days), FAR_DAYS))


def day_features(candidates: list[DateCandidate]) -> dict[str, list[float]]:
    """One feature row (in `FEATURE_NAMES` order) per distinct candidate day."""
    by_day: dict[str, list[DateCandidate]] = defaultdict(list)
    for candidate in candidates:
        by_day[candidate.day].append(candidate)
    ordered = sorted(by_day)
    earliest, latest = ordered[0] if ordered else "", ordered[-1] if ordered else ""
    chosen = next((c.day for c in candidates if c.source == "htmldate"), None)
    rows = {}
    for day, given in by_day.items():
        sources = {candidate.source for candidate in given}
        rows[day] = [
            *(float(source in sources) for source in SOURCES),
            math.log1p(len(sources)),
            math.log1p(len(given)),
            min(candidate.position for candidate in given),
            float(day == earliest),
            float(day == latest),
            _log_days(_days_between(earliest, day)),
            _log_days(_days_between(day, latest)),
            math.log1p(len(by_day)),
            float(chosen is not None and day < chosen),
            float(chosen is not None and day > chosen),
        ]
    return rows


@lru_cache(maxsize=1)
def load_date_model(path: Path = MODEL_FILE) -> LogisticModel:
    """The shipped model."""
    return read_model(path, FEATURE_NAMES, "bench/train_date_model.py")


def chosen_day(candidates: list[DateCandidate], model: LogisticModel | None = None) -> str | None:
    """The best-scored candidate day; None when the page offers none.  Ties go to the
    earlier day, so the choice does not depend on the order candidates were found in."""
    rows = day_features(candidates)
    if not rows:
        return None
    scorer = model or load_date_model()
    return max(sorted(rows), key=lambda day: scorer.score(rows[day]))
