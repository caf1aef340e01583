"""What a number or a date is about, read from the dependency parse.

A subject is the counted or measured `thing` ("people", "shop", "border"), the
`predicate` it is the object or extent of ("kill", "fire", "hospitalize"), the named
`parties` of its clause (Peru, Mocoa), and whether it is a `part` of a total stated
beside it ("three of the seven bullets").  Alignment compares these, together with
the words of the sentence, across the articles of one event.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wirewatch.compare.patterns import (
    CLAUSE_LABELS,
    CONDITIONAL_MARKS,
    DIMENSION_NOUNS,
    DISTANCE_NOUNS,
    EVENT_NOUNS,
    MEASURE_ADJECTIVES,
    MEASURING_VERBS,
    MODAL_WORDS,
    NOT_COUNTED,
    OUTCOME_VERBS,
    PARTY_LABELS,
    PERSONAL_PRONOUNS,
    REPORTING_VERBS,
    RESIDUAL_MODIFIERS,
    TEMPORAL_MARKS,
    THING_SYNONYMS,
    VERB_SYNONYMS,
)
from wirewatch.nlp.entity_spans import entities_between

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from wirewatch.nlp.quantities import Quantity

DATE_LABELS = frozenset({"DATE"})
PARTY_KINDS = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place", "ORG": "org"}
NOUN_TAGS = frozenset({"NOUN", "PROPN"})
SUBJECT_LABELS = frozenset({"nsubj", "nsubjpass"})
MODIFIER_LABELS = frozenset({"compound", "amod", "nmod", "nummod"})
DEFINITE_WORDS = frozenset({"the", "these", "those", "both"})
LIGHT_VERBS = frozenset({"be", "have"})  # "had a crew of 14": the verb adds nothing
PREDICATE_CLIMB = 3  # words climbed from a number to the verb it belongs to
CLIMBED_TAGS = frozenset({"ADP", "ADV", "PART", "NUM", "SCONJ"})


@dataclass
class Subject:
    """What a claim is about; see the module docstring."""

    thing: str
    predicate: str
    parties: dict[str, str] = field(default_factory=dict)  # "org:eu" -> as written ("EU")
    at: int = -1  # where its head word stands in the text
    part: bool = False
    running: bool = False  # see `is_running`
    # The thing's naming words ("rail spur" -> rail, spur): "a 38 km rail spur" and "a 42 km
    # railway branch", both built, are one thing.
    words: list[str] = field(default_factory=list)

    def phrase(self, dimension: str) -> str:
        """As shown to a reader: "people (kill)", "duration (hospitalize) (Los Angeles)"."""
        words = [self.thing or DIMENSION_NOUNS.get(dimension, dimension)]
        if self.predicate:
            words.append(f"({self.predicate})")
        if self.parties:
            words.append(f"({', '.join(self.parties.values())})")
        return " ".join(words)


def verb_lemma(token: Token) -> str:
    return VERB_SYNONYMS.get(token.lemma_.lower(), token.lemma_.lower())


def thing_lemma(token: Token) -> str:
    lemma = token.lemma_.lower()
    return THING_SYNONYMS.get(lemma, lemma)


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
    if actor is not None and actor.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
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


def party_key(entity: Span) -> str:
    """ "person:yvonne hiller", "place:athens": parties are compared kind by kind."""
    return f"{PARTY_KINDS.get(entity.label_, 'other')}:{party_name(entity.text)}"


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

    Keyed by `party_name`, sorted; an entity holding `token` itself is not a party.
    """
    found = {
        party_key(ent): ent.text.removeprefix("the ").removesuffix("'s")
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
    if anchor.dep_ in ("attr", "dobj") and head.lemma_ in MEASURING_VERBS:
        return actor_of(head)  # "the border stretches 1,300 km"
    return None


def counted_noun(numeral: Token) -> Token | None:
    """The noun a bare number counts: "12 people", "a crew of 14", "three of the banks".

    None for a number after its noun: it is part of a name or label ("BOY 2", "Room 101").
    """
    if numeral.dep_ == "conj" and numeral.head.like_num:
        numeral = numeral.head  # "ages 6 and 16": 16 counts what 6 counts
    head = numeral.head
    if numeral.dep_ in ("nummod", "compound", "quantmod") and head.pos_ in NOUN_TAGS:
        if head.i < numeral.i or describes(head):
            return None  # after its noun it names: "Apollo 11"
        return head
    if numeral.dep_ == "pobj" and head.lemma_ == "of" and head.head.pos_ in NOUN_TAGS:
        return head.head
    of_phrase = next((kid for kid in numeral.children if kid.lemma_ == "of"), None)
    if of_phrase is not None and child(of_phrase, {"pobj"}) is not None:
        return child(of_phrase, {"pobj"})
    return None


def describes(noun: Token) -> bool:
    """A hyphened count describing another noun ("a five-boat attack", "an 11-game streak"):
    a property of that noun, which reports seldom state alike, not a count told as a fact."""
    hyphened = any(kid.tag_ == "HYPH" for kid in noun.children)
    return hyphened and noun.dep_ in MODIFIER_LABELS and noun.head.pos_ in NOUN_TAGS


def is_residual(noun: Token) -> bool:
    """ "100 other workers", "an additional 162 animals", "two others", "the next 23 games":
    a rest or a stretch of a group the sentence names elsewhere, whose size two reports give
    of two different wholes (unless a verb says what befell them, see `befell`)."""
    return noun.lemma_.lower() in RESIDUAL_MODIFIERS or any(
        kid.dep_ == "amod" and kid.lower_ in RESIDUAL_MODIFIERS for kid in noun.children
    )


def befell(verb: Token | None) -> bool:
    """The verb tells what befell the counted ("killed 30 others"): that names the group."""
    return verb is not None and verb_lemma(verb) in OUTCOME_VERBS


def is_part(numeral: Token) -> bool:
    """ "Three of the seven bullets", "four of the boys": part of a known group, not its size."""
    of_phrase = next((kid for kid in numeral.children if kid.lemma_ == "of"), None)
    total = child(of_phrase, {"pobj"}) if of_phrase is not None else None
    return total is not None and (
        any(kid.dep_ == "nummod" for kid in total.children) or is_known_group(total)
    )


def is_known_group(noun: Token) -> bool:
    """ "The two countries", "its three neighbours": a reference to known things, not a count."""
    return any(
        kid.dep_ == "poss" or (kid.dep_ == "det" and kid.lower_ in DEFINITE_WORDS)
        for kid in noun.children
    )


def is_predicate(token: Token) -> bool:
    return token.pos_ == "VERB" and token.lemma_ not in LIGHT_VERBS


def predicate_of(token: Token) -> Token | None:
    """The verb a number (or the thing it counts) is an argument of: "fired 11 shots" -> "fired",
    "hospitalized for three weeks" -> "hospitalized".

    Only prepositions and adverbs are climbed: "the significance of their border" names no
    verb of the border.  None for a verb of speaking: it tells who said it.
    """
    for _ in range(PREDICATE_CLIMB):
        head = token.head
        if head.i == token.i:
            return None
        if is_predicate(head):
            return None if head.lemma_.lower() in REPORTING_VERBS else head
        if head.pos_ not in CLIMBED_TAGS:
            return None
        token = head
    return None


def actor_party(verb: Token | None) -> dict[str, str]:
    """The named doer of a verb, even outside its clause ("Andy Ryan, who has worked ..."),
    or the person a "he" or "she" doer stands for ("Hiller ..., where she'd worked")."""
    actor = actor_of(verb) if verb is not None else None
    if actor is None:
        return {}
    entity = next((ent for ent in actor.sent.ents if ent.start <= actor.i < ent.end), None)
    if entity is None and actor.lower_ in PERSONAL_PRONOUNS:
        entity = antecedent(actor)
    if entity is None or entity.label_ not in PARTY_LABELS:
        return {}
    return {party_key(entity): entity.text}


def role_party(verb: Token | None) -> dict[str, str]:
    """The role a verb's doer acted in ("spent four seasons as director"), as a party of
    kind "role": a span or count in one role is not the doer's whole career."""
    role_phrase = next(
        (kid for kid in verb.children if kid.dep_ == "prep" and kid.lower_ == "as"), None
    ) if verb is not None else None  # fmt: skip
    role = child(role_phrase, {"pobj"}) if role_phrase is not None else None
    if role is None or role.pos_ not in NOUN_TAGS:
        return {}
    return {f"role:{role.lemma_.lower()}": role.text}


def polarity(verb: Token) -> dict[str, str]:
    """ "Did not have food for 10 days" as a party of kind "polarity": a span or count
    denied is not the one stated ("four months' worth of food").  A denied counterfactual
    ("we wouldn't have 355 damaged shops") states the number as a fact."""
    kids = list(verb.children)
    denied = any(kid.dep_ == "neg" for kid in kids)
    if not denied or any(kid.dep_ == "aux" and kid.lower_ in MODAL_WORDS for kid in kids):
        return {}
    return {"polarity:not": "not"}


def antecedent(pronoun: Token) -> Span | None:
    """The last person named before a pronoun, in its sentence or the one before."""
    sentence = pronoun.sent
    start = sentence.start
    if start > 0:
        start = pronoun.doc[start - 1].sent.start
    people = [
        ent for ent in entities_between(pronoun.doc, start, pronoun.i) if ent.label_ == "PERSON"
    ]
    return people[-1] if people else None


def temporal_anchor(holder: Token) -> Token:
    """The main verb for a span that leads a clause placed in time ("married three weeks
    before he was murdered": the marriage is three weeks before, not the murder)."""
    clause = holder.head.head if holder.head.dep_ == "mark" else holder.head
    if (
        holder.dep_ == "npadvmod"
        and clause.dep_ == "advcl"
        and any(kid.dep_ == "mark" and kid.lower_ in TEMPORAL_MARKS for kid in clause.children)
        and is_predicate(clause.head)
    ):
        return clause.head
    return holder


def quantity_subject(quantity: Quantity) -> Subject | None:
    """What a number is about; None for a number that refers rather than states."""
    numeral = quantity.numerals[-1]
    anchor = quantity.unit_token or numeral
    if quantity.unit_token is not None and quantity.unit_token.i < quantity.numerals[0].i:
        anchor = numeral  # "$2.5 million": the numeral carries the parse
    noun = measured_noun(anchor) if quantity.unit else counted_noun(numeral)
    if (
        quantity.unit is None
        and noun is not None
        and (
            noun.lemma_.lower() in NOT_COUNTED
            or noun.ent_type_ in PARTY_LABELS
            or (numeral.is_alpha and numeral.dep_ == "nummod" and is_known_group(noun))
        )
    ):
        return None
    thing = thing_lemma(noun) if is_plain_noun(noun) else ""
    if quantity.unit is None and not thing:
        return None  # a bare number ("aged 85", "at 200 W. American Blvd.") is no count
    holder = noun if noun is not None and thing else anchor
    main = temporal_anchor(holder)
    if is_hypothetical(main):
        return None
    verb = main if main is not holder else predicate_of(holder)
    if quantity.unit is None and noun is not None and is_residual(noun) and not befell(verb):
        return None
    holder = main
    parties = clause_parties(holder) | actor_party(verb) | role_party(verb)
    parties |= polarity(verb or clause_root(holder))
    if (
        quantity.dimension == "age"
        and not thing
        and not any(p.startswith("person:") for p in parties)
    ):
        return None  # "the 16-year-old", "the 30-year-old": whose age is not said
    return Subject(
        thing,
        verb_lemma(verb) if verb is not None else "",
        parties,
        holder.idx,
        quantity.unit is None and is_part(numeral),
        quantity.dimension == "duration" and is_running(anchor, noun),
        naming_words(noun) if noun is not None and thing else [],
    )


def is_running(anchor: Token, noun: Token | None) -> bool:
    """ "Eight days of riots", "30 hours of deliberation": how long a happening has gone on,
    which grows while it runs, so two reports of two moments give two true values."""
    return noun is not None and noun.head.lemma_ == "of" and noun.head.head.i == anchor.i


def is_hypothetical(token: Token) -> bool:
    """A number in a condition ("if it had been 50 people") states nothing that happened;
    one in a clause set some weeks before or after the main one ("came just weeks after a
    driver shot eight people") is of another happening."""
    root = clause_root(token)
    marks = [kid for kid in root.children if kid.dep_ == "mark"]
    spans = [  # "weeks" hangs from the verb or from its "after"
        kid
        for word in (root, *marks)
        for kid in word.children
        if kid.dep_ == "npadvmod" and kid.lemma_.lower() in DISTANCE_NOUNS
    ]
    said = {mark.lower_ for mark in marks}
    return bool(said & CONDITIONAL_MARKS or (said & TEMPORAL_MARKS and spans) or is_modal(root))


def is_modal(verb: Token) -> bool:
    """ "Would return in two days", "no boy would emerge before 9pm": a forecast, which a
    report of what happened does not contradict.  A denied one ("if it
    had, we wouldn't have 355 damaged shops") takes the number as a fact."""
    kids = list(verb.children)
    return any(kid.dep_ == "aux" and kid.lower_ in MODAL_WORDS for kid in kids) and not any(
        kid.dep_ == "neg" for kid in kids
    )


def naming_words(noun: Token) -> list[str]:
    """The noun and its compound nouns, as lemmas ("rail spur" -> ["rail", "spur"])."""
    kids = [  # units ("km") and names are in an entity; naming words are not
        kid
        for kid in noun.children
        if kid.dep_ == "compound" and kid.pos_ == "NOUN" and not kid.ent_type_
    ]
    return sorted({kid.lemma_.lower() for kid in kids} | {noun.lemma_.lower()})


def happening_of(anchor: Token) -> Token | None:
    """The verb or event noun a date is the time of: "joined NATO in 2023", "2023 membership"."""
    head = anchor.head
    if anchor.dep_ == "pobj" and head.lemma_ in ("in", "on", "during", "since", "by", "after"):
        target = head.head
    elif anchor.dep_ in ("npadvmod", "tmod") or anchor.dep_ in MODIFIER_LABELS:
        target = head
    else:
        return None
    if target.pos_ == "VERB" or (target.pos_ == "NOUN" and target.lemma_.lower() in EVENT_NOUNS):
        return target
    if target.pos_ in NOUN_TAGS:
        return target  # "the 2005 film"
    return None


def date_subject(anchor: Token) -> Subject | None:
    """What a date is the time of: the happening's verb and its object or subject."""
    target = happening_of(anchor)
    if target is None or target.lemma_.lower() in REPORTING_VERBS | NOT_COUNTED:
        return None  # "told Playboy in 1998", "on Saturday evening"
    if target.pos_ == "VERB":
        done = child(target, {"xcomp"})
        if done is not None and done.pos_ == "VERB":
            target = done  # "helped guide the 76ers in 2000-01": the guiding is dated
        thing = next(  # what was done, else who did it ("four hurricanes struck Haiti")
            (
                kid
                for labels in ({"dobj", "nsubjpass"}, SUBJECT_LABELS)
                for kid in target.children
                if kid.dep_ in labels and is_plain_noun(kid)
            ),
            None,
        )
        thing_word = thing_lemma(thing) if thing is not None else ""
        return Subject(thing_word, verb_lemma(target), clause_parties(target), target.idx)
    lemma = target.lemma_.lower()
    return Subject(
        thing_lemma(target), EVENT_NOUNS.get(lemma, ""), clause_parties(target), target.idx
    )
