"""The sides of an action read off the parse: its doer (the subject of its clause, or a
passive's agent), who it is done to (its object, the object of a target preposition, the
doer of a clause it asks for), and which names stay in the action's own clause.  Which
countries and bodies those words stand for is `actions.actors`' part; docs/actions.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirewatch.actions.lexicon import action_type
from wirewatch.model import Actor
from wirewatch.nlp.countries import lookup
from wirewatch.nlp.organisations import sector_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# Preposition objects that name the other side of an action ("relations with", "sanctions on").
TARGET_PREPS = frozenset(
    {"with", "on", "against", "to", "toward", "towards", "at", "from", "over", "into", "upon"}
)
# Links up the parse through which an action word shares the subject of the clause above it.
SUBJECT_LINKS = frozenset({"xcomp", "pcomp", "prep", "acomp", "advcl", "conj", "pobj", "dobj"})
# Clauses an action word governs ("promised to continue aid", "demanded that the US cancel"),
# searched this deep for the side the action is done to.
CLAUSE_LINKS = frozenset({"xcomp", "ccomp"})
TARGET_DEPTH = 2
# What a statement, letter or declaration says is said by whoever issued it: "issued a
# declaration demanding that ...", "sent a letter urging ...".
STATEMENT_NOUNS = frozenset(
    {"statement", "declaration", "letter", "communique", "message", "note", "resolution", "appeal"}
)
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
