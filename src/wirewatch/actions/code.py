"""Actions told in a sentence: who did what (a PLOVER type) to whom, read off the parse.

An action word (`verbs.tsv`: "restore" + relations, "accuse", "impose" + sanctions) is
looked up on each verb of a sentence; its doer is the subject of its clause, looked for
up the parse ("Russia is ready to restore relations" → Russia), its target the object
or the object of a preposition ("relations with Finland", "sanctions on Russia's oil
sector").  Both sides are resolved to countries through the country table; a person
through the role words written before their name in the article ("Kremlin spokesman
Dmitry Peskov" → RUS), and, at corpus level, through the people resolved there.
"we" and "our country" in a quote stand for the speaker, "it" in a reported clause for
the reporter, "he", "she" and "them" for what was named last.  Negated actions ("did not
agree"), actions inside another action's clause, wished-for and background clauses are
not coded.  Details and figures: docs/actions.md.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from wirewatch.actions.actors import PERSON_PRONOUNS, REPORTED_SELF, Actors, reporter_of
from wirewatch.actions.classify import NONE, sentence_type
from wirewatch.actions.lexicon import Trigger, action_type, trigger
from wirewatch.actions.sides import (
    SUBJECT_LINKS,
    addressee,
    apart,
    doer,
    in_own_clause,
    target_tokens,
    unnamed,
    with_conjuncts,
)
from wirewatch.model import ActionMention, Actor, Article
from wirewatch.quotes.cues import CUE_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from wirewatch.settings import Settings

# Conjunctions that put an action in the background of the news: an earlier happening.
BACKGROUND_MARKS = frozenset({"when", "after", "since", "before", "until", "once"})
# Said of the future, a cooperative action is an offer (AGREE), a hostile one a threat (the
# codebook's threats include threats of protest and boycott: "said they would blockade Paris").
PROMISABLE = frozenset({"COOPERATE", "CONSULT", "SUPPORT", "AID", "CONCEDE", "RETREAT"})
MENACING = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST"})
FUTURE_AUX = frozenset({"will", "would", "'ll", "shall"})
# What may happen is no action done: "he might withdraw his resignation", "can now denounce".
SPECULATIVE_AUX = frozenset({"might", "may", "could", "can", "should", "must"})
# What only may be true; a conjunct shares it with its head (a duty does not carry over so:
# "Finland must prepare and restore ties" is the speaker's intent).
POSSIBLE_AUX = frozenset({"might", "may", "could"})
# Coordinated doers with no target act towards each other only in these ("Kazakhstan and
# Azerbaijan signed an agreement"); "the US and the EU called for restraint" asks a third party.
RECIPROCAL = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT"})
# "Russia said that Sudan must return the helicopter": a duty another party is told it has,
# in reported speech, is a demand of that party (PLOVER REQUEST).
DEMAND_AUX = frozenset({"must"})
FAILING = frozenset({"fail"})
# Participles that tell a stance of their subject, not something done to it: "is committed
# to", "remains opposed to".
STANCES = frozenset({"commit", "oppose"})
# A promise of a hostile act is a threat: "vowed to attack", "pledged to retaliate".
PROMISE_WORDS = frozenset({"vow", "pledge", "promise", "swear"})
INTENT_WORDS = frozenset(
    {"ready", "willing", "open", "prepared", "eager", "determined", "plan", "intend"}
)


def governed(token: Token, hops: int) -> bool:
    """True when the word hangs from another action word: in "threatened to impose
    sanctions" or "called for the EU to resume dialogue", the threat or the request is
    the action, not what it is about.  A conjunct is governed only as its head is: "opened
    its borders ... but was still refusing admittance" tells two actions."""
    for _ in range(hops):
        if token.dep_ not in SUBJECT_LINKS and token.dep_ not in ("ccomp", "advcl"):
            return False
        if token.head.i == token.i:
            return False
        sibling = token.dep_ == "conj"
        token = token.head
        if not sibling and action_type(token) is not None:
            return True
    return False


def as_intended(kind: str, token: Token, hops: int) -> str:
    """PLOVER codes what is promised as AGREE and what is menaced as THREATEN: "will send
    aid", "is ready to restore relations" are offers; "will impose sanctions" is a threat."""
    if kind == "AGREE" and token.lemma_.lower() in PROMISE_WORDS:
        promised = {action_type(c) for c in token.children if c.dep_ == "xcomp"}
        return "THREATEN" if promised & MENACING else kind
    if kind == "ASSAULT" and readied(token, hops):
        return "MOBILIZE"  # "the army prepared to resume shelling": readiness, no attack yet
    if kind not in PROMISABLE and kind not in MENACING:
        return kind
    if not intended(token, hops):
        return kind
    return "AGREE" if kind in PROMISABLE else "THREATEN"


def readied(token: Token, hops: int) -> bool:
    """True when the word is what its doer prepares to do: "prepared to resume shelling"."""
    for _ in range(hops):
        if token.dep_ != "xcomp" or token.head.i == token.i:
            return False
        token = token.head
        if token.lemma_.lower() == "prepare":
            return True
    return False


def intended(token: Token, hops: int) -> bool:
    """True when the word is said of the future: "will", "would", or "ready/willing to"."""
    word = token
    for _ in range(hops + 1):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in token.children):
            return True
        if token.i != word.i and token.lemma_.lower() in INTENT_WORDS:
            return True
        if token.dep_ not in SUBJECT_LINKS or token.head.i == token.i:
            return False
        token = token.head
    return False


def negated(token: Token, hops: int) -> bool:
    """True when the word, or a word it hangs from within its clause, is negated, or what
    it tells was tried and failed ("failed to reach agreement")."""
    for _ in range(hops + 1):
        if any(child.dep_ == "neg" for child in token.children):
            return True
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in FAILING:
            return True
        if token.dep_ not in SUBJECT_LINKS or token.head.i == token.i:
            return False
        token = token.head
    return False


class SentenceCoder:
    """Codes the actions of one article, sentence by sentence."""

    def __init__(self, article: Article, doc: Doc, settings: Settings) -> None:
        self.article = article
        self.doc = doc
        self.settings = settings.actions
        self.hops = settings.actions.max_actor_hops
        self.code_quoted = settings.actions.code_quoted
        self.actors = Actors(article, doc)

    def actions(self) -> list[ActionMention]:
        found: list[ActionMention] = []
        seen: set[tuple[int, str, str, str]] = set()
        for sentence in self.doc.sents:
            coded = [
                action
                for token in sentence
                for action in self.code(token, sentence) + self.demand(token, sentence)
            ]
            for action in self.weigh(sentence, coded):
                target = action.target.name if action.target else ""
                key = (sentence.start, action.type, action.source.name, target)
                if key not in seen:
                    seen.add(key)
                    found.append(action)
        return found

    def weigh(self, sentence: Span, coded: list[ActionMention]) -> list[ActionMention]:
        """The lexicon's actions and the sentence model's type together (`actions.coder`).

        combined: an action the lexicon codes keeps its type unless the model finds that
        type unlikely (below `keep_below`) and is itself sure of another (`retype_above`);
        a sentence the lexicon codes nothing in is coded by the model where it is sure
        (`add_above`), its sides read off the main verb.  model: the model's type always,
        on the lexicon's sides where it has them.  rules: the lexicon alone."""
        if self.settings.coder == "rules":
            return coded
        best, sure, probabilities = sentence_type(sentence)
        if self.settings.coder == "model":
            if best == NONE or sure < self.settings.add_above:
                return []
            retyped = [replace(action, type=best, mode=None) for action in coded]
            return retyped or self.code(sentence.root, sentence, best)
        if not coded:
            if best == NONE or sure < self.settings.add_above:
                return []
            return self.code(sentence.root, sentence, best)
        if best == NONE or sure < self.settings.retype_above:
            return coded
        return [
            self.retyped(action, best)
            if probabilities.get(action.type, 0.0) < self.settings.keep_below
            else action
            for action in coded
        ]

    def retyped(self, action: ActionMention, kind: str) -> ActionMention:
        """The action with the model's type, said of the future as the lexicon's was: the model
        reads "will impose sanctions" as SANCTION, and a promised sanction is a threat."""
        word = self.doc.char_span(action.trigger_start, action.trigger_end)
        if word is not None:
            kind = as_intended(kind, word.root, self.hops)
        return action if kind == action.type else replace(action, type=kind, mode=None)

    def code(self, token: Token, sentence: Span, kind: str | None = None) -> list[ActionMention]:
        """The actions a word names (`kind`: the type the sentence model gives the main verb)."""
        row = trigger(token) if kind is None else Trigger(kind, token.lemma_, frozenset())
        if row is None or self.not_done(token):
            return []
        subject, passive_target = doer(token, self.hops)
        if subject is None and token.lemma_.lower() in STANCES:
            subject, passive_target = passive_target, None  # "Vietnam is committed to ..."
        if subject is None:
            return []
        sources, targets = self.sides(token, subject, passive_target, row.type)
        kind = as_intended(row.type, token, self.hops)
        mode = row.mode if kind == row.type else None  # an offer or a threat has no such mode
        return [
            ActionMention(
                article=self.article.id,
                start=sentence.start_char,
                end=sentence.start_char + len(sentence.text.rstrip()),
                type=kind,
                mode=mode,
                trigger_start=token.idx,
                trigger_end=token.idx + len(token.text),
                source=source,
                target=target,
            )
            for source in sources
            for target in targets or [None]
            if target is None or apart(source, target, len(sources) > 1)
        ]

    def demand(self, token: Token, sentence: Span) -> list[ActionMention]:
        """The demand a reported duty makes ("Russia said that Sudan must return ..."): a
        REQUEST from the reporter to the clause's subject, when that subject names a side."""
        if token.dep_ != "ccomp" or token.head.lemma_.lower() not in CUE_LEMMAS:
            return []
        if not any(c.dep_ == "aux" and c.lower_ in DEMAND_AUX for c in token.children):
            return []
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or self.actors.actor(subject) is None:
            return []
        return self.code(token.head, sentence, "REQUEST")

    def not_done(self, token: Token) -> bool:
        """Negated, governed by another action word, wished for, background, or (when
        `code_quoted` is off) quoted: none of these is an action done."""
        if negated(token, self.hops) or governed(token, self.hops):
            return True
        if token.sent.text.rstrip().endswith("?") or any(
            c.dep_ == "aux" and c.lower_ in SPECULATIVE_AUX for c in token.children
        ):
            return True  # asked or supposed, not done: "is the army supposed to attack them?"
        if token.dep_ == "conj" and any(
            c.dep_ == "aux" and c.lower_ in POSSIBLE_AUX for c in token.head.children
        ):
            return True  # "may be under house arrest or detained": the conjunct is supposed too
        marks = {c.lower_ for c in token.children if c.dep_ in ("mark", "advmod")}
        if "for" in marks or "long" in marks or marks & BACKGROUND_MARKS:
            # "the time has come for the EU to resume dialogue": wished for, not done;
            # "a dispute that flared when inspectors detained a trawler": told as background;
            # "Moscow has long opposed NATO's expansion": a standing position, not an event
            return True
        return not self.code_quoted and self.actors.quote_at(token.idx) is not None

    def sides(
        self, token: Token, subject: Token, passive_target: Token | None, kind: str
    ) -> tuple[list[Actor], list[Actor | None]]:
        """The doers and the targets of an action word of type `kind`."""
        objects = [passive_target] if passive_target is not None else target_tokens(token)
        addressed = [o for o in objects if addressee(o, token)]
        if addressed:  # "urged the international community to get Haiti's debts cancelled"
            objects = [o for o in objects if o.head.i == token.i or o.head.head.i == token.i]
        sources = [a for t in with_conjuncts(subject) for a in self.actors.each(t)]
        said_by = reporter_of(subject) if subject.lower_ in REPORTED_SELF else subject
        if not sources and said_by is not None and said_by.pos_ == "NOUN":
            sources = [unnamed(said_by)]  # "rebels blocked transport": done, by nobody named
        targets: list[Actor | None] = []
        doers = {source.country for source in sources if source.country}
        for candidate in objects:  # the nearest side that names somebody, with its conjuncts
            targets = [a for t in with_conjuncts(candidate) for a in self.actors.each(t, doers)]
            if targets:
                break
        if not targets and len(sources) > 1 and kind in RECIPROCAL:
            # "Kazakhstan and Azerbaijan signed an agreement": each side acts towards the other
            return sources[:1], sources[1:]
        if not targets and not (objects and objects[0].lower_ in PERSON_PRONOUNS):
            # a target written as a pronoun we could not resolve is still that target:
            # "accused them of increasing NATO's presence" is not about NATO; one written as
            # a common noun is looked for in its own words ("the parties in Zimbabwe")
            roots = addressed or [token]
            targets = self.actors.named_within(
                token,
                sources,
                lambda name: in_own_clause(name, token) and any(r.is_ancestor(name) for r in roots),
                kind,
            )
        return sources, targets


def add_actions(article: Article, doc: Doc, settings: Settings) -> None:
    """Fill `article.actions` with the actions its sentences tell (doer, type, target)."""
    article.actions = SentenceCoder(article, doc, settings).actions()
