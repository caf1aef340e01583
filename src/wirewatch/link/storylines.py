"""Storylines: events chained by shared actors and themes across longer gaps.

Steps: event profiles (summed TF-IDF terms of their articles, entities weighted
up) → block (events sharing rare terms) → compare (cosine, and a gap in days no
longer than `storyline_gap_days` when dates are known) → chain (single link:
A~B and B~C make one storyline).  Storylines are a function of the events alone,
so an incremental run gives the same storylines as a one-shot run; ids are
named after each storyline's first event, so they stay put as storylines grow.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from typing import TYPE_CHECKING

from wirewatch.link.groups import connected_groups
from wirewatch.link.features import DocumentFrequencies, TermWeights, add_into, article_terms, cosine
from wirewatch.link.timing import days_between
from wirewatch.model import Corpus, DateRange, Event, Storyline

if TYPE_CHECKING:
    from wirewatch.link.settings import LinkSettings
    from wirewatch.settings import Settings

PROFILE_TERMS = 200
DAYS_PER_YEAR = 365


def event_profiles(corpus: Corpus, link: LinkSettings) -> tuple[dict[str, TermWeights], DocumentFrequencies]:
    """Summed terms of each event's original articles (copies add nothing new)."""
    frequencies = DocumentFrequencies()
    sums: dict[str, TermWeights] = {}
    for article in corpus.articles:
        if article.event is None or article.duplicate_of is not None:
            continue
        terms = article_terms(article, link.entity_weight, link.title_weight)
        frequencies.add(terms)
        add_into(sums.setdefault(article.event, {}), terms)
    profiles = {
        event_id: dict(heapq.nlargest(PROFILE_TERMS, terms.items(), key=lambda item: (item[1], item[0])))
        for event_id, terms in sums.items()
    }
    return profiles, frequencies


def gap_days(left: DateRange | None, right: DateRange | None) -> int:
    """Days between two date ranges (0 when they overlap or either is unknown)."""
    if left is None or right is None or not (left.start and right.start):
        return 0
    if left.start > right.start:
        left, right = right, left
    return max(0, days_between(left.end or left.start, right.start))


def required_similarity(gap: int, link: LinkSettings) -> float:
    """The further apart two events, the more alike they must be (never past the longest gap)."""
    if gap > link.storyline_gap_days:
        return math.inf
    return link.storyline_threshold + link.storyline_gap_penalty * gap / DAYS_PER_YEAR


def chained_pairs(events: list[Event], corpus: Corpus, link: LinkSettings) -> list[tuple[str, str]]:
    """Pairs of events close enough in content and time to share a storyline."""
    profiles, frequencies = event_profiles(corpus, link)
    vectors = {event_id: frequencies.weigh(terms) for event_id, terms in profiles.items()}
    dates = {event.id: event.date for event in events}
    postings: dict[str, list[str]] = {}
    pairs = []
    for event in events:
        if event.id not in profiles:
            continue
        keys = frequencies.rarest(profiles[event.id], link.block_terms)
        shared = Counter(other for key in keys for other in postings.get(key, ()))
        for other, _ in shared.most_common(link.max_candidates):
            needed = required_similarity(gap_days(dates[event.id], dates[other]), link)
            if cosine(vectors[event.id], vectors[other]) >= needed:
                pairs.append((other, event.id))
        for key in keys:
            postings.setdefault(key, []).append(event.id)
    return pairs


def link_storylines(corpus: Corpus, settings: Settings) -> None:
    """Fill `corpus.storylines` and `Event.storyline` from the corpus's events."""
    events = sorted(corpus.events, key=lambda e: ((e.date.start if e.date else None) or "", e.id))
    group_of = connected_groups(chained_pairs(events, corpus, settings.link))
    members: dict[str, list[Event]] = {}
    for event in events:
        members.setdefault(group_of.get(event.id, event.id), []).append(event)
    corpus.storylines = []
    for chain in members.values():
        storyline = Storyline(f"storyline-{chain[0].id}", chain[0].title, [e.id for e in chain])
        for event in chain:
            event.storyline = storyline.id
        corpus.storylines.append(storyline)
