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

from wirewatch.link.features import TermWeights

Pair = tuple[str, str]


@dataclass
class Cluster:
    """A group of items: `first` is its smallest item (ties), `members` in no order."""

    members: list[str]
    vector: TermWeights
    first: str
    # summed pair scores to each neighbouring cluster, by cluster number
    links: dict[int, float] = field(default_factory=dict)
    # squared length of `vector`, kept up to date so a large cluster is never re-read whole
    square: float = 0.0
    # whether `vector` is this cluster's own: a single item's is its caller's, not copied
    owned: bool = False


def single(item: str, vector: TermWeights) -> Cluster:
    return Cluster([item], vector, item, square=sum(v * v for v in vector.values()))


def cohesion(left: Cluster, right: Cluster) -> float:
    """Cosine of two clusters' summed vectors, reading only the smaller one: a storyline
    of thousands of terms is checked against each small neighbour in the time of the small."""
    small, large = sorted((left.vector, right.vector), key=len)
    dot = sum(value * large.get(term, 0.0) for term, value in small.items())
    return dot / math.sqrt(left.square * right.square) if dot else 0.0


def joined(left: Cluster, right: Cluster) -> Cluster:
    """The two clusters as one; the smaller's members and vector are added into the larger's,
    which belong to no one else any more, so a growing cluster is never copied whole (a
    single item's vector, its caller's, is copied the first time it grows)."""
    small, large = sorted((left, right), key=lambda cluster: len(cluster.vector))
    vector = large.vector if large.owned else dict(large.vector)
    square = large.square
    for term, value in small.vector.items():
        before = vector.get(term, 0.0)
        vector[term] = before + value
        square += value * (2 * before + value)
    members = large.members
    members.extend(small.members)
    first = min(left.first, right.first)
    return Cluster(members, vector, first, square=square, owned=True)


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
            first, second = sorted((left.first, right.first))
            heapq.heappush(self.queue, (-mean, first, second, a, b))

    def cohesive(self, a: int, b: int) -> bool:
        return cohesion(self.clusters[a], self.clusters[b]) >= self.least_cohesion

    def merge(self, a: int, b: int, merged: int) -> None:
        left, right = self.clusters.pop(a), self.clusters.pop(b)
        cluster = joined(left, right)
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
        agglomeration.clusters[number] = single(item, vectors.get(item, {}))
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
    return sorted(sorted(cluster.members) for cluster in clusters.values())
