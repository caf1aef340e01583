"""Dates of named happenings as windows of days: "in late 2023" -> 2023-09-01/2023-12-31.

Windows are `nlp.time.Days`, the one window type; a claim keeps one as an ISO interval
(`Days.interval`).

A date claim is worth comparing only when the text pins it to the calendar
(a year, or a month or day with a year); "on Tuesday" is the event's own day
and is left to the time annotator.  Where `nlp.annotate.add_times` already
resolved an expression to a window, that window is used.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import TYPE_CHECKING

from wirewatch.nlp.time import MONTHS, YEAR_PARTS, Days
from wirewatch.nlp.time.days import calendar_day, months_span
from wirewatch.nlp.units import FIRST_YEAR, LAST_YEAR
from wirewatch.nlp.words import words

if TYPE_CHECKING:
    from wirewatch.model import Article

YEAR = re.compile(r"(?<![\d,.])(\d{4})(?![\d,]|s\b)")
ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")
# "1982-83": a season across two years.
SEASON = re.compile(r"(?<!\d)(\d{4})\s?[-\u2013]\s?(\d{2})(?!\d)")
SEASON_TAIL = re.compile(r"\s?[-\u2013]\s?\d{2}(?!\d)")


def years_in(text: str) -> list[int]:
    """The years a date names; "1982-83" names 1982 and 1983."""
    years = [int(y) for y in YEAR.findall(text) if FIRST_YEAR <= int(y) <= LAST_YEAR]
    for first, last in SEASON.findall(text):
        years.append(int(first) // 100 * 100 + int(last))
    return years


def year_part(lowered: str) -> tuple[int, int] | None:
    """Months of "late", "spring", "the first half of" when the text names one."""
    for part, months in YEAR_PARTS.items():
        if re.search(rf"\b{part}\b", lowered):
            return months
    return None


def date_window(text: str) -> Days | None:
    """The window of days an absolute date expression covers, or None if it names no year
    (or names a day no calendar has)."""
    lowered = text.lower()
    iso_day = ISO_DAY.search(lowered)
    if iso_day:
        day = calendar_day(*(int(part) for part in iso_day.groups()))
        return Days.day(day) if day else None
    years = years_in(lowered)
    if not years:
        return None
    if len(years) > 1:  # "between 2014 and 2022": the whole stretch
        return Days(months_span(min(years), 1, 1).start, months_span(max(years), 12, 12).end)
    year = years[0]
    month = month_named(lowered)
    if month is None:
        return months_span(year, *(year_part(lowered) or (1, 12)))
    day = next(
        (int(d) for d in DAY.findall(lowered.replace(str(year), "")) if 1 <= int(d) <= 31), None
    )
    if day is None or day > calendar.monthrange(year, month)[1]:
        return months_span(year, month, month)
    return Days.day(date(year, month, day))


def month_named(lowered: str) -> int | None:
    """The number of the first month a (lower-cased) date names."""
    return next((MONTHS[word] for word in words(lowered) if word in MONTHS), None)


def month_and_day(text: str) -> tuple[int, int] | None:
    """(month, day) a date names, if it names both: "Saturday 23 June" -> (6, 23)."""
    lowered = text.lower()
    month = month_named(lowered)
    days = [int(d) for d in DAY.findall(YEAR.sub("", lowered)) if 1 <= int(d) <= 31]
    return (month, days[0]) if month is not None and days else None


def resolved_window(article: Article, start: int, end: int) -> Days | None:
    """The window the time annotator gave an expression overlapping `start:end`, if any."""
    for time in article.times:
        overlaps = time.start < end and start < time.end
        if overlaps and not time.flag and Days.of(time.value):
            return Days.of(time.value)
    return None
