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

import heapq
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wirewatch.link.features import DocumentFrequencies, TermWeights, add_into, article_terms, cosine
from wirewatch.link.summaries import describe_event
from wirewatch.link.timing import article_window, days_between, span_of, within
from wirewatch.model import Article, Corpus, DateRange, Event

if TYPE_CHECKING:
    from wirewatch.link.settings import LinkSettings
    from wirewatch.settings import Settings

# Terms of an event kept in its profile (compared and indexed): bounds the cost per comparison.
PROFILE_TERMS = 200


@dataclass
class EventState:
    """What the index knows of one event: summed member terms and its dates."""

    id: str
    terms: TermWeights = field(default_factory=dict)
    profile: TermWeights = field(default_factory=dict)
    span: DateRange | None = None
    size: int = 0


class EventIndex:
    """Events seen so far, with postings from profile terms to events (the blocking)."""

    def __init__(self, settings: LinkSettings) -> None:
        self.settings = settings
        self.frequencies = DocumentFrequencies()
        self.events: dict[str, EventState] = {}
        self.postings: dict[str, set[str]] = {}

    def attach(self, event_id: str, terms: TermWeights, window: DateRange | None) -> None:
        state = self.events.setdefault(event_id, EventState(event_id))
        add_into(state.terms, terms)
        state.size += 1
        state.span = span_of([state.span, window])
        old_profile = state.profile
        state.profile = dict(
            heapq.nlargest(PROFILE_TERMS, state.terms.items(), key=lambda item: (item[1], item[0]))
        )
        for term in old_profile.keys() - state.profile.keys():
            self.postings[term].discard(event_id)
        for term in state.profile.keys() - old_profile.keys():
            self.postings.setdefault(term, set()).add(event_id)

    def candidates(self, terms: TermWeights, window: DateRange | None) -> list[str]:
        """Events sharing most of the article's rarest terms, within the time window."""
        shared: Counter[str] = Counter()
        for term in self.frequencies.rarest(terms, self.settings.block_terms):
            shared.update(self.postings.get(term, ()))
        slack = self.settings.event_window_days
        ranked = sorted(shared, key=lambda event_id: (-shared[event_id], event_id))
        in_time = (e for e in ranked if within(window, self.events[e].span, slack))
        return [event_id for _, event_id in zip(range(self.settings.max_candidates), in_time)]

    def best_event(self, terms: TermWeights, window: DateRange | None) -> tuple[str | None, float]:
        article_vector = self.frequencies.weigh(terms)
        best: tuple[str | None, float] = (None, 0.0)
        for event_id in self.candidates(terms, window):
            similarity = cosine(article_vector, self.frequencies.weigh(self.events[event_id].profile))
            if similarity > best[1]:
                best = (event_id, similarity)
        return best


def narrow(window: DateRange | None, widest_days: int) -> DateRange | None:
    """The window when it pins the happening down; a window of years tells nothing."""
    if window is None or not (window.start and window.end):
        return None
    return window if days_between(window.start, window.end) <= widest_days else None


def event_id_for(article: Article) -> str:
    """Stable: an event is named after the article that started it."""
    return f"event-{article.id}"


def link_article(index: EventIndex, article: Article, terms: TermWeights) -> str:
    """Join the most similar event above the threshold, or start one; returns the event id."""
    window = narrow(article_window(article), index.settings.event_window_days)
    index.frequencies.add(terms)
    event_id, similarity = index.best_event(terms, window)
    if event_id is None or similarity < index.settings.event_threshold:
        event_id = event_id_for(article)
    index.attach(event_id, terms, window)
    return event_id


def link_events(corpus: Corpus, settings: Settings) -> None:
    """Fill `corpus.events` and `Article.event`; stored articles keep their events."""
    link = settings.link
    index = EventIndex(link)
    known_events = {event.id for event in corpus.events}
    originals = [article for article in corpus.articles if article.duplicate_of is None]
    fresh: list[Article] = []
    for article in originals:
        if article.event in known_events:
            terms = article_terms(article, link.entity_weight, link.title_weight)
            index.frequencies.add(terms)
            window = narrow(article_window(article), link.event_window_days)
            index.attach(article.event, terms, window)
        else:
            fresh.append(article)
    for article in fresh:
        terms = article_terms(article, link.entity_weight, link.title_weight)
        article.event = link_article(index, article, terms)
    by_id = {article.id: article for article in corpus.articles}
    for article in corpus.articles:
        if article.duplicate_of is not None and article.duplicate_of in by_id:
            article.event = by_id[article.duplicate_of].event
    corpus.events = build_events(corpus, settings)


def build_events(corpus: Corpus, settings: Settings) -> list[Event]:
    """Event records from the articles' event ids, storylines kept where already known."""
    members: dict[str, list[Article]] = {}
    for article in corpus.articles:
        if article.event is not None:
            members.setdefault(article.event, []).append(article)
    storyline_of = {event.id: event.storyline for event in corpus.events}
    events = [
        describe_event(event_id, articles, settings.link) for event_id, articles in members.items()
    ]
    for event in events:
        event.storyline = storyline_of.get(event.id)
    return sorted(events, key=lambda event: ((event.date.start if event.date else None) or "", event.id))
