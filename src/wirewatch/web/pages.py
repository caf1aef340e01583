"""What each page shows, gathered from the library: plain data for the templates.

One function per page that needs more than a lookup; each raises `LookupError` with a
one-line reason when the thing asked for is not in the store (the app answers 404).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wirewatch.model import Article, Contradiction, Entity, Event, Quote, Storyline
from wirewatch.report import charts
from wirewatch.report.brief import EventBrief
from wirewatch.web.library import Library


@dataclass
class StorylinePage:
    storyline: Storyline
    events: list[EventBrief]
    chart: str | None


@dataclass
class EventPage:
    event: Event
    brief: EventBrief
    reports: list[Article]
    storyline: Storyline | None
    disagreements: list[Contradiction]


@dataclass
class SaidBy:
    """One statement of a person: the quote group's first quote and every article carrying it."""

    words: str
    quotes: list[Quote]


@dataclass
class PersonPage:
    person: Entity
    statements: list[SaidBy]
    mentioned_in: list[Article]


@dataclass
class OutletPage:
    outlet: str
    articles: list[Article]
    events: list[Event]
    alone: list[Event]  # events only this outlet reported
    disagreements: list[tuple[Contradiction, str]] = field(default_factory=list)
    chart: str | None = None

    @property
    def alone_ids(self) -> set[str]:
        return {event.id for event in self.alone}


def storyline_page(library: Library, storyline_id: str) -> StorylinePage:
    storyline = library.storylines.get(storyline_id)
    if storyline is None:
        raise LookupError(f"No storyline {storyline_id!r}")
    found = [library.events[e] for e in storyline.events if e in library.events]
    found.sort(key=lambda pair: (pair[0].date.start if pair[0].date else None) or "\uffff")
    chart = charts.timeline(
        (e.title, e.date.start if e.date else None, e.date and e.date.end) for e, _ in found
    )
    return StorylinePage(storyline, [brief for _, brief in found], chart)


def event_page(library: Library, event_id: str) -> EventPage:
    if event_id not in library.events:
        raise LookupError(f"No event {event_id!r}")
    event, brief = library.events[event_id]
    reports = [library.articles[a] for a in event.articles if a in library.articles]
    reports.sort(key=lambda a: ((a.published.start if a.published else None) or "\uffff", a.id))
    disagreements = [c for c in library.corpus.contradictions if c.event == event_id]
    storyline = library.storylines.get(event.storyline or "")
    return EventPage(event, brief, reports, storyline, disagreements)


def person_page(library: Library, entity_id: str) -> PersonPage:
    person = library.people.get(entity_id)
    if person is None:
        raise LookupError(f"No person {entity_id!r}")
    groups: dict[str, list[Quote]] = {}
    for quote in library.quotes_by_speaker.get(entity_id, []):
        groups.setdefault(quote.group or quote.id, []).append(quote)
    statements = [SaidBy(library.quote_text(quotes[0]), quotes) for quotes in groups.values()]
    statements.sort(key=lambda said: -len(said.quotes))
    mentioned = sorted({ref.article for ref in person.mentions})
    return PersonPage(
        person, statements, [library.articles[a] for a in mentioned if a in library.articles]
    )


def outlet_page(library: Library, outlet: str) -> OutletPage:
    articles = library.by_outlet.get(outlet)
    if articles is None:
        raise LookupError(f"No outlet {outlet!r}")
    ids = {article.id for article in articles}
    covered = {article.event for article in articles if article.event}
    events = [event for event, _ in library.events.values() if event.id in covered]
    # Newest first: the app shows them a page at a time.
    articles = sorted(articles, key=lambda a: (a.published.start if a.published else ""),
                      reverse=True)
    events.sort(key=lambda event: (event.date.start if event.date else ""), reverse=True)
    alone = [event for event in events if set(event.articles) <= ids]
    page = OutletPage(outlet, articles, events, alone, chart=None)
    page.chart = charts.volume(
        (a.outlet, a.published.start if a.published else None) for a in articles
    )
    for contradiction in library.corpus.contradictions:
        own = [claim.value for claim in contradiction.claims if claim.article in ids]
        if own:
            page.disagreements.append((contradiction, ", ".join(own)))
    return page
