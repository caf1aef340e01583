"""Tests of wirewatch.nlp.annotate on tiny texts, with the real spaCy pipeline."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from wirewatch.model import Article
from wirewatch.nlp.annotate import add_mentions, add_sentences
from wirewatch.pipeline import stages_of

TEXT = (
    "Finnish President Alexander Stubb's remarks drew a reply from the Kremlin on Tuesday.\n"
    "Kremlin spokesman Dmitry Peskov said Moscow was open to talks with Helsinki."
)


@pytest.fixture
def annotated(nlp) -> Article:
    article = Article(id="t", source="t", text=TEXT)
    doc = nlp(TEXT)
    for stage in stages_of("nlp"):
        stage.run(article, doc, None)
    return article


def mention_table(article: Article) -> dict[str, tuple[str, str | None]]:
    return {article.span_text(m.start, m.end): (m.label, m.country) for m in article.mentions}


def test_annotate_sentences_are_trimmed_spans(annotated: Article) -> None:
    texts = [annotated.span_text(s.start, s.end) for s in annotated.sentences]
    assert texts[0].startswith("Finnish President") and texts[0].endswith("Tuesday.")
    assert texts[-1].endswith("Helsinki.")


def test_annotate_mentions_drop_possessive_and_take_country_from_role(annotated: Article) -> None:
    table = mention_table(annotated)
    assert table["Alexander Stubb"] == ("PERSON", "FIN")
    assert table["Dmitry Peskov"] == ("PERSON", "RUS")
    assert "Alexander Stubb's" not in table


def test_annotate_places_and_seats_get_countries(annotated: Article) -> None:
    table = mention_table(annotated)
    assert table["Kremlin"] == ("ORG", "RUS")
    assert table["Helsinki"] == ("GPE", "FIN")


def test_annotate_fills_times_and_amounts_fields(annotated: Article) -> None:
    assert [annotated.span_text(t.start, t.end) for t in annotated.times] == ["on Tuesday"]
    assert annotated.times[0].flag == "no_anchor"  # no publication date, no window
    assert annotated.amounts == []


def test_annotate_untagged_seat_of_government_is_added(nlp) -> None:
    text = "Officials at the White House declined to comment."
    article = Article(id="w", source="w", text=text)
    doc = nlp.make_doc(text)  # no NER at all: the table still finds the seat
    add_sentences(article, nlp(text), None)
    add_mentions(article, doc, None)
    assert mention_table(article) == {"White House": ("ORG", "USA")}


# Hand-built Docs: what is tested here is wirewatch's reading of the spans, not the model's.
ENGLISH = spacy.blank("en").vocab


def test_annotate_sentences_of_a_hand_built_doc_are_trimmed() -> None:
    words = ["Talks", "ended", ".", "\n\n", "They", "resume", "today", "."]
    spaces = [True, False, False, False, True, True, False, False]
    starts = [True, False, False, False, True, False, False, False]
    doc = Doc(ENGLISH, words=words, spaces=spaces, sent_starts=starts)
    article = Article(id="h", source="h", text=doc.text)
    add_sentences(article, doc)
    assert [article.span_text(s.start, s.end) for s in article.sentences] == [
        "Talks ended.",
        "They resume today.",
    ]


def test_annotate_mentions_of_hand_built_entities_are_cleaned_and_tied() -> None:
    words = ["Kremlin", "spokesman", "Dmitry", "Peskov", "'s", "remarks", "came", "in", "Moscow"]
    ents = ["B-ORG", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O", "B-GPE"]
    spaces = [True, True, True, False, True, True, True, True, False]
    doc = Doc(ENGLISH, words=words, spaces=spaces, ents=ents, sent_starts=[True] + [False] * 8)
    article = Article(id="h", source="h", text=doc.text)
    add_sentences(article, doc)
    add_mentions(article, doc)
    assert mention_table(article) == {
        "Kremlin": ("ORG", "RUS"),
        "Dmitry Peskov": ("PERSON", "RUS"),  # the possessive trimmed, the country from the role
        "Moscow": ("GPE", "RUS"),
    }
