"""Entities of a stretch of a document, read from the IOB tags."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from wirewatch.nlp.entity_spans import entities_between


def tagged_doc() -> Doc:
    words = ["Talks", "in", "Oslo", "on", "May", "3", ".", "Then", "New", "York", "called"]
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [
        Span(doc, 2, 3, label="GPE"),
        Span(doc, 4, 6, label="DATE"),
        Span(doc, 8, 10, label="GPE"),
    ]
    return doc


def test_entities_between_are_those_of_the_span() -> None:
    doc = tagged_doc()
    for start, end in [(0, 7), (0, len(doc)), (3, 9), (5, 11), (7, 11), (0, 0)]:
        expected = [(ent.start, ent.end, ent.label_) for ent in doc[start:end].ents]
        found = [(ent.start, ent.end, ent.label_) for ent in entities_between(doc, start, end)]
        assert found == expected, (start, end)


def test_an_entity_crossing_the_end_is_left_out() -> None:
    doc = tagged_doc()
    assert [ent.text for ent in entities_between(doc, 0, 5)] == ["Oslo"]
