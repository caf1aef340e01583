"""Roles and titles of people: the one table every stage reads them from (`roles.tsv`).

"Kremlin spokesman Dmitry Peskov": a role phrase before a name (`nlp.descriptors` finds
where it is), made of qualifiers and a role noun; "Mr.", "Sen." are titles of address.
Forms of one role share a family, so "the spokesperson said" refers back to the
spokesman, and some words tell the pronoun that fits the person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from wirewatch.nlp.words import words

TABLE = Path(__file__).with_name("roles.tsv")
KINDS = ("title", "role", "qualifier", "inner")


@dataclass(frozen=True)
class RoleWord:
    word: str
    kind: str
    family: str
    pronoun: str | None


def read_table(path: Path = TABLE) -> dict[str, RoleWord]:
    """Word -> its row; a row's family defaults to the word itself."""
    rows: dict[str, RoleWord] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, kind, family, pronoun = [*line.split("\t"), "", "", ""][:4]
        if kind not in KINDS:
            raise ValueError(f"{path.name}: {word!r} has no kind among {KINDS}")
        rows[word] = RoleWord(word, kind, family or word, pronoun or None)
    return rows


ROWS = read_table()


def _of_kind(*kinds: str) -> frozenset[str]:
    return frozenset(row.word for row in ROWS.values() if row.kind in kinds and " " not in row.word)


def _dotted(found: frozenset[str]) -> frozenset[str]:
    """Each word also as spaCy tokenises its abbreviation ("mr" and "mr.")."""
    return found | {f"{word}." for word in found}


TITLES_OF_ADDRESS = _of_kind("title")
ROLE_NOUNS = _of_kind("role")
QUALIFIERS = _of_kind("qualifier", "inner")
# Words in front of a name that say what the person is, not who ("Former Rep. Charles B.
# Rangel", "Democratic Sen. Tim Kaine"): dropped from the name, kept in the descriptor.
LEADING_TITLES = _dotted(TITLES_OF_ADDRESS | ROLE_NOUNS | _of_kind("qualifier"))
PRONOUN_OF_ROLE = {
    form: row.pronoun
    for row in ROWS.values()
    if row.pronoun
    for form in _dotted(frozenset({row.word}))
}
# Qualifiers that make another role: a prime minister is not any minister ("the prime
# minister said" refers to the one introduced as Prime Minister).
ROLE_MAKING_QUALIFIERS = frozenset({"prime", "vice"})
FAMILY_PHRASES = {word: row.family for word, row in ROWS.items() if " " in word}


def is_role_noun(word: str) -> bool:
    return word.casefold().rstrip(".") in ROLE_NOUNS


def is_title_of_address(word: str) -> bool:
    return word.casefold().rstrip(".") in TITLES_OF_ADDRESS


def leading_title_count(words: list[str]) -> int:
    """How many of the first words are titles and roles rather than the name ("Former Rep."
    of "Former Rep. Charles Rangel"); a title of address is followed by the name itself, so
    "Mr. King" is named King and "Sen. Bishop" Bishop."""
    count = 0
    for word in words:
        folded = word.casefold()
        if folded not in LEADING_TITLES:
            break
        count += 1
        if is_title_of_address(folded):
            break
    return count


def family(word: str) -> str:
    """The role a word is a form of: "spokeswoman" -> "spokesman", "Sen." -> "senator"."""
    folded = word.casefold().rstrip(".")
    row = ROWS.get(folded)
    return row.family if row else folded


def role_families(descriptor: str) -> set[str]:
    """The role families a descriptor names: "Russian presidential press secretary" ->
    {"spokesman"}, "Defence Secretary" -> {"secretary"}; qualifiers and titles of address
    are not roles."""
    folded = descriptor.casefold()
    for phrase, phrase_family in FAMILY_PHRASES.items():
        folded = re.sub(rf"\b{re.escape(phrase)}\b", phrase_family, folded)
    return {family(word) for word in words(folded) if word in ROLE_NOUNS}
