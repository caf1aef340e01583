"""Patterns are data: a few checks that each concept's pattern matches its shape."""

from __future__ import annotations

from wirewatch.clean import patterns


def test_patterns_dateline_shapes() -> None:
    assert (
        patterns.DATELINE.match("OSLO/STOCKHOLM — The ministers met.").group("place")
        == "OSLO/STOCKHOLM"
    )
    match = patterns.DATELINE.match("TALLINN (AFP) — The port closed.")
    assert match.group("place") == "TALLINN"
    assert match.group("credit") == "AFP"
    assert patterns.DATELINE.match("NATO - the alliance met.") is None


def test_patterns_caption_credit_needs_a_break_before_the_credit() -> None:
    assert patterns.CAPTION_CREDIT.search("Boats in the bay. Photo: Jane Roe")
    assert patterns.CAPTION_CREDIT.search("He said so, according to Reuters.") is None


def test_patterns_explicit_date_forms() -> None:
    for text in ("Published January 5, 2024", "5 Jan 2024 10:00", "2024-01-05T10:00"):
        assert patterns.EXPLICIT_DATE.search(text), text


def test_patterns_signoff_is_initials_alone() -> None:
    assert patterns.SIGNOFF.match("XY")
    assert patterns.SIGNOFF.match("(AFP)")
    assert patterns.SIGNOFF.match("Xy") is None


def test_patterns_trigger_patterns_match_their_words() -> None:
    for reason, words in patterns.TRIGGERS.items():
        pattern = patterns.TRIGGER_PATTERNS[reason]
        for word in words:
            assert pattern.search(f"a line with {word} inside"), (reason, word)
        assert not pattern.search("zzz qqq"), reason
