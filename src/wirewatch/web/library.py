"""What the web app serves: the corpus of one store, its brief and lookups by id and name.

Built from the store when the app starts and built again when the store's files change
(`Shelf.current`), so an article ingested while the server runs has its page at once.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from markupsafe import Markup

from wirewatch import api
from wirewatch.model import Article, Corpus, Entity, Event, Quote, Storyline
from wirewatch.report import charts
from wirewatch.report.brief import Brief, EventBrief, Source, build_brief


@dataclass
class Library:
    """The corpus and its brief, with the lookups the pages need, read once per change."""

    corpus: Corpus
    brief: Brief
    counts: dict[str, int]
    articles: dict[str, Article] = field(default_factory=dict)
    events: dict[str, tuple[Event, EventBrief]] = field(default_factory=dict)
    storylines: dict[str, Storyline] = field(default_factory=dict)
    people: dict[str, Entity] = field(default_factory=dict)
    sources: dict[int, Source] = field(default_factory=dict)
    quotes_by_speaker: dict[str, list[Quote]] = field(default_factory=dict)
    by_outlet: dict[str, list[Article]] = field(default_factory=dict)

    @classmethod
    def open(cls, db: Path) -> Library:
        corpus = api.load(db)
        library = cls(corpus, build_brief(corpus), api.summary(db))
        library.articles = {article.id: article for article in corpus.articles}
        described = {event.id: event for event in library.brief.timeline}
        library.events = {e.id: (e, described[e.id]) for e in corpus.events}
        library.storylines = {storyline.id: storyline for storyline in corpus.storylines}
        library.people = {e.id: e for e in corpus.entities if e.type in ("PERSON", "PER")}
        library.sources = {source.number: source for source in library.brief.sources}
        speakers: dict[str, list[Quote]] = defaultdict(list)
        outlets: dict[str, list[Article]] = defaultdict(list)
        for article in corpus.articles:
            outlets[article.outlet or ""].append(article)
            for quote in article.quotes:
                if quote.speaker_entity:
                    speakers[quote.speaker_entity].append(quote)
        library.quotes_by_speaker = dict(speakers)
        library.by_outlet = dict(outlets)
        return library

    @cached_property
    def volume_chart(self) -> Markup | None:
        """Articles per day by outlet, drawn once per reading of the store."""
        return charts.volume(
            (a.outlet, a.published.start if a.published else None) for a in self.corpus.articles
        )

    def event_title(self, event_id: str | None) -> str:
        found = self.events.get(event_id or "")
        return found[0].title if found else "an event no longer stored"

    def article_title(self, article_id: str) -> str:
        found = self.articles.get(article_id)
        return (found.title or found.id) if found else article_id

    def quote_text(self, quote: Quote) -> str:
        return self.articles[quote.article].text[quote.start : quote.end]


def store_stamp(db: Path) -> tuple[tuple[int, int] | None, ...]:
    """When and how much the store's files last changed (the WAL holds recent commits)."""
    stamps = []
    for path in (db, Path(f"{db}-wal")):
        try:
            status = path.stat()
        except FileNotFoundError:
            stamps.append(None)
        else:
            stamps.append((status.st_mtime_ns, status.st_size))
    return tuple(stamps)


class Shelf:
    """Hands out the library of the store as it is now; reads it again after a write."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self._lock = threading.Lock()
        self._library = Library.open(db)
        self._stamp = store_stamp(db)  # after reading: reading may fold the WAL into the file

    def current(self) -> Library:
        with self._lock:
            if store_stamp(self.db) != self._stamp:
                self._library = Library.open(self.db)
                self._stamp = store_stamp(self.db)
            return self._library
