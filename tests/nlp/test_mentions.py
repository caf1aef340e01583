"""Tests of wirewatch.nlp.mentions: cleaning NER spans, written by hand (no model needed)."""

from __future__ import annotations

from wirewatch.nlp.mentions import build_mentions


def mentions_of(text: str, *tagged: tuple[str, str]) -> list[tuple[str, str, str | None]]:
    """Mentions built from (surface, label) spans as a model would give them."""
    spans, offset = [], 0
    for surface, label in tagged:
        start = text.index(surface, offset)
        spans.append((start, start + len(surface), label))
        offset = start + len(surface)
    built = build_mentions(text, spans, lambda offset: text)
    return [(text[m.start : m.end], m.label, m.country) for m in built]


def test_mentions_leading_the_and_possessive_are_stripped() -> None:
    text = "The Hague court heard Alexander Stubb's case."
    assert mentions_of(text, ("Alexander Stubb's", "PERSON")) == [
        ("Alexander Stubb", "PERSON", None)
    ]


def test_mentions_capital_tagged_as_person_becomes_a_place() -> None:
    assert mentions_of("Aid reached Kyiv today.", ("Kyiv", "PERSON")) == [("Kyiv", "GPE", "UKR")]


def test_mentions_titled_name_tagged_as_org_becomes_a_person() -> None:
    text = "President Helena Cardoso vetoed the law."
    assert mentions_of(text, ("Helena Cardoso", "ORG")) == [("Helena Cardoso", "PERSON", None)]


def test_mentions_titled_organisation_stays_an_organisation() -> None:
    text = "Former Prime Minister Kallas Foundation staff left."
    assert mentions_of(text, ("Kallas Foundation", "ORG")) == [("Kallas Foundation", "ORG", None)]


def test_mentions_surname_tagged_as_org_follows_the_named_person() -> None:
    text = "Olaf Berg spoke. Later Berg said no."
    found = mentions_of(text, ("Olaf Berg", "PERSON"), ("Berg", "ORG"))
    assert found == [("Olaf Berg", "PERSON", None), ("Berg", "PERSON", None)]


def test_mentions_non_names_tagged_as_person_are_dropped() -> None:
    text = "The Kazakh Transport plan and concerns”—is unclear."
    tagged = (("Kazakh Transport", "PERSON"), ("concerns”—is", "PERSON"))
    assert mentions_of(text, *tagged) == []


def test_mentions_span_stops_at_a_line_break() -> None:
    text = "Source: Helsinki Times\n\nLeave A Reply"
    assert mentions_of(text, ("Helsinki Times\n\nLeave", "ORG")) == [
        ("Helsinki Times", "ORG", "FIN")
    ]


def test_mentions_untagged_seat_of_government_is_found() -> None:
    assert mentions_of("Downing Street declined to comment.") == [("Downing Street", "ORG", "GBR")]


def test_mentions_a_name_after_a_ships_noun_is_a_vessel_not_a_person() -> None:
    text = "Guards seized the trawler Ostrava and the bulk carrier Blue Heron, said Ana Lind."
    assert mentions_of(
        text, ("Ostrava", "PERSON"), ("Blue Heron", "PERSON"), ("Ana Lind", "PERSON")
    ) == [("Ostrava", "PRODUCT", None), ("Blue Heron", "PRODUCT", None),
          ("Ana Lind", "PERSON", None)]
