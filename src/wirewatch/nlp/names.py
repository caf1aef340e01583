"""Names: a person's words, surname and first name; keys and acronyms of other names."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from wirewatch.nlp.countries import country_name, country_table, normalise_phrase
from wirewatch.nlp.roles import leading_title_count

ACRONYM_SKIPS = frozenset({"of", "the", "and", "for", "on", "in", "&"})
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
NAME_WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*")


def name_words(name: str) -> list[str]:
    """The words of a person's name, without titles, roles, suffixes or a possessive
    (none left for a title written alone)."""
    name = unicodedata.normalize("NFKC", name).replace("\u2019", "'")
    name = re.sub(r"'s?$", "", name.strip())
    words = NAME_WORD.findall(name)
    words = words[leading_title_count(words) :]
    while words and words[-1].casefold().rstrip(".") in SUFFIXES:
        words = words[:-1]
    return words


def leading_titles(name: str) -> str | None:
    """The titles and roles written in front of a name ("Former Rep." of "Former Rep.
    Charles B. Rangel"), which `name_words` drops; None when there are none."""
    words = NAME_WORD.findall(unicodedata.normalize("NFKC", name))
    return " ".join(words[: min(leading_title_count(words), len(words) - 1)]) or None


def fold_word(word: str) -> str:
    """Accent- and case-free form of one name word."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char)).rstrip(".")


def surname_key(words: list[str]) -> str:
    return fold_word(words[-1]) if words else ""


def first_name_key(words: list[str]) -> str:
    return fold_word(words[0]) if len(words) > 1 else ""


def first_names_agree(first: str, other: str) -> bool:
    """`dmitry` ~ "dmitry", "d" ~ "dmitry" (an initial); "boris" !~ "dustin"."""
    if not first or not other:
        return True
    if len(first) == 1 or len(other) == 1:
        return first[0] == other[0]
    return first == other


def display_name(names: list[str]) -> str:
    """The name to show: most words, then longest, preferring normal case over ALL CAPS."""
    return max(names, key=lambda name: (len(name_words(name)), not name.isupper(), len(name)))


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", "-".join(fold_word(word) for word in name.split())).strip("-")


def name_key(text: str) -> str:
    """One key per real thing: "U.S."/"US"/"United States" -> "code:USA", "MOSCOW" -> "moscow"."""
    key = normalise_phrase(text)
    named = [reading for reading in country_table().get(key, ()) if reading.kind == "names"]
    return f"code:{named[0].code}" if named else key


def shown_name(surfaces: list[str], code: str | None) -> str:
    """A country's table name, else the most used spelling, normal case before ALL CAPS."""
    if code:
        return country_name(code) or surfaces[0]
    counts = Counter(surfaces)
    return max(counts, key=lambda surface: (not surface.isupper(), counts[surface], len(surface)))


def acronym_of(name: str) -> str | None:
    """`International Monetary Fund` -> "imf"; None for one-word names."""
    words = [word for word in name.split() if word.casefold() not in ACRONYM_SKIPS]
    capitalised = [word for word in words if word[:1].isupper()]
    return "".join(word[0] for word in capitalised).casefold() if len(capitalised) > 1 else None
