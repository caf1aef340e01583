"""Tests of wirewatch.link.entities: people, organisations and places across articles."""

from __future__ import annotations

from wirewatch.link.entities import resolve_entities
from wirewatch.model import Article, Corpus, Entity, Mention


def article(article_id: str, text: str, *names: tuple[str, str]) -> Article:
    """An article whose mentions are the given (surface, label) pairs, found in order."""
    mentions, offset = [], 0
    for surface, label in names:
        start = text.index(surface, offset)
        mentions.append(Mention(start, start + len(surface), label))
        offset = start + len(surface)
    return Article(id=article_id, source=article_id, text=text, mentions=mentions)


def resolved(*articles: Article) -> list[Entity]:
    corpus = Corpus(articles=list(articles))
    resolve_entities(corpus, None)
    return corpus.entities


def people(entities: list[Entity]) -> dict[str, Entity]:
    return {entity.name: entity for entity in entities if entity.type == "PERSON"}


def test_entities_surname_and_descriptor_forms_merge_into_one_person() -> None:
    first = article(
        "a",
        "Kremlin spokesman Dmitry Peskov spoke. Peskov added more.",
        ("Dmitry Peskov", "PERSON"),
        ("Peskov", "PERSON"),
    )
    second = article("b", "Later, Peskov said no.", ("Peskov", "PERSON"))
    found = people(resolved(first, second))
    assert list(found) == ["Dmitry Peskov"]
    peskov = found["Dmitry Peskov"]
    assert peskov.id == "person:dmitry-peskov"
    assert peskov.aliases == ["Peskov"]
    assert peskov.descriptors == ["Kremlin spokesman"]
    assert peskov.country == "RUS"
    assert len(peskov.mentions) == 3
    assert all(m.entity == peskov.id for a in (first, second) for m in a.mentions)


def test_entities_two_johnsons_with_different_first_names_stay_apart() -> None:
    first = article("a", "Boris Johnson resigned.", ("Boris Johnson", "PERSON"))
    second = article("b", "Dustin Johnson won the open.", ("Dustin Johnson", "PERSON"))
    assert sorted(people(resolved(first, second))) == ["Boris Johnson", "Dustin Johnson"]


def test_entities_lone_surname_follows_its_own_article_first() -> None:
    first = article(
        "a",
        "Boris Johnson spoke. Johnson left.",
        ("Boris Johnson", "PERSON"),
        ("Johnson", "PERSON"),
    )
    second = article(
        "b",
        "Dustin Johnson putted. Johnson won.",
        ("Dustin Johnson", "PERSON"),
        ("Johnson", "PERSON"),
    )
    found = people(resolved(first, second))
    assert [m.article for m in found["Boris Johnson"].mentions] == ["a", "a"]
    assert [m.article for m in found["Dustin Johnson"].mentions] == ["b", "b"]


def test_entities_ambiguous_lone_surname_is_settled_by_role() -> None:
    first = article("a", "British Prime Minister Boris Johnson spoke.", ("Boris Johnson", "PERSON"))
    second = article("b", "Golfer Dustin Johnson putted.", ("Dustin Johnson", "PERSON"))
    third = article("c", "Former British Prime Minister Johnson wrote.", ("Johnson", "PERSON"))
    found = people(resolved(first, second, third))
    assert [m.article for m in found["Boris Johnson"].mentions] == ["a", "c"]


def test_entities_same_name_with_conflicting_countries_stays_apart() -> None:
    first = article("a", "Finnish President Anna Berg spoke.", ("Anna Berg", "PERSON"))
    second = article("b", "Swedish minister Anna Berg replied.", ("Anna Berg", "PERSON"))
    ids = sorted(e.id for e in resolved(first, second) if e.type == "PERSON")
    assert ids == ["person:anna-berg", "person:anna-berg-2"]


def test_entities_role_reference_points_at_the_one_holder_in_the_article() -> None:
    text = (
        "Kremlin spokesperson Dmitry Peskov spoke. Finnish President Alexander Stubb "
        "replied. The Kremlin spokesperson said later that talks were over."
    )
    item = article("a", text, ("Dmitry Peskov", "PERSON"), ("Alexander Stubb", "PERSON"))
    peskov = people(resolved(item))["Dmitry Peskov"]
    assert [ref.text for ref in peskov.mentions] == ["Dmitry Peskov", "Kremlin spokesperson"]


def test_entities_ambiguous_role_reference_is_left_alone() -> None:
    text = (
        "Russian President Vladimir Putin and Finnish President Alexander Stubb met. "
        "The president left."
    )
    item = article("a", text, ("Vladimir Putin", "PERSON"), ("Alexander Stubb", "PERSON"))
    assert all(len(entity.mentions) == 1 for entity in resolved(item))


def test_entities_country_names_and_case_are_normalised() -> None:
    text = "MOSCOW - The U.S. and the US envoy met in Moscow; the United States and America agreed."
    item = article(
        "a",
        text,
        ("MOSCOW", "GPE"),
        ("U.S.", "GPE"),
        ("US", "GPE"),
        ("Moscow", "GPE"),
        ("United States", "GPE"),
        ("America", "GPE"),
    )
    by_name = {entity.name: entity for entity in resolved(item)}
    assert sorted(by_name) == ["Moscow", "United States"]
    assert by_name["United States"].aliases == ["America", "U.S.", "US"]
    assert by_name["United States"].country == "USA"
    assert by_name["Moscow"].aliases == ["MOSCOW"]


def test_entities_person_mentioned_once_is_an_entity() -> None:
    item = article(
        "a", "British Prime Minister Keir Starmer hosted him.", ("Keir Starmer", "PERSON")
    )
    assert people(resolved(item))["Keir Starmer"].country == "GBR"


def test_entities_role_reference_without_article_needs_a_qualifier() -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov spoke. Hours later, Kremlin spokesman said no. "
        "A spokesman left."
    )
    item = article("a", text, ("Dmitry Peskov", "PERSON"))
    peskov = people(resolved(item))["Dmitry Peskov"]
    assert [ref.text for ref in peskov.mentions] == ["Dmitry Peskov", "Kremlin spokesman"]


def test_entities_acronym_joins_the_one_organisation_it_abbreviates() -> None:
    text = "The International Monetary Fund warned. The IMF said growth would slow."
    item = article("a", text, ("International Monetary Fund", "ORG"), ("IMF", "ORG"))
    (fund,) = resolved(item)
    assert (fund.name, fund.aliases, len(fund.mentions)) == (
        "International Monetary Fund",
        ["IMF"],
        2,
    )


def test_entities_title_in_a_person_span_becomes_a_descriptor() -> None:
    text = "Representative Charles B. Rangel spoke. Rangel left."
    first = article("a", text, ("Representative Charles B. Rangel", "PERSON"), ("Rangel", "PERSON"))
    found = people(resolved(first))
    assert list(found) == ["Charles B. Rangel"]
    assert found["Charles B. Rangel"].descriptors == ["Representative"]


def test_entities_outlets_and_named_vessels_get_no_person() -> None:
    # The ship is named after its noun in one article and alone in another; an outlet's
    # name stands where the model expects a person ("told Harbour Wire").
    first = article(
        "a", "The trawler Ostrava was seized. Captain Ivo Berg told Harbour Wire it was legal.",
        ("Ostrava", "PRODUCT"), ("Ivo Berg", "PERSON"), ("Harbour Wire", "PERSON"),
    )
    first.outlet = "Harbour Wire"
    second = article("b", "The Ostrava sailed home on Friday.", ("Ostrava", "PERSON"))
    second.outlet = "Quay Post"
    third = article("c", "Ostrava said no.", ("Ostrava", "PERSON"))  # no ship anywhere
    entities = resolved(first, second)
    assert list(people(entities)) == ["Ivo Berg"]
    by_name = {entity.name: entity.type for entity in entities}
    assert by_name["Harbour Wire"] == "ORG" and by_name["Ostrava"] == "PRODUCT"
    assert list(people(resolved(third))) == ["Ostrava"]
