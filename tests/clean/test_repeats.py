"""Repeated paragraphs: a scraper's double take goes, an interview's questions stay."""

from __future__ import annotations

from wirewatch.clean.repeats import fold, repeated_paragraphs

LONG = (
    "The port authority said on Monday that the breakwater would be rebuilt next year at a cost "
    "of four million euros, paid for by the city and the state together."
)


def test_repeats_long_paragraph_repeated_anywhere() -> None:
    paragraphs = [LONG, "Ferries ran again.", "The mayor was pleased.", LONG]
    assert repeated_paragraphs(paragraphs, 0.8) == {3: "repeated_paragraph"}


def test_repeats_near_exact_copy() -> None:
    near = LONG.replace("on Monday", "on Monday morning")
    assert repeated_paragraphs([LONG, "Ferries ran.", near], 0.8) == {2: "repeated_paragraph"}


def test_repeats_short_lines_between_answers_stay() -> None:
    paragraphs = ["What inspired you?", "The sea.", "What inspired you?", "My mother."]
    assert repeated_paragraphs(paragraphs, 0.8) == {}


def test_repeats_short_line_right_after_its_copy_goes() -> None:
    paragraphs = ["Ferries ran again.", "Ferries ran again.", "The mayor was pleased."]
    assert repeated_paragraphs(paragraphs, 0.8) == {1: "repeated_paragraph"}


def test_repeats_fold_plains_typography_and_spacing() -> None:
    assert (
        fold("\u201cPort\u00a0Reopens\u201d \u2013 it\u2019s  OPEN")
        == '"port reopens" - it\'s open'
    )
    assert fold("Plain  ASCII\tline") == "plain ascii line"


def test_repeats_typographic_copy_is_a_repeat() -> None:
    curly = LONG.replace("four", "\u201cfour\u201d")
    straight = LONG.replace("four", '"four"')
    assert repeated_paragraphs([curly, "Short line.", straight], 0.8) == {2: "repeated_paragraph"}
