"""Time expressions: finding them, the window of days they mean, and an article's dates.

One package, one window type:

- `cues`: the time phrases of a text, found by patterns (dates, weekdays, "three days ago",
  "late 2023", "four years after the full-scale invasion"), and the tables they are read
  with (`MONTHS`, `WEEKDAYS`, `YEAR_PARTS`, number words, the anchor happenings of
  `anchors.tsv`);
- `days`: `Days(start, end)`, the window of days every stage compares, and resolving one cue
  to its days against what is known of "now";
- `windows`: an article's publication and happening windows, the reference day of a corpus
  (never the clock), and the `times` stage (`add_times`).

Stages outside `nlp` import what they need from here.
"""

from __future__ import annotations

from wirewatch.nlp.time.cues import MONTHS, PAGE_MONTHS, WEEKDAYS, YEAR_PARTS
from wirewatch.nlp.time.days import Days, parse_day
from wirewatch.nlp.time.windows import (
    add_times,
    happening_window,
    publication_window,
    reference_day,
)

__all__ = [
    "MONTHS",
    "PAGE_MONTHS",
    "WEEKDAYS",
    "YEAR_PARTS",
    "Days",
    "add_times",
    "happening_window",
    "parse_day",
    "publication_window",
    "reference_day",
]
