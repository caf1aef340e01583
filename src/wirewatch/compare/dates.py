"""Dates of named happenings as windows of days: "in late 2023" -> 2023-09-01/2023-12-31.

A date claim is worth comparing only when the text pins it to the calendar
(a year, or a month or day with a year); "on Tuesday" is the event's own day
and is left to the time annotator.  Where `nlp.annotate.add_times` already
resolved an expression to a window, that window is used.
"""

from __future__ import annotations

import calendar
import re
from typing import TYPE_CHECKING

from wirewatch.nlp.time.cues import MONTHS, YEAR_PARTS
from wirewatch.nlp.units import FIRST_YEAR, LAST_YEAR

if TYPE_CHECKING:
    from wirewatch.model import Article

YEAR = re.compile(r"(?<![\d,.])(\d{4})(?![\d,]|s\b)")
ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")
WORD = re.compile(r"[a-z]+")
# "1982-83": a season across two years.
SEASON = re.compile(r"(?<!\d)(\d{4})\s?[-\u2013]\s?(\d{2})(?!\d)")
SEASON_TAIL = re.compile(r"\s?[-\u2013]\s?\d{2}(?!\d)")


def iso(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


def month_window(year: int, first: int, last: int) -> tuple[str, str]:
    return iso(year, first, 1), iso(year, last, calendar.monthrange(year, last)[1])


def years_in(text: str) -> list[int]:
    """The years a date names; "1982-83" names 1982 and 1983."""
    years = [int(y) for y in YEAR.findall(text) if FIRST_YEAR <= int(y) <= LAST_YEAR]
    for first, last in SEASON.findall(text):
        years.append(int(first) // 100 * 100 + int(last))
    return years


def year_part(lowered: str) -> tuple[int, int] | None:
    """Months of "late", "spring", "the first half of" when the text names one."""
    for words, months in YEAR_PARTS.items():
        if re.search(rf"\b{words}\b", lowered):
            return months
    return None


def date_window(text: str) -> tuple[str, str] | None:
    """The window of days an absolute date expression covers, or None if it names no year."""
    lowered = text.lower()
    iso_day = ISO_DAY.search(lowered)
    if iso_day:
        day = iso(*(int(part) for part in iso_day.groups()))
        return day, day
    years = years_in(lowered)
    if not years:
        return None
    if len(years) > 1:  # "between 2014 and 2022": the whole stretch
        return iso(min(years), 1, 1), iso(max(years), 12, 31)
    year = years[0]
    month = next((MONTHS[word] for word in WORD.findall(lowered) if word in MONTHS), None)
    if month is None:
        first, last = year_part(lowered) or (1, 12)
        return month_window(year, first, last)
    day = next(
        (int(d) for d in DAY.findall(lowered.replace(str(year), "")) if 1 <= int(d) <= 31), None
    )
    if day is None or day > calendar.monthrange(year, month)[1]:
        return month_window(year, month, month)
    return iso(year, month, day), iso(year, month, day)


def month_and_day(text: str) -> tuple[int, int] | None:
    """(month, day) a date names, if it names both: "Saturday 23 June" -> (6, 23)."""
    lowered = text.lower()
    month = next((MONTHS[word] for word in WORD.findall(lowered) if word in MONTHS), None)
    days = [int(d) for d in DAY.findall(YEAR.sub("", lowered)) if 1 <= int(d) <= 31]
    return (month, days[0]) if month is not None and days else None


def resolved_window(article: Article, start: int, end: int) -> tuple[str, str] | None:
    """The window the time annotator gave an expression overlapping `start:end`, if any."""
    for time in article.times:
        overlaps = time.start < end and start < time.end
        if overlaps and time.value and time.value.start and time.value.end and not time.flag:
            return time.value.start, time.value.end
    return None


def windows_overlap(first: tuple[str, str], second: tuple[str, str]) -> bool:
    return first[0] <= second[1] and second[0] <= first[1]


def window_text(window: tuple[str, str]) -> str:
    """A window as an ISO 8601 interval: "2023-01-01/2023-12-31"."""
    return f"{window[0]}/{window[1]}"


def parse_window_text(text: str | None) -> tuple[str, str] | None:
    if not text or "/" not in text:
        return None
    start, end = text.split("/", 1)
    return start, end
