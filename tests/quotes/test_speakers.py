"""Speaker resolution rules on tiny texts, with the real spaCy pipeline (`nlp` fixture)."""

from __future__ import annotations

import pytest

from wirewatch.model import Article
from wirewatch.quotes.extract import add_quotes
from wirewatch.settings import Settings


@pytest.fixture(scope="module")
def speakers_of(nlp):
    def run(text: str) -> list[tuple[str, str | None]]:
        article = Article(id="a1", source="test", text=text)
        add_quotes(article, nlp(text), Settings())
        return [
            (text[q.start : q.end], q.speaker_name) for q in article.quotes if q.kind != "indirect"
        ]

    return run


def test_speakers_role_noun_finds_the_person_in_apposition(speakers_of) -> None:
    text = (
        "The ship's captain, Olaf Berg, told the radio that the crew had been treated well. "
        "His sister, Anna Berg, runs the company.\n"
        "“We lost the season,” the captain said."
    )
    assert speakers_of(text) == [("We lost the season", "Olaf Berg")]


def test_speakers_pronoun_prefers_the_name_in_apposition_with_the_subject(speakers_of) -> None:
    text = (
        "Karl Nystrom, the finance minister, said the deal was done.\n"
        "Sweden's trade minister, Lena Holm, said her country saw itself as a bridge. "
        "“We are not only a transit country,” she said."
    )
    assert speakers_of(text) == [("We are not only a transit country", "Lena Holm")]


def test_speakers_indefinite_role_noun_is_nobody_known(speakers_of) -> None:
    text = "Minister Anna Berg opened the session.\n“We will appeal,” a minister said."
    assert speakers_of(text) == [("We will appeal", None)]


def test_speakers_untagged_body_speaks_as_itself(speakers_of) -> None:
    text = (
        "The national fishing association said in a statement it would read the final "
        "text “with great care” before commenting."
    )
    assert speakers_of(text) == [("with great care", "national fishing association")]


def test_speakers_body_noun_goes_to_the_organisation_named_before(speakers_of) -> None:
    text = (
        "The report by the International Monetary Fund was published on Tuesday. "
        "The fund warned that growth would be “very weak for years”."
    )
    assert speakers_of(text) == [("very weak for years", "International Monetary Fund")]


def test_speakers_letter_speaks_for_a_role_named_in_the_next_sentence(speakers_of) -> None:
    text = (
        "Finland's president on Monday vetoed the law, sending it back to parliament with a "
        "letter that criticised its “careless wording”.\n"
        "President Anna Virtanen said the law was unclear."
    )
    assert speakers_of(text) == [("careless wording", "Anna Virtanen")]


def test_speakers_statement_speaks_for_its_issuer(speakers_of) -> None:
    text = "The Security Council issued a statement calling the test “a clear breach” of the rules."
    assert speakers_of(text) == [("a clear breach", "Security Council")]


def test_speakers_relative_pronoun_is_the_person_it_hangs_from(speakers_of) -> None:
    text = "Senator Anna Berg, who called the plan “a quiet disaster”, voted against it."
    assert speakers_of(text) == [("a quiet disaster", "Anna Berg")]


def test_speakers_object_of_led_to_does_the_speaking(speakers_of) -> None:
    text = (
        "The ruling led the Latvian journalist Dainis Ozols to fear a "
        "“new pact between the powers.”"
    )
    assert speakers_of(text) == [("new pact between the powers.", "Dainis Ozols")]


def test_speakers_nested_reported_speech_goes_to_the_outer_source(speakers_of) -> None:
    text = "Tom Walker said Anna Berg described the deal as “the gold standard” of trade deals."
    assert speakers_of(text) == [("the gold standard", "Tom Walker")]


def test_speakers_quote_in_an_adverbial_clause_is_not_the_main_speakers(speakers_of) -> None:
    text = "As Tom Walker went on about “how the system is rigged,” Anna Berg said yes, again."
    assert speakers_of(text) == [("how the system is rigged", None)]


def test_speakers_name_after_a_subordinator_read_as_a_preposition(speakers_of) -> None:
    # parses make the name the object of "after", and hang the cue from "came" in one way
    # or another (a second verb, an adverbial clause, or the root above it)
    for text, speaker in (
        (
            "His comments came after Holm, during a visit to Oslo on Friday, admitted that "
            "Norway must “brace itself” for a long winter.",
            "Holm",
        ),
        (
            "His warning came after Ana Ruiz, on a visit to Lisbon on Monday, acknowledged "
            "that Chile must “prepare itself mentally” for lower copper prices.",
            "Ana Ruiz",
        ),
    ):
        assert [name for _, name in speakers_of(text)] == [speaker]
    # with a verb of its own in between, the name is not the cue's subject
    text = (
        "The vote came after Lena Holm resigned, and the council warned that the city "
        "must “tighten its belt” before the winter."
    )
    assert speakers_of(text) != [("tighten its belt", "Lena Holm")]


def test_speakers_another_form_of_the_role_finds_the_same_person(speakers_of) -> None:
    """"the spokesperson" and "the spokeswoman" are the spokesman named before (nlp.roles
    families); a different role is not."""
    lead = "Harbour authority spokesman Tomas Lind spoke to reporters on Tuesday. "
    for role in ("spokesman", "spokesperson"):
        said = f"“The quay will reopen,” the {role} said."
        assert speakers_of(lead + said) == [("The quay will reopen", "Tomas Lind")]
    assert speakers_of(lead + "“The quay will reopen,” the mayor said.") == [
        ("The quay will reopen", None)
    ]
