"""The project's one reader of numbers: a number in a parsed sentence, typed and bounded.

"about 1,300-kilometre" -> 1300.0 km (length), marker "about" (bound "around");
"800 miles" -> 1287.5 km (converted, the written value kept for display);
"$2.5 million" -> 2500000.0 USD; "between 60 and 100 rioters" -> 60..100;
"three weeks" -> 21 days (duration); "an 8-year-old girl" -> 8 years (age);
"twice" -> 2 times; "3:10 p.m." -> 15:10 (clock).  Dates and ranks are left out.
The words it reads (units, number words, markers) live in `nlp.units`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wirewatch.nlp.time.cues import MONTHS, WEEKDAYS
from wirewatch.nlp.units import (
    AGE_SUFFIX,
    FIRST_YEAR,
    LAST_YEAR,
    MARKERS,
    MULTIPLIERS,
    NUMBER_WORDS,
    RANGE_WORDS,
    TIMES_WORDS,
    UNITS,
    WEIGHING_WORDS,
    WEIGHT_UNITS,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

CURRENCY_SIGNS = frozenset({"$", "€", "£"})
# Entity labels whose numbers are dates, times or ranks, unless a duration unit follows.
NOT_AMOUNT_LABELS = frozenset({"DATE", "TIME", "ORDINAL"})
TIME_DIMENSIONS = frozenset({"duration", "age"})
# Units shown in their short form whatever the spelling; others are shown as written.
CANONICAL_DISPLAY = frozenset({"km", "m", "km2"})
DIGITS = re.compile(r"^(?:\d[\d,]*(?:\.\d+)?|\.\d+)$")
DIGITS_WITH_UNIT = re.compile(r"^(\d[\d,]*(?:\.\d+)?)([a-z%]+)$", re.IGNORECASE)
# "3 p.m.", "3:10 pm", "3: 10 p. m." (text some sources tokenised with spaces).
CLOCK = re.compile(
    r"\b(?P<hour>\d{1,2})(?:[:.]\s?(?P<minute>\d{2}))?\s?(?P<half>[ap])\.?\s?m\b\.?", re.IGNORECASE
)
ARTICLES = frozenset({"a", "an"})
CLOCK_WORDS = frozenset({"a.m", "p.m", "am", "pm", "noon", "midnight", "o'clock", "gmt", "utc"})
# Suffixes glued to digits that make them no amount: ranks ("223rd"), decades ("1950s").
NOT_UNIT_SUFFIXES = frozenset({"st", "nd", "rd", "th", "s"})
# "9-14", "88-72": a record or a score, two numbers that are one fact.
SCORE = re.compile(r"^\d+[-\u2013]\d+$")
TIME_SEPARATORS = frozenset({":", "."})


@dataclass
class Quantity:
    """A number as written in one sentence, normalised to a canonical unit.

    `upper` is the other end of a written range ("60 to 100"); `bound` how a marker
    bounds the number ("around", "above", ...).
    """

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
    upper: float | None = None
    end_token: int = -1  # index of the last token read (a range's upper end)

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
        if self.dimension == "age":
            return f"{prefix}{self.written} years old"
        return f"{prefix}{self.written} {self.unit_written}".strip()


def parse_number(text: str) -> float | None:
    """A written number as a float: "1,300" -> 1300.0, "twelve" -> 12.0, "2.5" -> 2.5."""
    lowered = text.lower()
    if lowered in NUMBER_WORDS:
        return NUMBER_WORDS[lowered]
    if "-" in lowered and all(part in NUMBER_WORDS for part in lowered.split("-")):
        return sum(NUMBER_WORDS[part] for part in lowered.split("-"))  # "twenty-one"
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
        or token.lower_ in MULTIPLIERS
        or bool(DIGITS_WITH_UNIT.match(token.text))
    )


def numeral_runs(sentence: Span) -> list[list[Token]]:
    """Runs of numeral tokens ("2.5 million", "two dozen"); "a hundred" starts at "a"."""
    runs, index, tokens = [], 0, list(sentence)
    while index < len(tokens):
        token = tokens[index]
        if not is_numeral(token) or (token.lower_ in MULTIPLIERS and not _after_article(token)):
            index += 1
            continue
        run = [token]
        while index + len(run) < len(tokens) and (
            is_numeral(tokens[index + len(run)]) or is_spaced_thousands(run[-1])
        ):
            run.append(tokens[index + len(run)])
        index += len(run)
        runs.append([token for token in run if token.text != ","])
    return runs


def is_spaced_thousands(token: Token) -> bool:
    """ "22, 000" in text some sources tokenised with spaces: the comma joins one number."""
    doc = token.doc
    return (
        token.i + 2 < len(doc)
        and token.text.isdigit()
        and doc[token.i - 1].text != "-"  # "5-foot-8, 135 pounds": a height, then a weight
        and doc[token.i + 1].text == ","
        and doc[token.i + 1].whitespace_ != ""
        and len(doc[token.i + 2].text) == 3
        and doc[token.i + 2].text.isdigit()
    )


def _after_article(token: Token) -> bool:
    return token.i > 0 and token.doc[token.i - 1].lower_ in ARTICLES


QUANTITIES_KEY = "wirewatch.quantities"  # Doc.user_data: each sentence's quantities


def sentence_quantities(sentence: Span) -> tuple[Quantity, ...]:
    """`find_quantities(sentence)`, read once per sentence of a Doc: the amounts stage reads
    them and the claims stage, run on the same Doc, reuses them (neither changes them)."""
    known = sentence.doc.user_data.setdefault(QUANTITIES_KEY, {})
    key = (sentence.start, sentence.end)
    if key not in known:
        known[key] = tuple(find_quantities(sentence))
    return known[key]  # type: ignore[no-any-return]


def find_quantities(sentence: Span) -> list[Quantity]:
    """Every amount, count, duration and clock time written in the sentence."""
    quantities: list[Quantity] = []
    runs = numeral_runs(sentence)
    for position, run in enumerate(runs):
        if quantities and _is_upper_end(quantities[-1], run):
            continue
        quantity = read_quantity(run)
        if quantity is not None:
            later = runs[position + 1] if position + 1 < len(runs) else None
            read_range(quantity, later)
            quantities.append(quantity)
    clocks = clock_times(sentence)
    quantities = [q for q in quantities if not any(c.start <= q.start < c.end for c in clocks)]
    quantities.extend(times_words(sentence))
    quantities.extend(clocks)
    return sorted(quantities, key=lambda quantity: quantity.start)


def _is_upper_end(quantity: Quantity, run: list[Token]) -> bool:
    return quantity.upper is not None and quantity.numerals[-1].i < run[0].i <= quantity.end_token


def read_range(quantity: Quantity, later: list[Token] | None) -> None:
    """Join "60 to 100", "40 or 50", "between 60 and 100" into one quantity 60..100."""
    if later is None:
        return
    doc = quantity.numerals[0].doc
    gap = doc[quantity.numerals[-1].i + 1 : later[0].i]
    words = [token.lower_ for token in gap if token.lower_ != "-"] or ["-"]
    if len(gap) > 2 or len(words) != 1 or words[0] not in RANGE_WORDS:
        return
    if words[0] == "and" and doc[quantity.numerals[0].i - 1].lower_ != "between":
        return  # "12 killed and 30 injured" are two facts
    other = parse_number(later[-1].text) if len(later) == 1 else None
    if other is None or other <= quantity.number / _factor(quantity):
        return
    quantity.upper = other * _factor(quantity)
    # A span's text, not doc.text: the Doc rebuilds its whole text on every .text
    quantity.written = doc[quantity.numerals[0].i : later[-1].i + 1].text
    quantity.end = max(quantity.end, later[-1].idx + len(later[-1].text))
    quantity.end_token = later[-1].i


def _factor(quantity: Quantity) -> float:
    return UNITS[quantity.unit_written.lower()][1] if quantity.unit_written else 1.0


def read_quantity(run: list[Token]) -> Quantity | None:
    """The number a run of numeral tokens writes, with unit and marker read around it."""
    if any(token.ent_type_ == "ORDINAL" for token in run):
        return None
    glued = DIGITS_WITH_UNIT.match(run[0].text)
    if (glued and glued.group(2).lower() in NOT_UNIT_SUFFIXES) or is_score_or_clock(run):
        return None
    first_text = glued.group(1) if glued else run[0].text
    number = 1.0 if run[0].lower_ in MULTIPLIERS else parse_number(first_text)
    if number is None:
        return None
    for token in run[1:] if run[0].lower_ not in MULTIPLIERS else run:
        if token.doc[token.i - 1].text == ",":
            number = number * 1000 + float(token.text)  # "22, 000"
        else:
            number *= MULTIPLIERS.get(token.lower_, parse_number(token.text) or 1.0)
    doc = run[0].doc
    first = doc[run[0].i - 1] if run[0].lower_ in MULTIPLIERS else run[0]
    start, end = first.idx, run[-1].idx + len(run[-1].text)
    quantity = Quantity(run, number, doc[first.i : run[-1].i + 1].text, start=start, end=end)
    quantity.end_token = run[-1].i
    if glued and is_currency_multiplier(glued.group(2), run[0]):
        quantity.number *= MULTIPLIERS[glued.group(2).lower()]  # "$5m", "€3bn"
        read_unit(quantity)
    elif glued:
        quantity.written = first_text
        set_unit(quantity, glued.group(2), None)  # "1,300km"
    else:
        read_unit(quantity)
    if is_date_or_time(quantity) or (
        quantity.unit is None
        and len(run) == 1
        and (looks_like_year(run[0]) or run[0].lower_ == "one")
    ):
        return None  # "in 2023" is a date and "one" a pronoun; "2000 km" is an amount
    read_marker(quantity)
    return quantity


def is_score_or_clock(run: list[Token]) -> bool:
    """ "9-14" (a record), "88 - 72" (a score), "23:51" (a time with no a.m. or p.m.), "AK-47"."""
    doc = run[0].doc
    before = doc[run[0].i - 2 : run[0].i] if run[0].i >= 2 else doc[0:0]
    after = doc[run[-1].i + 1 : run[-1].i + 3]
    joined = [(span[0], span[1]) for span in (before, after) if len(span) == 2]
    if len(before) == 2 and before[1].text == "-" and before[0].is_upper:
        return True  # "AK-47", "F-16": a model's name
    return any(SCORE.match(token.text) for token in run) or any(
        (first.text in TIME_SEPARATORS | {"-"} and second.like_num and second.i > run[-1].i)
        or (second.text in TIME_SEPARATORS | {"-"} and first.like_num and first.i < run[0].i)
        for first, second in joined
    )


def is_date_or_time(quantity: Quantity) -> bool:
    """A number inside a date or time ("May 3", "3 p.m."), unless it counts days or years.

    The tagger also calls "between 60 and 100" a date: an entity with no calendar word
    in it is not one.
    """
    if quantity.dimension in TIME_DIMENSIONS:
        return False
    entities = {token.ent_type_ for token in quantity.numerals} & NOT_AMOUNT_LABELS
    if not entities or entities == {"ORDINAL"}:
        return bool(entities)
    # Only some numerals of a range may be tagged, and an entity may cross the parser's
    # sentence end, so each tagged numeral's entity is walked out from the numeral itself.
    tagged = [token for token in quantity.numerals if token.ent_type_ in NOT_AMOUNT_LABELS]
    return any(is_calendar_word(token) for numeral in tagged for token in entity_of(numeral))


def entity_of(token: Token) -> list[Token]:
    """The tokens of the entity `token` is in, read from the IOB tags around it."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return list(doc[start:end])


def is_calendar_word(token: Token) -> bool:
    """A month, weekday, year, unit of time or clock word ("May", "Friday", "2005", "p.m.")."""
    lowered = token.lower_.strip(".")
    return (
        (token.text[:1].isupper() and lowered in MONTHS)
        or lowered in WEEKDAYS
        or lowered in CLOCK_WORDS
        or looks_like_year(token)
        or UNITS.get(lowered, ("", 0, ""))[2] == "duration"
    )


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
    if written.lower() in WEIGHT_UNITS and token is not None and _is_weighing(token):
        entry = WEIGHT_UNITS[written.lower()]
    quantity.unit, factor, quantity.dimension = entry
    quantity.number *= factor
    quantity.unit_written = written
    quantity.unit_token = token
    if quantity.dimension == "calibre" and quantity.written.startswith("."):
        quantity.number = float(quantity.written[1:])  # ".38-caliber" is calibre 38
    if quantity.dimension == "duration" and token is not None and _is_age(token):
        quantity.unit, quantity.dimension = "years", "age"
        quantity.number /= factor  # "an 8-year-old": the age in years
    return True


def _is_weighing(unit: Token) -> bool:
    return any(token.lower_ in WEIGHING_WORDS for token in unit.sent)


def _is_age(unit: Token) -> bool:
    """ "8-year-old", "8 - year - old": the unit followed by a hyphen and "old"."""
    after = [token.lower_ for token in unit.doc[unit.i + 1 : unit.i + 3]]
    return AGE_SUFFIX in after and unit.lower_.startswith("year")


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
    if (
        first > 0
        and doc[first - 1].lower_ in ARTICLES
        and quantity.numerals[0].lower_ in MULTIPLIERS
    ):
        first -= 1  # "more than a hundred"
    for width in (2, 1):
        if first - width < 0:
            continue
        words = doc[first - width : first]
        bound = MARKERS.get(words.text.lower())
        if bound is not None:
            quantity.marker = words.text.lower()
            quantity.bound = bound
            return


def times_words(sentence: Span) -> list[Quantity]:
    """ "Married twice": a count of times written as one word."""
    return [
        Quantity([token], number, token.text, "times", None, "frequency", token,
                 start=token.idx, end=token.idx + len(token.text))
        for token in sentence
        if (number := TIMES_WORDS.get(token.lower_)) is not None
    ]  # fmt: skip


def clock_times(sentence: Span) -> list[Quantity]:
    """Clock times as minutes after midnight: "about 3:10 p.m." -> 910, marker "about"."""
    found = []
    for match in CLOCK.finditer(sentence.text):
        hour, minute = int(match.group("hour")), int(match.group("minute") or 0)
        if not (1 <= hour <= 12 and minute < 60):
            continue
        minutes = (hour % 12 + (12 if match.group("half").lower() == "p" else 0)) * 60 + minute
        start = sentence.start_char + match.start()
        numeral = sentence.char_span(match.start(), match.end(), alignment_mode="expand")
        if numeral is None:
            continue
        end = start + len(match.group(0))
        written = match.group(0).strip()
        quantity = Quantity(list(numeral), float(minutes), written, "min", None, "clock", None)
        quantity.start, quantity.end = start, end
        read_marker(quantity)
        found.append(quantity)
    return found
