"""The action words of `verbs.tsv`: a PLOVER type, the words, and the objects they need.

The table was written for wirewatch from the PLOVER event definitions; see docs/actions.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

LEXICON = Path(__file__).with_name("verbs.tsv")


@dataclass(frozen=True)
class Trigger:
    """One row of the lexicon."""

    type: str
    words: str
    objects: frozenset[str]
    mode: str | None = None  # the PLOVER mode the word names, where the codebook has one


@lru_cache(maxsize=1)
def lexicon() -> dict[str, tuple[Trigger, ...]]:
    """Trigger words -> their rows, in file order."""
    rows: dict[str, list[Trigger]] = {}
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, words, *rest = line.split("\t")
        objects = frozenset(o for o in (rest[0] if rest else "").split("|") if o)
        mode = rest[1] if len(rest) > 1 and rest[1] else None
        rows.setdefault(words, []).append(Trigger(kind, words, objects, mode))
    return {words: tuple(found) for words, found in rows.items()}


def written_as(token: Token) -> list[str]:
    """The lexicon keys a word may be found under, longest first: with each particle or
    preposition it takes ("call on", "pull out"), then alone.  A preposition that opens a
    date is no particle: "called on Sunday for restraint" is no "call on"."""
    lemma = token.lemma_.lower()
    particles = [
        child.lower_
        for child in token.children
        if child.dep_ == "prt" or (child.dep_ == "prep" and not opens_date(child))
    ]
    return [f"{lemma} {particle}" for particle in particles] + [lemma]


def opens_date(preposition: Token) -> bool:
    return any(
        child.dep_ == "pobj" and child.ent_type_ in ("DATE", "TIME")
        for child in preposition.children
    )
