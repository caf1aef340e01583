"""What the web app serves: the corpus of one store, its brief and lookups by id and name.

Built from the store when the app starts and built again when the store's files change
(`Shelf.current`), so an article ingested while the server runs has its page at once.
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup

from wirewatch import api
from wirewatch.model import Article, Corpus, Entity, Event, Quote, Storyline
from wirewatch.report import charts
from wirewatch.report.brief import Brief, EventBrief, Source, build_brief, render_brief
from wirewatch.report.json_export import export_json
from wirewatch.store import Store, StoreSettings


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
    # The search form's choices: read once, not from every article on every search.
    outlet_names: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    # Built once per reading, so the largest pages cost a request nothing.
    volume_chart: Markup | None = None
    brief_page: str = ""
    export: bytes = b""
    # Pages built from this reading (a page is a function of the library): built once each.
    built: dict[tuple[str, str], object] = field(default_factory=dict)

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
        library.outlet_names = sorted(name for name in outlets if name)
        library.languages = sorted({a.language for a in corpus.articles if a.language})
        library.volume_chart = charts.volume(
            (a.outlet, a.published.start if a.published else None) for a in corpus.articles
        )
        library.brief_page = render_brief(library.brief, "html", home="/")
        library.export = json.dumps(
            export_json(corpus), ensure_ascii=False, separators=(",", ":")
        ).encode()
        return library

    def event_title(self, event_id: str | None) -> str:
        found = self.events.get(event_id or "")
        return found[0].title if found else "an event no longer stored"

    def article_title(self, article_id: str) -> str:
        found = self.articles.get(article_id)
        return (found.title or found.id) if found else article_id

    def quote_text(self, quote: Quote) -> str:
        return self.articles[quote.article].text[quote.start : quote.end]


def store_stamp(db: Path) -> tuple[tuple[int, int] | None, ...]:
    """What changes when the store is written, and only then.

    A commit grows the WAL file; a checkpoint rewrites the database file.  Every reader
    that opens the store re-creates an empty WAL, so an empty WAL's time is not a change."""
    stamps = []
    for path in (db, Path(f"{db}-wal")):
        try:
            status = path.stat()
        except FileNotFoundError:
            stamps.append(None)
            continue
        stamps.append((status.st_mtime_ns, status.st_size) if status.st_size else None)
    return tuple(stamps)


class Shelf:
    """Hands out the library of the store as it is now.

    The first reading happens before the app serves; after a write to the store the next
    request starts a new reading in a background thread and is answered from the one
    before, so no request waits for a large store to be read (a 10,000-article store
    takes seconds).  The new library replaces the old one when it is complete."""

    def __init__(self, db: Path, settings: StoreSettings | None = None) -> None:
        self.db = db
        self.settings = settings or StoreSettings()
        self._lock = threading.Lock()
        self._stamp = store_stamp(db)
        self._library = Library.open(db)
        self._reading: threading.Thread | None = None
        self._connections = threading.local()

    def store(self) -> Store:
        """This thread's connection to the store, opened on first use and kept: searches
        neither pay for opening one nor start from a cold page cache."""
        store = getattr(self._connections, "store", None)
        if store is None:
            store = self._connections.store = Store(self.db, self.settings)
        return store

    def current(self) -> Library:
        with self._lock:
            if self._reading is None and store_stamp(self.db) != self._stamp:
                self._reading = threading.Thread(target=self._read_again, daemon=True)
                self._reading.start()
            return self._library

    def wait(self) -> None:
        """Until a reading in progress is done (for tests and scripts)."""
        reading = self._reading
        if reading is not None:
            reading.join()

    def _read_again(self) -> None:
        stamp = store_stamp(self.db)  # before reading: a write meanwhile is seen next time
        try:
            library = Library.open(self.db)
        except Exception:
            with self._lock:  # the old library stays; the next request tries again
                self._reading = None
            raise
        with self._lock:
            self._library, self._stamp, self._reading = library, stamp, None
