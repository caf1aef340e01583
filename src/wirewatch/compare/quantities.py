"""Numbers in a parsed sentence, with their unit and approximation marker.

"about 1,300-kilometre" -> 1300.0 km, marker "about" (bound "around");
"800 miles" -> 1287.5 km (converted, the written value kept for display);
"$2.5 million" -> 2500000.0 USD.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wirewatch.compare.patterns import (
    FIRST_YEAR,
    LAST_YEAR,
    MARKERS,
    MULTIPLIERS,
    NUMBER_WORDS,
    UNITS,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

CURRENCY_SIGNS = frozenset({"$", "€", "£"})
RANGE_WORDS = frozenset({"to", "and", "or", "-", "\u2013"})
# Entity labels whose numbers are dates, times or ranks, not amounts.
NOT_AMOUNT_LABELS = frozenset({"DATE", "TIME", "ORDINAL"})
# Units shown in their short form whatever the spelling; others are shown as written.
CANONICAL_DISPLAY = frozenset({"km", "m", "km2"})
DIGITS = re.compile(r"^\d[\d,]*(?:\.\d+)?$")
DIGITS_WITH_UNIT = re.compile(r"^(\d[\d,]*(?:\.\d+)?)([a-z%]+)$", re.IGNORECASE)


@dataclass
class Quantity:
    """A number as written in one sentence, normalised to a canonical unit."""

    numerals: list[Token]
    number: float
    written: str
    unit: str | None = None
    unit_written: str | None = None
    dimension: str | None = None
    unit_token: Token | None = None
    marker: str | None = None
    bound: str | None = None
    start: int = 0
    end: int = 0

    @property
    def display(self) -> str:
        """The value as a reader sees it: "about 1,300 km", "800 miles", "$2.5 million"."""
        prefix = f"{self.marker} " if self.marker else ""
        if self.unit is None or self.unit_written is None:
            return f"{prefix}{self.written}"
        if self.unit_written in CURRENCY_SIGNS:
            return f"{prefix}{self.unit_written}{self.written}"
        if self.unit == "%":
            return f"{prefix}{self.written}%"
        if self.unit in CANONICAL_DISPLAY and UNITS[self.unit_written.lower()][1] == 1.0:
            return f"{prefix}{self.written} {self.unit}"  # "1,300-kilometre" -> "1,300 km"
        return f"{prefix}{self.written} {self.unit_written}"


def parse_number(text: str) -> float | None:
    """A written number as a float: "1,300" -> 1300.0, "twelve" -> 12.0, "2.5" -> 2.5."""
    lowered = text.lower()
    if lowered in NUMBER_WORDS:
        return NUMBER_WORDS[lowered]
    if DIGITS.match(text):
        return float(text.replace(",", ""))
    return None


def looks_like_year(token: Token) -> bool:
    """A bare four-digit number in the range of years ("2023", not "2,023" or "2023.5")."""
    return (
        token.text.isdigit() and len(token.text) == 4 and FIRST_YEAR <= int(token.text) <= LAST_YEAR
    )


def is_numeral(token: Token) -> bool:
    return (
        token.tag_ == "CD"
        or token.text.lower() in MULTIPLIERS
        or bool(DIGITS_WITH_UNIT.match(token.text))
    )


def find_quantities(sentence: Span) -> list[Quantity]:
    """Every amount or count written in the sentence, dates, times and ranks left out."""
    quantities = []
    tokens = list(sentence)
    index = 0
    while index < len(tokens):
        if not is_numeral(tokens[index]) or tokens[index].text.lower() in MULTIPLIERS:
            index += 1
            continue
        run = [tokens[index]]
        while index + len(run) < len(tokens) and is_numeral(tokens[index + len(run)]):
            run.append(tokens[index + len(run)])
        index += len(run)
        quantity = read_quantity(run)
        if quantity is not None:
            quantities.append(quantity)
    return quantities


def is_range_end(run: list[Token]) -> bool:
    """One end of a range ("20 to 30 people", "12 or 13"): not one value to hold anyone to."""
    doc = run[0].doc
    before, after = run[0].i, run[-1].i
    return (
        before >= 2 and doc[before - 1].lower_ in RANGE_WORDS and is_numeral(doc[before - 2])
    ) or (
        after + 2 < len(doc) and doc[after + 1].lower_ in RANGE_WORDS and is_numeral(doc[after + 2])
    )


def is_not_amount(run: list[Token]) -> bool:
    """Dates, times, ranks, range ends, or a lone "one" (a pronoun more often than a count)."""
    if any(token.ent_type_ in NOT_AMOUNT_LABELS for token in run) or is_range_end(run):
        return True
    return len(run) == 1 and run[0].lower_ == "one"


def read_quantity(run: list[Token]) -> Quantity | None:
    """The number a run of numeral tokens writes, with unit and marker read around it."""
    if is_not_amount(run):
        return None
    glued = DIGITS_WITH_UNIT.match(run[0].text)
    first_text = glued.group(1) if glued else run[0].text
    number = parse_number(first_text)
    if number is None:
        return None
    for token in run[1:]:
        number *= MULTIPLIERS.get(token.lower_, parse_number(token.text) or 1.0)
    doc = run[0].doc
    quantity = Quantity(
        numerals=run,
        number=number,
        written=doc.text[run[0].idx : run[-1].idx + len(run[-1].text)],
        start=run[0].idx,
        end=run[-1].idx + len(run[-1].text),
    )
    if glued and is_currency_multiplier(glued.group(2), run[0]):
        quantity.number *= MULTIPLIERS[glued.group(2).lower()]  # "$5m", "€3bn"
        read_unit(quantity)
    elif glued:
        quantity.written = first_text
        set_unit(quantity, glued.group(2), None)  # "1,300km"
    else:
        read_unit(quantity)
    if quantity.unit is None and len(run) == 1 and looks_like_year(run[0]):
        return None  # "in 2023" is a date; "2000 km" is not
    read_marker(quantity)
    return quantity


def is_currency_multiplier(suffix: str, numeral: Token) -> bool:
    before = numeral.i - 1
    return (
        suffix.lower() in MULTIPLIERS and before >= 0 and numeral.doc[before].text in CURRENCY_SIGNS
    )


def set_unit(quantity: Quantity, written: str, token: Token | None) -> bool:
    """Give the quantity a unit if `written` is one; convert its number to the canonical unit."""
    entry = UNITS.get(written.lower())
    if entry is None:
        return False
    quantity.unit, factor, quantity.dimension = entry
    quantity.number *= factor
    quantity.unit_written = written
    quantity.unit_token = token
    return True


def read_unit(quantity: Quantity) -> None:
    """The unit before the number (a currency sign) or after it ("km", "-kilometre", "per cent")."""
    doc = quantity.numerals[0].doc
    before = quantity.numerals[0].i - 1
    if before >= 0 and doc[before].text in CURRENCY_SIGNS:
        set_unit(quantity, doc[before].text, doc[before])
        quantity.start = doc[before].idx
        return
    after = quantity.numerals[-1].i + 1
    if after < len(doc) and doc[after].text == "-":
        after += 1
    if after + 1 < len(doc) and is_unit_qualifier(doc[after]):
        after += 1  # "2.4 million Norwegian kroner"
    for width in (2, 1):
        if after + width > len(doc):
            continue
        words = doc[after : after + width]
        if set_unit(quantity, words.text, words[-1]) or (
            width == 1 and set_unit(quantity, words[0].lemma_, words[0])
        ):
            quantity.end = words.end_char
            return


def is_unit_qualifier(token: Token) -> bool:
    """A nationality word before a currency ("Norwegian kroner"), not itself a unit."""
    return token.ent_type_ == "NORP" and token.lower_ not in UNITS


def read_marker(quantity: Quantity) -> None:
    """An approximation marker in the two words before the number: "about", "more than"."""
    doc = quantity.numerals[0].doc
    first = quantity.numerals[0].i
    if quantity.unit_token is not None and quantity.unit_token.i < first:
        first = quantity.unit_token.i
    for width in (2, 1):
        if first - width < 0:
            continue
        words = doc[first - width : first]
        bound = MARKERS.get(words.text.lower())
        if bound is not None:
            quantity.marker = words.text.lower()
            quantity.bound = bound
            return
