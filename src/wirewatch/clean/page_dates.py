"""A day as a page writes it, in a value or at the start of a line of its text.

ISO stamps keep the day as written (a local time keeps its local day), numeric days are read
day first ("16.08.2019", as pages outside the US write them), and a written month may be
English ("16 August 2019") or of another language a page is in ("1. Februar 2022").
`date_candidates` reads every day of a page through here.
"""

from __future__ import annotations

import re

from wirewatch.clean import dates
from wirewatch.clean import markup_patterns as mp
from wirewatch.nlp.time import PAGE_MONTHS


def written_day(value: str, at_start: bool = False) -> str | None:
    """`2019-08-16T03:00+02:00`, `16.08.2019`, `16 August 2019` → `2019-08-16`.

    `at_start`: only a date that opens `value` (what follows a cue), not one further on.
    """
    day = dates.day_of(value)
    if day:
        return day
    numeric = (mp.DAY_MONTH_YEAR.match if at_start else mp.DAY_MONTH_YEAR.search)(value)
    if numeric:
        day_number, month = int(numeric.group("day")), int(numeric.group("month"))
        if 1 <= day_number <= 31 and 1 <= month <= 12:
            return f"{numeric.group('year')}-{month:02d}-{day_number:02d}"
        return None
    local = (mp.LOCAL_WRITTEN_DAY.match if at_start else mp.LOCAL_WRITTEN_DAY.search)(value)
    if local:
        return local_day(local)
    for offset, day in dates.written_days(value):
        return day if offset == 0 or not at_start else None
    return None


def local_day(match: re.Match[str]) -> str | None:
    """The day of a `LOCAL_WRITTEN_DAY` match ("1. Februar 2022" → `2022-02-01`)."""
    day_number = int(match.group("day"))
    month = PAGE_MONTHS[match.group("month").lower()]
    return f"{match.group('year')}-{month:02d}-{day_number:02d}" if 1 <= day_number <= 31 else None
