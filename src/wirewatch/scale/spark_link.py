"""The link stages (duplicates, events, storylines) as Spark jobs over blocks.

Each gives what its local stage gives (`link.duplicates`, `link.events`, `link.storylines`),
computed where the articles lie; `tests/scale/test_spark_link.py` holds them equal.

- duplicates: MinHash signatures per article, grouped by LSH band (the block key), the
  pairs of each bucket checked by exact Jaccard; copies grouped (union-find on the
  driver, over the copies only) and pointed at each group's earliest article;
- events: raw terms per article, document frequencies counted by term, pairs found in
  blocks (`scale.spark_blocks`), shared neighbours and average link per connected
  component, each cluster named after its earliest article; events described per event;
- storylines: each event's summed terms (its original articles, in corpus order), the
  same blocks and clustering one level up, each chain titled by the names its events share.

Articles travel as `(position, Article)`: the position is the article's place in the
corpus, which fixes the order an event's terms are summed in (float sums follow order).
`link_on_spark` runs a stage over a `Corpus` (as `wirewatch link --engine spark` does);
`bench/bench_spark_link.py` chains the three RDD functions over generated articles.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from itertools import combinations
from typing import TYPE_CHECKING, Any

from wirewatch.link.duplicates import (
    band_layout,
    jaccard,
    likely_pairs,
    shingle_hashes,
    shingles,
    signature,
)
from wirewatch.link.events import event_id_for, publication_day
from wirewatch.link.features import DocumentFrequencies, TermWeights, add_into, article_terms
from wirewatch.link.groups import connected_groups
from wirewatch.link.pairs import Member, apart_days
from wirewatch.link.storylines import date_key, decayed, storyline_title
from wirewatch.link.summaries import describe_event
from wirewatch.link.timing import article_windows, earliest_first, span_of
from wirewatch.model import Article, Corpus, Event, Storyline
from wirewatch.nlp.time.days import parse_day
from wirewatch.nlp.time.windows import evidence_days, newest_credible, published_days
from wirewatch.scale import spark_blocks as blocks

if TYPE_CHECKING:
    from datetime import date

    import numpy as np
    from pyspark import RDD, SparkContext
    from pyspark.broadcast import Broadcast

    from wirewatch.link.settings import LinkSettings

Placed = tuple[int, Article]


def duplicate_roots(
    context: SparkContext, articles: RDD[Placed], link: LinkSettings
) -> dict[str, str]:
    """{copy id: its group's earliest article}, as `link.duplicates.mark_duplicates` sets
    `duplicate_of`: LSH buckets (band, band values) as blocks, exact Jaccard of each
    bucket's pairs on shingle hashes (workers share one string-hash seed, PYTHONHASHSEED)."""
    size, permutations = link.duplicate_shingle_words, link.duplicate_permutations
    threshold = link.duplicate_threshold
    bands, rows = band_layout(threshold, permutations)
    signed = (
        articles.map(lambda row: (row[1].id, shingles(row[1].text, size)))
        .filter(lambda row: row[1])
        .mapValues(lambda found: signature(found, permutations))
        .persist()
    )

    def banded(row: tuple[str, np.ndarray]) -> list[tuple[tuple[int, bytes], str]]:
        values = row[1]
        return [
            ((band, values[band * rows : (band + 1) * rows].tobytes()), row[0])
            for band in range(bands)
        ]

    buckets = signed.flatMap(banded).groupByKey()
    candidates = buckets.flatMap(lambda bucket: combinations(sorted(set(bucket[1])), 2))
    signed_pairs = blocks.with_both(candidates.distinct().map(lambda pair: (pair, None)), signed)
    likely = signed_pairs.filter(
        lambda row: likely_pairs({row[0]}, {row[0][0]: row[2], row[0][1]: row[3]}, threshold)
    )
    hashed = articles.map(lambda row: (row[1].id, shingle_hashes(row[1].text, size)))
    both = blocks.with_both(likely.map(lambda row: (row[0], None)), hashed)
    copies = both.filter(lambda row: jaccard(row[2], row[3]) >= threshold).map(lambda row: row[0])
    group_of = context.broadcast(connected_groups(copies.toLocalIterator()))
    firsts = (
        articles.filter(lambda row: row[1].id in group_of.value)
        .map(lambda row: (group_of.value[row[1].id], (earliest_first(row[1]), row[1].id)))
        .reduceByKey(min)
        .collectAsMap()
    )
    return {
        article_id: firsts[group][1]
        for article_id, group in group_of.value.items()
        if firsts[group][1] != article_id
    }


def with_copies(articles: RDD[Placed], roots: dict[str, str], context: SparkContext) -> RDD[Placed]:
    """The articles with `duplicate_of` set from `duplicate_roots`."""
    known = context.broadcast(roots)

    def marked(row: Placed) -> Placed:
        row[1].duplicate_of = known.value.get(row[1].id)
        return row

    return articles.map(marked)


def reference_day(articles: RDD[Placed], chosen: str | None) -> date | None:
    """`nlp.time.reference_day` of the articles: publication days counted by day (at most
    two of each: only the newest and their gaps matter), else the texts' latest evidence."""
    if parse_day(chosen):
        return parse_day(chosen)
    published = articles.map(lambda row: published_days(row[1])).filter(bool)
    counted = published.map(lambda days: days[1]).countByValue()
    if counted:
        return newest_credible(
            [day for day, n in sorted(counted.items()) for _ in range(min(n, 2))]
        )
    found = articles.flatMap(lambda row: evidence_days(row[1].text))
    return found.max() if not found.isEmpty() else None


def event_members(articles: RDD[Placed], link: LinkSettings) -> RDD[Member]:
    """`link.events.cluster_articles`'s members: terms and publication day, an undated copy
    dated by its original."""
    own = articles.map(
        lambda row: (
            row[1].id,
            (
                article_terms(row[1], link.entity_weight, link.title_weight),
                publication_day(row[1]),
                row[1].duplicate_of,
            ),
        )
    ).persist()
    borrowed = (
        own.filter(lambda row: row[1][1] is None and row[1][2] is not None)
        .map(lambda row: (row[1][2], row[0]))
        .join(own.mapValues(lambda value: value[1]))
        .map(lambda row: (row[1][0], row[1][1]))
    )
    return own.leftOuterJoin(borrowed).map(
        lambda row: Member(row[0], row[1][0][0], row[1][0][1] or row[1][1])
    )


def event_edges(
    context: SparkContext,
    members: RDD[Member],
    frequencies: Broadcast[DocumentFrequencies],
    vectors: RDD[tuple[str, TermWeights]],
    link: LinkSettings,
) -> RDD[blocks.Scored]:
    """Shared-neighbour scores of pairs published near; a penalty for alike pairs far apart."""
    pairs = blocks.candidate_pairs(members, frequencies, link.block_terms, link.max_candidates)
    windows = members.map(lambda member: (member.id, member.window))
    scored = (
        blocks.with_both(blocks.scored_pairs(pairs, vectors), windows)
        .map(lambda row: (row[0], row[1], apart_days(row[2], row[3]) > link.event_window_days))
        .filter(lambda row: row[1] >= link.event_least_similarity)
        .persist()
    )
    near = scored.filter(lambda row: not row[2]).map(lambda row: (row[0], row[1]))
    count, least = link.event_neighbours, link.event_least_similarity
    shared = blocks.shared_neighbours(context, near, count, least)
    apart = scored.filter(lambda row: row[2]).map(lambda row: (row[0], -link.event_apart_penalty))
    return shared.union(apart)


def clusters_of(
    context: SparkContext,
    members: RDD[Member],
    edges_of: Callable[..., RDD[blocks.Scored]],
    threshold: float,
    least_cohesion: float,
) -> RDD[list[str]]:
    """Average-link clusters of members over the edges `edges_of(context, members,
    frequencies, vectors)` gives, TF-IDF vectors from frequencies over the members."""
    frequencies = blocks.frequencies_of(context, members)
    vectors = members.map(lambda member: (member.id, frequencies.value.weigh(member.terms)))
    vectors = vectors.persist()
    edges = edges_of(context, members, frequencies, vectors)
    return blocks.average_link(context, edges, vectors, threshold, least_cohesion)


def event_of(
    context: SparkContext, articles: RDD[Placed], link: LinkSettings
) -> RDD[tuple[str, str]]:
    """(article id, event id) of every article, as `link.events.link_events` sets them."""
    members = event_members(articles, link).persist()
    clusters = clusters_of(
        context,
        members,
        lambda *given: event_edges(*given, link),
        link.event_threshold,
        link.event_least_cohesion,
    )
    cluster_of = clusters.flatMap(lambda found: [(member, found[0]) for member in found])
    keys = articles.map(lambda row: (row[1].id, earliest_first(row[1])))
    named = (
        cluster_of.join(keys)
        .map(lambda row: row[1])
        .reduceByKey(min)
        .mapValues(lambda first: event_id_for(Article(first[1], "", "")))
    )
    found = cluster_of.map(lambda row: (row[1], row[0])).join(named).map(lambda row: row[1])
    found = found.persist()
    copies = articles.filter(lambda row: row[1].duplicate_of is not None)
    originals = copies.map(lambda row: (row[1].duplicate_of, row[1].id)).join(found)
    overridden = originals.map(lambda row: row[1])
    return found.subtractByKey(overridden).union(overridden)


def with_events(articles: RDD[Placed], events: RDD[tuple[str, str]]) -> RDD[Placed]:
    """The articles with `event` set."""

    def marked(row: tuple[str, tuple[Placed, str | None]]) -> Placed:
        placed, event = row[1]
        placed[1].event = event
        return placed

    keyed = articles.map(lambda row: (row[1].id, row))
    return keyed.leftOuterJoin(events).map(marked)


def windows_of(articles: RDD[Placed], now: date | None, kept: dict[str, Any]) -> RDD[Any]:
    """(article id, `ArticleWindow`) as `link.timing.article_windows` keeps them; `kept`: the
    corpus's windows from an earlier run (a broadcast dict, or {})."""

    def window(row: Placed) -> tuple[str, Any]:
        article = row[1]
        one = Corpus(articles=[article])
        if article.id in kept:
            one.windows[article.id] = kept[article.id]
        article_windows(one, now)
        return article.id, one.windows[article.id]

    return articles.map(window)


def described_events(articles: RDD[Placed], windows: RDD[Any], link: LinkSettings) -> RDD[Event]:
    """`link.events.build_events`: one `Event` per event id, described by its articles."""
    dated = articles.map(lambda row: (row[1].id, row[1])).join(windows)
    by_event = dated.filter(lambda row: row[1][0].event is not None).map(
        lambda row: (row[1][0].event, (row[1][0], row[1][1].window))
    )

    def describe(row: tuple[str, Iterable[tuple[Article, Any]]]) -> Event:
        found = list(row[1])
        window_of = {article.id: window for article, window in found}
        return describe_event(row[0], [article for article, _ in found], window_of, link)

    return by_event.groupByKey().map(describe)


def storyline_members(articles: RDD[Placed], link: LinkSettings) -> RDD[Member]:
    """`link.storylines.event_members`: each event's original articles' terms, summed in
    corpus order, and the span of their publication days."""
    originals = articles.filter(
        lambda row: row[1].event is not None and row[1].duplicate_of is None
    ).map(
        lambda row: (
            row[1].event,
            (row[0], article_terms(row[1], link.entity_weight, link.title_weight),
             publication_day(row[1])),
        )
    )  # fmt: skip

    def member(row: tuple[str, Iterable[tuple[int, TermWeights, Any]]]) -> Member:
        terms: TermWeights = {}
        found = sorted(row[1], key=lambda item: item[0])
        for _, weights, _ in found:
            add_into(terms, weights)
        return Member(row[0], terms, span_of(day for _, _, day in found))

    return originals.groupByKey().map(member)


def storyline_edges(
    context: SparkContext,
    members: RDD[Member],
    frequencies: Broadcast[DocumentFrequencies],
    vectors: RDD[tuple[str, TermWeights]],
    link: LinkSettings,
) -> RDD[blocks.Scored]:
    """Cosines of candidate pairs of events, decayed by the days between them."""
    pairs = blocks.candidate_pairs(members, frequencies, link.block_terms, link.max_candidates)
    scored = blocks.with_both(blocks.scored_pairs(pairs, vectors), members.keyBy(lambda m: m.id))
    return scored.flatMap(lambda row: decayed({row[0]: row[1]}, [row[2], row[3]], link).items())


def storylines_of(
    context: SparkContext,
    articles: RDD[Placed],
    events: RDD[Event],
    names: dict[str, Counter[str]],
    link: LinkSettings,
) -> RDD[tuple[Storyline, list[Event]]]:
    """Each storyline with its events (in date order, `storyline` set), as
    `link.storylines.link_storylines` makes them; `names`: `names_by_event` of the corpus."""
    members = storyline_members(articles, link)
    # An event without an original article (never made by `link_events`) is one alone.
    bare = events.map(lambda e: (e.id, None)).subtractByKey(members.keyBy(lambda m: m.id))
    members = members.union(bare.map(lambda row: Member(row[0], {}, None))).persist()
    clusters = clusters_of(
        context,
        members,
        lambda *given: storyline_edges(*given, link),
        link.storyline_threshold,
        link.storyline_least_cohesion,
    )
    known = context.broadcast(names)

    def chained(found: Iterable[Event]) -> tuple[Storyline, list[Event]]:
        chain = sorted(found, key=date_key)
        storyline = Storyline(
            f"storyline-{chain[0].id}", storyline_title(chain, known.value), [e.id for e in chain]
        )
        for event in chain:
            event.storyline = storyline.id
        return storyline, chain

    cluster_of = clusters.flatMap(lambda found: [(member, found[0]) for member in found])
    keyed = events.keyBy(lambda event: event.id).join(cluster_of)
    return (
        keyed.map(lambda row: (row[1][1], row[1][0])).groupByKey().map(lambda row: chained(row[1]))
    )
