"""Quotes and speakers on tiny texts, with the real spaCy pipeline (`nlp` fixture)."""

from __future__ import annotations

import pytest

from wirewatch.model import Article, Quote
from wirewatch.quotes.extract import add_quotes
from wirewatch.settings import Settings


@pytest.fixture(scope="module")
def quotes_of(nlp):
    def run(text: str, title: str | None = None) -> list[tuple[str, str, str | None]]:
        article = Article(id="a1", source="test", text=text, title=title)
        add_quotes(article, nlp(text), Settings())
        return [(text[q.start : q.end], q.kind, q.speaker_name) for q in article.quotes]

    return run


@pytest.fixture(scope="module")
def article_of(nlp):
    def run(text: str) -> Article:
        article = Article(id="a1", source="test", text=text)
        add_quotes(article, nlp(text), Settings())
        return article

    return run


def test_extract_speaker_after_the_quote(quotes_of) -> None:
    text = (
        "Mayor Anna Berg spoke to reporters on Monday.\n"
        '"The bridge will open in May," Berg said.\n'
        '"We are ready for it," said Berg.'
    )
    assert quotes_of(text) == [
        ("The bridge will open in May", "direct", "Anna Berg"),
        ("We are ready for it", "direct", "Anna Berg"),
    ]


def test_extract_speaker_before_with_a_comma(quotes_of) -> None:
    text = "On Monday, health minister Tom Walker said, “The hospital will stay open.”"
    assert quotes_of(text) == [("The hospital will stay open.", "direct", "Tom Walker")]


def test_extract_two_part_quote_split_by_the_attribution(quotes_of) -> None:
    text = "“We tried everything,” Tom Walker said. “But the money ran out.”"
    assert quotes_of(text) == [
        ("We tried everything", "direct", "Tom Walker"),
        ("But the money ran out.", "direct", "Tom Walker"),
    ]


def test_extract_multi_paragraph_quote_keeps_its_speaker(quotes_of) -> None:
    text = (
        "“The first part is about the budget,” Tom Walker said. “It is not enough.\n"
        "“The second part is about staff.”"
    )
    found = quotes_of(text)
    assert [speaker for _, _, speaker in found] == ["Tom Walker"] * 3
    assert found[-1][0] == "The second part is about staff."


def test_extract_multi_paragraph_quote_attributed_at_its_end(quotes_of) -> None:
    text = "“The first part is about the budget.\n“The second part is about staff,” Walker said."
    assert [speaker for _, _, speaker in quotes_of(text)] == ["Walker", "Walker"]


def test_extract_partial_quote_in_reported_speech(quotes_of) -> None:
    text = "Finnish President Alexander Stubb said Finland must “mentally prepare” for talks."
    assert quotes_of(text) == [("mentally prepare", "partial", "Alexander Stubb")]


def test_extract_indirect_speech(article_of) -> None:
    article = article_of("Kremlin spokesman Dmitry Peskov noted that relations had collapsed.")
    (quote,) = article.quotes
    assert quote.kind == "indirect"
    assert quote.speaker_name == "Dmitry Peskov"
    assert article.span_text(quote.start, quote.end) == "relations had collapsed"


def test_extract_pronoun_goes_to_the_last_person(article_of) -> None:
    text = "Alexander Stubb visited London on Monday.\n“Nothing will change soon,” he said."
    (quote,) = article_of(text).quotes
    assert quote.speaker_name == "Alexander Stubb"
    assert text[quote.speaker_start : quote.speaker_end] == "Alexander Stubb"


def test_extract_descriptor_goes_to_the_person_with_that_role(quotes_of) -> None:
    text = (
        "President Maria Silva opened the summit in Lisbon.\n"
        "“We need a deal this week,” the president added."
    )
    assert quotes_of(text) == [("We need a deal this week", "direct", "Maria Silva")]


def test_extract_organisation_as_speaker(quotes_of) -> None:
    text = "The Kremlin said on Tuesday that ties were “nearly zero”."
    assert quotes_of(text)[0] == ("nearly zero", "partial", "Kremlin")


def test_extract_unknown_speaker_stays_empty(quotes_of) -> None:
    assert quotes_of("“The deal is off,” a source said.") == [("The deal is off", "direct", None)]


def test_extract_scare_quotes_and_titles_are_not_quotes(quotes_of) -> None:
    text = (
        "The strait has become a “grey zone” for shipping.\n"
        "The host appeared on “Meet the Press” on Sunday."
    )
    assert quotes_of(text) == []


def test_extract_quoted_headline_is_not_a_quote(quotes_of) -> None:
    text = "Talks resume in Geneva\nDiplomats met.\nPost a comment for “Talks resume in Geneva”"
    assert quotes_of(text, title="Talks resume in Geneva") == []


def test_extract_keeps_cue_and_spans(article_of) -> None:
    text = "“Prices will fall,” Tom Walker said."
    (quote,) = article_of(text).quotes
    assert isinstance(quote, Quote)
    assert quote.id == "a1:q1"
    assert text[quote.cue_start : quote.cue_end] == quote.cue == "said"
    assert text[quote.speaker_start : quote.speaker_end] == "Tom Walker"


def test_extract_unclosed_quote_does_not_swallow_the_article(quotes_of) -> None:
    text = (
        "Anna Berg said “this sentence never closes.\n"
        "The council met later. Anna Berg said the plan “works well”."
    )
    assert [quote for quote, _, _ in quotes_of(text)] == [
        "this sentence never closes.",
        "works well",
    ]


def test_extract_dash_byline_and_transcript_label(quotes_of) -> None:
    text = (
        "“The vote was fair and the count was quick.” ― Carla Mendes\n"
        '"WALKER: We will publish the figures tomorrow."'
    )
    assert [speaker for _, _, speaker in quotes_of(text)] == ["Carla Mendes", "Walker"]


def test_extract_pronoun_skips_people_named_inside_quotes(quotes_of) -> None:
    text = (
        "Tom Walker spoke to the council on Monday.\n"
        "“Peter Smith is wrong about the budget,” he said."
    )
    assert quotes_of(text) == [("Peter Smith is wrong about the budget", "direct", "Tom Walker")]


def test_extract_speech_noun_goes_to_its_owner(quotes_of) -> None:
    text = "Critics rejected Donald Trump’s claim that there were “thousands of shootings” there."
    assert quotes_of(text) == [("thousands of shootings", "partial", "Donald Trump")]


def test_extract_survives_marks_everywhere(article_of) -> None:
    text = (
        '"" “ ” ‘ ’ « » he is 5\'10" and "\n'
        "”reversed“ marks, said Anna Berg. ‘ \n"
        "“unclosed at the end"
    )
    article = article_of(text)
    for quote in article.quotes:
        assert 0 <= quote.start < quote.end <= len(text)
        assert "\n" not in text[quote.start : quote.end]


def test_extract_pronoun_skips_a_person_of_the_other_gender(quotes_of) -> None:
    text = (
        "Ms. Laura Becker arrived in Berlin on Friday. Mr. Paul Novak met her there.\n"
        "“We agreed on nothing,” she said."
    )
    assert quotes_of(text) == [("We agreed on nothing", "direct", "Laura Becker")]


def test_extract_term_after_an_article_with_no_known_speaker_is_not_a_quote(quotes_of) -> None:
    text = (
        "Fishermen have revived what they call the “herring war”. "
        "Critics dismissed the deal as a “reboot” in name only."
    )
    assert quotes_of(text) == []


def test_extract_term_after_an_article_stays_when_a_speaker_is_known(quotes_of) -> None:
    text = "Senator Anna Berg called the deal a “reboot” on Monday."
    assert quotes_of(text) == [("reboot", "partial", "Anna Berg")]
