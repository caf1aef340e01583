"""Candidate pairs of articles (blocking), their similarity, and shared neighbours.

Blocking: each article's `block_terms` rarest terms; for each, the articles
holding it that lie nearest in time (at most `POSTINGS_READ`); of those, the
`max_candidates` sharing most terms are paired with it.  Never all pairs.  Every
choice is ranked by what the articles are (dates, ids, terms), never by when they
arrived, so the pairs are a function of the set of articles.

Shared neighbours: two reports of one happening have mostly the same nearest
reports, while two similar happenings of one kind (two earthquakes in Iran)
each keep their own, even where the reports of both are alike in absolute terms.
The share of nearest neighbours two articles have in common is what clustering
reads, so a topic's two happenings come apart without one global cut-off on cosine.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from wirewatch.link.features import DocumentFrequencies, TermWeights, cosine
from wirewatch.link.timing import days_between
from wirewatch.model import DateRange

# Articles read per blocking term, the nearest in time: keeps the cost per article flat.
POSTINGS_READ = 300

Pair = tuple[str, str]


@dataclass
class Member:
    """What pairing knows of one article (or event): its raw terms and its days."""

    id: str
    terms: TermWeights
    window: DateRange | None


def time_key(member: Member) -> tuple[str, str]:
    """Dated members in date order, undated ones after them, ids breaking ties."""
    start = member.window.start if member.window and member.window.start else "\uffff"
    return (start[:10], member.id)


def nearest(posting: list[tuple[str, str]], key: tuple[str, str], limit: int) -> list[str]:
    """The `limit` entries of a time-sorted posting around `key` (half before, half after)."""
    if len(posting) <= limit:
        return [member_id for _, member_id in posting]
    at = bisect_left(posting, key)
    start = max(0, min(at - limit // 2, len(posting) - limit))
    return [member_id for _, member_id in posting[start : start + limit]]


def candidate_pairs(
    members: list[Member],
    frequencies: DocumentFrequencies,
    block_terms: int,
    max_candidates: int,
) -> set[Pair]:
    """Pairs (smaller id first) worth scoring: members sharing most of their rarest terms."""
    keys_of = {m.id: frequencies.rarest(m.terms, block_terms) for m in members}
    key_of = {m.id: time_key(m) for m in members}
    postings: dict[str, list[tuple[str, str]]] = {}
    for member in members:
        for term in keys_of[member.id]:
            postings.setdefault(term, []).append(key_of[member.id])
    for posting in postings.values():
        posting.sort()
    pairs: set[Pair] = set()
    for member in members:
        shared: Counter[str] = Counter()
        for term in keys_of[member.id]:
            shared.update(nearest(postings[term], key_of[member.id], POSTINGS_READ))
        del shared[member.id]
        # the best few of up to block_terms x POSTINGS_READ: a heap, not a sort of them all
        ranked = heapq.nsmallest(max_candidates, shared, key=lambda other: (-shared[other], other))
        pairs.update((min(member.id, other), max(member.id, other)) for other in ranked)
    return pairs


def apart_days(left: DateRange | None, right: DateRange | None) -> int:
    """Days between two windows (0 when they overlap or either is unknown)."""
    if left is None or right is None or not (left.start and right.start):
        return 0
    gap = max(
        days_between(left.end or left.start, right.start),
        days_between(right.end or right.start, left.start),
    )
    return max(gap, 0)


def pair_scores(pairs: set[Pair], vectors: dict[str, TermWeights]) -> dict[Pair, float]:
    """Cosine of each pair's TF-IDF vectors."""
    return {(left, right): cosine(vectors[left], vectors[right]) for left, right in sorted(pairs)}


# How a publication date was found (`DateRange.basis`) that may keep two reports apart. A
# date cleaning read in the body text ("Published: April 16, 2013", a dateline, an update
# line) may be another day's, and follow-up reports weeks later are common: on the ECB+ dev
# pipeline, 134 of 137 alike pairs dated from the text and over 7 days apart are one event.
BOUNDING_BASES = frozenset({"metadata", "html"})


def far_apart(members: list[Member], pairs: set[Pair], window_days: int) -> set[Pair]:
    """Pairs published further apart than `window_days`, by dates from metadata or markup."""
    window_of = {
        member.id: member.window
        for member in members
        if member.window is not None and member.window.basis in BOUNDING_BASES
    }
    return {
        (left, right)
        for left, right in pairs
        if apart_days(window_of.get(left), window_of.get(right)) > window_days
    }


def nearest_neighbours(scores: dict[Pair, float], count: int) -> dict[str, set[str]]:
    """Each article's `count` most similar articles (ties by id), itself included."""
    scored: dict[str, list[tuple[float, str]]] = {}
    for (left, right), score in scores.items():
        scored.setdefault(left, []).append((-score, right))
        scored.setdefault(right, []).append((-score, left))
    return {
        member_id: {other for _, other in sorted(found)[:count]} | {member_id}
        for member_id, found in scored.items()
    }


def shared_neighbours(
    scores: dict[Pair, float], count: int, least_similarity: float
) -> dict[Pair, float]:
    """Geometric mean of the share of nearest neighbours in common and the cosine itself.

    Pairs less than `least_similarity` alike are left out, as neighbours and as pairs:
    they would be neighbours only for want of closer ones.  The share is counted
    against the smaller neighbourhood, so a happening with few reports is not
    outvoted by a larger one nearby; the cosine breaks the ties of a small corpus,
    where every article is every other's neighbour.
    """
    alike = {pair: score for pair, score in scores.items() if score >= least_similarity}
    neighbours = nearest_neighbours(alike, count)
    shared = {}
    for (left, right), score in alike.items():
        mine, theirs = neighbours[left], neighbours[right]
        share = len(mine & theirs) / min(len(mine), len(theirs))
        shared[(left, right)] = math.sqrt(share * score)
    return shared
