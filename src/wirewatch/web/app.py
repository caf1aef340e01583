"""The local web app: browse and search one wirewatch store in a browser (FastAPI + Jinja2).

A thin face over `wirewatch.api`, like the CLI: the corpus is read from the store, and
its brief built, once when the app starts (`wirewatch serve --db FILE`); search goes to
the store's FTS5 index on every request.  Pages: the overview (storylines, events,
relations), search, an event (cited summary, quotes, disagreements, actions), an article
(metadata, clean text, quotes, removed lines), the relations of two countries, the
brief, and the JSON export.  Every page escapes the articles' text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from wirewatch import api
from wirewatch.actions.count import relations_between
from wirewatch.model import Article, Corpus, Event
from wirewatch.report.brief import Brief, EventBrief, Source, build_brief, render_brief
from wirewatch.report.json_export import export_json

TEMPLATES = Path(__file__).with_name("templates")
# Characters that cannot occur in article text, put around search matches by the store.
MATCH_MARKERS = ("\x02", "\x03")
SEARCH_LIMIT = 50


@dataclass
class Library:
    """What the app serves, read and built once when it starts: the corpus and its brief."""

    db: Path
    corpus: Corpus
    brief: Brief
    counts: dict[str, int]
    articles: dict[str, Article] = field(default_factory=dict)
    events: dict[str, tuple[Event, EventBrief]] = field(default_factory=dict)
    sources: dict[int, Source] = field(default_factory=dict)

    @classmethod
    def open(cls, db: Path) -> Library:
        corpus = api.load(db)
        library = cls(db, corpus, build_brief(corpus), api.summary(db))
        library.articles = {article.id: article for article in corpus.articles}
        described = {event.id: event for event in library.brief.timeline}
        library.events = {e.id: (e, described[e.id]) for e in corpus.events}
        library.sources = {source.number: source for source in library.brief.sources}
        return library


def highlighted(snippet: str) -> Markup:
    """A search snippet, escaped, with its matches in <mark>."""
    opening, closing = MATCH_MARKERS
    safe = str(escape(snippet))
    return Markup(safe.replace(opening, "<mark>").replace(closing, "</mark>"))


def create_app(db: str | Path) -> FastAPI:
    """The app over the store at `db` (which must exist: `wirewatch analyze` makes one)."""
    path = Path(db)
    if not path.exists():
        raise FileNotFoundError(f"No wirewatch store at {path}: run `wirewatch analyze` first")
    library = Library.open(path)
    templates = Jinja2Templates(directory=str(TEMPLATES))
    app = FastAPI(title="wirewatch", docs_url=None, redoc_url=None)

    def page(request: Request, name: str, **context: object) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"db": library.db, **context})

    @app.get("/", response_class=HTMLResponse)
    def overview(request: Request) -> HTMLResponse:
        return page(request, "index.html", brief=library.brief, counts=library.counts)

    @app.get("/search", response_class=HTMLResponse)
    def search(request: Request, q: str = "") -> HTMLResponse:
        hits = api.search(q, library.db, SEARCH_LIMIT, markers=MATCH_MARKERS) if q.strip() else []
        snippets = [highlighted(hit.snippet) for hit in hits]
        return page(request, "search.html", query=q, hits=list(zip(hits, snippets, strict=True)))

    @app.get("/events/{event_id}", response_class=HTMLResponse)
    def event(request: Request, event_id: str) -> HTMLResponse:
        if event_id not in library.events:
            raise HTTPException(404, f"No event {event_id!r}")
        found, brief = library.events[event_id]
        return page(request, "event.html", event=found, brief=brief, sources=library.sources)

    @app.get("/articles/{article_id}", response_class=HTMLResponse)
    def article(request: Request, article_id: str) -> HTMLResponse:
        found = library.articles.get(article_id)
        if found is None:
            raise HTTPException(404, f"No article {article_id!r} in {library.db}")
        quotes = [(q, found.text[q.start : q.end]) for q in found.quotes]
        return page(request, "article.html", article=found, quotes=quotes)

    @app.get("/relations/{country_a}/{country_b}", response_class=HTMLResponse)
    def relations(request: Request, country_a: str, country_b: str) -> HTMLResponse:
        try:
            codes = [api.known_country(country_a), api.known_country(country_b)]
        except ValueError as error:
            raise HTTPException(404, str(error)) from error
        found = relations_between(library.corpus, *codes)
        return page(request, "relations.html", relations=found)

    @app.get("/brief", response_class=HTMLResponse)
    def brief() -> HTMLResponse:
        return HTMLResponse(render_brief(library.brief, "html"))

    @app.get("/analysis.json")
    def analysis() -> JSONResponse:
        return JSONResponse(export_json(library.corpus))

    return app
