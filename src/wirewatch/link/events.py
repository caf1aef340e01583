"""Events: articles about the same real-world happening, clustered as a set.

Steps: features (TF-IDF over lemmas, entities weighted up, IDF from the whole
set of articles) → block (articles sharing their rarest terms, nearest in time)
→ compare (cosine of each candidate pair; pairs published further apart than
`event_window_days` do not count) → neighbours (the share of their
`event_neighbours` nearest articles two articles have in common) → cluster
(average link over those shares, stopping at `event_threshold`) → name (each
event after its earliest article).

Every step reads the set of articles, never the order they arrived in, so any
arrival order and any split into batches (older batches after newer ones
included) give the same events.  An incremental run re-links the whole stored
set with the new articles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirewatch.link.agglomerate import average_link
from wirewatch.link.features import DocumentFrequencies, TermWeights, article_terms
from wirewatch.link.pairs import (
    Member,
    candidate_pairs,
    far_apart,
    pair_scores,
    shared_neighbours,
)
from wirewatch.link.summaries import describe_event
from wirewatch.link.timing import article_windows, earliest_first
from wirewatch.model import Article, Corpus, DateRange, Event
from wirewatch.nlp.time import reference_day

if TYPE_CHECKING:
    from wirewatch.link.settings import LinkSettings
    from wirewatch.settings import Settings


def publication_day(article: Article) -> DateRange | None:
    """The window that bounds linking: publication, which metadata gives reliably.

    Dates read from the text also name earlier happenings ("the 2005 quake"), so they
    date an event (`Event.date`) but do not keep two reports of it apart.
    """
    published = article.published
    if published is None or not published.start:
        return None
    return DateRange(published.start[:10], (published.end or published.start)[:10], published.basis)


def event_id_for(article: Article) -> str:
    """Stable: an event is named after its earliest article (publication date, then id)."""
    return f"event-{article.id}"


def corpus_frequencies(members: list[Member]) -> DocumentFrequencies:
    """Document frequencies over the whole set of articles linked."""
    frequencies = DocumentFrequencies()
    for member in members:
        frequencies.add(member.terms)
    return frequencies


def weighed_members(
    articles: list[Article], frequencies: DocumentFrequencies, link: LinkSettings
) -> tuple[list[Member], dict[str, TermWeights]]:
    """Each article with its blocking terms only (the rarest, with their weights), and its
    TF-IDF vector.  Terms are read again here rather than kept from counting: at 100,000
    articles every article's terms held at once were about a GB."""
    by_id = {article.id: article for article in articles}
    members = []
    vectors = {}
    for article in articles:
        terms = article_terms(article, link.entity_weight, link.title_weight)
        keys = frequencies.rarest(terms, link.block_terms)
        day = publication_day(article) or publication_day(by_id.get(article.duplicate_of, article))
        members.append(Member(article.id, {key: terms[key] for key in keys}, day))
        vectors[article.id] = frequencies.weigh(terms)
    return members, vectors


def cluster_articles(articles: list[Article], link: LinkSettings) -> list[list[str]]:
    """Groups of article ids, one per happening.

    Copies take part: a story carried by many outlets is a stronger neighbourhood.
    An undated copy is dated by its original: it is the same report.
    """
    frequencies = DocumentFrequencies()
    for article in articles:
        frequencies.add(article_terms(article, link.entity_weight, link.title_weight))
    members, vectors = weighed_members(articles, frequencies, link)
    pairs = candidate_pairs(members, frequencies, link.block_terms, link.max_candidates)
    # Pairs less alike count neither as neighbours nor against merging: dropped at once,
    # most pairs (four in five on the synthetic corpus) are not held through clustering.
    alike = {
        pair: score
        for pair, score in pair_scores(pairs, vectors).items()
        if score >= link.event_least_similarity
    }
    del pairs
    apart = far_apart(members, set(alike), link.event_window_days)
    near = {pair: score for pair, score in alike.items() if pair not in apart}
    del alike
    shared = shared_neighbours(near, link.event_neighbours, link.event_least_similarity)
    # alike but published far apart: two happenings of one kind, so a pair against merging
    for pair in apart:
        shared[pair] = -link.event_apart_penalty
    return average_link(
        [member.id for member in members],
        shared,
        vectors,
        link.event_threshold,
        link.event_least_cohesion,
    )


def link_events(corpus: Corpus, settings: Settings) -> None:
    """Fill `corpus.events` and `Article.event` from the whole set of articles."""
    link = settings.link
    now = reference_day(corpus.articles, settings.nlp.reference_date)
    windows = article_windows(corpus, now)
    by_id = {article.id: article for article in corpus.articles}
    for group in cluster_articles(corpus.articles, link):
        first = min((by_id[article_id] for article_id in group), key=earliest_first)
        for article_id in group:
            by_id[article_id].event = event_id_for(first)
    for article in corpus.articles:
        if article.duplicate_of is not None and article.duplicate_of in by_id:
            article.event = by_id[article.duplicate_of].event
    corpus.events = build_events(corpus, windows, link)


def build_events(
    corpus: Corpus, windows: dict[str, DateRange | None], link: LinkSettings
) -> list[Event]:
    """Event records from the articles' event ids, storylines kept where already known."""
    members: dict[str, list[Article]] = {}
    for article in corpus.articles:
        if article.event is not None:
            members.setdefault(article.event, []).append(article)
    storyline_of = {event.id: event.storyline for event in corpus.events}
    events = [
        describe_event(event_id, articles, windows, link) for event_id, articles in members.items()
    ]
    for event in events:
        event.storyline = storyline_of.get(event.id)
    return sorted(events, key=lambda event: (event.date.start if event.date else "", event.id))
