"""The one reader of publication dates, for metadata values and for article text alike.

Records, sidecars, feeds and HTML give a date as a value (`2025-03-13T09:30:00Z`,
`Thu, 13 Mar 2025 09:30:00 +0100`, `March 13, 2025`); a byline area writes it in a line
("Published 13 March 2025, 10:00").  Both are read here, with the same written-date pattern
(`metadata_patterns.EXPLICIT_DATE`), so a form one path knows the other knows too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime

from wirewatch.clean import metadata_patterns
from wirewatch.nlp.time import MONTHS

ISO_DAY = re.compile(r"\s*((?:19|20)\d\d-[01]\d-[0-3]\d)")
ISO_DATE_LENGTH = len("2025-03-13")
# Written-out dates the pattern misses are read as English, like the rest of the pipeline:
# trying every language costs seconds per unparseable value.
WRITTEN_DATE_LANGUAGES = ["en"]
WRITTEN_DATE_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "PARSERS": ["absolute-time"]}


def day_of(value: str | None) -> str | None:
    """`2025-01-15T10:00:00Z` → `2025-01-15`; None when the value does not start with a day."""
    match = ISO_DAY.match(value) if value else None
    return match.group(1) if match else None


def written_days(text: str) -> Iterator[tuple[int, str]]:
    """Every full date written in `text` ("January 15, 2025", "15 Jan 2025", ISO), as
    (offset, `YYYY-MM-DD`), in order."""
    for match in metadata_patterns.EXPLICIT_DATE.finditer(text):
        if match.group("iso"):
            yield match.start(), match.group("iso")
            continue
        month = (match.group("mon1") or match.group("mon2")).lower()[:3]
        day = int(match.group("day1") or match.group("day2"))
        year = match.group("year1") or match.group("year2")
        if 1 <= day <= 31:
            yield match.start(), f"{year}-{MONTHS[month]:02d}-{day:02d}"


def published_value(text: str) -> str | None:
    """A metadata value as an ISO date or datetime: ISO, RFC 2822, else a written-out date.

    A written-out date ("March 13, 2025") keeps only its day: its time would be a guess.
    """
    for parse in (_iso, _rfc2822, _written_day, _dateparser_day):
        found = parse(text)
        if found is not None:
            return found
    return None


def _iso(text: str) -> str | None:
    try:
        if len(text) == ISO_DATE_LENGTH:
            return date.fromisoformat(text).isoformat()
        return datetime.fromisoformat(text).isoformat()
    except ValueError:
        return None


def _rfc2822(text: str) -> str | None:
    from email.utils import parsedate_to_datetime  # pulls in socket: only when needed

    try:
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _written_day(text: str) -> str | None:
    return next((day for _offset, day in written_days(text)), None)


def _dateparser_day(text: str) -> str | None:
    import dateparser

    found = dateparser.parse(text, languages=WRITTEN_DATE_LANGUAGES, settings=WRITTEN_DATE_SETTINGS)
    return found.date().isoformat() if found else None
