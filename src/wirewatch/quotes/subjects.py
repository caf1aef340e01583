"""The subject of a cue, read off the parse: who a reporting verb or speech noun belongs to.

Parse-level helpers of `quotes.speakers` (which turns the subject into a named speaker) and
`quotes.attribution`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirewatch.quotes.cues import ACCORDING, CUE_LEMMAS, PERSON, SPEECH_NOUNS
from wirewatch.quotes.people import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Token

# a cue without its own subject borrows one from this far up the parse
MAX_SUBJECT_HOPS = 5
# coordinated verbs and participle clauses have the subject of the clause they hang from
SHARED_SUBJECT_LINKS = frozenset({"conj", "advcl", "xcomp"})
# Conjunctions a parse often reads as prepositions: in "his comments came after Stubb, on a
# visit, acknowledged that ...", Stubb is parsed as the object of "after", though it is the
# subject of "acknowledged".
SUBORDINATORS = frozenset({"after", "before", "as", "since", "until", "when", "while", "once"})
NAMED_AUTHORS = frozenset({PERSON, "ORG"})

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


def named_modifier(noun: Token) -> Token | None:
    """A name written into a noun phrase as its modifier: "the IMF report"."""
    return next(
        (c for c in noun.children if c.dep_ == "compound" and c.ent_type_ in NAMED_AUTHORS), None
    )


def controlling_object(verb: Token, quoted: list[bool]) -> Token | None:
    """The object that does the infinitive's action ("led the journalist to fear",
    "urged reporters to ask"): it, not the subject of the verb above, is the speaker."""
    if verb.dep_ != "xcomp":
        return None
    objects = (c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i)
    return next((c for c in objects if not quoted[c.i]), None)


def subject_of(cue: Token, quoted: list[bool]) -> Token | None:
    """The subject of a cue verb; without one, that of the verb it is coordinated with or
    of the reporting verb above it ("Putin said, emphasising that ...")."""
    subject = (
        own_subject(cue, quoted)
        or controlling_object(cue, quoted)
        or misparsed_clause_subject(cue, quoted)
    )
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


def misparsed_clause_subject(cue: Token, quoted: list[bool]) -> Token | None:
    """The name right after a subordinator ("after Ana Ruiz, on a visit, acknowledged"),
    when no verb stands between it and the subject-less cue: parses attach such a name to
    the subordinator and the cue to the clause before, in several ways, so it is read off
    the words."""
    doc = cue.doc
    for i in range(cue.i - 1, cue.sent.start, -1):
        if doc[i].pos_ in ("VERB", "AUX") or quoted[i]:
            return None
        if doc[i - 1].lower_ in SUBORDINATORS and is_name(doc[i]):
            end = i
            while end + 1 < cue.i and is_name(doc[end + 1]):
                end += 1
            return doc[end]
    return None


def is_name(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or token.pos_ == "PROPN"
