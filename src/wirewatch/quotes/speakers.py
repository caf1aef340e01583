"""Who is speaking: from the subject of a cue verb to a named person or organisation.

A name is taken as written (titles dropped) and widened to the fullest form of the same
person seen in the article ("Peskov" -> "Dmitry Peskov").  A pronoun ("he said") goes to
the most recent person it fits ("Ms. Lee" is not "he"), preferring one that was the subject
of a clause and never one named inside a quote; a role noun
("the president added") goes to the latest person introduced with that role.  When none
of these holds, the speaker stays unknown: no speaker is better than a wrong one.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wirewatch.quotes.cues import (
    ACCORDING,
    CUE_LEMMAS,
    DESCRIPTORS,
    PERSON,
    PERSON_PRONOUNS,
    PRONOUN_OF_ROLE,
    SPEAKING_ORGS,
    SPEECH_NOUNS,
    TITLES,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from wirewatch.model import Mention

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# a cue without its own subject borrows one from this far up the parse
MAX_SUBJECT_HOPS = 5
# coordinated verbs and participle clauses have the subject of the clause they hang from
SHARED_SUBJECT_LINKS = frozenset({"conj", "advcl", "xcomp"})
PRONOUN_WINDOW_SENTENCES = 3
MAX_APPOSITIVE_TOKENS = 12


@dataclass(frozen=True)
class Speaker:
    """A speaker's name and the span of the mention that names them."""

    name: str
    start: int
    end: int
    label: str = PERSON


@dataclass(frozen=True)
class PersonMention:
    name: str
    start: int
    end: int
    is_subject: bool
    roles: frozenset[str]
    quoted: bool = False  # named inside a quote: "Trump is wrong," he said


def name_tokens(span: Span) -> list[Token]:
    """The tokens of an entity without titles, possessive marks and "the" in front."""
    tokens = [t for t in span if t.tag_ != "POS" and t.text not in ("'s", "’s")]
    while tokens and (tokens[0].lower_ in TITLES or tokens[0].lower_ == "the"):
        tokens = tokens[1:]
    return tokens


def span_of(tokens: list[Token], text: str) -> tuple[str, int, int]:
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return text[start:end], start, end


def roles_before(ent: Span) -> frozenset[str]:
    """Role words written just before (or inside) a name: "Kremlin spokesman Dmitry Peskov"."""
    roles = {t.lower_ for t in ent if t.lower_ in TITLES}
    for token in reversed(ent.doc[max(0, ent.start - 4) : ent.start]):
        titled = token.lower_ in TITLES  # "Mr." is not alphabetic
        if not (titled or (token.is_alpha and token.pos_ in ("NOUN", "PROPN", "ADJ"))):
            break
        roles.add(token.lower_)
    return frozenset(roles)


def entity_spans(doc: Doc, mentions: list[Mention]) -> list[Span]:
    """The article's mentions (NER with its errors fixed) as spans of the doc."""
    spans = (doc.char_span(m.start, m.end, m.label, alignment_mode="expand") for m in mentions)
    return [span for span in spans if span is not None]


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


def fullest_names(people: list[PersonMention]) -> dict[str, PersonMention]:
    """Surname -> the first mention of the person's fullest usual name: the longest form
    written most often ("Donald Trump" over a one-off tagging slip "Rip Donald Trump")."""
    forms: dict[str, dict[str, list[PersonMention]]] = {}
    for mention in people:
        forms.setdefault(surname_of(mention), {}).setdefault(mention.name, []).append(mention)
    fullest = {}
    for surname, by_form in forms.items():
        best = max(by_form, key=lambda form: (len(form.split()) > 1, len(by_form[form]), len(form)))
        fullest[surname] = by_form[best][0]
    return fullest


class SpeakerIndex:
    """The people and organisations of one article, for resolving cue subjects."""

    def __init__(
        self,
        doc: Doc,
        text: str,
        mentions: list[Mention] | None = None,
        quoted: list[bool] | None = None,
    ) -> None:
        # Doc.text, Doc.ents and Token.sent are rebuilt on every access: read them once
        self.doc = doc
        self.text = text
        self.quoted = quoted or [False] * len(doc)
        self.sentences = list(doc.sents)
        self.sentence_starts = [sentence.start for sentence in self.sentences]
        self.ents = entity_spans(doc, mentions) if mentions else list(doc.ents)
        self.ent_at = {i: ent for ent in self.ents for i in range(ent.start, ent.end)}
        self.people = [self.person(ent) for ent in self.ents if self.is_named_person(ent)]
        self.fullest = fullest_names(self.people)
        self.pronoun_of = pronouns_of(self.people)
        self.people.extend(self.untagged_surnames(doc))
        self.people.sort(key=lambda mention: mention.start)

    @staticmethod
    def is_named_person(ent: Span) -> bool:
        return ent.label_ == PERSON and bool(name_tokens(ent))

    def person(self, ent: Span) -> PersonMention:
        name, start, end = span_of(name_tokens(ent), self.text)
        is_subject = any(t.dep_ in SUBJECT_DEPS for t in ent)
        return PersonMention(
            name, start, end, is_subject, roles_before(ent), self.quoted[ent.start]
        )

    def is_person(self, token: Token) -> bool:
        ent = self.ent_at.get(token.i)
        return ent is not None and ent.label_ == PERSON

    def sentence_of(self, token: Token) -> Span:
        return self.sentences[bisect_right(self.sentence_starts, token.i) - 1]

    def untagged_surnames(self, doc: Doc) -> list[PersonMention]:
        """Known surnames the entity tagger missed ("Stubb did not suggest ...")."""
        return [
            PersonMention(
                t.text, t.idx, t.idx + len(t), t.dep_ in SUBJECT_DEPS, frozenset(), self.quoted[t.i]
            )
            for t in doc
            if t.pos_ == "PROPN" and t.lower_ in self.fullest and not self.is_person(t)
        ]

    def widened(self, speaker: Speaker) -> Speaker:
        """The fullest name of the same person in the article, keeping the mention's span."""
        words = speaker.name.split()
        fullest = self.fullest.get(words[-1].lower()) if speaker.label == PERSON else None
        if fullest is None or (len(words) > 1 and fullest.name.split()[0] != words[0]):
            return speaker
        return Speaker(fullest.name, speaker.start, speaker.end, speaker.label)

    def resolved(self, mention: PersonMention) -> Speaker:
        """A person found earlier, as their fullest name and that mention's span."""
        fullest = self.fullest.get(surname_of(mention), mention)
        return Speaker(fullest.name, fullest.start, fullest.end)

    def pronoun_antecedent(self, token: Token) -> Speaker | None:
        """The person "he"/"she" refers to: the latest subject among recent sentences."""
        index = bisect_right(self.sentence_starts, token.i) - 1
        window_start = self.sentences[max(0, index - PRONOUN_WINDOW_SENTENCES)].start_char
        recent = [
            p
            for p in self.people
            if window_start <= p.start and p.end <= token.idx and not p.quoted
        ]
        fits = token.lower_
        recent = [p for p in recent if self.pronoun_of.get(surname_of(p), fits) == fits]
        subjects = [p for p in recent if p.is_subject]
        chosen = (subjects or recent or [None])[-1]
        return self.resolved(chosen) if chosen else None

    def role_holder(self, token: Token) -> Speaker | None:
        """The person "the president" refers to: the latest one introduced with that role."""
        holders = [p for p in self.people if p.end <= token.idx and token.lower_ in p.roles]
        return self.resolved(holders[-1]) if holders else None

    def speaker_of(self, token: Token) -> Speaker | None:
        """The speaker a cue's subject token stands for, or None when unsure."""
        if token.lower_ in PERSON_PRONOUNS:
            return self.pronoun_antecedent(token)
        named = self.named(token)
        if named is not None:
            return self.widened(named)
        for child in token.children:
            if child.dep_ == "appos":
                named = self.named(child)
                if named is not None and named.label == PERSON:
                    return self.widened(named)
        if token.pos_ == "NOUN" and token.lower_ in DESCRIPTORS:
            return self.role_holder(token)
        return None

    def beside(self, cue: Token) -> Speaker | None:
        """A name the parse left out of a subject-less cue: the name the cue hangs from
        ("Aaron Kall, a director, compared ..."), the name right before it ("... Chief
        Chuck Jordan said"), or right after it when a quote ends just before ('," said
        James Acton').  A name after any other cue is its object, not its speaker."""
        if cue.dep_ == "acl" and self.named(cue.head) is not None:
            return self.named(cue.head)
        before = self.ent_at.get(cue.i - 1) or self.ent_at.get(self.before_appositive(cue))
        after = self.ent_at.get(cue.i + 1)
        inverted = cue.i > 0 and cue.nbor(-1).is_punct
        for ent in (before, after if inverted else None):
            if ent is not None and (ent.label_ == PERSON or ent.label_ in SPEAKING_ORGS):
                return self.named(ent[-1])
        return None

    def before_appositive(self, cue: Token) -> int:
        """The token before a comma-bracketed appositive ending at the cue ('Flynn, a top
        surrogate, said'), or -1."""
        if cue.i < 2 or cue.nbor(-1).text != ",":
            return -1
        for i in range(cue.i - 2, max(0, cue.i - MAX_APPOSITIVE_TOKENS), -1):
            if self.doc[i].text == ",":
                return i - 1
        return -1

    def written(self, name: str, start: int, end: int) -> Speaker:
        """A speaker named outside any sentence (a byline dash, a transcript label)."""
        known = self.fullest.get(name.split()[-1].lower())
        if known is not None and (len(name.split()) == 1 or known.name.startswith(name.split()[0])):
            return Speaker(known.name, start, end)
        return Speaker(name, start, end)

    def named(self, token: Token) -> Speaker | None:
        """A name written at the token: its entity, or its run of proper nouns."""
        ent = self.ent_at.get(token.i)
        if ent is not None and (ent.label_ == PERSON or ent.label_ in SPEAKING_ORGS):
            tokens = name_tokens(ent)
            if tokens:
                name, start, end = span_of(tokens, self.text)
                return Speaker(name, start, end, ent.label_)
        if token.pos_ == "PROPN" and token.lower_ not in TITLES:
            run = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            tokens = [t for t in [*run, token] if t.lower_ not in TITLES]
            name, start, end = span_of(tokens, self.text)
            label = PERSON if name.split()[-1].lower() in self.fullest else ""
            return Speaker(name, start, end, label)
        return None


def is_cue(token: Token) -> bool:
    """A reporting verb from the lexicon, "according" with its "to", or a speech noun with
    its owner ("Trump's claim that ...")."""
    if token.lower_ == ACCORDING[0]:
        return any(child.lower_ == ACCORDING[1] for child in token.children)
    if token.pos_ == "NOUN":
        return token.lemma_.lower() in SPEECH_NOUNS and owner_of(token) is not None
    return token.pos_ == "VERB" and token.lemma_.lower() in CUE_LEMMAS


def owner_of(noun: Token) -> Token | None:
    return next((child for child in noun.children if child.dep_ == "poss"), None)


def own_subject(verb: Token, quoted: list[bool]) -> Token | None:
    """The verb's subject (or the agent of a passive) outside quote marks: a parse often
    takes a word of the quote, or a stray dash, for the subject of "said"."""
    subjects = []
    for child in verb.children:
        if quoted[child.i] or child.is_punct:
            continue
        if child.dep_ in SUBJECT_DEPS:
            subjects.append(child)
        elif child.dep_ == "agent":
            subjects.extend(c for c in child.children if c.dep_ == "pobj")
    named = [t for t in subjects if t.ent_type_ or t.pos_ == "PROPN"]
    return (named or subjects or [None])[0]


def subject_of(cue: Token, quoted: list[bool]) -> Token | None:
    """The subject of a cue verb; without one, that of the verb it is coordinated with or
    of the reporting verb above it ("Putin said, emphasising that ...")."""
    subject = own_subject(cue, quoted)
    token = cue
    for _ in range(MAX_SUBJECT_HOPS):
        if subject is not None or token.head is token:
            return subject
        link, token = token.dep_, token.head
        # the subject of reported content ("... that Finland must prepare") is not the speaker
        reported = token.dep_ == "ccomp"
        shares_subject = is_cue(token) or (link in SHARED_SUBJECT_LINKS and not reported)
        subject = own_subject(token, quoted) if shares_subject else None
    return subject
