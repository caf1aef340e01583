"""Resolving one time cue to a span of days, given what is known of "now" (the anchor).

An anchor is the publication day (start == end) or an inferred window of days.
Every resolver returns `(days, flag)`: the day span, or None with the reason.
`Days` is the one window type of wirewatch; `DateRange` is its form in the export.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta
from typing import NamedTuple

from wirewatch.model import DateRange
from wirewatch.nlp.time.cues import MONTHS, WEEKDAYS, YEAR_PARTS, TimeCue, number_value
from wirewatch.nlp.units import MARKERS


def parse_day(value: str | None) -> date | None:
    """The day of an ISO date or timestamp ("2025-04-01T10:00"), None when unreadable."""
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


class Days(NamedTuple):
    """A window of days, both ends included (one day: start == end)."""

    start: date
    end: date

    def as_range(self, basis: str) -> DateRange:
        """The window as the export writes it, with how it was read (`DateRange.basis`)."""
        return DateRange(self.start.isoformat(), self.end.isoformat(), basis)

    @classmethod
    def of(cls, window: DateRange | None) -> Days | None:
        """The days of an exported window; None when unreadable or reversed."""
        start = parse_day(window.start) if window else None
        end = (parse_day(window.end) if window else None) or start
        return cls(start, end) if start and end and start <= end else None

    @classmethod
    def day(cls, one: date) -> Days:
        return cls(one, one)

    def interval(self) -> str:
        """The window as an ISO 8601 interval ("2023-01-01/2023-12-31"), as a claim keeps it."""
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    @classmethod
    def of_interval(cls, text: str | None) -> Days | None:
        """The days of an ISO interval written by `interval`; None when it is not one."""
        start, _, end = (text or "").partition("/")
        return cls.of(DateRange(start, end)) if end else None

    def overlaps(self, other: Days) -> bool:
        """The two windows share at least one day."""
        return self.start <= other.end and other.start <= self.end


Resolution = tuple[Days | None, str | None]

# A cue about a day near "now" that is not marked as future is taken as past, allowing
# for events reported a few days ahead ("the summit opens on Monday").
FUTURE_SLACK = timedelta(days=7)


def month_span(year: int, month: int) -> Days:
    return Days(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


def months_span(year: int, first: int, last: int) -> Days:
    """From the first day of month `first` to the last day of month `last` of `year`."""
    return Days(month_span(year, first).start, month_span(year, last).end)


def add_months(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def shift(day: date, amount: float, unit: str) -> date:
    """`day` moved by `amount` units (negative goes back); years and months by calendar."""
    if unit in ("day", "week"):
        return day + timedelta(days=round(amount * (7 if unit == "week" else 1)))
    months = round(amount * {"month": 1, "year": 12, "decade": 120}[unit])
    return add_months(day, months)


def cue_month(cue: TimeCue) -> int:
    if "month_number" in cue.parts:
        return int(cue.parts["month_number"])
    return MONTHS[cue.parts["month"].casefold()]


def calendar_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def is_possible_day(month: int, day: int) -> bool:
    """True when the day exists in some year (February 29 does, February 30 never)."""
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2024, month)[1]


def pick_year(month: int, day: int, anchor: Days, future: bool) -> Days:
    """The day of `month`/`day` fitting the anchor: in a window, else nearest on the right side."""
    low, high = anchor
    candidates = [
        found
        for year in range(low.year - 1, high.year + 2)
        if (found := calendar_day(year, month, day)) is not None
    ]
    inside = [found for found in candidates if low <= found <= high]
    if low != high and inside:
        return Days(inside[0], inside[-1])
    if future:
        later = [found for found in candidates if found >= low - FUTURE_SLACK]
        return Days.day(later[0] if later else candidates[-1])
    earlier = [found for found in candidates if found <= high + FUTURE_SLACK]
    return Days.day(earlier[-1] if earlier else candidates[0])


def resolve_calendar_day(cue: TimeCue, anchor: Days | None) -> Resolution:
    month, day = cue_month(cue), int(cue.parts["day"])
    if not is_possible_day(month, day):
        return None, "impossible"
    if "year" in cue.parts:
        found = calendar_day(int(cue.parts["year"]), month, day)
        return (Days.day(found), None) if found else (None, "impossible")
    if anchor is None:
        return None, "no_year"
    return pick_year(month, day, anchor, cue.future), None


def resolve_month_year(cue: TimeCue, anchor: Days | None) -> Resolution:
    return month_span(int(cue.parts["year"]), cue_month(cue)), None


def resolve_year_part(cue: TimeCue, anchor: Days | None) -> Resolution:
    year = int(cue.parts["year"])
    return months_span(year, *YEAR_PARTS[cue.parts["part"].casefold()]), None


def resolve_year(cue: TimeCue, anchor: Days | None) -> Resolution:
    year = int(cue.parts["year"])
    return Days(date(year, 1, 1), date(year, 12, 31)), None


def resolve_weekday(cue: TimeCue, anchor: Days | None) -> Resolution:
    """`on Tuesday`: the last Tuesday up to the anchor day (the next one when future)."""
    if not is_narrow(anchor):
        return None, "no_anchor"
    weekday = WEEKDAYS.index(cue.parts["weekday"].casefold())
    which = cue.parts.get("which", "").casefold()
    low, high = anchor
    if cue.future or which == "next":
        found = [low + timedelta(days=(weekday - low.weekday()) % 7 or 7)]
    else:
        back = (high.weekday() - weekday) % 7 or (7 if which == "last" else 0)
        found = [high - timedelta(days=back)]
    return Days.day(found[0]), None


def is_narrow(anchor: Days | None) -> bool:
    """An anchor precise enough to count days from (a week at most)."""
    return anchor is not None and (anchor[1] - anchor[0]).days < 7


def resolve_relative_day(cue: TimeCue, anchor: Days | None) -> Resolution:
    if not is_narrow(anchor):
        return None, "no_anchor"
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[
        cue.parts["word"].casefold()
    ]
    return Days(anchor[0] + timedelta(days=offset), anchor[1] + timedelta(days=offset)), None


def resolve_relative_period(cue: TimeCue, anchor: Days | None) -> Resolution:
    """`last month` -> the calendar month before the anchor's; `this week` -> its Monday..Sunday."""
    if not is_narrow(anchor):
        return None, "no_anchor"
    which = cue.parts["which"].casefold().split()[-1]
    step = {"last": -1, "next": 1, "this": 0}[which]
    period, day = cue.parts["period"].casefold(), anchor[1]
    if period == "week":
        monday = day - timedelta(days=day.weekday()) + timedelta(weeks=step)
        return Days(monday, monday + timedelta(days=6)), None
    if period == "month":
        first = add_months(day.replace(day=1), step)
        return month_span(first.year, first.month), None
    return Days(date(day.year + step, 1, 1), date(day.year + step, 12, 31)), None


def duration_range(cue: TimeCue) -> tuple[float, float]:
    """How many units a duration covers, widened by how its qualifier bounds it
    (`nlp.units.MARKERS`: "more than a year" -> 1..2, "nearly four years" -> 3.5..4)."""
    amount = number_value(cue.parts["number"])
    bound = MARKERS.get(cue.parts.get("qualifier", "").casefold())
    if bound == "just below":
        return amount - 0.5, amount
    if bound in ("above", "just above"):
        return amount, amount + 1
    if bound == "below":
        return 0, amount
    return amount - 0.5, amount + 0.5


def resolve_ago(cue: TimeCue, anchor: Days | None) -> Resolution:
    """`three days ago`, "two weeks earlier": back from the anchor."""
    if not is_narrow(anchor) or cue.parts.get("relation", "").casefold() != "ago":
        return None, "no_anchor"
    shortest, longest = duration_range(cue)
    unit = cue.parts["unit"].casefold()
    return Days(shift(anchor[0], -longest, unit), shift(anchor[1], -shortest, unit)), None


def after_window(cue: TimeCue, since: Days) -> Days:
    """Days that lie the cue's duration after `since` ("nearly four years after 2022-02-24")."""
    shortest, longest = duration_range(cue)
    unit = cue.parts["unit"].casefold()
    return Days(shift(since[0], shortest, unit), shift(since[1], longest, unit))


RESOLVERS: dict[str, Callable[[TimeCue, Days | None], Resolution]] = {
    "iso_date": resolve_calendar_day,
    "month_day": resolve_calendar_day,
    "day_month": resolve_calendar_day,
    "month_year": resolve_month_year,
    "year_part": resolve_year_part,
    "year": resolve_year,
    "weekday": resolve_weekday,
    "relative_day": resolve_relative_day,
    "relative_period": resolve_relative_period,
    "duration": resolve_ago,
}


def resolve_cue(cue: TimeCue, anchor: Days | None) -> Resolution:
    """The cue's days, or None with why; days beyond the calendar ("9000 years ago") never crash."""
    try:
        return RESOLVERS[cue.kind](cue, anchor)
    except (ValueError, OverflowError):
        return None, "impossible"
