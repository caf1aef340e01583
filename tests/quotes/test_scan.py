"""The quote-mark state machine: pairs, nesting, bad input."""

from __future__ import annotations

from wirewatch.quotes.scan import scan_quotes


def quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in scan_quotes(text)]


def test_scan_pairs_straight_and_curly_marks() -> None:
    text = 'She said "we are ready" and “we will stay”.'
    assert quoted(text) == ["we are ready", "we will stay"]


def test_scan_drops_the_comma_handing_over_to_the_attribution() -> None:
    assert quoted("“We are ready,” she said.") == ["We are ready"]


def test_scan_keeps_nested_single_quotes_inside_the_outer_quote() -> None:
    text = "“He told me ‘no’ twice,” she said."
    assert quoted(text) == ["He told me ‘no’ twice"]


def test_scan_reads_british_single_quotes_past_apostrophes() -> None:
    text = "The minister said it was ‘Finland’s choice’ to make."
    assert quoted(text) == ["Finland’s choice"]


def test_scan_skips_inch_marks_and_apostrophes() -> None:
    text = "The guard, who is 6'2\", said \"it's over\" and left. It's the Joneses' car."
    assert quoted(text) == ["it's over"]


def test_scan_skips_a_stray_closing_mark() -> None:
    assert quoted('The size was 12" wide. Then "fine" he said.') == ["fine"]


def test_scan_bounds_a_never_closing_quote_by_its_paragraph() -> None:
    text = 'He said "this never closes and runs on.\nThe next paragraph is prose.'
    segments = scan_quotes(text)
    assert [text[s.start : s.end] for s in segments] == ["this never closes and runs on."]
    assert segments[0].close_mark is None
    assert not segments[0].continues


def test_scan_flags_a_multi_paragraph_continuation() -> None:
    text = "“We will rebuild the bridge.\n“And we will open it by May,” she said."
    segments = scan_quotes(text)
    assert [text[s.start : s.end] for s in segments] == [
        "We will rebuild the bridge.",
        "And we will open it by May",
    ]
    assert [s.continues for s in segments] == [False, True]


def test_scan_closes_mixed_straight_and_curly_typing() -> None:
    text = 'There was “no evidence" yet, he said.'
    assert quoted(text) == ["no evidence"]


def test_scan_nests_a_pair_of_another_style() -> None:
    text = '"It is an episode of “Shark Tank” to them," he said.'
    assert quoted(text) == ["It is an episode of “Shark Tank” to them"]


def test_scan_ignores_marks_inside_markup() -> None:
    text = '<tweet author="someone"> The mayor said "calm down" twice.'
    assert quoted(text) == ["calm down"]


def test_scan_survives_an_odd_number_of_marks() -> None:
    text = '"One," he said. "Two. And "three, he added.\nA new paragraph says "four".'
    segments = scan_quotes(text)
    paragraph_end = text.index("\n")
    assert all(s.end <= paragraph_end or s.start > paragraph_end for s in segments)
    assert quoted(text)[0] == "One"
    assert quoted(text)[-1] == "four"
