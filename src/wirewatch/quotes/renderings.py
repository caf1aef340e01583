"""Renderings of one statement in other words or languages, found by meaning.

Two quotes of different articles of one event are one statement by meaning when their
sentence embeddings are close (cosine at least `quotes.meaning_similarity`) and each is
the other's closest quote in its article.  One event, not one storyline: an outlet words a
statement its own way when it reports the happening; later reports quote it as it was
first printed, which the wording rule finds.  "Each the other's closest" is what makes a
similarity bar usable: a speaker says several things about one story in similar words,
but an outlet renders one statement once, so a rendering's closest quote in another
outlet's article is its own counterpart when that outlet carries it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from wirewatch.quotes.meaning import StatementEncoder, e5_encoder

if TYPE_CHECKING:
    from wirewatch.model import Quote

# A quote of one content word ("significant", "imposed") is a word, not a statement: its
# embedding is close to any word of its kind, so meaning never links it (wording may).
MIN_MEANING_WORDS = 2
# Statements are embedded from their first words only: attention grows with the square of
# the length, a statement is told by its opening, and quotes this long are mostly several
# statements run together (a cap of 40 words cuts the embedding's time by about a third).
MAX_EMBEDDED_WORDS = 40


@dataclass
class Statement:
    """A quote, its position in the corpus and what it says."""

    quote: Quote
    order: int
    text: str
    words: frozenset[str]
    event: str | None = None

    @property
    def speaker(self) -> str | None:
        """The speaker's surname: "Stubb" and "Alexander Stubb" are one speaker."""
        name = self.quote.speaker_name
        return name.split()[-1].lower() if name and name.split() else None


class Link(NamedTuple):
    """Two statements of a block (`first` < `second`) taken for one; `exact` when by wording."""

    exact: bool
    score: float
    first: int
    second: int


def different_speakers(first: Statement, second: Statement) -> bool:
    """Both speakers known and not the same person (by entity, else by surname)."""
    entities = first.quote.speaker_entity, second.quote.speaker_entity
    if all(entities) and entities[0] != entities[1]:
        return True
    return bool(first.speaker and second.speaker and first.speaker != second.speaker)


def codes(keys: list[str | None]) -> np.ndarray:
    """One integer per distinct key, -1 for None: keys compared as whole arrays."""
    numbers: dict[str, int] = {}
    return np.array([-1 if key is None else numbers.setdefault(key, len(numbers)) for key in keys])


def known_and_different(keys: list[str | None]) -> np.ndarray:
    found = codes(keys)
    known = found >= 0
    return known[:, None] & known[None, :] & (found[:, None] != found[None, :])


def fragments(block: list[Statement]) -> np.ndarray:
    """n x n: one statement's content words are all among the other's.  Wording judges
    those pairs: a fragment too short for the wording rule is a term many statements share
    ("security concerns"), and its embedding is close to any sentence holding it."""
    holders: dict[str, set[int]] = {}
    for i, statement in enumerate(block):
        for word in statement.words:
            holders.setdefault(word, set()).add(i)
    found = np.zeros((len(block), len(block)), dtype=bool)
    for i, statement in enumerate(block):
        if statement.words:
            inside = set.intersection(*(holders[word] for word in statement.words))
            found[i, list(inside)] = True
    return found | found.T


def same_known_speaker(block: list[Statement]) -> np.ndarray:
    """n x n: both speakers known and the same person (by surname, entities not differing)."""
    surnames = codes([statement.speaker for statement in block])
    known = surnames >= 0
    same = known[:, None] & known[None, :] & (surnames[:, None] == surnames[None, :])
    return same & ~known_and_different([s.quote.speaker_entity for s in block])


def may_link(block: list[Statement]) -> np.ndarray:
    """n x n: the two statements are of different articles of one event (or of a block with
    no events), of one known speaker, of two content words or more each, and not one a
    fragment of the other.  Meaning alone
    never groups quotes of unknown speakers: the wording rule may, the embedding's
    similarity is not proof enough (and embedding only these keeps it cheap)."""
    articles = codes([statement.quote.article for statement in block])
    events = codes([statement.event for statement in block])
    apart = (articles[:, None] != articles[None, :]) & (events[:, None] == events[None, :])
    worded = np.array([len(s.words) >= MIN_MEANING_WORDS for s in block], dtype=bool)
    return apart & worded[:, None] & worded[None, :] & same_known_speaker(block) & ~fragments(block)


def similarities(
    block: list[Statement], allowed: np.ndarray, encode: StatementEncoder
) -> np.ndarray:
    """Cosine similarity of the pairs that may link, -1 elsewhere; only statements with a
    possible partner are embedded."""
    similar = np.full(allowed.shape, -1.0, dtype=np.float32)
    rows = np.flatnonzero(allowed.any(axis=1))
    if len(rows):
        vectors = encode([" ".join(block[i].text.split()[:MAX_EMBEDDED_WORDS]) for i in rows])
        similar[np.ix_(rows, rows)] = vectors @ vectors.T
    similar[~allowed] = -1.0
    return similar


class Meaning(NamedTuple):
    """The meaning links of a block and the similarities they were read from (-1 for pairs
    that may not link)."""

    links: list[Link]
    similar: np.ndarray

    def agrees(self, first: list[int], second: list[int], bar: float) -> bool:
        """Two groups are alike on average over the pairs that may link: a near miss can be
        a rendering's closest quote in an article that lacks the statement, but it is
        further from the statement's other renderings than they are from each other."""
        cross = self.similar[np.ix_(first, second)]
        compared = cross[cross > -1.0]
        return bool(len(compared)) and float(compared.mean()) >= bar


def meaning_links(
    block: list[Statement], bar: float, encode: StatementEncoder | None = None,
    margin: float = 0.0,
) -> Meaning:
    """Pairs at least `bar` alike in meaning, each the other's closest in its article by at
    least `margin` (over the other quotes of the speaker there)."""
    allowed = may_link(block)
    if not allowed.any():
        return Meaning([], np.full(allowed.shape, -1.0, dtype=np.float32))
    similar = similarities(block, allowed, encode or e5_encoder())
    articles = [statement.quote.article for statement in block]
    columns: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        columns.setdefault(article, []).append(i)
    found = []
    for i, article in enumerate(articles):
        for other, index in columns.items():
            if other == article:
                continue
            j, runner_up = closest_two(similar[i], index)
            if i > j or similar[i, j] < bar:
                continue
            back, back_runner_up = closest_two(similar[j], columns[article])
            if back == i and similar[i, j] - max(runner_up, back_runner_up) >= margin:
                found.append(Link(False, float(similar[i, j]), i, j))
    return Meaning(found, similar)


def closest_two(row: np.ndarray, index: list[int]) -> tuple[int, float]:
    """The statement of `index` most like the row's, and the similarity of the next one
    (-1 when there is none that may link)."""
    ranked = sorted(index, key=lambda k: -row[k])
    return ranked[0], float(row[ranked[1]]) if len(ranked) > 1 else -1.0
