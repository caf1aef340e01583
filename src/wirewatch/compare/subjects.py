"""What a number or a date is about, read from the dependency parse.

A subject has a readable `phrase` ("length of border"), a `head` that alignment
compares ("border", "people/injure", "join"), and the named `parties` of the
clause it stands in (Finland, Russia), which keep apart facts about different
parties that share a head word.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wirewatch.compare.patterns import (
    CLAUSE_LABELS,
    DIMENSION_NOUNS,
    EVENT_NOUNS,
    MEASURE_ADJECTIVES,
    MEASURING_VERBS,
    NOT_COUNTED,
    PARTY_LABELS,
    UNITS,
    VERB_SYNONYMS,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from wirewatch.compare.quantities import Quantity

NOUN_TAGS = frozenset({"NOUN", "PROPN"})
SUBJECT_LABELS = frozenset({"nsubj", "nsubjpass"})
MODIFIER_LABELS = frozenset({"compound", "amod", "nmod", "nummod"})
DEFINITE_WORDS = frozenset({"the", "these", "those", "both"})
DATE_LABELS = frozenset({"DATE"})
NAMING_LABELS = frozenset({"compound", "poss", "amod", "case"})  # words that name a thing
LIGHT_VERBS = frozenset({"be", "have"})  # "had a crew of 14": the verb adds nothing


@dataclass
class Subject:
    """What a claim is about; see the module docstring."""

    phrase: str
    head: str
    parties: dict[str, str] = field(default_factory=dict)  # key ("eu") -> as written ("EU")
    at: int = -1  # where its head word stands in the text
    # What was done to the measured thing and the words naming it ("build", ["rail", "spur"]):
    # lets "a 38 km rail spur" and "a 42 km railway branch", both built, be compared.
    verb: str = ""
    words: list[str] = field(default_factory=list)


def verb_lemma(token: Token) -> str:
    return VERB_SYNONYMS.get(token.lemma_.lower(), token.lemma_.lower())


def child(token: Token, labels: frozenset[str] | set[str]) -> Token | None:
    return next((kid for kid in token.children if kid.dep_ in labels), None)


def is_plain_noun(token: Token | None) -> bool:
    """A common noun (whatever the entity tagger thought of "Turnout"), or an untagged name."""
    if token is None:
        return False
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and not token.ent_type_)


def actor_of(verb: Token) -> Token | None:
    """The subject of a verb, "which"/"that" read as the noun it stands for."""
    actor = child(verb, SUBJECT_LABELS)
    if actor is not None and actor.tag_ == "WDT" and verb.dep_ == "relcl":
        return verb.head  # "the pipeline, which runs 1,224 km"
    return actor


def clause_root(token: Token) -> Token:
    """The head of the clause `token` stands in (climbing up to a clause boundary)."""
    while token.dep_ not in CLAUSE_LABELS and token.head.i != token.i:
        token = token.head
    return token


def in_same_clause(token: Token, root: Token) -> bool:
    """True unless the path from `token` up to `root` crosses into a nested clause."""
    while token.i != root.i:
        if token.dep_ in CLAUSE_LABELS or token.head.i == token.i:
            return False
        token = token.head
    return True


def party_name(text: str) -> str:
    """A named party as a comparison key: "the Kremlin's" -> "kremlin"."""
    name = text.lower().replace("\u2019", "'").removesuffix("'s").strip()
    return name.removeprefix("the ").strip()


def clause_entities(token: Token, labels: frozenset[str]) -> list[Span]:
    """Entities of the given labels in the clause around `token`, nested clauses left out."""
    root = clause_root(token)
    first, last = root.left_edge.i, root.right_edge.i  # a subtree is a stretch of tokens
    return [
        ent
        for ent in token.sent.ents
        if ent.label_ in labels and first <= ent.root.i <= last and in_same_clause(ent.root, root)
    ]


def clause_dates(token: Token) -> list[Span]:
    """Dates in the clause around `token` ("inflation was 2.9% in October")."""
    return clause_entities(token, DATE_LABELS)


def clause_parties(token: Token) -> dict[str, str]:
    """Named parties (places, organisations, people) of the clause around `token`.

    Keyed by `party_name`, sorted; an entity holding `token` itself ("Turnout" tagged as a
    person) is not a party.
    """
    found = {
        party_name(ent.text): ent.text.removeprefix("the ").removesuffix("'s")
        for ent in clause_entities(token, PARTY_LABELS)
        if not ent.start <= token.i < ent.end
    }
    return dict(sorted(found.items()))


def measured_noun(anchor: Token) -> Token | None:
    """The noun a unit-bearing number measures, by the shape of the parse around it."""
    head = anchor.head
    of_phrase = next((kid for kid in anchor.children if kid.lemma_ == "of"), None)
    if of_phrase is not None and is_plain_noun(child(of_phrase, {"pobj"})):
        return child(of_phrase, {"pobj"})  # "10,000 tonnes of grain"
    if anchor.dep_ in MODIFIER_LABELS and head.pos_ in NOUN_TAGS:
        return head  # "a 1,300-kilometre border"
    if anchor.dep_ == "pobj" and head.lemma_ == "of" and head.head.pos_ in NOUN_TAGS:
        return head.head  # "a border of 1,300 km"
    if anchor.dep_ in ("npadvmod", "pobj") and head.lemma_ in MEASURE_ADJECTIVES:
        if head.dep_ == "amod":
            return head.head  # "a 1,300 km long border", "aid worth $5m"
        if head.dep_ == "acomp":
            return actor_of(head.head)  # "the border is 1,340 km long"
        if head.dep_ in ("advmod", "advcl"):
            return child(head.head, {"dobj"})  # "signed a deal on Monday, worth $5m"
    if anchor.dep_ in ("attr", "dobj") and head.lemma_ in MEASURING_VERBS:
        return actor_of(head)  # "the border stretches 1,300 km"
    return None


def handling_verb(noun: Token) -> str:
    """The verb whose object the measured thing is ("build" a spur), if not an empty one."""
    head = noun.head
    if (
        noun.dep_ in ("dobj", "nsubjpass")
        and head.pos_ == "VERB"
        and head.lemma_ not in LIGHT_VERBS
    ):
        return verb_lemma(head)
    return ""


def naming_words(noun: Token) -> list[str]:
    """The noun and its compound nouns, as lemmas ("rail spur" -> ["rail", "spur"])."""
    kids = [  # units ("km") and names are in an entity; naming words are not
        kid
        for kid in noun.children
        if kid.dep_ == "compound"
        and kid.pos_ == "NOUN"
        and not kid.ent_type_
        and kid.lower_ not in UNITS
    ]
    return sorted({kid.lemma_.lower() for kid in kids} | {noun.lemma_.lower()})


def acting_verb(anchor: Token) -> Token | None:
    """The verb a number is the object or extent of: "travelled 1,350 km", "rose by 5%"."""
    head = anchor.head
    if anchor.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        return head.head
    if anchor.dep_ in ("dobj", "npadvmod", "attr") and head.pos_ == "VERB":
        return head
    return None


def amount_subject(quantity: Quantity) -> Subject | None:
    """The subject of a number with a unit: a measured noun, else the verb it is the extent of."""
    anchor = quantity.unit_token if quantity.unit_token is not None else quantity.numerals[-1]
    if quantity.unit_token is not None and quantity.unit_token.i < quantity.numerals[0].i:
        anchor = quantity.numerals[-1]  # "$2.5 million": the numeral carries the parse
    dimension = DIMENSION_NOUNS.get(quantity.dimension or "", "amount")
    noun = measured_noun(anchor)
    if noun is not None and is_plain_noun(noun):
        lemma = noun.lemma_.lower()
        subject = Subject(f"{dimension} of {lemma}", lemma, clause_parties(noun), noun.idx)
        subject.verb, subject.words = handling_verb(noun), naming_words(noun)
        return subject
    return extent_subject(anchor, dimension)


def extent_subject(anchor: Token, measure: str) -> Subject | None:
    """A number as the extent of a verb: "travelled 1,350 km", "the toll rose to 31"."""
    verb = acting_verb(anchor)
    if verb is None:
        return None
    actor = actor_of(verb)
    actor_word = actor.lemma_.lower() if is_plain_noun(actor) else ""
    prep = anchor.head.lemma_.lower() if anchor.head.i != verb.i else ""
    phrase = " ".join(
        word
        for word in (measure, verb.text.lower(), prep, actor_word and f"by {actor_word}")
        if word
    )
    head = "/".join((verb_lemma(verb), prep, actor_word))
    return Subject(phrase, head, clause_parties(verb), verb.idx)


def counted_noun(numeral: Token) -> Token | None:
    """The noun a bare number counts: "12 people", "a crew of 14"."""
    head = numeral.head
    if numeral.dep_ in ("nummod", "compound") and head.pos_ in NOUN_TAGS:
        return head
    if numeral.dep_ == "pobj" and head.lemma_ == "of" and head.head.pos_ in NOUN_TAGS:
        return head.head
    return None


def is_known_group(noun: Token) -> bool:
    """ "The two countries", "its three neighbours": a reference to known things, not a count.

    Only for numbers spelled out: "the 14 crew members" states a figure.
    """
    return any(
        kid.dep_ == "poss" or (kid.dep_ == "det" and kid.lower_ in DEFINITE_WORDS)
        for kid in noun.children
    )


def count_subject(quantity: Quantity) -> Subject | None:
    """The subject of a bare count: "injured 12 people" -> "people injured"."""
    numeral = quantity.numerals[-1]
    counted = counted_noun(numeral)
    if counted is not None and (
        counted.lemma_.lower() in NOT_COUNTED
        or counted.ent_type_
        or (numeral.is_alpha and is_known_group(counted))
    ):
        return None
    holder = counted if counted is not None else numeral
    verb = (
        holder.head
        if holder.head.pos_ == "VERB"
        and holder.head.lemma_ not in LIGHT_VERBS
        and holder.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")
        else None
    )
    if counted is None and verb is None:
        return extent_subject(numeral, "number")
    noun_word = counted.lemma_.lower() if counted is not None else ""
    verb_word = verb.text.lower() if verb is not None else ""
    phrase = " ".join(word for word in (noun_word or "number", verb_word) if word)
    head = "/".join((noun_word, verb_lemma(verb) if verb is not None else ""))
    return Subject(phrase, head, clause_parties(holder), holder.idx)


def happening_of(anchor: Token) -> Token | None:
    """The verb or event noun a date is the time of: "joined NATO in 2023", "2023 membership"."""
    head = anchor.head
    if anchor.dep_ == "pobj" and head.lemma_ in ("in", "on", "during"):
        target = head.head
    elif anchor.dep_ in ("npadvmod", "tmod") or anchor.dep_ in MODIFIER_LABELS:
        target = head
    else:
        return None
    if target.pos_ == "VERB" or (target.pos_ == "NOUN" and target.lemma_.lower() in EVENT_NOUNS):
        return target
    return None


def happening_subject(target: Token, skip: set[int]) -> Subject:
    """The readable name and key of a happening: "Finland joined NATO" / "join"."""
    if target.pos_ == "VERB":
        lemma = verb_lemma(target)
        thing = child(target, {"dobj"})
        head = f"{lemma}/{thing.lemma_.lower()}" if is_plain_noun(thing) else lemma
        actor = child(target, SUBJECT_LABELS)
        parts = [actor, target, thing]
        phrase = " ".join(
            _short_phrase(part, skip) if part.i != target.i else part.text for part in parts if part
        )
        return Subject(phrase, head, clause_parties(target), target.idx)
    lemma = EVENT_NOUNS[target.lemma_.lower()]
    return Subject(_short_phrase(target, skip), lemma, clause_parties(target), target.idx)


def names_closely(word: Token, token: Token) -> bool:
    """A naming word of `token`, or of one of its naming words ("Finland" + "'s")."""
    if word.dep_ not in NAMING_LABELS:
        return False
    parent = word.head
    return parent.i == token.i or (parent.dep_ in NAMING_LABELS and parent.head.i == token.i)


def _short_phrase(token: Token, skip: set[int]) -> str:
    """A token with its close modifiers ("Finland's NATO membership"), date words left out."""
    words = [
        t for t in token.subtree if t.i not in skip and (t.i == token.i or names_closely(t, token))
    ]
    phrase = " ".join(t.text for t in words[:6])
    return phrase.replace(" 's", "'s").replace(" \u2019s", "\u2019s")
