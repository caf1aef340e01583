"""Tests of wirewatch.nlp.amounts: the numbers with a unit, as spans, read by nlp.quantities."""

from __future__ import annotations

import pytest

from wirewatch.model import Article
from wirewatch.nlp.amounts import add_amounts, find_amounts


def amounts_of(nlp, text: str) -> list[tuple[str, float, str | None, bool]]:
    return [
        (text[a.start : a.end], a.value, a.unit, a.approximate) for a in find_amounts(nlp(text))
    ]


def test_amounts_hyphenated_unit_is_normalised(nlp) -> None:
    assert amounts_of(nlp, "The lake has a 1,300-kilometre shore.") == [
        ("1,300-kilometre", 1300.0, "km", False)
    ]


def test_amounts_currency_percent_and_scale(nlp) -> None:
    found = amounts_of(nlp, "Tickets cost $2, up 12 percent, for a $1.5 billion plan.")
    assert found == [
        ("$2", 2.0, "USD", False),
        ("12 percent", 12.0, "%", False),
        ("$1.5 billion", 1.5e9, "USD", False),
    ]


def test_amounts_approximation_is_kept(nlp) -> None:
    ((_, value, unit, approximate),) = amounts_of(nlp, "The border is about 800 miles long.")
    assert (value, unit, approximate) == (pytest.approx(1287.475), "km", True)


def test_amounts_bare_numbers_counts_and_years_are_left_out(nlp) -> None:
    assert amounts_of(nlp, "In 2023 the team won 3 of 5 games with 300 troops.") == []


def test_amounts_add_amounts_fills_the_article(nlp) -> None:
    article = Article(id="a", source="a", text="A 40 km road.")
    add_amounts(article, nlp(article.text), None)
    assert [(a.start, a.end, a.unit) for a in article.amounts] == [(2, 7, "km")]
