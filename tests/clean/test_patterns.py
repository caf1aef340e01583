"""Patterns are data: a few checks that each concept's pattern matches its shape."""

from __future__ import annotations

from wirewatch.clean import patterns


def test_patterns_caption_credit_needs_a_break_before_the_credit() -> None:
    assert patterns.CAPTION_CREDIT.search("Boats in the bay. Photo: Jane Roe")
    assert patterns.CAPTION_CREDIT.search("He said so, according to Reuters.") is None


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
