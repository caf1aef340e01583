"""wirewatch.web.app: the local web app over a store (FastAPI test client, no server)."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient

from wirewatch.model import Article, DateRange
from wirewatch.store import NotAStore, Store
from wirewatch.web import app as app_module
from wirewatch.web import pages
from wirewatch.web.app import PAGE_SIZE, create_app, highlighted


@pytest.fixture(scope="module")
def client(demo_export) -> TestClient:
    return TestClient(create_app(demo_export.parent / "wirewatch.db"))


def test_app_overview_lists_events_relations_and_sources(client) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "Norway detains Icelandic trawler" in page.text
    assert 'href="/relations/ISL/NOR"' in page.text
    assert 'href="/articles/13_andes_herald_lithium"' in page.text


def test_app_search_highlights_matches_and_escapes_the_query(client) -> None:
    page = client.get("/search", params={"q": "mackerel"})
    assert page.status_code == 200 and "<mark>" in page.text.lower()
    page = client.get("/search", params={"q": "<script>alert(1)</script>"})
    assert page.status_code == 200
    assert "<script>alert" not in page.text and "&lt;script&gt;" in page.text


def test_app_highlighted_snippet_escapes_the_article_text() -> None:
    assert str(highlighted("a <b> \x02word\x03")) == "a &lt;b&gt; <mark>word</mark>"


def test_app_event_article_and_relations_pages(client) -> None:
    event = client.get("/events/event-01_nordwire_trawler")
    assert event.status_code == 200
    assert "Where sources disagree" in event.text and "412 tonnes" in event.text
    article = client.get("/articles/01_nordwire_trawler")
    assert article.status_code == 200 and "Removed while cleaning" in article.text
    relations = client.get("/relations/Norway/ISL")
    assert relations.status_code == 200 and "COERCE" in relations.text


@pytest.mark.parametrize(
    "address",
    ["/events/nope", "/articles/nope", "/relations/Narnia/ISL", "/storylines/nope",
     "/people/nope", "/outlets/Nobody", "/no/such/page"],
)
def test_app_unknown_things_are_friendly_404_pages_naming_no_file(client, address) -> None:
    page = client.get(address)
    assert page.status_code == 404
    assert page.headers["content-type"].startswith("text/html")
    assert "Not found" in page.text and 'href="/"' in page.text
    assert ".db" not in page.text and "/tmp" not in page.text


def test_app_a_failure_is_an_html_500_without_its_reason(demo_export, monkeypatch) -> None:
    def broken(library, event_id):
        raise RuntimeError("/secret/path/wirewatch.db is on fire")

    monkeypatch.setattr(pages, "event_page", broken)
    app = create_app(demo_export.parent / "wirewatch.db")
    page = TestClient(app, raise_server_exceptions=False).get("/events/anything")
    assert page.status_code == 500 and "Something went wrong" in page.text
    assert "secret" not in page.text and "RuntimeError" not in page.text


def test_app_a_bad_parameter_is_a_400_page(client) -> None:
    page = client.get("/search", params={"q": "x", "page_number": "two"})
    assert page.status_code == 400 and "page_number" in page.text


def test_app_serves_the_brief_and_the_export(client) -> None:
    assert client.get("/brief").text.startswith("<!doctype html>")
    export = client.get("/analysis.json").json()
    assert export["schema"] == "wirewatch.analysis/1" and export["actions"]


def test_app_needs_an_existing_store(tmp_path) -> None:
    with pytest.raises(NotAStore, match="wirewatch analyze"):
        create_app(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


def test_app_pages_name_things_by_title_not_id(client) -> None:
    event = client.get("/events/event-01_nordwire_trawler").text
    assert "Norway detains Icelandic trawler" in event
    assert 'href="/outlets/Nordwire"' in event  # each report with its outlet, time and title
    assert ">01_nordwire_trawler<" not in event and "storyline storyline-" not in event
    assert 'class="side-by-side"' in event  # disagreements side by side
    sides = event[event.index('class="side-by-side"') :]
    # each side with its day, so a figure revised by a later report shows both dates
    assert '<span class="date">2026-03-02</span>' in sides
    assert '<span class="date">2026-03-03</span>' in sides
    article = client.get("/articles/03_arctic_observer_trawler").text
    assert "its event" not in article and "event: <a" in article


def test_app_storyline_person_outlet_pages(client) -> None:
    assert 'href="/storylines/storyline-event-01_nordwire_trawler"' in client.get("/").text
    page = client.get("/storylines/storyline-event-01_nordwire_trawler")
    assert page.status_code == 200 and 'id="chart-timeline"' in page.text
    assert "/static/plotly.min.js" in page.text
    person = client.get("/people/person:ingrid-solvang")
    assert person.status_code == 200 and "What they said" in person.text
    outlet = client.get("/outlets/Nordwire")
    assert outlet.status_code == 200 and "What it covered" in outlet.text
    relations = client.get("/relations/NOR/ISL")
    assert 'id="chart-dyad"' in relations.text


def test_app_serves_plotly_from_its_package(client) -> None:
    script = client.get("/static/plotly.min.js")
    assert script.status_code == 200 and "plotly.js" in script.text[:300]


def test_app_search_filters_by_outlet_kind_and_date(client) -> None:
    def outlets(**filters: str) -> set[str]:
        page = client.get("/search", params={"q": "mackerel", **filters}).text
        return {part.split("<")[0] for part in page.split('<span class="meta">')[1:]}

    assert len(outlets()) > 1
    assert outlets(outlet="Nordwire") == {"Nordwire, "}
    late = client.get("/search", params={"q": "mackerel", "since": "2026-03-04"}).text
    early = client.get("/search", params={"q": "mackerel", "until": "2026-03-03"}).text
    assert "2026-03-02" not in late and "2026-03-02" in early
    assert client.get("/search", params={"q": "x", "since": "yesterday"}).status_code == 400


def test_app_refuses_an_oversized_search_quickly(client) -> None:
    started = time.monotonic()
    page = client.get("/search", params={"q": "a* " * 5000})
    assert page.status_code == 400 and "Query too long" in page.text
    assert time.monotonic() - started < 1


def _harbour_story(number: int) -> Article:
    return Article(
        id=f"h{number:02d}", source=f"h{number:02d}.txt", title=f"Harbour report {number}",
        text=f"The harbour of Port {number} reopened on Monday.", outlet="Quay News",
        published=DateRange(f"2026-01-{number:02d}", f"2026-01-{number:02d}", "metadata"),
    )


@pytest.fixture
def harbour_store(tmp_path) -> Store:
    with Store(tmp_path / "harbour.db") as store:
        store.add_articles(_harbour_story(n) for n in range(1, PAGE_SIZE + 6))
    return tmp_path / "harbour.db"


def test_app_search_pages_through_results(harbour_store) -> None:
    client = TestClient(create_app(harbour_store))
    first = client.get("/search", params={"q": "harbour"}).text
    assert first.count('<a href="/articles/h') == PAGE_SIZE and 'rel="next"' in first
    second = client.get("/search", params={"q": "harbour", "page_number": 2}).text
    assert second.count('<a href="/articles/h') == 5 and 'rel="next"' not in second
    assert 'rel="prev"' in second


def test_app_shows_articles_stored_after_it_started(harbour_store, tmp_path) -> None:
    client = TestClient(create_app(harbour_store))
    assert client.get("/articles/late").status_code == 404
    late = Article(id="late", source="late.txt", text="A <script>alert(1)</script> story.",
                   title="<img src=x onerror=alert(2)>")
    with Store(harbour_store) as store:
        store.add_articles([late])
    client.get("/")  # sees the store changed: reads it again in the background
    client.app.state.shelf.wait()
    page = client.get("/articles/late")
    assert page.status_code == 200
    assert "<script>alert" not in page.text and "<img src=x" not in page.text



def test_app_outlet_pages_its_articles_newest_first(harbour_store, monkeypatch) -> None:
    monkeypatch.setattr(app_module, "OUTLET_PAGE", 10)
    client = TestClient(create_app(harbour_store))
    first = client.get("/outlets/Quay News").text
    assert "25 articles" in first and first.count('<a href="/articles/h') == 10
    assert first.index("/articles/h25") < first.index("/articles/h24")  # newest first
    assert 'rel="next"' in first and 'rel="prev"' not in first
    last = client.get("/outlets/Quay News", params={"page_number": 3}).text
    assert last.count('<a href="/articles/h') == 5 and "/articles/h01" in last
    assert 'rel="next"' not in last and 'rel="prev"' in last
