"""Organisations that act as themselves, and the sector of a side: "SADC", "Hezbollah", "police".

The table is `organisations.tsv` beside this module (readable, one row per body): the code
a side carries ("AU"), its PLOVER/CAMEO sector ("IGO", "REB", "SPY") and, for a movement
or a national agency, the country it belongs to ("Hezbollah" -> LBN, "the FSB" -> RUS).
An international body has no country: it is never forced into the country of a word
inside its name ("the South African Development Community" is SADC, not ZAF).

Names are matched as written (case-sensitive, dots and a possessive aside), so "Amnesty"
is the organisation and "an amnesty" is not.  `sector_of` reads the role nouns of a
side's words ("Zimbabwean troops" -> MIL, "riot police" -> COP).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from wirewatch.nlp.words import word_set, words

TABLE = Path(__file__).with_name("organisations.tsv")
LONGEST_NAME = 10  # words; no name in the table is longer

# Role nouns -> sector, for sides that are no named body ("the army", "opposition leaders").
# Later rows win when a phrase holds several ("Defence Minister" is MIL, not GOV).
SECTOR_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    (
        "GOV",
        word_set(
            "government cabinet ministry minister ministers president prime premier chancellor "
            "king authorities administration regime official officials embassy ambassador "
            "ambassadors diplomat diplomats envoy spokesman spokeswoman spokesperson "
            "secretary governor mayor junta kremlin"
        ),
    ),
    (
        "LEG",
        word_set(
            "parliament parliamentary lawmakers lawmaker legislators legislator senate senator "
            "senators congress congressman mps legislature assembly"
        ),
    ),
    ("OPP", word_set("opposition dissidents")),
    (
        "CVL",
        word_set(
            "protesters protestors demonstrators civilians residents citizens villagers "
            "students workers crowd crowds refugees"
        ),
    ),
    ("JUD", word_set("court courts judge judges prosecutor prosecutors tribunal")),
    ("COP", word_set("police policemen officers gendarmes")),
    (
        "REB",
        word_set(
            "rebels rebel insurgents insurgent militants militant guerrillas jihadists "
            "militia militias fighters gunmen separatists"
        ),
    ),
    (
        "MIL",
        word_set(
            "army military troops soldiers soldier forces navy marines commander generals "
            "defence defense warplanes"
        ),
    ),
)


@dataclass(frozen=True)
class Organisation:
    """A body of the table: its code, sector, and home country (None for international ones)."""

    code: str
    sector: str
    home: str | None


def key(phrase: str) -> str:
    """Dot-free, possessive-free, "the"-free key that keeps the case: "the U.N.'s" -> "UN"."""
    phrase = unicodedata.normalize("NFKC", phrase).replace("\u2019", "'").strip()
    phrase = re.sub(r"'s?$", "", phrase)
    phrase = re.sub(r"^[Tt]he\s+", "", phrase)
    return re.sub(r"\s+", " ", phrase.replace(".", "")).strip()


@lru_cache(maxsize=1)
def organisation_table() -> dict[str, Organisation]:
    """Every name of the table (keyed as written) -> its organisation."""
    table: dict[str, Organisation] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "code\t")):
            continue
        code, sector, home, names = line.split("\t")
        body = Organisation(code, sector, home or None)
        for name in names.split("|"):
            table.setdefault(key(name), body)
    return table


def organisation_of(text: str) -> Organisation | None:
    """The body named by the leftmost, longest table name inside `text`, or None; a text
    written all in capitals ("SECURITY COUNCIL") is also read in title case."""
    found = body_named(text)
    if found is None and text.isupper() and " " in text.strip():
        found = body_named(text.title())
    return found


def body_named(text: str) -> Organisation | None:
    tokens = re.findall(r"[\w.'\u2019+-]+", text)
    table = organisation_table()
    for first in range(len(tokens)):
        for size in range(min(LONGEST_NAME, len(tokens) - first), 0, -1):
            body = table.get(key(" ".join(tokens[first : first + size]).rstrip(".")))
            if body is not None:
                return body
    return None


def sector_of(text: str) -> str | None:
    """The sector the role nouns of a side's words give ("Zimbabwean troops" -> MIL)."""
    written = set(words(text))
    found = None
    for sector, nouns in SECTOR_WORDS:
        if written & nouns:
            found = sector
    return found
