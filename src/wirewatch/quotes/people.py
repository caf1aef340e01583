"""The people an article names, as quote attribution reads them.

Each PERSON mention is kept with its name as written (titles dropped), whether it is a
clause subject (or in apposition with one), the role words written with it ("Kremlin
spokesman Dmitry Peskov", "The ship's captain, Olafur Arnarsson,") and whether it lies
inside a quote.  Forms of one name are gathered per surname, so a lone surname can be
widened to the full name, but only when a single person of the article bears it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from wirewatch.nlp.descriptors import descriptor_of
from wirewatch.nlp.roles import LEADING_TITLES, PRONOUN_OF_ROLE, leading_title_count

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True)
class PersonMention:
    name: str
    start: int
    end: int
    is_subject: bool
    roles: frozenset[str]
    quoted: bool = False  # named inside a quote: "Trump is wrong," he said


def name_tokens(span: Span) -> list[Token]:
    """The tokens of an entity without possessive marks and "the" in front, and a person's
    without titles ("Foreign Minister"; an organisation keeps its "Foreign Ministry")."""
    tokens = [t for t in span if t.tag_ != "POS" and t.text not in ("'s", "’s")]
    while tokens and tokens[0].lower_ == "the":
        tokens = tokens[1:]
    if span.label_ != "PERSON":
        return tokens
    return tokens[leading_title_count([t.lower_ for t in tokens]) :]


def span_of(tokens: list[Token], text: str) -> tuple[str, int, int]:
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return text[start:end], start, end


def appositive_role(ent: Span) -> str | None:
    """The role noun a name stands in apposition with: "The ship's captain, Olafur
    Arnarsson," or "Peskov, the Kremlin spokesman,"."""
    root = ent.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        return root.head.lower_
    role = next((c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
    return role.lower_ if role is not None else None


def roles_before(ent: Span, text: str) -> frozenset[str]:
    """Role words written inside a name ("Mr.", "President"), in the role phrase around it
    as `nlp.descriptors` reads it ("Kremlin spokesman Dmitry Peskov", "Peskov, the Kremlin
    spokesman,"), or in apposition with it by the parse ("The ship's captain, Olafur
    Arnarsson,")."""
    roles = {t.lower_ for t in ent if t.lower_ in LEADING_TITLES}
    phrase = descriptor_of(text, ent.start_char, ent.end_char)
    if phrase:
        roles |= {word.casefold() for word in text[phrase[0] : phrase[1]].split()}
    appositive = appositive_role(ent)
    return frozenset(roles | {appositive} if appositive else roles)


def is_subject_phrase(ent: Span) -> bool:
    """The name is a clause subject, or in apposition with one ("Azerbaijan's economy
    minister, Rauf Mammadli, said")."""
    root = ent.root
    return any(t.dep_ in SUBJECT_DEPS for t in ent) or (
        root.dep_ == "appos" and root.head.dep_ in SUBJECT_DEPS
    )


def surname_of(mention: PersonMention) -> str:
    return mention.name.split()[-1].lower()


def pronouns_of(people: list[PersonMention]) -> dict[str, str]:
    """Surname -> "he" or "she" where a role word says so ("Mr. Clarke", "spokeswoman Ann
    Lee") and no other mention says otherwise."""
    found: dict[str, set[str]] = {}
    for mention in people:
        for role in mention.roles:
            if role in PRONOUN_OF_ROLE:
                found.setdefault(surname_of(mention), set()).add(PRONOUN_OF_ROLE[role])
    return {surname: next(iter(said)) for surname, said in found.items() if len(said) == 1}


def one_person(form: str, other: str) -> bool:
    """Forms of one name: one ends with the other ("Rip Donald Trump", "Donald Trump")."""
    words, others = form.split(), other.split()
    shorter = min(len(words), len(others))
    return words[-shorter:] == others[-shorter:]


def fullest_names(people: list[PersonMention]) -> dict[str, list[PersonMention]]:
    """Surname -> for each person of that surname, the first mention of their fullest usual
    name: the longest form written most often ("Donald Trump" over a one-off tagging slip
    "Rip Donald Trump"); two people when first names differ ("Bjarki" and "Olafur
    Arnarsson")."""
    forms: dict[str, dict[str, list[PersonMention]]] = {}
    for mention in people:
        forms.setdefault(surname_of(mention), {}).setdefault(mention.name, []).append(mention)
    fullest: dict[str, list[PersonMention]] = {}
    for surname, by_form in forms.items():
        ranked = sorted(
            by_form,
            key=lambda form: (len(form.split()) > 1, len(by_form[form]), len(form)),
            reverse=True,
        )
        best: list[str] = []
        for form in ranked:
            if not any(one_person(form, chosen) for chosen in best):
                best.append(form)
        fullest[surname] = [by_form[form][0] for form in best]
    return fullest
