"""Tests of wirewatch.nlp.countries: names, adjectives, capitals and seats -> ISO alpha-3."""

from __future__ import annotations

import pytest

from wirewatch.nlp.countries import country_name, country_of, country_of_descriptor


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Moscow", "RUS"),
        ("MOSCOW", "RUS"),
        ("the Kremlin", "RUS"),
        ("Helsinki", "FIN"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("United States", "USA"),
        ("America", "USA"),
        ("Downing Street", "GBR"),
        ("Russia's", "RUS"),
        ("NATO", "NATO"),
        ("European Union", "EU"),
        ("People's Republic of China", "CHN"),
        ("Republic of China", "TWN"),
        ("the Riigikogu", "EST"),  # a legislature acts for its state
        ("Bundeswehr troops", "DEU"),
        ("the Northern Fleet", "RUS"),
    ],
)
def test_countries_country_of_names_capitals_and_seats(text: str, code: str) -> None:
    assert country_of(text) == code


def test_countries_pronoun_us_is_not_a_country() -> None:
    assert country_of("us") is None


def test_countries_brussels_is_the_eu_only_in_political_context() -> None:
    assert country_of("Brussels") == "BEL"
    assert country_of("Brussels", "Officials in Brussels discussed new sanctions.") == "EU"


@pytest.mark.parametrize(
    ("descriptor", "code"),
    [
        ("Finnish President", "FIN"),
        ("Kremlin spokesman", "RUS"),
        ("UK Foreign Minister", "GBR"),
        ("European Commission chief spokesperson", "EU"),
        ("four Saudi men", "SAU"),
    ],
)
def test_countries_country_of_descriptor(descriptor: str, code: str) -> None:
    assert country_of_descriptor(descriptor) == code


def test_countries_descriptor_without_country_is_none() -> None:
    assert country_of_descriptor("the chief executive") is None


def test_countries_country_name_is_the_first_name_of_the_row() -> None:
    assert country_name("USA") == "United States"
    assert country_name("XXX") is None


def test_countries_ngec_actor_cases_precision_floor(shared_dir) -> None:
    """NGEC's actor-resolution cases: when the table answers, it is right (floor 0.95).

    Most cases it leaves unanswered name people ("Angela Merkel"), which need a
    knowledge base, not a country table; recall is pinned as a floor too.
    """
    import json

    cases = (
        shared_dir / "benchmarks/actions/ngec-actor-resolution/ngec_actor_resolution_cases.jsonl"
    )
    answered = right = total = 0
    for line in cases.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        want = case["expected"].get("cc", case["expected"].get("country"))
        if not want:
            continue
        got = country_of(case["input"], case.get("context"))
        total += 1
        answered += got is not None
        right += got == want
    assert right / answered >= 0.95
    assert right / total >= 0.48  # .489 measured on 2026-12-07 (issue 16)


def test_countries_country_code_takes_a_name_or_a_code() -> None:
    from wirewatch.nlp.countries import country_code

    assert [country_code(x) for x in ("Russia", "rus", "EU", "Europe", "ISL")] == [
        "RUS", "RUS", "EU", "EUR", "ISL",
    ]  # fmt: skip
    assert country_code("Narnia") is None and country_code("xyz") is None


def test_countries_places_and_based_compounds() -> None:
    assert country_of("Shanghai police") == "CHN"
    assert country_of("a Somalia-based paramilitary group") == "SOM"
    assert country_of("Guinea-Bissau") == "GNB"
    assert country_of("a sydney") is None  # a place only where written as a name
