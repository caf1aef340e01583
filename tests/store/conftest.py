"""Fixtures of the store tests: an in-memory store and a corpus holding every kind of item."""

from __future__ import annotations

import pytest

from wirewatch.model import (
    Action,
    Amount,
    Article,
    Claim,
    ClaimRef,
    Contradiction,
    Corpus,
    DateRange,
    Dyad,
    DyadPoint,
    Entity,
    Event,
    Mention,
    Paragraph,
    Party,
    Quote,
    Ref,
    Removal,
    Sentence,
    Storyline,
    SummarySentence,
    TimeExpression,
)
from wirewatch.store import Store

BORDER_TEXT = 'The border stays shut, the minister said. "We will not reopen it," Orpo said.'


@pytest.fixture
def store():
    with Store(":memory:") as memory_store:
        yield memory_store


@pytest.fixture
def full_corpus() -> Corpus:
    """Two articles with every annotation, and one item of every corpus-level kind."""
    first = Article(
        id="a1", source="in/a1.txt", text=BORDER_TEXT, content_hash="hash-a1",
        url="https://example.org/a1", outlet="Example Times", title="Border stays shut",
        authors=["Ann Writer"], published=DateRange("2023-11-20", "2023-11-20", "metadata"),
        language="en", paragraphs=[Paragraph(0, len(BORDER_TEXT))],
        removed=[Removal("Subscribe now", "newsletter_prompt")],
        sentences=[Sentence(0, 41), Sentence(42, len(BORDER_TEXT))],
        mentions=[Mention(67, 71, "PERSON", entity="e-orpo", country="FIN")],
        times=[TimeExpression(0, 3, DateRange("2023-11-20", "2023-11-26"), flag=None)],
        amounts=[Amount(4, 10, 1340.0, "km", approximate=True)],
        quotes=[Quote("a1-q1", "a1", 43, 64, "direct", speaker_name="Orpo",
                      speaker_entity="e-orpo", speaker_start=67, speaker_end=71,
                      cue="said", cue_start=72, cue_end=76, group="g1")],
        claims=[Claim("a1", 0, 41, "amount", "border length", "1,340 km", 1340.0, "km")],
        event="ev1",
    )
    second = Article(id="a2", source="in/a2.txt", text="A copy: " + BORDER_TEXT,
                     content_hash="hash-a2", outlet="Other Daily", duplicate_of="a1",
                     event="ev1")
    return Corpus(
        articles=[first, second],
        events=[Event("ev1", "Border closed", ["a1", "a2"], first_article="a1",
                      date=DateRange("2023-11-20", "2023-11-20"), storyline="s1",
                      summary=[SummarySentence("The border stays shut.", ["a1"],
                                               [Ref("a1", 0, 21)])])],
        storylines=[Storyline("s1", "Finland–Russia border", ["ev1"])],
        entities=[Entity("e-orpo", "Petteri Orpo", "PERSON", aliases=["Orpo"],
                         descriptors=["prime minister"], country="FIN",
                         mentions=[Ref("a1", 67, 71, "Orpo")])],
        contradictions=[Contradiction("c1", "length of the border",
                                      [ClaimRef("a1", "1,340 km", start=0, end=41),
                                       ClaimRef("a2", "1,300 km", outlet="Other Daily")],
                                      event="ev1")],
        actions=[Action("act1", Party("e-orpo", "Orpo", "FIN"), Party(None, "Russia", "RUS"),
                        "SANCTION", ["a1", "a2"], event="ev1", mode="border closure",
                        date=DateRange("2023-11-20", "2023-11-20"),
                        evidence=[Ref("a1", 0, 41)])],
        dyads=[Dyad(["FIN", "RUS"], [DyadPoint("2023-11-20", ["act1"], -5.0)])],
    )
