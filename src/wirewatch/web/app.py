"""The local web app: browse and search one wirewatch store in a browser (FastAPI + Jinja2).

A thin face over `wirewatch.api`, like the CLI: the corpus is read from the store, and its
brief built, when the app starts and again when the store changes; search goes to the
store's FTS5 index on every request, with bounded work (see `Store.search`).  Pages: the
overview, search with filters and pages, a storyline, an event, an article, a person, an
outlet, the relations of two countries, the brief and the JSON export.  Every page
escapes the articles' text; errors are HTML pages that name no file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException as StarletteHTTPException

from wirewatch import api
from wirewatch.actions.count import relations_between
from wirewatch.report import charts
from wirewatch.store import (
    QueryRefused,
    SearchAbandoned,
    SearchFilters,
    StoreSettings,
    check_store,
)
from wirewatch.web import pages
from wirewatch.web.library import Library, Shelf
from wirewatch.web.watch import unless_client_leaves

log = logging.getLogger(__name__)
TEMPLATES = Path(__file__).with_name("templates")
# What the log and an access log show for a search whose client left (nginx's convention;
# nobody receives it).
CLIENT_LEFT = 499
# Characters that cannot occur in article text, put around search matches by the store.
MATCH_MARKERS = ("\x02", "\x03")
PAGE_SIZE = 20
# The overview stays light on a large store: the rest is a link away.
OVERVIEW_EVENTS = 8  # per storyline
OVERVIEW_PEOPLE = 60  # the most mentioned
OVERVIEW_ARTICLES = 20  # the latest
OUTLET_PAGE = 50  # events and articles of an outlet, newest first


def highlighted(snippet: str) -> Markup:
    """A search snippet, escaped, with its matches in <mark>."""
    opening, closing = MATCH_MARKERS
    safe = str(escape(snippet))
    return Markup(safe.replace(opening, "<mark>").replace(closing, "</mark>"))


def create_app(db: str | Path, settings: StoreSettings | None = None) -> FastAPI:
    """The app over the store at `db`, which must be a wirewatch store (NotAStore if not);
    `settings` bound its searches (the defaults: `wirewatch settings`)."""
    shelf = Shelf(check_store(db), settings)
    templates = Jinja2Templates(directory=str(TEMPLATES))
    app = FastAPI(title="wirewatch", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.shelf = shelf

    def page(request: Request, name: str, code: int = 200, **context: object) -> HTMLResponse:
        return templates.TemplateResponse(
            request,
            name,
            {"library": shelf.current(), **context},
            status_code=code,
        )

    def found(lookup: Callable[[Library, str], object], key: str) -> object:
        """The page `lookup` makes of `key`, built once per reading of the store; 404 if none."""
        library = shelf.current()
        if (lookup.__name__, key) not in library.built:
            try:
                library.built[lookup.__name__, key] = lookup(library, key)
            except LookupError as error:
                raise HTTPException(404, error.args[0]) from None
        return library.built[lookup.__name__, key]

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> HTMLResponse:
        message = (
            error.detail
            if error.status_code != 404 or error.detail != "Not Found"
            else ("There is no page at this address.")
        )
        return page(
            request, "error.html", error.status_code, message=message, status=error.status_code
        )

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, error: RequestValidationError) -> HTMLResponse:
        fields = ", ".join(str(problem["loc"][-1]) for problem in error.errors())
        return page(
            request, "error.html", 400, message=f"Not a valid value for: {fields}", status=400
        )

    @app.exception_handler(Exception)
    async def server_error(request: Request, error: Exception) -> HTMLResponse:
        # The reason goes to the server's log, never to the page (it may name files).
        message = "Something went wrong on our side; the server's log says what."
        return HTMLResponse(
            templates.get_template("error.html").render(
                message=message, status=500, request=request
            ),
            status_code=500,
        )

    @app.get("/", response_class=HTMLResponse)
    def overview(request: Request) -> HTMLResponse:
        library = shelf.current()
        people = sorted(library.people.values(), key=lambda person: -len(person.mentions))
        return page(
            request, "index.html", volume=library.volume_chart, shown_events=OVERVIEW_EVENTS,
            people=sorted(people[:OVERVIEW_PEOPLE], key=lambda person: person.name),
            latest=library.brief.sources[::-1][:OVERVIEW_ARTICLES],
        )

    @app.get("/search", response_class=HTMLResponse)
    async def search(
        request: Request,
        q: str = "",
        since: str = "",
        until: str = "",
        outlet: str = "",
        language: str = "",
        kind: str = "",
        page_number: int = 1,
    ) -> HTMLResponse:
        asked = {
            "q": q,
            "since": since,
            "until": until,
            "outlet": outlet,
            "language": language,
            "kind": kind,
        }
        try:
            filters = SearchFilters(
                since or None, until or None, outlet or None, language or None, kind or None
            )
            offset = (max(page_number, 1) - 1) * PAGE_SIZE
            hits = (
                await unless_client_leaves(request, lambda gone: api.search(
                    q, shelf.store(), PAGE_SIZE + 1, MATCH_MARKERS, filters, offset, gone
                ))
                if q.strip()
                else []
            )
        except SearchAbandoned:
            log.info("search stopped: the client left (%d characters asked)", len(q))
            return Response(status_code=CLIENT_LEFT)
        except QueryRefused as error:
            return page(
                request,
                "search.html",
                400,
                asked=asked,
                hits=[],
                refused=str(error),
                page_number=1,
                next_page=None,
                previous_page=None,
            )
        more = len(hits) > PAGE_SIZE
        return page(
            request,
            "search.html",
            asked=asked,
            refused=None,
            page_number=page_number,
            hits=[(hit, highlighted(hit.snippet)) for hit in hits[:PAGE_SIZE]],
            next_page=urlencode({**asked, "page_number": page_number + 1}) if more else None,
            previous_page=(
                urlencode({**asked, "page_number": page_number - 1}) if page_number > 1 else None
            ),
        )

    @app.get("/storylines/{storyline_id:path}", response_class=HTMLResponse)
    def storyline(request: Request, storyline_id: str) -> HTMLResponse:
        return page(request, "storyline.html", view=found(pages.storyline_page, storyline_id))

    @app.get("/events/{event_id:path}", response_class=HTMLResponse)
    def event(request: Request, event_id: str) -> HTMLResponse:
        return page(request, "event.html", view=found(pages.event_page, event_id))

    @app.get("/people/{entity_id:path}", response_class=HTMLResponse)
    def person(request: Request, entity_id: str) -> HTMLResponse:
        return page(request, "person.html", view=found(pages.person_page, entity_id))

    @app.get("/outlets/{name:path}", response_class=HTMLResponse)
    def outlet(request: Request, name: str, page_number: int = 1) -> HTMLResponse:
        view = found(pages.outlet_page, name)
        page_number = max(page_number, 1)
        start, end = (page_number - 1) * OUTLET_PAGE, page_number * OUTLET_PAGE
        more = end < max(len(view.articles), len(view.events))
        return page(
            request, "outlet.html", view=view, page_number=page_number,
            articles=view.articles[start:end], events=view.events[start:end],
            next_page=urlencode({"page_number": page_number + 1}) if more else None,
            previous_page=(
                urlencode({"page_number": page_number - 1}) if page_number > 1 else None
            ),
        )

    @app.get("/articles/{article_id:path}", response_class=HTMLResponse)
    def article(request: Request, article_id: str) -> HTMLResponse:
        found_article = shelf.current().articles.get(article_id)
        if found_article is None:
            raise HTTPException(404, f"No article {article_id!r}")
        quotes = [(q, found_article.text[q.start : q.end]) for q in found_article.quotes]
        return page(request, "article.html", article=found_article, quotes=quotes)

    @app.get("/relations/{country_a}/{country_b}", response_class=HTMLResponse)
    def relations(request: Request, country_a: str, country_b: str) -> HTMLResponse:
        try:
            codes = [api.known_country(country_a), api.known_country(country_b)]
        except ValueError as error:
            raise HTTPException(404, str(error)) from error
        dyad = relations_between(shelf.current().corpus, *codes)
        chart = charts.dyad_by_month(dyad.points)
        return page(request, "relations.html", relations=dyad, chart=chart)

    @app.get("/brief", response_class=HTMLResponse)
    def brief() -> HTMLResponse:
        return HTMLResponse(shelf.current().brief_page)

    @app.get("/analysis.json")
    def analysis() -> Response:
        return Response(shelf.current().export, media_type="application/json")

    @app.get("/static/plotly.min.js")
    def plotly_js() -> FileResponse:
        return FileResponse(
            charts.plotly_js_path(),
            media_type="text/javascript",
            headers={"Cache-Control": "max-age=86400"},
        )

    return app
