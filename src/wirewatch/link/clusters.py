"""An online clustering index: summed term profiles, postings for blocking, cosine.

Events cluster articles; storylines cluster events.  Everything the index holds
is a sum over members (document frequencies, term sums, profiles, postings), so
replaying stored members rebuilds the same index as a one-shot run.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice

from wirewatch.link.features import DocumentFrequencies, TermWeights, add_into, cosine
from wirewatch.link.timing import span_of, within
from wirewatch.model import DateRange

# Terms of a cluster kept in its profile (compared and indexed): bounds the cost per comparison.
PROFILE_TERMS = 200
# Clusters read per blocking term, newest first: keeps the cost per member flat as a corpus grows.
POSTINGS_READ = 300


def newest(posting: dict[str, None], limit: int) -> Iterator[str]:
    """The `limit` clusters last added under a term: bounds the work per member."""
    return islice(reversed(posting), limit)


@dataclass
class ClusterState:
    """What the index knows of one cluster: summed member terms and its dates."""

    id: str
    terms: TermWeights = field(default_factory=dict)
    profile: TermWeights = field(default_factory=dict)
    span: DateRange | None = None
    size: int = 0


class ClusterIndex:
    """Clusters seen so far, with postings from profile terms to clusters (the blocking).

    `window_days`: a member joins only clusters whose dates lie within this many days
    of its own, counted from the cluster's first day when `anchored` (an event does not
    drift along a chain of reports), else from any of its days (a storyline may).
    `block_terms` rarest terms of a member find candidates, of which the
    `max_candidates` sharing most are compared.
    """

    def __init__(
        self, window_days: int, block_terms: int, max_candidates: int, anchored: bool
    ) -> None:
        self.window_days = window_days
        self.anchored = anchored
        self.block_terms = block_terms
        self.max_candidates = max_candidates
        self.frequencies = DocumentFrequencies()
        self.clusters: dict[str, ClusterState] = {}
        # term -> clusters whose profile holds it, oldest first (a dict is an ordered set)
        self.postings: dict[str, dict[str, None]] = {}

    def attach(self, cluster_id: str, terms: TermWeights, window: DateRange | None) -> None:
        state = self.clusters.setdefault(cluster_id, ClusterState(cluster_id))
        add_into(state.terms, terms)
        state.size += 1
        state.span = span_of([state.span, window])
        old_profile = state.profile
        state.profile = dict(
            heapq.nlargest(PROFILE_TERMS, state.terms.items(), key=lambda item: (item[1], item[0]))
        )
        for term in old_profile.keys() - state.profile.keys():
            del self.postings[term][cluster_id]
        for term in sorted(state.profile.keys() - old_profile.keys()):
            self.postings.setdefault(term, {})[cluster_id] = None

    def candidates(self, terms: TermWeights, window: DateRange | None) -> list[str]:
        """Clusters sharing most of the member's rarest terms, within the time window."""
        shared: Counter[str] = Counter()
        for term in self.frequencies.rarest(terms, self.block_terms):
            shared.update(newest(self.postings.get(term, {}), POSTINGS_READ))
        slack = self.window_days
        ranked = sorted(shared, key=lambda cluster_id: (-shared[cluster_id], cluster_id))
        in_time = (e for e in ranked if within(window, self.reach(e), slack))
        return [
            cluster_id for _, cluster_id in zip(range(self.max_candidates), in_time, strict=False)
        ]

    def reach(self, cluster_id: str) -> DateRange | None:
        """The days a new member is measured against."""
        span = self.clusters[cluster_id].span
        if self.anchored and span is not None:
            return DateRange(span.start, span.start, span.basis)
        return span

    def best_cluster(
        self, terms: TermWeights, window: DateRange | None
    ) -> tuple[str | None, float]:
        """The most similar candidate cluster and its cosine similarity."""
        member_vector = self.frequencies.weigh(terms)
        best: tuple[str | None, float] = (None, 0.0)
        for cluster_id in self.candidates(terms, window):
            similarity = cosine(
                member_vector, self.frequencies.weigh(self.clusters[cluster_id].profile)
            )
            if similarity > best[1]:
                best = (cluster_id, similarity)
        return best
