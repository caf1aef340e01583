"""Linking's blocking, scoring and clustering as Spark jobs over blocks.

The same pairs, scores and clusters as `link.pairs` and `link.agglomerate` give in one
process, computed where the data lies:

- document frequencies: a count by term, broadcast to every task;
- candidate pairs: members grouped by block key (each of their `block_terms` rarest
  terms); in each block, each member's `POSTINGS_READ` nearest in time; grouped by member,
  the `max_candidates` sharing most blocks (ties by id), as `link.pairs.candidate_pairs`;
- scores: each pair joined with both members' vectors, the cosine in the task;
- clusters: average link merges only along scored pairs, so it runs per connected
  component of the pair graph, one task per component.  The driver finds the components
  (union-find over the pairs, streamed); a merge in one component never changes another,
  and within one the merge order is the one process's (see `link.agglomerate`).

Everything runs on RDDs of `link.pairs.Member` (id, raw terms, window), so events (members
are articles) and storylines (members are events) share it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from operator import add
from typing import TYPE_CHECKING, Any

from wirewatch.link import agglomerate, pairs
from wirewatch.link.features import DocumentFrequencies, TermWeights, cosine
from wirewatch.link.groups import connected_groups
from wirewatch.link.pairs import POSTINGS_READ, Member, Pair, nearest, time_key

if TYPE_CHECKING:
    from pyspark import RDD, SparkContext
    from pyspark.broadcast import Broadcast

Scored = tuple[Pair, float]


def frequencies_of(context: SparkContext, members: RDD[Member]) -> Broadcast[DocumentFrequencies]:
    """Document frequencies over every member, counted by term, broadcast."""
    counts = members.flatMap(lambda member: member.terms.keys()).map(lambda t: (t, 1))
    frequencies = DocumentFrequencies()
    frequencies.documents = members.count()
    frequencies.counts = Counter(counts.reduceByKey(add).collectAsMap())
    return context.broadcast(frequencies)


def candidate_pairs(
    members: RDD[Member],
    frequencies: Broadcast[DocumentFrequencies],
    block_terms: int,
    max_candidates: int,
) -> RDD[Pair]:
    """`link.pairs.candidate_pairs`, grouped by block key, then by member."""

    def block_keys(member: Member) -> Iterator[tuple[str, tuple[str, str]]]:
        key = time_key(member)
        for term in frequencies.value.rarest(member.terms, block_terms):
            yield term, key

    def nearest_in_block(keys: Iterable[tuple[str, str]]) -> Iterator[tuple[str, list[str]]]:
        posting = sorted(keys)
        for key in posting:
            yield key[1], nearest(posting, key, POSTINGS_READ)

    def ranked(item: tuple[str, Iterable[list[str]]]) -> list[Pair]:
        member_id, found = item
        shared: Counter[str] = Counter()
        for near in found:
            shared.update(near)
        del shared[member_id]
        best = sorted(shared, key=lambda other: (-shared[other], other))[:max_candidates]
        return [(min(member_id, other), max(member_id, other)) for other in best]

    blocks = members.flatMap(block_keys).groupByKey()
    return (
        blocks.flatMap(lambda block: nearest_in_block(block[1]))
        .groupByKey()
        .flatMap(ranked)
        .distinct()
    )


def with_both(rows: RDD[tuple[Pair, Any]], values: RDD[tuple[str, Any]]) -> RDD[tuple[Any, ...]]:
    """(pair, payload, left member's value, right member's value): a join on each side."""
    left = rows.map(lambda row: (row[0][0], row)).join(values)
    by_right = left.map(lambda row: (row[1][0][0][1], (row[1][0], row[1][1])))
    return by_right.join(values).map(lambda row: (*row[1][0][0], row[1][0][1], row[1][1]))


def scored_pairs(pairs: RDD[Pair], vectors: RDD[tuple[str, TermWeights]]) -> RDD[Scored]:
    """Each pair's cosine (`link.pairs.pair_scores`)."""
    return with_both(pairs.map(lambda pair: (pair, None)), vectors).map(
        lambda row: (row[0], cosine(row[2], row[3]))
    )


def component_of(context: SparkContext, edges: RDD[Scored]) -> RDD[tuple[str, str]]:
    """(member id, component id) of every member of an edge: union-find on the driver over
    the edges, streamed one partition at a time."""
    group_of = connected_groups(edges.map(lambda edge: edge[0]).toLocalIterator())
    return context.parallelize(sorted(group_of.items()), max(1, context.defaultParallelism))


def by_component(
    edges: RDD[Scored],
    components: RDD[tuple[str, str]],
    values: RDD[tuple[str, Any]] | None = None,
) -> RDD[tuple[list[Scored], list[tuple[str, Any]]]]:
    """The edges of each connected component, with the `values` of its members if given."""
    edges_by = (
        edges.map(lambda edge: (edge[0][0], edge))
        .join(components)
        .map(lambda row: (row[1][1], row[1][0]))
    )
    if values is None:
        return edges_by.groupByKey().map(lambda row: (list(row[1]), []))
    members = components.join(values).map(lambda row: (row[1][0], (row[0], row[1][1])))
    return edges_by.cogroup(members).map(lambda row: (list(row[1][0]), list(row[1][1])))


def shared_neighbours(
    context: SparkContext, alike: RDD[Scored], count: int, least_similarity: float
) -> RDD[Scored]:
    """`link.pairs.shared_neighbours` per connected component: a member's neighbours are
    among its own pairs, so a pair's share is read within its component."""
    components = component_of(context, alike)
    return by_component(alike, components).flatMap(
        lambda row: pairs.shared_neighbours(dict(row[0]), count, least_similarity).items()
    )


def average_link(
    context: SparkContext,
    edges: RDD[Scored],
    vectors: RDD[tuple[str, TermWeights]],
    threshold: float,
    least_cohesion: float,
) -> RDD[list[str]]:
    """`link.agglomerate.average_link` over every member of `vectors`: one task per connected
    component of the nonzero edges, a member of none its own cluster."""
    linked = edges.filter(lambda edge: edge[1] != 0).persist()

    def cluster(row: tuple[list[Scored], list[tuple[str, TermWeights]]]) -> list[list[str]]:
        scores, members = dict(row[0]), dict(row[1])
        return agglomerate.average_link(members, scores, members, threshold, least_cohesion)

    components = component_of(context, linked).persist()
    clustered = by_component(linked, components, vectors).flatMap(cluster)
    alone = vectors.subtractByKey(components).map(lambda row: [row[0]])
    return clustered.union(alone)
