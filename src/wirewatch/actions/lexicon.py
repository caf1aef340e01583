"""The action words of `verbs.tsv` and the event nouns of `nouns.tsv`: a PLOVER type, the
words, and the objects (for a noun: the modifiers) they need.

The tables were written for wirewatch from the PLOVER event definitions; see docs/actions.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

LEXICON = Path(__file__).with_name("verbs.tsv")
NOUNS = Path(__file__).with_name("nouns.tsv")
# Verbs that say little themselves and put the action in their object: "staged a protest",
# "launched an offensive", "began a hunger strike", "held joint exercises", "went on strike".
LIGHT_VERBS = frozenset(
    {
        "stage", "launch", "mount", "hold", "conduct", "carry", "begin", "start", "continue",
        "resume", "wage", "escalate", "step", "make", "issue", "organise", "organize",
        "undertake", "order", "complete", "go", "call", "join", "lead", "announce", "renew",
        "reiterate", "repeat",
    }
)  # fmt: skip
# Words that may name an action: verbs, and predicate adjectives ("is ready to").
TRIGGER_POS = frozenset({"VERB", "ADJ"})


@dataclass(frozen=True)
class Trigger:
    """One row of the lexicon."""

    type: str
    words: str
    objects: frozenset[str]
    mode: str | None = None  # the PLOVER mode the word names, where the codebook has one


def read_table(path: Path) -> dict[str, tuple[Trigger, ...]]:
    """Trigger words -> their rows, in file order."""
    rows: dict[str, list[Trigger]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, words, *rest = line.split("\t")
        objects = frozenset(o for o in (rest[0] if rest else "").split("|") if o)
        mode = rest[1] if len(rest) > 1 and rest[1] else None
        rows.setdefault(words, []).append(Trigger(kind, words, objects, mode))
    return {words: tuple(found) for words, found in rows.items()}


@lru_cache(maxsize=1)
def lexicon() -> dict[str, tuple[Trigger, ...]]:
    """Action words (verbs, predicate adjectives) -> their rows."""
    return read_table(LEXICON)


@lru_cache(maxsize=1)
def event_nouns() -> dict[str, tuple[Trigger, ...]]:
    """Event nouns ("offensive", "hunger strike") -> their rows; `objects` are modifiers."""
    return read_table(NOUNS)


def written_as(token: Token) -> list[str]:
    """The lexicon keys a word may be found under, longest first: with each particle or
    preposition it takes ("call on", "pull out"), then alone.  A preposition that opens a
    date is no particle: "called on Sunday for restraint" is no "call on"."""
    particles = [
        child.lower_
        for child in token.children
        if child.dep_ == "prt" or (child.dep_ == "prep" and not opens_date(child))
    ]
    forms = [prefixed(token) + lemma for lemma in lemmas(token)]
    return [f"{lemma} {particle}" for lemma in forms for particle in particles] + forms


def lemmas(token: Token) -> list[str]:
    """The word's lemma, and for an inflected verb the stems its ending allows, where the
    tagger's lemma is wrong ("staged" -> "stag"): a stem that is no key matches nothing."""
    lemma = token.lemma_.lower()
    word = token.lower_
    if token.tag_ in ("VBD", "VBN") and word.endswith("ed"):
        stems = [word[:-1], word[:-2]]
    elif token.tag_ == "VBG" and word.endswith("ing"):
        stems = [word[:-3] + "e", word[:-3]]
    else:
        stems = []
    return [lemma, *(stem for stem in stems if stem != lemma)]


def prefixed(token: Token) -> str:
    """ "re-" where the tokeniser split it off the word: "re-establish" is three tokens."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 2].lower_ != "re":
        return ""
    return "" if doc[i - 2].whitespace_ or doc[i - 1].whitespace_ else "re-"


def opens_date(preposition: Token) -> bool:
    return any(
        child.dep_ == "pobj" and child.ent_type_ in ("DATE", "TIME")
        for child in preposition.children
    )


def modifiers(noun: Token) -> set[str]:
    """Lemmas of the words that qualify a noun: "hunger strike", "joint military exercises"."""
    return {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}


def named_events(verb: Token) -> list[Token]:
    """The nouns a light verb's action may be told by: its object, what the object is "of"
    ("10 days of war games"), and the object of its particle or preposition ("went on
    strike", "engaged in talks")."""
    found = []
    for child in verb.children:
        if child.dep_ in ("dobj", "attr"):
            found.append(child)
            found.extend(
                c
                for prep in child.children
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for c in prep.children
                if c.dep_ == "pobj"
            )
        elif child.dep_ == "prep" and child.lower_ in ("on", "in"):
            found.extend(c for c in child.children if c.dep_ == "pobj")
    return found


def event_noun(verb: Token) -> Trigger | None:
    """The row of the event noun a light verb carries ("staged a protest"), or None."""
    if not LIGHT_VERBS.intersection(lemmas(verb)):
        return None
    table = event_nouns()
    for noun in named_events(verb):
        qualifiers = modifiers(noun)
        for row in table.get(noun.lemma_.lower(), ()):
            if not row.objects or qualifiers & row.objects:
                return row
    return None


def object_lemmas(token: Token) -> set[str]:
    """Lemmas of what the word acts on: its direct object, and the objects of its prepositions."""
    lemmas = set()
    for child in token.children:
        if child.dep_ in ("dobj", "attr", "nsubjpass", "dative"):
            lemmas.add(child.lemma_.lower())
            lemmas.update(c.lemma_.lower() for c in child.conjuncts)  # "food and medicine"
            lemmas.update(modifiers(child))  # "suspended aid deliveries"
            lemmas.update(prepositional_objects(child))  # "70 million dollars of aid"
    return lemmas | prepositional_objects(token)


def prepositional_objects(token: Token) -> set[str]:
    """Lemmas of the objects of the word's prepositions, with their modifiers ("part of a
    military aid program")."""
    lemmas: set[str] = set()
    for child in token.children:
        if child.dep_ == "prep":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    lemmas.update({grandchild.lemma_.lower(), *modifiers(grandchild)})
                    for listed in grandchild.conjuncts:  # "with equipment, medical aid and ..."
                        lemmas.update({listed.lemma_.lower(), *modifiers(listed)})
    return lemmas


def trigger(token: Token) -> Trigger | None:
    """The lexicon row the word fits here (its type and mode), or, for a light verb, the
    row of the event noun it carries ("staged a protest"); None when there is none."""
    if token.pos_ not in TRIGGER_POS:
        return None
    carried = event_noun(token)  # "ordered an investigation" is no order but an inquiry
    if carried is not None:
        return carried
    table = lexicon()
    objects = object_lemmas(token)
    for words in written_as(token):
        for row in table.get(words, ()):
            if not row.objects or objects & row.objects:
                return row
    return None


def action_type(token: Token) -> str | None:
    """The PLOVER type the word names here, or None."""
    row = trigger(token)
    return row.type if row else None
