"""Entity mentions from spaCy's NER, with cheap, general fixes of small-model errors.

Each fix is a named function over a candidate span; a candidate that fails a
check is dropped, never silently bent into something else.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from wirewatch.model import Mention
from wirewatch.nlp.countries import (
    country_of,
    country_of_descriptor,
    country_table,
    lookup,
    normalise_phrase,
    table_rows,
)
from wirewatch.nlp.descriptors import descriptor_before, descriptor_of
from wirewatch.nlp.vocabulary import ORGANISATION_WORDS, VESSEL_NOUNS

KEPT_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}
)
LEADING_NOISE = re.compile(r"^(?:the|The|THE)\s+|^[\s\"'\u201c\u201d\u2018\u2019(\[]+")
TRAILING_NOISE = re.compile(r"(?:['\u2019]s?)$|[\s\"'\u201c\u201d\u2018\u2019,;:)\]\u2014-]+$")
NAME_PARTICLES = frozenset(
    {"de", "da", "di", "van", "von", "der", "den", "al", "bin", "la", "le", "du", "dos"}
)
# Labels the small model gives to titled names it misreads ("President Helena Cardoso": ORG).
RELABELLED_AS_PERSON = frozenset({"ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC"})
# Table kinds that decide a label when the small model got it wrong ("Kyiv" as PERSON).
LABEL_OF_KIND = {"names": "GPE", "capitals": "GPE", "metonyms": "ORG", "adjectives": "NORP"}
# Blocs are organisations (EU, NATO) or a region (Europe), never a GPE.
LABEL_OF_BLOC = {"EU": "ORG", "NATO": "ORG", "EUR": "LOC"}
WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
# spaCy's label for vehicles, ships included (OntoNotes).
VESSEL_LABEL = "PRODUCT"


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip a leading "the", quotes and a possessive "'s" from a mention span."""
    for _ in range(3):
        piece = text[start:end]
        lead = LEADING_NOISE.match(piece)
        trail = TRAILING_NOISE.search(piece)
        if not lead and not trail:
            break
        start += lead.end() if lead else 0
        end -= len(trail.group()) if trail and end - start > len(trail.group()) else 0
    return start, end


def cut_at_line_break(text: str, start: int, end: int) -> tuple[int, int]:
    """A name never runs over a line break; keep its first line."""
    newline = text.find("\n", start, end)
    return (start, newline) if newline != -1 else (start, end)


def looks_like_person_name(name: str) -> bool:
    """Every word capitalised (particles aside), no stray symbols, not led by a demonym."""
    words = name.split()
    if not words or any(char in name for char in '"\u201c\u201d/@#:') or len(words) > 5:
        return False
    if len(words) > 1 and table_label(words[0]) == "NORP":  # "Kazakh Transport"
        return False
    return all(word[:1].isupper() or word in NAME_PARTICLES for word in words)


def table_label(name: str) -> str | None:
    """The label a country-table phrase deserves (a capital is a GPE, a seat an ORG)."""
    readings = country_table().get(normalise_phrase(name))
    if not readings or not name[:1].isupper():
        return None
    if readings[0].code in LABEL_OF_BLOC and readings[0].kind != "adjectives":
        return LABEL_OF_BLOC[readings[0].code]
    return LABEL_OF_KIND[readings[0].kind]


def is_titled_person(text: str, start: int, end: int) -> bool:
    """A name right after a role ("President Helena Cardoso") the model took for an ORG."""
    name = text[start:end]
    words = {word.casefold().strip(".,'") for word in name.split()}
    if words & ORGANISATION_WORDS or not 2 <= len(words) <= 4 or table_label(name):
        return False
    descriptor = descriptor_before(text, start)
    return descriptor is not None and looks_like_person_name(name)


def follows_vessel_noun(text: str, start: int) -> bool:
    """A name in apposition to a ship's noun ("the trawler Hafdis", "the bulk carrier
    Caspian Star"): the small model often takes a ship's name for a person's."""
    before = WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1).casefold() in VESSEL_NOUNS


def fixed_label(name: str, label: str) -> str | None:
    """The label to keep for `name` (None drops it)."""
    from_table = table_label(name)
    if from_table and (label in ("PERSON", "FAC", "LOC", "GPE", "ORG", "NORP")):
        return "LOC" if label == "LOC" and from_table == "GPE" else from_table
    if label == "PERSON" and not looks_like_person_name(name):
        return None
    return label if label in KEPT_LABELS else None


@lru_cache(maxsize=1)
def missed_name_pattern() -> re.Pattern[str]:
    """Country names and seats of government, as written in the table (case-sensitive)."""
    phrases: set[str] = set()
    for _code, names, _adjectives, _capitals, metonyms in table_rows():
        phrases.update(p for p in (names + "|" + metonyms).split("|") if len(p) > 2)
    alternatives = "|".join(sorted(map(re.escape, phrases), key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])")


def missed_names(text: str, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """Table names the model did not tag ("Kremlin" left untagged), outside tagged spans."""
    for match in missed_name_pattern().finditer(text):
        start, end = match.span()
        if any(start < other_end and other_start < end for other_start, other_end in taken):
            continue
        label = table_label(match.group())
        if label:
            yield start, end, label


def relabel_known_surnames(
    text: str, candidates: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A word tagged ORG that is the surname of a person named in the text is that person."""
    surnames = {
        text[start:end].split()[-1]
        for start, end, label in candidates
        if label == "PERSON" and len(text[start:end].split()) > 1
    }
    return [
        (start, end, "PERSON" if label != "PERSON" and text[start:end] in surnames else label)
        for start, end, label in candidates
    ]


def mention_country(text: str, start: int, end: int, label: str, context: str) -> str | None:
    """The country a mention can be tied to: its own name, or a person's role descriptor."""
    if label == "PERSON":
        descriptor = descriptor_of(text, start, end)
        return (
            country_of_descriptor(text[descriptor[0] : descriptor[1]], context)
            if descriptor
            else None
        )
    if label in ("GPE", "NORP", "FAC"):
        return lookup(text[start:end], context)
    return country_of(text[start:end], context) if label in ("ORG", "LOC") else None


def build_mentions(
    text: str, spans: Iterable[tuple[int, int, str]], context_of: Callable[[int], str]
) -> list[Mention]:
    """Clean NER spans into mentions, add missed table names, tie each to a country."""
    candidates: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        start, end = trim_span(text, *cut_at_line_break(text, start, end))
        if label in RELABELLED_AS_PERSON and is_titled_person(text, start, end):
            label = "PERSON"
        elif label == "PERSON" and follows_vessel_noun(text, start):
            label = VESSEL_LABEL
        kept = fixed_label(text[start:end], label) if end > start else None
        if kept:
            candidates.append((start, end, kept))
    taken = [(start, end) for start, end, _ in candidates]
    candidates.extend(missed_names(text, taken))
    mentions = []
    for start, end, label in relabel_known_surnames(text, sorted(candidates)):
        country = mention_country(text, start, end, label, context_of(start))
        mentions.append(Mention(start, end, label, country=country))
    return mentions
