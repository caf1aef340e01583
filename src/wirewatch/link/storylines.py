"""Storylines: events chained by shared actors and themes across longer gaps.

Events are clustered the way articles are clustered into events, one level up:
in order of their dates, each event joins the storyline whose summed terms
(TF-IDF over its events' articles, entities weighted up) are most similar, if
above `storyline_threshold` and within `storyline_gap_days` of the storyline's
dates, or starts a new one.  Comparing with the whole storyline rather than
with its nearest event keeps a chain of small resemblances from merging
unrelated happenings that only share a country or a kind ("a shooting").

Storylines are a function of the events alone, so an incremental run gives the
same storylines as a one-shot run.  A storyline's title is its own: the names (resolved
entities) most of its events share, not its first event's headline again.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from wirewatch.link.clusters import ClusterIndex
from wirewatch.link.features import TermWeights, add_into, article_terms
from wirewatch.model import Corpus, Event, Storyline

if TYPE_CHECKING:
    from wirewatch.link.settings import LinkSettings
    from wirewatch.settings import Settings


def event_terms(corpus: Corpus, link: LinkSettings) -> dict[str, TermWeights]:
    """Summed terms of each event's original articles (copies add nothing new)."""
    sums: dict[str, TermWeights] = {}
    for article in corpus.articles:
        if article.event is not None and article.duplicate_of is None:
            terms = article_terms(article, link.entity_weight, link.title_weight)
            add_into(sums.setdefault(article.event, {}), terms)
    return sums


# How many names a storyline's title gives: those shared by the most of its events.
TITLE_NAMES = 3


def names_by_event(corpus: Corpus) -> dict[str, Counter[str]]:
    """How often each resolved entity's name is mentioned in each event's original articles."""
    name_of = {entity.id: entity.name for entity in corpus.entities}
    counts: dict[str, Counter[str]] = {}
    for article in corpus.articles:
        if article.event is not None and article.duplicate_of is None:
            found = counts.setdefault(article.event, Counter())
            found.update(name_of[m.entity] for m in article.mentions if m.entity in name_of)
    return counts


def storyline_title(chain: list[Event], names: dict[str, Counter[str]]) -> str:
    """The names the most of `chain`'s events mention ("Iceland, Norway, Bjarki Arnarsson");
    among equals, those its headlines name, then the most mentioned; the first event's title
    when its events name nobody."""
    events_naming: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    for event in chain:
        found = names.get(event.id, Counter())
        events_naming.update(found.keys())
        mentions.update(found)
    headlines = [event.title.casefold() for event in chain]

    def rank(name: str) -> tuple[int, int, int, str]:
        in_headlines = sum(name.casefold() in headline for headline in headlines)
        return -events_naming[name], -in_headlines, -mentions[name], name

    return ", ".join(sorted(events_naming, key=rank)[:TITLE_NAMES]) or chain[0].title


def in_date_order(events: list[Event]) -> list[Event]:
    return sorted(events, key=lambda event: (event.date.start if event.date else "", event.id))


def storyline_of_events(events: list[Event], corpus: Corpus, link: LinkSettings) -> dict[str, str]:
    """Each event id to the id of the first event of its storyline."""
    index = ClusterIndex(
        link.storyline_gap_days, link.block_terms, link.max_candidates, anchored=False
    )
    terms_of = event_terms(corpus, link)
    chosen: dict[str, str] = {}
    for event in events:
        terms = terms_of.get(event.id, {})
        index.frequencies.add(terms)
        storyline, similarity = index.best_cluster(terms, event.date)
        if storyline is None or similarity < link.storyline_threshold:
            storyline = event.id
        index.attach(storyline, terms, event.date)
        chosen[event.id] = storyline
    return chosen


def link_storylines(corpus: Corpus, settings: Settings) -> None:
    """Fill `corpus.storylines` and `Event.storyline` from the corpus's events."""
    events = in_date_order(corpus.events)
    first_event_of = storyline_of_events(events, corpus, settings.link)
    members: dict[str, list[Event]] = {}
    for event in events:
        members.setdefault(first_event_of[event.id], []).append(event)
    corpus.storylines = []
    names = names_by_event(corpus)
    for first, chain in members.items():
        storyline = Storyline(
            f"storyline-{first}", storyline_title(chain, names), [e.id for e in chain]
        )
        for event in chain:
            event.storyline = storyline.id
        corpus.storylines.append(storyline)
