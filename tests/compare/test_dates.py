"""Date expressions to windows of days (no parse needed)."""

from __future__ import annotations

import pytest

from wirewatch.compare.dates import date_window
from wirewatch.nlp.time import Days


@pytest.mark.parametrize(
    ("written", "window"),
    [
        ("2023", ("2023-01-01", "2023-12-31")),
        ("late 2023", ("2023-09-01", "2023-12-31")),
        ("early 2022", ("2022-01-01", "2022-04-30")),
        ("March 2022", ("2022-03-01", "2022-03-31")),
        ("20 April 2025", ("2025-04-20", "2025-04-20")),
        ("April 20, 2025", ("2025-04-20", "2025-04-20")),
        ("2024-02-29", ("2024-02-29", "2024-02-29")),
        ("between 2014 and 2022", ("2014-01-01", "2022-12-31")),
    ],
)
def test_dates_window_of_absolute_expressions(written: str, window: tuple[str, str]) -> None:
    found = date_window(written)
    assert found is not None and found.interval() == "/".join(window)


@pytest.mark.parametrize("written", ["Tuesday", "20 April", "the 1990s", "more than a year"])
def test_dates_no_window_without_a_year(written: str) -> None:
    assert date_window(written) is None


def test_dates_windows_overlap_only_when_they_share_a_day() -> None:
    intervals = ("2023-01-01/2023-12-31", "2023-12-31/2024-01-05", "2024-01-01/2024-12-31")
    year, new_year, next_year = (Days.of_interval(interval) for interval in intervals)
    assert year and new_year and next_year
    assert year.overlaps(new_year) and not year.overlaps(next_year)


def test_dates_a_season_spans_two_years() -> None:
    assert date_window("1982-83") == Days.of_interval("1982-01-01/1983-12-31")


def test_dates_a_day_no_calendar_has_is_no_window() -> None:
    assert date_window("2023-02-30") is None
    assert Days.of_interval("not an interval") is None
