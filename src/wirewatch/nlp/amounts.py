"""Amounts: the numbers of an article that carry a unit, as spans ("1,300-kilometre" -> 1300 km).

Read by `nlp.quantities`, the one number reader of the project (compare reads the same);
a bare count or a year is not an amount.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirewatch.model import Amount, Article
from wirewatch.nlp.quantities import sentence_quantities

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from wirewatch.settings import Settings


def find_amounts(doc: Doc) -> list[Amount]:
    """Every number with a unit, currency or clock mark in the parsed text."""
    return [
        Amount(
            quantity.start, quantity.end, quantity.number, quantity.unit, quantity.bound is not None
        )
        for sentence in doc.sents
        for quantity in sentence_quantities(sentence)
        if quantity.unit is not None
    ]


def add_amounts(article: Article, doc: Doc, settings: Settings | None = None) -> None:
    """Article.amounts: every number with a unit, as spans into the text."""
    article.amounts = find_amounts(doc)
