"""The local web app: browse and search one wirewatch store in a browser (FastAPI + Jinja2).

A thin face over `wirewatch.api`, like the CLI: the corpus is read from the store once
when the app starts (`wirewatch serve --db FILE`), search goes to the store's FTS5
index on every request.  Pages: the overview (storylines, events, relations), search,
an event (cited summary, quotes, disagreements, actions), an article (metadata, clean
text, quotes, removed lines), the relations of two countries, the brief, and the JSON
export.  Every page escapes the articles' text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from wirewatch import api
from wirewatch.model import Article, Corpus
from wirewatch.report.brief import build_brief, describe_event, render_html, sources_of
from wirewatch.report.json_export import export_json

TEMPLATES = Path(__file__).with_name("templates")
# Characters that cannot occur in article text, put around search matches by the store.
MATCH_MARKERS = ("\x02", "\x03")
SEARCH_LIMIT = 50


@dataclass
class Library:
    """What the app serves: the store's path and its corpus, read once."""

    db: Path
    corpus: Corpus

    def article(self, article_id: str) -> Article:
        found = next((a for a in self.corpus.articles if a.id == article_id), None)
        if found is None:
            raise HTTPException(404, f"No article {article_id!r} in {self.db}")
        return found


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
    library = Library(path, api.load(path))
    templates = Jinja2Templates(directory=str(TEMPLATES))
    app = FastAPI(title="wirewatch", docs_url=None, redoc_url=None)

    def page(request: Request, name: str, **context: object) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"db": library.db, **context})

    @app.get("/", response_class=HTMLResponse)
    def overview(request: Request) -> HTMLResponse:
        brief = build_brief(library.corpus)
        counts = api.summary(library.db)
        return page(request, "index.html", brief=brief, counts=counts)

    @app.get("/search", response_class=HTMLResponse)
    def search(request: Request, q: str = "") -> HTMLResponse:
        hits = api.search(q, library.db, SEARCH_LIMIT, markers=MATCH_MARKERS) if q.strip() else []
        snippets = [highlighted(hit.snippet) for hit in hits]
        return page(request, "search.html", query=q, hits=list(zip(hits, snippets, strict=True)))

    @app.get("/events/{event_id}", response_class=HTMLResponse)
    def event(request: Request, event_id: str) -> HTMLResponse:
        found = next((e for e in library.corpus.events if e.id == event_id), None)
        if found is None:
            raise HTTPException(404, f"No event {event_id!r}")
        sources = sources_of(library.corpus)
        brief = describe_event(found, library.corpus, sources)
        by_number = {source.number: source for source in sources.values()}
        return page(request, "event.html", event=found, brief=brief, sources=by_number)

    @app.get("/articles/{article_id}", response_class=HTMLResponse)
    def article(request: Request, article_id: str) -> HTMLResponse:
        found = library.article(article_id)
        quotes = [(q, found.text[q.start : q.end]) for q in found.quotes]
        return page(request, "article.html", article=found, quotes=quotes)

    @app.get("/relations/{country_a}/{country_b}", response_class=HTMLResponse)
    def relations(request: Request, country_a: str, country_b: str) -> HTMLResponse:
        try:
            found = api.relations(country_a, country_b, library.db)
        except ValueError as error:
            raise HTTPException(404, str(error)) from error
        return page(request, "relations.html", relations=found)

    @app.get("/brief", response_class=HTMLResponse)
    def brief() -> HTMLResponse:
        return HTMLResponse(render_html(library.corpus))

    @app.get("/analysis.json")
    def analysis() -> JSONResponse:
        return JSONResponse(export_json(library.corpus))

    return app
