"""Tests of wirewatch.nlp.amounts: numbers with units as spans."""

from __future__ import annotations

from wirewatch.model import Article
from wirewatch.nlp.amounts import add_amounts, find_amounts


def amounts_of(text: str) -> list[tuple[str, float, str | None, bool]]:
    return [(text[a.start : a.end], a.value, a.unit, a.approximate) for a in find_amounts(text)]


def test_amounts_hyphenated_unit_is_normalised() -> None:
    assert amounts_of("The lake has a 1,300-kilometre shore.") == [
        ("1,300-kilometre", 1300.0, "km", False)
    ]


def test_amounts_currency_percent_and_scale() -> None:
    found = amounts_of("Tickets cost $2, up 12 percent, for a $1.5 billion plan.")
    assert found == [
        ("$2", 2.0, "USD", False),
        ("12 percent", 12.0, "%", False),
        ("$1.5 billion", 1.5e9, "USD", False),
    ]


def test_amounts_counts_with_approximation() -> None:
    assert amounts_of("About 300 troops and two ships left.") == [
        ("About 300 troops", 300.0, "troops", True),
        ("two ships", 2.0, "ships", False),
    ]


def test_amounts_bare_numbers_and_years_are_left_out() -> None:
    assert amounts_of("In 2023 the team won 3 of 5 games.") == []


def test_amounts_add_amounts_fills_the_article() -> None:
    article = Article(id="a", source="a", text="A 40 km road.")
    add_amounts(article, None, None)
    assert [(a.start, a.end, a.unit) for a in article.amounts] == [(2, 7, "km")]
