"""Events: articles about the same real-world happening, by online clustering.

Each new article, in the order articles arrive, joins the most similar recent
event above `event_threshold`, or starts a new one.  Steps: features (TF-IDF
over lemmas, entities weighted up, IDF from the articles seen so far) → block
(events sharing the article's rarest terms, within the time window) → compare
(cosine with each candidate event's profile) → decide.

Incremental: articles already attached to an event keep it.  Before new
articles are linked, the stored ones are replayed into the index: document
frequencies, event sums and postings are all sums over member articles, so the
index is the same as if everything had been linked in one run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirewatch.link.clusters import ClusterIndex
from wirewatch.link.features import (
    TermWeights,
    article_terms,
)
from wirewatch.link.summaries import describe_event
from wirewatch.link.timing import article_window
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
    """Stable: an event is named after the article that started it."""
    return f"event-{article.id}"


def link_article(
    index: ClusterIndex,
    article: Article,
    terms: TermWeights,
    window: DateRange | None,
    threshold: float,
) -> str:
    """Join the most similar event above the threshold, or start one; returns the event id."""
    index.frequencies.add(terms)
    event_id, similarity = index.best_cluster(terms, window)
    if event_id is None or similarity < threshold:
        event_id = event_id_for(article)
    index.attach(event_id, terms, window)
    return event_id


def link_events(corpus: Corpus, settings: Settings) -> None:
    """Fill `corpus.events` and `Article.event`; stored articles keep their events."""
    link = settings.link
    index = ClusterIndex(
        link.event_window_days, link.block_terms, link.max_candidates, anchored=True
    )
    now = reference_day(corpus.articles, settings.nlp.reference_date)
    windows = {article.id: article_window(article, now) for article in corpus.articles}
    known_events = {event.id for event in corpus.events}
    originals = [article for article in corpus.articles if article.duplicate_of is None]
    fresh: list[Article] = []
    for article in originals:
        if article.event in known_events:
            terms = article_terms(article, link.entity_weight, link.title_weight)
            index.frequencies.add(terms)
            index.attach(article.event, terms, publication_day(article))
        else:
            fresh.append(article)
    for article in fresh:
        terms = article_terms(article, link.entity_weight, link.title_weight)
        article.event = link_article(
            index, article, terms, publication_day(article), link.event_threshold
        )
    by_id = {article.id: article for article in corpus.articles}
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
