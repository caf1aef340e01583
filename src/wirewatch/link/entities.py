"""Cross-document entity resolution: one Entity per person, organisation or place.

People, step by step (each step a function whose output can be looked at):
1. read: every PERSON mention with its name words and role descriptor;
2. within each article: full names grouped; a lone surname or first name joins the one
   full name of the article it fits;
3. across the corpus, blocked by surname: full names merge when first names agree and
   their countries do not conflict (two Johnsons with different first names stay apart);
4. lone names left over join the one corpus person with that surname (or the one whose
   role fits), else stand alone;
5. role references without a name ("the Kremlin spokesperson") point at the one person
   of the article holding that role.
Organisations and places merge on a normalised key ("U.S."/"US"/"United States";
"MOSCOW"/"Moscow") through the country table.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise
from typing import TYPE_CHECKING

from wirewatch.model import Article, Corpus, Entity, Mention
from wirewatch.nlp.countries import country_of_descriptor
from wirewatch.nlp.descriptors import DETERMINERS, descriptor_of
from wirewatch.nlp.mentions import VESSEL_LABEL, follows_vessel_noun
from wirewatch.nlp.names import (
    acronym_of,
    display_name,
    first_name_key,
    first_names_agree,
    fold_word,
    leading_titles,
    name_key,
    name_words,
    shown_name,
    slug,
    surname_key,
)
from wirewatch.nlp.roles import ROLE_MAKING_QUALIFIERS, family, is_role_noun, role_families

if TYPE_CHECKING:
    from wirewatch.settings import Settings

NAMED_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})
ADJACENT_NAME_GAP = re.compile(r"[\s()]{1,3}")  # "President (Vladimir) Putin"
LOWER_QUALIFIER = "|".join(sorted(ROLE_MAKING_QUALIFIERS))  # "the prime minister"
ROLE_REFERENCE = re.compile(
    r"\b(?:(?P<the>[Tt]he)\s+)?"
    rf"(?P<qualifier>(?:(?:[A-Z][\w.'\u2019-]*|(?:{LOWER_QUALIFIER}))\s+){{0,3}})"
    r"(?P<role>[A-Za-z]+)\b"
    r"(?!\s+(?:[A-Z]|\())"  # a role right before a name is that name's descriptor
)


@dataclass
class NameMention:
    """One PERSON mention, read from its article."""

    article: Article
    mention: Mention
    words: list[str]
    descriptor: str | None = None

    @property
    def country(self) -> str | None:
        return country_of_descriptor(self.descriptor) if self.descriptor else None

    @property
    def roles(self) -> set[str]:
        return role_families(self.descriptor or "")


@dataclass
class Person:
    """Mentions believed to be one person; name keys are cached until mentions are added."""

    mentions: list[NameMention] = field(default_factory=list)

    def add(self, mentions: list[NameMention]) -> None:
        self.mentions.extend(mentions)
        for cached in ("words", "countries", "roles"):
            self.__dict__.pop(cached, None)

    @cached_property
    def words(self) -> list[str]:
        return name_words(display_name([" ".join(m.words) for m in self.mentions]))

    @property
    def surname(self) -> str:
        return surname_key(self.words)

    @property
    def first(self) -> str:
        return first_name_key(self.words)

    @cached_property
    def countries(self) -> set[str]:
        return {m.country for m in self.mentions if m.country}

    @cached_property
    def roles(self) -> set[str]:
        return set().union(*(m.roles for m in self.mentions))


# ---------------------------------------------------------------- 1. read


def read_person_mentions(article: Article) -> list[NameMention]:
    """PERSON mentions with their name words; a bracketed first name joins the surname after it."""
    people = [m for m in article.mentions if m.label == "PERSON"]
    read = []
    for mention in people:
        written = article.span_text(mention.start, mention.end)
        words = name_words(written)
        span = descriptor_of(article.text, mention.start, mention.end)
        before = article.span_text(*span) if span else None
        # a title the tagger took into the name ("Representative Charles B. Rangel") is
        # kept as the descriptor, never as part of the name
        descriptor = " ".join(filter(None, (before, leading_titles(written)))) or None
        if words:
            read.append(NameMention(article, mention, words, descriptor))
    for first, second in pairwise(read):
        gap = article.text[first.mention.end : second.mention.start]
        if len(first.words) == 1 and len(second.words) == 1 and ADJACENT_NAME_GAP.fullmatch(gap):
            first.words = second.words = first.words + second.words
            second.descriptor = second.descriptor or first.descriptor
    return read


# ---------------------------------------------------------------- 2. within an article


def fitting(people: list[Person], word: str) -> list[Person]:
    """People a lone name fits: by surname first, by first name failing that."""
    key = fold_word(word)
    by_surname = [person for person in people if person.surname == key]
    return by_surname or [person for person in people if person.first == key]


def group_article(mentions: list[NameMention]) -> tuple[list[Person], list[NameMention]]:
    """People of one article from its full names, and the lone names that fit none (or many)."""
    people: list[Person] = []
    for mention in (m for m in mentions if len(m.words) > 1):
        same = [
            person
            for person in people
            if person.surname == surname_key(mention.words)
            and first_names_agree(person.first, first_name_key(mention.words))
        ]
        if same:
            same[0].add([mention])
        else:
            people.append(Person([mention]))
    lone = []
    for mention in (m for m in mentions if len(m.words) == 1):
        fits = fitting(people, mention.words[0])
        if len(fits) == 1:
            fits[0].add([mention])
        else:
            lone.append(mention)
    return people, lone


# ---------------------------------------------------------------- 3. across the corpus


def conflicts(person: Person, other: Person) -> bool:
    """Known countries that disagree mark two people with one name as two people."""
    return bool(person.countries and other.countries and not person.countries & other.countries)


def same_person(person: Person, other: Person) -> bool:
    return first_names_agree(person.first, other.first) and not conflicts(person, other)


def merge_people(people: list[Person]) -> list[Person]:
    """Merge article-level people across the corpus, comparing only within a surname block."""
    blocks: dict[str, list[Person]] = defaultdict(list)
    for person in people:
        blocks[person.surname].append(person)
    merged: list[Person] = []
    for block in blocks.values():
        kept: list[Person] = []
        for person in sorted(block, key=lambda p: -len(p.words)):
            match = next((other for other in kept if same_person(person, other)), None)
            if match:
                match.add(person.mentions)
            else:
                kept.append(person)
        merged.extend(kept)
    return merged


# ---------------------------------------------------------------- 4. lone names


def role_fits(mention: NameMention, person: Person) -> bool:
    if mention.country and person.countries:
        return mention.country in person.countries
    return bool(mention.roles & person.roles)


def name_index(people: list[Person]) -> dict[str, list[Person]]:
    """People by surname, and by first name under a separate key, for lone-name lookups."""
    index: dict[str, list[Person]] = defaultdict(list)
    for person in people:
        index[f"surname:{person.surname}"].append(person)
        if person.first:
            index[f"first:{person.first}"].append(person)
    return index


def attach_lone_names(people: list[Person], lone: list[NameMention]) -> list[Person]:
    """A lone surname joins the one person it fits in the corpus; else it stands alone."""
    index = name_index(people)
    alone: dict[str, Person] = {}
    for mention in lone:
        key = fold_word(mention.words[0])
        fits = index.get(f"surname:{key}") or index.get(f"first:{key}", [])
        if len(fits) > 1 and mention.descriptor:
            fits = [person for person in fits if role_fits(mention, person)]
        if len(fits) == 1:
            fits[0].add([mention])
        else:
            alone.setdefault(key, Person()).add([mention])
    return people + list(alone.values())


# ---------------------------------------------------------------- 5. role references


def role_references(article: Article, people: list[tuple[Person, Entity]]) -> None:
    """`the Kremlin spokesperson` with no name: a mention of the one person holding that role."""
    taken = [(m.start, m.end) for m in article.mentions]
    for match in ROLE_REFERENCE.finditer(article.text):
        if not is_role_noun(match.group("role")):
            continue
        role = family(match.group("role"))
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        qualifier = " ".join(
            w for w in match.group("qualifier").split() if w.casefold() not in DETERMINERS
        )
        if not (qualifier or match.group("the")):
            continue  # a bare "president" is no reference to anyone
        holders = [entity for person, entity in people if holds_role(person, role, qualifier)]
        if len(holders) == 1:
            start = match.start("qualifier") if qualifier else match.start("role")
            holders[0].mentions.append(article.ref(start, match.end()))


def holds_role(person: Person, role: str, qualifier: str) -> bool:
    if role not in person.roles:
        return False
    if not qualifier:
        return True
    described = " ".join(m.descriptor or "" for m in person.mentions).casefold()
    return qualifier.casefold() in described or country_of_descriptor(qualifier) in person.countries


# ---------------------------------------------------------------- entities out


def unique_id(prefix: str, name: str, used: set[str]) -> str:
    base = f"{prefix}:{slug(name) or 'unnamed'}"
    candidate, number = base, 2
    while candidate in used:
        candidate, number = f"{base}-{number}", number + 1
    used.add(candidate)
    return candidate


def person_entity(person: Person, used: set[str]) -> Entity:
    names = [m.article.span_text(m.mention.start, m.mention.end) for m in person.mentions]
    name = " ".join(person.words)
    countries = Counter(m.country for m in person.mentions if m.country)
    entity = Entity(
        id=unique_id("person", name, used),
        name=name,
        type="PERSON",
        aliases=sorted({" ".join(name_words(alias)) for alias in names} - {name}),
        descriptors=sorted({m.descriptor for m in person.mentions if m.descriptor}),
        country=countries.most_common(1)[0][0] if countries else None,
        mentions=[m.article.ref(m.mention.start, m.mention.end) for m in person.mentions],
    )
    for mention in person.mentions:
        mention.mention.entity = entity.id
    return entity


def resolve_people(corpus: Corpus, used: set[str]) -> list[Entity]:
    article_people: list[Person] = []
    lone: list[NameMention] = []
    for article in corpus.articles:
        people, unplaced = group_article(read_person_mentions(article))
        article_people.extend(people)
        lone.extend(unplaced)
    people = attach_lone_names(merge_people(article_people), lone)
    entities = [person_entity(person, used) for person in people]
    by_article: dict[str, list[tuple[Person, Entity]]] = defaultdict(list)
    for person, entity in zip(people, entities, strict=True):
        for article_id in {m.article.id for m in person.mentions}:
            by_article[article_id].append((person, entity))
    for article in corpus.articles:
        role_references(article, by_article.get(article.id, []))
    return entities


# ---------------------------------------------------------------- organisations and places


def named_entity(members: list[tuple[Article, Mention]], key: str, used: set[str]) -> Entity:
    surfaces = [article.span_text(m.start, m.end) for article, m in members]
    code = key.removeprefix("code:") if key.startswith("code:") else None
    label = Counter(m.label for _article, m in members).most_common(1)[0][0]
    name = shown_name(surfaces, code)
    countries = Counter(m.country for _article, m in members if m.country)
    entity = Entity(
        id=unique_id(label.lower(), name, used),
        name=name,
        type=label,
        aliases=sorted(set(surfaces) - {name}),
        country=code or (countries.most_common(1)[0][0] if countries else None),
        mentions=[article.ref(m.start, m.end) for article, m in members],
    )
    for _article, mention in members:
        mention.entity = entity.id
    return entity


def merge_acronyms(groups: dict[str, list[tuple[Article, Mention]]]) -> None:
    """Fold an acronym's group ("IMF") into the one full name it abbreviates, if only one does."""
    expansions: dict[str, list[str]] = defaultdict(list)
    for key, members in groups.items():
        article, mention = members[0]
        acronym = acronym_of(article.span_text(mention.start, mention.end))
        if acronym and acronym != key:
            expansions[acronym].append(key)
    for acronym, full_keys in expansions.items():
        short = groups.get(acronym)
        written_as_acronym = short and all(
            article.span_text(m.start, m.end).replace(".", "").isupper() for article, m in short
        )
        if len(full_keys) == 1 and written_as_acronym:
            groups[full_keys[0]].extend(groups.pop(acronym))


def resolve_names(corpus: Corpus, used: set[str]) -> list[Entity]:
    """Organisations and places, grouped on their normalised key (no pairwise comparison)."""
    groups: dict[str, list[tuple[Article, Mention]]] = defaultdict(list)
    for article in corpus.articles:
        for mention in article.mentions:
            if mention.label in NAMED_LABELS:
                key = name_key(article.span_text(mention.start, mention.end))
                if key:
                    groups[key].append((article, mention))
    merge_acronyms(groups)
    return [named_entity(members, key, used) for key, members in groups.items()]


def names_not_people(corpus: Corpus) -> dict[str, str]:
    """Names the corpus itself shows are not people, by name key, with their label: its
    outlets' names (organisations) and the names some article gives a vessel (written
    after a ship's noun: "the trawler Hafdis"), wherever else they stand alone."""
    known = {
        name_key(article.span_text(m.start, m.end)): VESSEL_LABEL
        for article in corpus.articles
        for m in article.mentions
        if m.label == VESSEL_LABEL and follows_vessel_noun(article.text, m.start)
    }
    known.update({name_key(a.outlet): "ORG" for a in corpus.articles if a.outlet})
    known.pop("", None)
    return known


def relabel_not_people(corpus: Corpus) -> None:
    """A PERSON mention of a name in `names_not_people` takes that name's label, so an
    outlet ("told Nordwire") or a ship ("The Hafdis is registered in ...") gets no person."""
    known = names_not_people(corpus)
    for article in corpus.articles:
        for mention in article.mentions:
            if mention.label == "PERSON":
                key = name_key(article.span_text(mention.start, mention.end))
                mention.label = known.get(key, mention.label)


def resolve_entities(corpus: Corpus, settings: Settings | None = None) -> None:
    """Fill `corpus.entities` and set every mention's `entity` id (first relabelling the
    PERSON mentions the corpus shows are not people)."""
    relabel_not_people(corpus)
    used: set[str] = set()
    corpus.entities = resolve_people(corpus, used) + resolve_names(corpus, used)
