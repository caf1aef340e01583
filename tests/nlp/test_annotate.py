"""Tests of wirewatch.nlp.annotate on tiny texts, with the real spaCy pipeline."""

from __future__ import annotations

import pytest

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
