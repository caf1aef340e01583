"""Amounts: numbers with their units, normalised ("1,300-kilometre" -> 1300.0 km, "$2" -> 2.0 USD).

Patterns are data: currency signs, unit words and count nouns map to one unit each.
A bare number with no unit is left out (years, ages, ranks are not amounts to compare).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wirewatch.model import Amount, Article
from wirewatch.nlp.vocabulary import COUNT_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from wirewatch.settings import Settings

CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB"}
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
    "rubles": "RUB", "roubles": "RUB", "yuan": "CNY", "yen": "JPY", "hryvnias": "UAH",
}  # fmt: skip
UNIT_WORDS = {
    "percent": "%", "per cent": "%", "%": "%", "percentage points": "pp",
    "kilometres": "km", "kilometre": "km", "kilometers": "km", "kilometer": "km", "km": "km",
    "miles": "mi", "mile": "mi", "metres": "m", "meters": "m", "metre": "m", "meter": "m",
    "kilograms": "kg", "kg": "kg", "tonnes": "t", "tons": "t", "tonne": "t", "ton": "t",
    "barrels": "barrels", "square kilometres": "km2", "square kilometers": "km2",
    "hectares": "ha", "megawatts": "MW", "gigawatts": "GW",
}  # fmt: skip
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9}
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "dozens of": 24,
    "hundreds of": 200, "thousands of": 2000,
}  # fmt: skip
APPROXIMATORS = (
    r"about|around|nearly|almost|some|roughly|approximately|more than|over|up to|"
    r"at least|less than|fewer than|just over|just under|an estimated|~"
)


def alternatives(words: object) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


_NUMBER = (
    r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|" + alternatives(NUMBER_WORDS) + ")"
)
_SCALE = r"(?:[\s-]?(?P<scale>thousand|million|billion|trillion|bn)\b)?"
AMOUNT_REGEX = re.compile(
    rf"(?:(?P<approx>{APPROXIMATORS})\s+)?"
    rf"(?:(?P<currency>{alternatives(CURRENCY_SIGNS)})\s?)?"
    rf"{_NUMBER}{_SCALE}"
    rf"(?:[\s-](?P<unit>{alternatives(UNIT_WORDS)}|{alternatives(CURRENCY_WORDS)}|{alternatives(COUNT_NOUNS)})\b|(?P<sign>%))?",
    re.IGNORECASE,
)


def number_of(text: str) -> float:
    folded = text.casefold()
    return float(NUMBER_WORDS[folded]) if folded in NUMBER_WORDS else float(text.replace(",", ""))


def unit_of(match: re.Match[str]) -> str | None:
    if match.group("currency"):
        return CURRENCY_SIGNS[match.group("currency")]
    word = (match.group("unit") or match.group("sign") or "").casefold()
    return UNIT_WORDS.get(word) or CURRENCY_WORDS.get(word) or (word or None)


def is_amount_match(match: re.Match[str], text: str) -> bool:
    """A number counts only with a unit, currency or scale, and not inside a longer word or date."""
    if not (
        match.group("currency")
        or match.group("unit")
        or match.group("sign")
        or match.group("scale")
    ):
        return False
    before = text[match.start() - 1 : match.start()] if match.start() else " "
    return not (before.isalnum() or before in "-/")


def find_amounts(text: str) -> list[Amount]:
    amounts = []
    for match in AMOUNT_REGEX.finditer(text):
        if not is_amount_match(match, text):
            continue
        value = number_of(match.group("number")) * SCALES.get(
            (match.group("scale") or "").casefold(), 1
        )
        approximate = bool(match.group("approx")) or (
            match.group("number").casefold() in NUMBER_WORDS and value >= 24
        )
        amounts.append(Amount(match.start(), match.end(), value, unit_of(match), approximate))
    return amounts


def add_amounts(article: Article, doc: Doc | None, settings: Settings | None = None) -> None:
    """Article.amounts: every number with a unit, currency or scale, as spans."""
    article.amounts = find_amounts(article.text)
