"""Byline-area patterns are data: a few checks that each matches its shape."""

from __future__ import annotations

from wirewatch.clean import metadata_patterns


def test_metadata_patterns_dateline_shapes() -> None:
    assert (
        metadata_patterns.DATELINE.match("OSLO/STOCKHOLM — The ministers met.").group("place")
        == "OSLO/STOCKHOLM"
    )
    match = metadata_patterns.DATELINE.match("TALLINN (AFP) — The port closed.")
    assert match.group("place") == "TALLINN"
    assert match.group("credit") == "AFP"
    assert metadata_patterns.DATELINE.match("NATO - the alliance met.") is None


def test_metadata_patterns_explicit_date_forms() -> None:
    for text in ("Published January 5, 2024", "5 Jan 2024 10:00", "2024-01-05T10:00"):
        assert metadata_patterns.EXPLICIT_DATE.search(text), text
