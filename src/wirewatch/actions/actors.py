"""The sides of an action: the words of a doer or a target, and the country behind them.

A side's phrase goes through the country table (`wirewatch.nlp.countries`); a person
takes the country of the role words before their name anywhere in the article ("Kremlin
spokesman Dmitry Peskov" -> RUS); pronouns stand for what they stand for in news prose:
"we" in a quote for the speaker, "it" in a reported clause for the reporter, "he", "she"
and "them" for what was named last.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING

from wirewatch.model import Actor, Article, Quote
from wirewatch.nlp.countries import (
    country_name,
    country_of,
    country_of_descriptor,
    lookup,
    names_a_place,
)
from wirewatch.nlp.entity_spans import entities_between
from wirewatch.nlp.organisations import organisation_of, sector_of
from wirewatch.quotes.cues import CUE_LEMMAS
from wirewatch.quotes.speakers import SpeakerIndex, speaker_index

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

SELF_WORDS = frozenset({"we", "us", "our"})
# "it" and "they" in a reported clause stand for whoever reports it ("Syria says it will").
REPORTED_SELF = frozenset({"it", "they"})
REPORT_HOPS = 3
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them", "it", "i", "you"})
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# Actions done to the place they are done in, and threats of them ("shelled towns in
# Lebanon", "a curfew in Algiers", "demonstrated in Kirkuk"): a city there stands for its
# country.
DONE_TO_PLACES = frozenset({"ASSAULT", "COERCE", "PROTEST", "THREATEN"})
# Prepositions that place an action ("meet in Angola"): their object is where, not whom.
VENUE_PREPS = frozenset({"in", "at", "near", "inside", "across", "throughout"})
PRONOUN_REACH = 400  # characters back "them" looks for what it stands for
# Nouns that stand for some of what their "of" names: "thousands of Iraqi Kurds", "a group
# of Moroccan diplomats" act as the Kurds and the diplomats.
GROUP_NOUNS = frozenset(
    {
        "group", "batch", "contingent", "delegation", "team", "number", "crowd", "band",
        "unit", "detachment", "dozens", "hundreds", "thousands", "tens", "millions", "some",
    }
)  # fmt: skip
# Prepositions that set an action in its time or occasion ("resigned during a trip to
# Saudi Arabia"): a country named under them is not whom the action is done to.
OCCASION_PREPS = frozenset({"during", "amid", "after", "before", "following", "since"})


# A role held at a body or abroad: the words before "to"/"at" say whose side it is.
POSTED = re.compile(
    r"(.*\b(?:ambassadors?|envoys?|representatives?|delegates?|delegation|mission))\s+(?:to|at)\s",
    re.IGNORECASE,
)


# Nouns that name a side by its relation to another: "Tehran's ally" is not Tehran.
RELATIONAL = frozenset(
    {"ally", "proxy", "partner", "rival", "neighbour", "neighbor", "enemy", "foe", "client"}
)


def standing(words: str, context: str | None = None) -> tuple[str | None, str | None, str | None]:
    """(country, organisation code, sector) of a side's words, read off the words alone.

    A named body acts as itself ("the South African Development Community (SADC)" is SADC,
    not ZAF; "Hezbollah" is HEZBOLLAH of LBN); a bloc the country table knows (EU, NATO)
    keeps it as its country too.  Otherwise the country words ("Sudanese troops" -> SDN)
    and the role nouns' sector ("troops" -> MIL)."""
    posted = POSTED.match(words)
    if posted and any(standing(posted.group(1))):
        return standing(posted.group(1))  # "Canadian Ambassador to the United Nations" is CAN
    body = organisation_of(words)
    if body is not None:
        country = body.home or (body.code if country_name(body.code) else None)
        return country, body.code, body.sector
    return country_of(words, context), None, sector_of(words)


def reporter_of(pronoun: Token) -> Token | None:
    """Who says what "it" or "they" does: the subject of the reporting verb whose clause the
    pronoun's verb is ("Russia said it would ...", "the rebels announced they will ...")."""
    clause = pronoun.head
    for _ in range(REPORT_HOPS):
        if clause.dep_ not in ("ccomp", "conj", "xcomp") or clause.head.i == clause.i:
            return None
        clause = clause.head
        if clause.lemma_.lower() in CUE_LEMMAS:
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            return (
                subject if subject is not None and subject.lower_ not in PERSON_PRONOUNS else None
            )
    return None


def members_named(token: Token) -> Token | None:
    """What a group noun or a number is made of: "thousands of Iraqi Kurds" -> Kurds."""
    if not token.like_num and token.lower_ not in GROUP_NOUNS:
        return None
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def described(name: Token) -> str | None:
    """The country an apposition gives a name: "Kenyatta, the president of Kenya" -> KEN."""
    for apposition in (c for c in name.children if c.dep_ == "appos"):
        if apposition.lemma_.lower() in RELATIONAL:
            continue  # "Hariri, a Saudi ally" is no Saudi
        words = apposition.doc[apposition.left_edge.i : apposition.right_edge.i + 1]
        country = country_of_descriptor(words.text)
        if country is not None:
            return country
    return None


def name_end(token: Token) -> int:
    """Where a side's words end: after the word, or after the name it heads when the name
    goes on past it ("the Democratic People's Republic of Korea")."""
    end = token.idx + len(token.text)
    for ent in token.sent.ents:
        if ent.start <= token.i < ent.end:
            rest = ent[token.i - ent.start + 1 :]
            if len(rest) and all(token.is_ancestor(word) for word in rest):
                end = ent.end_char
    return end


def apart(one: Actor, other: Actor) -> bool:
    """Two sides written apart, under other words: "Turkey" is no other side of "Turkish
    authorities", nor a second "Turkey" of a first."""
    overlap = one.start < other.end and other.start < one.end
    return not overlap and one.name.casefold() != other.name.casefold()


def ethnic(token: Token) -> bool:
    """ "Ethnic Albanians" (in Serbia) are a people, not Albania's side."""
    return any(c.dep_ == "amod" and c.lower_ == "ethnic" for c in token.children)


def located(name: Token) -> bool:
    """True for the object of a preposition of place: "in Riyadh", "from Beirut"."""
    return name.dep_ == "pobj" and name.head.lower_ in VENUE_PREPS | {"from"}


def on_occasion(name: Token, action: Token) -> bool:
    """True when the name hangs from the action word through a preposition of time or
    occasion ("resigned during a trip to Saudi Arabia")."""
    while name.i != action.i and name.head.i != name.i:
        if name.dep_ == "prep" and name.lower_ in OCCASION_PREPS:
            return True
        name = name.head
    return False


class Actors:
    """Resolves the sides of the actions of one article."""

    def __init__(self, article: Article, doc: Doc) -> None:
        self.article = article
        self.doc = doc
        self.quotes = sorted(article.quotes, key=lambda quote: quote.start)

    def quote_at(self, offset: int) -> Quote | None:
        return next((q for q in self.quotes if q.start <= offset < q.end), None)

    def named_within(
        self, token: Token, sources: list[Actor], reaches: Callable[[Token], bool], kind: str
    ) -> list[Actor | None]:
        """A country named inside the action's own clause, after the action word, when the
        parse gives no target ("opposed to any re-engagement absent evidence Russia is
        serious"): the nearest one that is not the doer's, else the doer's own country
        named apart from the doer ("Turkish authorities imposed a curfew in a town in
        southeastern Turkey").  Where the action happened is no side of a meeting ("to meet
        in Angola"), nor a city of other actions ("complained that a plane was blocked in
        Port-au-Prince"); attacks, coercion and protests are done to where they are done
        ("an attack in Lebanon", "a curfew in Algiers").  `reaches`: whether a name belongs
        to the action's own clause; `kind`: the action's PLOVER type."""
        doers = {source.country for source in sources}
        named = self.names_within(token, reaches, kind)
        others = [actor for actor in named if actor.country not in doers]
        own = [actor for actor in named if all(apart(actor, source) for source in sources)]
        return (others or own)[:1]

    def names_within(
        self, token: Token, reaches: Callable[[Token], bool], kind: str
    ) -> list[Actor]:
        """The actors with a country named in the action word's clause after it, in order."""
        found = []
        last = max(t.i for t in token.subtree)
        for ent in entities_between(token.doc, token.i + 1, len(token.doc)):
            if ent.start > last:
                break
            if ent.label_ not in NAME_LABELS:
                continue
            if ent.root.is_ancestor(token) or not token.is_ancestor(ent.root):
                continue
            if ent.root.head.lemma_.lower() in RELATIONAL:
                continue  # "Lima's closest ally" is not Lima
            if located(ent.root) and (
                kind == "CONSULT" or (kind not in DONE_TO_PLACES and names_a_place(ent.text))
            ):
                continue
            if on_occasion(ent.root, token) or not reaches(ent.root):
                continue
            actor = self.actor(ent.root)
            if actor is not None and actor.country:
                found.append(actor)
        return found

    def actor(self, token: Token, doers: frozenset[str] | set[str] = frozenset()) -> Actor | None:
        """The words of an actor and its country, or None when it names nobody; `doers`:
        countries a "them" cannot stand for (those who act on them)."""
        if (token.lower_ in SELF_WORDS and token.pos_ == "PRON") or (
            token.lemma_.lower() in ("country", "government")
            and any(c.lower_ == "our" for c in token.children)
        ):
            return self.speaker(token)
        if token.lower_ in REPORTED_SELF:
            reporter = reporter_of(token)  # "Syria says it is willing to withdraw"
            return self.actor(reporter) if reporter is not None else None
        if token.lower_ in ("he", "she"):
            return self.antecedent(token)
        if token.lower_ == "them":
            return self.plural_antecedent(token, doers)
        member = members_named(token)
        if member is not None:
            return self.actor(member, doers)
        if token.lower_ in PERSON_PRONOUNS or (
            token.ent_type_ and token.ent_type_ not in NAME_LABELS
        ):
            return None
        start = min(
            (c.idx for c in token.subtree if c.i < token.i and c.dep_ != "det"), default=token.idx
        )
        named_apart = self.apposed(token, doers)
        if named_apart is not None:
            return named_apart  # "UK-based charity Oxfam", "Tehran's ally, Hezbollah"
        if token.lemma_.lower() in RELATIONAL:
            return None  # "Tehran's powerful ally": not Tehran, and not named here
        end = name_end(token)
        words = self.article.text[start:end]
        country, code, sector = standing(words, token.sent.text)
        if code is None and lookup(token.text) and not ethnic(token):
            country = lookup(token.text)  # the head names it: "Kyrgyzstan ally Russia" is Russia
        if code is None and token.ent_type_ == "PERSON":
            country = self.person_country(token, words)
        elif country is None and code is None and token.pos_ == "PROPN":
            country = self.role_country(token.text)  # a surname the tagger did not take
        if country is None and code is None and token.pos_ == "PROPN":
            country = described(token)  # "Uhuru Kenyatta, Kenya's president, said"
        named = code or token.ent_type_ in NAME_LABELS or token.pos_ == "PROPN"
        if country is None and not named:
            return None
        return Actor(words, start, end, country, code, sector)

    def apposed(self, token: Token, doers: frozenset[str] | set[str]) -> Actor | None:
        """The side an apposition names when the word itself is only a description: a body
        ("UK-based charity Oxfam") or what a relation stands for ("its ally, Hezbollah")."""
        if token.ent_type_ and token.lemma_.lower() not in RELATIONAL:
            return None
        for apposition in (c for c in token.children if c.dep_ in ("appos", "compound")):
            if apposition.i < token.i and apposition.dep_ == "compound":
                continue
            side = self.actor(apposition, doers)
            if side is not None and (side.code or token.lemma_.lower() in RELATIONAL):
                return side
        return None

    def each(self, token: Token, doers: frozenset[str] | set[str] = frozenset()) -> list[Actor]:
        """The actors a side's word stands for: one per country of coordinated adjectives
        ("the Turkish and British ambassadors", "American and European officials"), else
        the word's actor, if any."""
        listed = next(
            (
                [c, *c.conjuncts]
                for c in token.children
                if c.dep_ in ("amod", "nmod", "compound") and c.conjuncts
            ),
            [],
        )
        codes = [lookup(adjective.text) for adjective in listed]
        if len(set(codes)) > 1 and all(codes):
            sector = sector_of(token.text)
            return [
                Actor(a.text, a.idx, a.idx + len(a.text), code, None, sector)
                for a, code in zip(listed, codes, strict=True)
            ]
        found = self.actor(token, doers)
        return [found] if found is not None else []

    @cached_property
    def people(self) -> SpeakerIndex:
        """The quote stage's index of the article's people, for "he" and "she" (built here
        only when the quote stage has not run on this Doc)."""
        return speaker_index(self.doc, self.article.text, self.article.mentions, self.quoted_words)

    def quoted_words(self) -> list[bool]:
        """For every token: is it inside one of the article's quotes?"""
        quoted = [False] * len(self.doc)
        for quote in self.quotes:
            for word in self.doc.char_span(quote.start, quote.end, alignment_mode="expand") or ():
                quoted[word.i] = True
        return quoted

    def antecedent(self, token: Token) -> Actor | None:
        """The person "he" or "she" stands for, found as the quote stage finds it: the latest
        fitting subject among the recent sentences, outside quotes."""
        person = self.people.pronoun_antecedent(token)
        if person is None:
            return None
        words = self.article.text[person.start : person.end]
        country = country_of_descriptor(words) or self.role_country(person.name)
        return Actor(words, person.start, person.end, country)

    def plural_antecedent(self, token: Token, doers: frozenset[str] | set[str]) -> Actor | None:
        """The places "them" stands for, else the bodies: the latest name with a country
        before it, not the doer's, outside quotes, within `PRONOUN_REACH` characters
        ("blamed Oslo and Bern, accusing them of ..." -> Bern)."""
        before = [
            e
            for e in self.doc.ents
            if e.end <= token.i
            and token.idx - e.start_char <= PRONOUN_REACH
            and self.quote_at(e.start_char) is None
        ]
        for labels in (("GPE", "NORP"), ("ORG",)):
            for ent in reversed([e for e in before if e.label_ in labels]):
                actor = self.actor(ent.root)
                if actor is not None and actor.country and actor.country not in doers:
                    return actor
        return None

    def speaker(self, token: Token) -> Actor | None:
        """ "We" in a quote: the person or body quoted."""
        quote = self.quote_at(token.idx)
        if quote is None or not quote.speaker_name or quote.speaker_start is None:
            return None
        start, end = quote.speaker_start, quote.speaker_end or quote.speaker_start
        name = quote.speaker_name
        country = country_of(name) or self.role_country(name)
        return Actor(self.article.text[start:end], start, end, country)

    def person_country(self, token: Token, words: str) -> str | None:
        """A person's country: role words in their own phrase, else before their surname
        anywhere in the article ("Kremlin spokesman Dmitry Peskov ... Peskov said")."""
        return country_of_descriptor(words) or self.role_country(token.text)

    def role_country(self, name: str) -> str | None:
        """The country of the role phrase written with a person of this surname anywhere in
        the article, as the annotation stage read it (`Mention.country`)."""
        surname = name.split()[-1]
        text = self.article.text
        for mention in self.article.mentions:
            written = text[mention.start : mention.end].split()
            if mention.label == "PERSON" and mention.country and written[-1:] == [surname]:
                return mention.country
        return None
