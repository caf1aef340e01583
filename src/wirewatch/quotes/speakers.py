"""Who is speaking: from the subject of a cue verb to a named person or organisation.

A name is taken as written (titles dropped) and widened to the fullest form of the same
person seen in the article ("Peskov" -> "Dmitry Peskov"), unless two people of the article
share the surname.  A pronoun ("he said") goes to the most recent person it fits ("Ms.
Lee" is not "he"), preferring one that was the subject of a clause (or in apposition with
one) and never one named inside a quote.  A definite role noun ("the captain said") goes
to the latest person introduced with that role, before the name or in apposition, or in a
lead that names the role first, to the one introduced just after.  A common noun for a
body ("the national mining association said") speaks as that body; a written text ("a
letter that criticised ...") for its author; a relative pronoun for the noun it hangs
from.  When none of these holds, the speaker stays unknown: no speaker is better than a
wrong one.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wirewatch.nlp.roles import (
    family,
    is_role_noun,
    is_title_of_address,
    leading_title_count,
)
from wirewatch.quotes.cues import (
    DOCUMENT_NOUNS,
    INDEFINITE,
    PERSON,
    PERSON_PRONOUNS,
    SPEAKING_BODIES,
    SPEAKING_ORGS,
)
from wirewatch.quotes.people import (
    SUBJECT_DEPS,
    PersonMention,
    fullest_names,
    is_subject_phrase,
    name_tokens,
    one_person,
    pronouns_of,
    roles_before,
    span_of,
    surname_of,
)
from wirewatch.quotes.subjects import (
    named_modifier,
    own_subject,
    owner_of,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

    from wirewatch.model import Mention

PRONOUN_WINDOW_SENTENCES = 3
MAX_APPOSITIVE_TOKENS = 12
# a lead may name the role before the person ("Portugal's president vetoed ... President
# Helena Cardoso said"): the holder is looked for this many sentences ahead
ROLE_LOOKAHEAD_SENTENCES = 2
RELATIVE_TAGS = frozenset({"WDT", "WP"})
BODY_MODIFIERS = frozenset({"amod", "compound", "nmod", "poss", "case"})
ORG = "ORG"


@dataclass(frozen=True)
class Speaker:
    """A speaker's name and the span of the mention that names them."""

    name: str
    start: int
    end: int
    label: str = PERSON


def is_indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in noun.children)


def body_name(noun: Token) -> list[Token]:
    """The words naming an untagged body, its modifiers without article or pronoun: "The
    national mining association" -> "national mining association"."""
    words = [noun]
    for child in reversed([c for c in noun.lefts if c.dep_ in BODY_MODIFIERS]):
        phrase = [t for t in child.subtree if t.pos_ != "PRON" and t.dep_ != "det"]
        if not phrase or phrase[-1].i != words[0].i - 1:
            break
        words = phrase + words
    return words


def entity_spans(doc: Doc, mentions: list[Mention]) -> list[Span]:
    """The article's mentions (NER with its errors fixed) as spans of the doc."""
    spans = (doc.char_span(m.start, m.end, m.label, alignment_mode="expand") for m in mentions)
    return [span for span in spans if span is not None]


SPEAKERS_KEY = "wirewatch.speakers"  # Doc.user_data: the run's index of the Doc's people


def speaker_index(
    doc: Doc, text: str, mentions: list[Mention], quoted: Callable[[], list[bool]]
) -> SpeakerIndex:
    """The SpeakerIndex of a Doc, built once: the quote stage builds it and the action stage,
    run on the same Doc, reuses it.  A cache for the run only; nothing is kept on the Doc."""
    index = doc.user_data.get(SPEAKERS_KEY)
    if index is None:
        index = doc.user_data[SPEAKERS_KEY] = SpeakerIndex(doc, text, mentions, quoted())
    return index


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
        return PersonMention(
            name,
            start,
            end,
            is_subject_phrase(ent),
            roles_before(ent, self.text),
            self.quoted[ent.start],
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

    def fullest_of(self, name: str) -> PersonMention | None:
        """The fullest mention of the one person of the article the name fits: a lone
        surname fits only when one person bears it."""
        words = name.split()
        people = self.fullest.get(words[-1].lower(), [])
        if len(words) > 1:
            people = [p for p in people if one_person(p.name, name)]
        return people[0] if len(people) == 1 else None

    def widened(self, speaker: Speaker) -> Speaker:
        """The fullest name of the same person in the article, keeping the mention's span."""
        fullest = self.fullest_of(speaker.name) if speaker.label == PERSON else None
        if fullest is None:
            return speaker
        return Speaker(fullest.name, speaker.start, speaker.end, speaker.label)

    def resolved(self, mention: PersonMention) -> Speaker:
        """A person found earlier, as their fullest name and that mention's span."""
        fullest = self.fullest_of(mention.name) or mention
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
        """The person "the president" refers to: the latest one introduced with that role,
        else, when the role comes first, the first one introduced with it just after."""
        if is_indefinite(token):
            return None
        role = family(token.lower_)  # "the spokesperson" is the spokesman named before
        holders = [p for p in self.people if role in {family(r) for r in p.roles} and not p.quoted]
        earlier = [p for p in holders if p.end <= token.idx]
        if earlier:
            return self.resolved(earlier[-1])
        index = bisect_right(self.sentence_starts, token.i) - 1
        last = min(len(self.sentences) - 1, index + ROLE_LOOKAHEAD_SENTENCES)
        later = [p for p in holders if token.idx < p.start < self.sentences[last].end_char]
        return self.resolved(later[0]) if later else None

    def body(self, noun: Token) -> Speaker | None:
        """An organisation named by a common noun: the latest organisation of the article
        whose name ends with it ("the International Monetary Fund" ... "the fund said"),
        else the noun phrase ("the national mining association said")."""
        if noun.tag_ != "NN" or noun.lower_ not in SPEAKING_BODIES or is_indefinite(noun):
            return None
        earlier = [
            ent
            for ent in self.ents
            if ent.label_ == ORG and ent.end <= noun.i and ent[-1].lower_ == noun.lower_
        ]
        if earlier:
            return self.named(earlier[-1][-1])
        name, start, end = span_of(body_name(noun), self.text)
        return Speaker(name, start, end, ORG)

    def author(self, document: Token) -> Speaker | None:
        """Who a written text speaks for: its owner ("Trump's letter"), else the subject of
        its sentence ("The president vetoed the law with a letter that ...")."""
        owner = owner_of(document) or named_modifier(document)
        if owner is None:
            root = self.sentence_of(document).root
            owner = own_subject(root, self.quoted) if root is not document else None
        if owner is None or owner.i == document.i or owner.tag_ in RELATIVE_TAGS:
            return None
        return self.speaker_of(owner)

    def speaker_of(self, token: Token) -> Speaker | None:
        """The speaker a cue's subject token stands for, or None when unsure."""
        if token.lower_ in PERSON_PRONOUNS:
            return self.pronoun_antecedent(token)
        if token.tag_ in RELATIVE_TAGS and token.head.dep_ == "relcl":
            antecedent = token.head.head  # "a letter that criticised", "Ryan, who said"
            return None if antecedent.tag_ in RELATIVE_TAGS else self.speaker_of(antecedent)
        named = self.named(token)
        if named is not None:
            return self.widened(named)
        for child in token.children:
            if child.dep_ == "appos":
                named = self.named(child)
                if named is not None and named.label == PERSON:
                    return self.widened(named)
        if token.pos_ != "NOUN":
            return None
        if is_role_noun(token.lower_):
            return self.role_holder(token)
        if token.lemma_.lower() in DOCUMENT_NOUNS:
            return self.author(token)
        return self.body(token)

    def beside(self, cue: Token) -> Speaker | None:
        """A name the parse left out of a subject-less cue: the name the cue hangs from
        ("Aaron Kall, a director, compared ..."), the author of the text it hangs from ("the
        council issued a statement calling ..."), the name right before it ("... Chief
        Chuck Jordan said"), or right after it when a quote ends just before ('," said
        James Acton').  A name after any other cue is its object, not its speaker."""
        if cue.dep_ == "acl" and self.named(cue.head) is not None:
            return self.named(cue.head)
        if cue.dep_ == "acl" and cue.head.lemma_.lower() in DOCUMENT_NOUNS:
            return self.author(cue.head)
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
        known = self.fullest_of(name)
        return Speaker(known.name if known else name, start, end)

    def named(self, token: Token) -> Speaker | None:
        """A name written at the token: its entity, or its run of proper nouns."""
        ent = self.ent_at.get(token.i)
        if ent is not None and (ent.label_ == PERSON or ent.label_ in SPEAKING_ORGS):
            tokens = name_tokens(ent)
            if tokens:
                name, start, end = span_of(tokens, self.text)
                return Speaker(name, start, end, ent.label_)
        if token.pos_ != "PROPN":
            return None
        run = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        words = [*run, token]
        titles = leading_title_count([t.lower_ for t in words])
        # a role is no name ("Kremlin Spokesman said"), unless a title of address precedes it
        # ("Mr. King")
        addressed = titles > 0 and is_title_of_address(words[titles - 1].lower_)
        if titles < len(words) and (addressed or not is_role_noun(token.lower_)):
            tokens = words[titles:]
            name, start, end = span_of(tokens, self.text)
            label = PERSON if name.split()[-1].lower() in self.fullest else ""
            return Speaker(name, start, end, label)
        return None
