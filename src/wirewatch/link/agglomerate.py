"""Average-link agglomerative clustering over a sparse graph of scored pairs.

Each item starts alone; the two clusters whose mean pair score is highest merge,
until no two clusters reach `threshold`.  Pairs absent from the graph count as
score 0 (blocking judged them unrelated), so a cluster grows only where most of
its pairs are alike.  A merge also needs the two clusters' summed vectors to be
at least `least_cohesion` alike (cosine): where pair scores cannot tell (a corpus
so small that every article is every other's neighbour), what the groups say as
a whole still must match.  Ties are broken by the clusters' smallest item ids, so
the result depends on the items and scores alone, never on the order they came in.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from wirewatch.link.features import TermWeights, add_into, cosine

Pair = tuple[str, str]


@dataclass
class Cluster:
    members: list[str]
    vector: TermWeights
    # summed pair scores to each neighbouring cluster, by cluster number
    links: dict[int, float] = field(default_factory=dict)


def unit(vector: TermWeights) -> TermWeights:
    norm = math.sqrt(sum(value * value for value in vector.values())) or 1.0
    return {term: value / norm for term, value in vector.items()}


class Agglomeration:
    """The clusters and the queue of candidate merges, best mean score first."""

    def __init__(self, threshold: float, least_cohesion: float) -> None:
        self.threshold = threshold
        self.least_cohesion = least_cohesion
        self.clusters: dict[int, Cluster] = {}
        self.queue: list[tuple[float, str, str, int, int]] = []

    def offer(self, a: int, b: int) -> None:
        """Queue the merge of two neighbouring clusters if their mean score reaches the bar."""
        left, right = self.clusters[a], self.clusters[b]
        mean = left.links[b] / (len(left.members) * len(right.members))
        if mean >= self.threshold:
            first, second = sorted((left.members[0], right.members[0]))
            heapq.heappush(self.queue, (-mean, first, second, a, b))

    def cohesive(self, a: int, b: int) -> bool:
        left, right = self.clusters[a].vector, self.clusters[b].vector
        return cosine(unit(left), unit(right)) >= self.least_cohesion

    def merge(self, a: int, b: int, merged: int) -> None:
        left, right = self.clusters.pop(a), self.clusters.pop(b)
        vector = dict(left.vector)
        add_into(vector, right.vector)
        cluster = Cluster(sorted(left.members + right.members), vector)
        self.clusters[merged] = cluster
        for old, side in ((a, left), (b, right)):
            for neighbour, total in side.links.items():
                if neighbour in (a, b):
                    continue
                cluster.links[neighbour] = cluster.links.get(neighbour, 0.0) + total
                del self.clusters[neighbour].links[old]
        for neighbour, total in sorted(cluster.links.items()):
            self.clusters[neighbour].links[merged] = total
            self.offer(merged, neighbour)

    def run(self) -> None:
        next_number = len(self.clusters)
        while self.queue:
            _, _, _, a, b = heapq.heappop(self.queue)
            if a not in self.clusters or b not in self.clusters:
                continue  # one side has merged since
            if not self.cohesive(a, b):
                continue
            self.merge(a, b, next_number)
            next_number += 1


def average_link(
    items: Iterable[str],
    scores: dict[Pair, float],
    vectors: dict[str, TermWeights],
    threshold: float,
    least_cohesion: float,
) -> list[list[str]]:
    """Clusters of `items` (each sorted, the list sorted by first item)."""
    agglomeration = Agglomeration(threshold, least_cohesion)
    number_of: dict[str, int] = {}
    for number, item in enumerate(sorted(set(items))):
        # not copied: a merge makes a new summed vector, never changes its clusters' own
        agglomeration.clusters[number] = Cluster([item], vectors.get(item, {}))
        number_of[item] = number
    clusters = agglomeration.clusters
    for (left, right), score in sorted(scores.items()):
        a, b = number_of[left], number_of[right]
        if a != b and score != 0:
            clusters[a].links[b] = clusters[a].links.get(b, 0.0) + score
            clusters[b].links[a] = clusters[b].links.get(a, 0.0) + score
    for a, cluster in clusters.items():
        for b in sorted(cluster.links):
            if a < b:
                agglomeration.offer(a, b)
    agglomeration.run()
    return sorted(cluster.members for cluster in clusters.values())
