"""Countries of actors: names, adjectives, capitals and seats of government -> ISO alpha-3.

The table is `countries.tsv` beside this module (readable, one row per country or
bloc).  `country_of("the Kremlin")` gives "RUS"; `country_of_descriptor("Finnish
President")` gives "FIN".  Blocs are "EU", "NATO" and "EUR" (Europe as a whole).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from wirewatch.nlp.vocabulary import POLITICAL_CUES
from wirewatch.nlp.words import words

TABLE = Path(__file__).with_name("countries.tsv")

# Order of preference when one phrase has several readings (e.g. "Brussels").
KINDS = ("names", "adjectives", "capitals", "metonyms")


LONGEST_PHRASE = 6  # words; no name in the table is longer


@dataclass(frozen=True)
class Reading:
    """One way a phrase points at a country: which code, through what kind of word."""

    code: str
    kind: str
    acronym: bool


def normalise_phrase(text: str) -> str:
    """Case-folded, dot-free, possessive-free key: "the U.S.'s" -> "us"."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'")
    text = re.sub(r"'s?$", "", text.strip())
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    text = text.replace(".", "")
    return re.sub(r"\s+", " ", text).strip().casefold()


def is_acronym(phrase: str) -> bool:
    """`US`, "U.K.", "EU": short all-capital names, only trusted in capitals."""
    letters = phrase.replace(".", "")
    return letters.isupper() and len(letters) <= 4


@lru_cache(maxsize=1)
def country_table() -> dict[str, tuple[Reading, ...]]:
    """Every phrase of the table (normalised) -> its readings, in table order."""
    readings: dict[str, list[Reading]] = {}
    for code, *columns in table_rows():
        for kind, column in zip(KINDS, columns, strict=True):
            for phrase in filter(None, column.split("|")):
                reading = Reading(code, kind, is_acronym(phrase))
                readings.setdefault(normalise_phrase(phrase), []).append(reading)
    return {key: tuple(found) for key, found in readings.items()}


def is_political(context: str | None) -> bool:
    return bool(set(words(context or "")) & POLITICAL_CUES)


def choose_reading(readings: tuple[Reading, ...], context: str | None) -> Reading:
    """A bloc seat wins over the same city as a capital only in political talk."""
    if len(readings) > 1 and is_political(context):
        seats = [reading for reading in readings if reading.kind == "metonyms"]
        if seats:
            return seats[0]
    return min(readings, key=lambda reading: KINDS.index(reading.kind))


def lookup(phrase: str, context: str | None = None) -> str | None:
    """The code of exactly this phrase, or None."""
    readings = country_table().get(normalise_phrase(phrase))
    if not readings:
        place = place_table().get(normalise_phrase(phrase))
        return place if place and phrase[:1].isupper() else None  # "Sydney", not a word
    written_in_capitals = phrase.replace(".", "").replace("'s", "").strip().isupper()
    trusted = tuple(r for r in readings if written_in_capitals or not r.acronym)
    return choose_reading(trusted, context).code if trusted else None


def names_a_place(phrase: str) -> bool:
    """True when the phrase is a city or region (a capital, or a place of the table's last
    column), not a country's name, people or seat of government: "Riyadh", "Okinawa"."""
    key = normalise_phrase(phrase)
    readings = country_table().get(key)
    if readings is None:
        return key in place_table()
    return all(reading.kind == "capitals" for reading in readings)


def scan(text: str, context: str | None = None) -> str | None:
    """The code of the leftmost, longest table phrase inside `text`."""
    # "Somalia-based" and "Saudi-led" name their country; "Guinea-Bissau" is one name
    words = re.findall(r"[\w.'\u2019]+(?:-(?!based\b|led\b|backed\b)[\w.'\u2019]+)*", text)
    for first in range(len(words)):
        if first and words[first - 1].casefold() == "ethnic":
            continue  # "ethnic Albanians in Serbia" are no side of Albania's
        for size in range(min(LONGEST_PHRASE, len(words) - first), 0, -1):
            phrase = " ".join(words[first : first + size]).rstrip(".")
            code = lookup(phrase, context)
            if code:
                return code
    return None


def country_of(text: str, context: str | None = None) -> str | None:
    """Country code of a name ("Helsinki" -> "FIN", "U.S." -> "USA"), or None.

    The whole phrase is looked up first; failing that, the leftmost country word
    inside it ("Russian Foreign Ministry" -> "RUS").  `context` (the sentence) lets
    "Brussels" stand for the EU when the talk is political.
    """
    return lookup(text, context) or scan(text, context)


def country_of_descriptor(descriptor: str, context: str | None = None) -> str | None:
    """Country of a role descriptor: "Finnish President" -> "FIN", "Kremlin spokesman" -> "RUS"."""
    return scan(descriptor, context)


def table_rows(places: bool = False) -> list[list[str]]:
    """The table's rows: code followed by one column per kind; with `places`, the places
    column last (other cities and regions: they locate, they do not name a country)."""
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    width = 2 + len(KINDS) if places else 1 + len(KINDS)
    rows = [line.split("\t") for line in lines if line and not line.startswith(("#", "code\t"))]
    return [(row + [""] * width)[:width] for row in rows]


@lru_cache(maxsize=1)
def place_table() -> dict[str, str]:
    """Other cities and regions (normalised) -> the country they are in."""
    return {
        normalise_phrase(place): row[0]
        for row in table_rows(places=True)
        for place in row[-1].split("|")
        if place
    }


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Code -> the first name of its row: "USA" -> "United States"."""
    return {code: names.split("|")[0] for code, names, *_rest in table_rows()}


def country_name(code: str) -> str | None:
    return country_names().get(code)


def country_code(name: str) -> str | None:
    """The code a user means: a name ("Russia", "the Kremlin") or a code ("RUS", "rus", "EU")."""
    code = name.strip().upper()
    return country_of(name) or (code if country_name(code) else None)
