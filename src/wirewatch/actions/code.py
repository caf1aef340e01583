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
from wirewatch.actions.lexicon import Trigger, event_noun, lexicon, modifiers, written_as
from wirewatch.model import ActionMention, Actor, Article
from wirewatch.nlp.countries import lookup
from wirewatch.nlp.organisations import sector_of
from wirewatch.quotes.cues import CUE_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from wirewatch.settings import Settings

TRIGGER_POS = frozenset({"VERB", "ADJ"})
# Preposition objects that name the other side of an action ("relations with", "sanctions on").
TARGET_PREPS = frozenset(
    {"with", "on", "against", "to", "toward", "towards", "at", "from", "over", "into", "upon"}
)
# Links up the parse through which an action word shares the subject of the clause above it.
SUBJECT_LINKS = frozenset({"xcomp", "pcomp", "prep", "acomp", "advcl", "conj", "pobj", "dobj"})
# Conjunctions that put an action in the background of the news: an earlier happening.
BACKGROUND_MARKS = frozenset({"when", "after", "since", "before", "until", "once"})
# Clauses an action word governs ("promised to continue aid", "demanded that the US cancel"),
# searched this deep for the side the action is done to.
CLAUSE_LINKS = frozenset({"xcomp", "ccomp"})
TARGET_DEPTH = 2
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
# What a statement, letter or declaration says is said by whoever issued it: "issued a
# declaration demanding that ...", "sent a letter urging ...".
STATEMENT_NOUNS = frozenset(
    {"statement", "declaration", "letter", "communique", "message", "note", "resolution", "appeal"}
)
# A promise of a hostile act is a threat: "vowed to attack", "pledged to retaliate".
PROMISE_WORDS = frozenset({"vow", "pledge", "promise", "swear"})
# Participles and infinitives after a noun tell a happening of their own.
NONFINITE = frozenset({"VBN", "VBG", "VB"})
CONDITIONS = frozenset({"if", "unless"})
# Common nouns for parties that act (besides the role nouns of `sector_of`).
AGENT_NOUNS = frozenset(
    {
        "community", "nation", "country", "state", "member", "party", "side", "people",
        "donor", "creditor", "group", "faction", "leader", "neighbour", "neighbor", "ally",
    }
)  # fmt: skip
# Participles whose subject is the happening told before them, not its doer: "the role
# was undermined, resulting in the ousting of troops and accusing Hezbollah".
CONSEQUENCES = frozenset({"result", "lead", "cause", "prompt", "spark", "trigger", "fuel"})
INTENT_WORDS = frozenset(
    {"ready", "willing", "open", "prepared", "eager", "determined", "plan", "intend"}
)


def object_lemmas(token: Token) -> set[str]:
    """Lemmas of what the word acts on: its direct object, and the objects of its prepositions."""
    lemmas = set()
    for child in token.children:
        if child.dep_ in ("dobj", "attr", "nsubjpass", "dative"):
            lemmas.add(child.lemma_.lower())
            lemmas.update(c.lemma_.lower() for c in child.conjuncts)  # "food and medicine"
            lemmas.update(modifiers(child))  # "suspended aid deliveries"
            lemmas.update(prepositional_objects(child))  # "70 million dollars of aid"
    return lemmas | prepositional_objects(token)


def prepositional_objects(token: Token) -> set[str]:
    """Lemmas of the objects of the word's prepositions, with their modifiers ("part of a
    military aid program")."""
    lemmas: set[str] = set()
    for child in token.children:
        if child.dep_ == "prep":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    lemmas.update({grandchild.lemma_.lower(), *modifiers(grandchild)})
                    for listed in grandchild.conjuncts:  # "with equipment, medical aid and ..."
                        lemmas.update({listed.lemma_.lower(), *modifiers(listed)})
    return lemmas


def trigger(token: Token) -> Trigger | None:
    """The lexicon row the word fits here (its type and mode), or, for a light verb, the
    row of the event noun it carries ("staged a protest"); None when there is none."""
    if token.pos_ not in TRIGGER_POS:
        return None
    carried = event_noun(token)  # "ordered an investigation" is no order but an inquiry
    if carried is not None:
        return carried
    table = lexicon()
    objects = object_lemmas(token)
    for words in written_as(token):
        for row in table.get(words, ()):
            if not row.objects or objects & row.objects:
                return row
    return None


def action_type(token: Token) -> str | None:
    """The PLOVER type the word names here, or None."""
    row = trigger(token)
    return row.type if row else None


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


def doer(token: Token, hops: int) -> tuple[Token | None, Token | None]:
    """(source, passive target): the subject of the word's clause, or the agent of a passive."""
    current = token
    for _ in range(hops + 1):
        passive = next((c for c in current.children if c.dep_ == "nsubjpass"), None)
        agent = next((c for c in current.children if c.dep_ == "agent"), None)
        if passive is not None:
            by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            return by, passive
        subject = next((c for c in current.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.tag_ in ("WP", "WDT") and current.dep_ == "relcl":
            return current.head, None  # "Arnarsson, who summoned the ambassador"
        if subject is not None:
            return subject, None
        stated = current.dep_ == "acl" and current.head.lemma_.lower() in STATEMENT_NOUNS
        if (current.dep_ not in SUBJECT_LINKS and not stated) or current.head.i == current.i:
            break
        if current.dep_ == "advcl" and current.lemma_.lower() in CONSEQUENCES:
            break  # "..., resulting in the ousting of Syrian troops": no one's doing
        kept = kept_from(current)
        if kept is not None:
            return kept, None  # "did little to stop it from supporting Iran": it supports
        current = current.head
    return None, None


def addressee(candidate: Token, action: Token) -> bool:
    """True for a common noun naming people the action is directly done to: its object,
    the one "called on", or a passive's subject ("urged the international community", "members were
    accused"); the side the action is done to is then in these words or nowhere."""
    if candidate.pos_ != "NOUN" or not (
        candidate.lemma_.lower() in AGENT_NOUNS or sector_of(candidate.text)
    ):
        return False
    if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in candidate.children):
        return False  # the doer's own: "advised their citizens not to travel to Lebanon"
    if candidate.head.i == action.i:
        return candidate.dep_ in ("dobj", "dative", "nsubjpass")
    preposition = candidate.head
    return preposition.head.i == action.i and preposition.lower_ == "on"


def kept_from(clause: Token) -> Token | None:
    """Who is kept from doing what the clause tells: the object of "stop", "prevent",
    "ban" ... before "from doing" ("stopped Hezbollah from supporting Iran")."""
    if clause.dep_ != "pcomp" or clause.head.lower_ != "from":
        return None
    verb = clause.head.head
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def in_own_clause(name: Token, action: Token) -> bool:
    """True when the name hangs from the action word without crossing a clause that tells
    another happening: a relative clause (but its doer), a participle or infinitive after
    a noun ("hearing into techniques used against detainees"), an adverbial clause that is
    an action of its own ("dismissed the reports, accusing the US") or a finite one ("as
    he succeeded Milosevic").  The doer of a relative clause on what is acted on counts
    ("demanded the release of the trawler, which Norway's coast guard seized"); a
    participle that is no action gives the action's reason ("shut the crossings, citing
    Moscow's use of migration"), a condition whom it is aimed at ("threatened to stop
    talks if the United States goes ahead")."""
    came_from = name
    while name.i != action.i and name.head.i != name.i:
        if name.dep_ == "relcl" and came_from.dep_ != "nsubj":
            return False
        if name.dep_ == "parataxis" or (name.dep_ == "acl" and nonfinite(name)):
            return False
        told_apart = name.tag_ != "VBG" or action_type(name) is not None
        if name.dep_ == "advcl" and not conditional(name) and told_apart:
            return False
        came_from, name = name, name.head
    return True


def nonfinite(clause: Token) -> bool:
    """A participle or infinitive with no subject of its own ("methods used against ..."),
    not a content clause ("proof that Belarus has changed course")."""
    return clause.tag_ in NONFINITE and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux") and c.tag_ != "TO" for c in clause.children
    )


def conditional(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in clause.children)


def target_tokens(token: Token, depth: int = TARGET_DEPTH) -> list[Token]:
    """Who the action is done to, nearest first: the object ("accused Finland"), the object
    of a target preposition ("relations with Finland", "aid of 70 million dollars to
    Mozambique"), or the doer of the clause it asks for ("demanded that the US cancel",
    "urged Europe to support"), looked for this deep into the word's own clause."""
    found: list[Token] = []
    for child in token.children:
        # inside a governed clause its doer counts too: "demanded that the US cancel ..."
        if child.dep_ in ("dobj", "dative") or (child.dep_ == "nsubj" and depth < TARGET_DEPTH):
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
            found.extend(c for c in child.children if c.dep_ == "pobj")
    if depth > 0:
        for child in token.children:
            if child.dep_ in CLAUSE_LINKS or child.dep_ in ("dobj", "dative"):
                found.extend(t for t in target_tokens(child, depth - 1) if t not in found)
    return found


def with_conjuncts(token: Token) -> list[Token]:
    """The token and the ones coordinated with it ("Helsinki and Stockholm"); a list of
    places the parser hangs as an apposition counts too ("Saudi Arabia, the UAE and
    Kuwait": the UAE is an apposition of Arabia, Kuwait its conjunct)."""
    listed = [token, *(c for c in token.conjuncts if c.i > token.i)]
    for child in token.children:
        if child.dep_ == "appos" and token.ent_type_ == "GPE" and lookup(child.text):
            listed.extend([child, *(c for c in child.conjuncts if c.i > child.i)])
    return listed


def unnamed(subject: Token) -> Actor:
    """A doer written as a common noun the actor tables give no side ("rebels", "students",
    "a roadside bombing"): the action is still told and typed; with no country or body it
    counts towards no dyad (`count.py` keeps two-sided actions only)."""
    return Actor(subject.text, subject.idx, subject.idx + len(subject.text))


def apart(source: Actor, target: Actor, several: bool) -> bool:
    """True when the target is another side than the doer.  Among `several` coordinated
    doers, a target of a doer's own country is the other doers' ("Hungarian and Romanian
    officials agreed ... Romanian refugees" is Hungary's side towards Romania)."""
    if source.name == target.name:
        return False
    return not several or source.country is None or source.country != target.country


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
