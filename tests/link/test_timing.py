from __future__ import annotations

from wirewatch.link.timing import happening_span, overlap_of
from wirewatch.model import DateRange


def test_timing_wide_windows_narrow_to_their_overlap():
    windows = [DateRange("2025-03-13", "2026-11-28"), DateRange("2024-09-01", "2025-04-20")]
    assert happening_span(windows, widest_days=7) == DateRange(
        "2025-03-13", "2025-04-20", "inferred"
    )


def test_timing_narrow_windows_win_over_wide_ones():
    windows = [DateRange("2025-01-01", "2025-12-31"), DateRange("2025-04-01", "2025-04-01")]
    assert happening_span(windows, widest_days=7) == DateRange(
        "2025-04-01", "2025-04-01", "inferred"
    )


def test_timing_disjoint_wide_windows_fall_back_to_the_narrowest():
    windows = [DateRange("2020-01-01", "2020-12-31"), DateRange("2022-01-01", "2022-03-31")]
    assert overlap_of(windows) is None
    assert happening_span(windows, widest_days=7) == DateRange("2022-01-01", "2022-03-31")
