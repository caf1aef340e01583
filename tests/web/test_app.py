"""wirewatch.web.app: the local web app over a store (FastAPI test client, no server)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from wirewatch.web.app import create_app, highlighted


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


def test_app_unknown_things_are_404(client) -> None:
    assert client.get("/events/nope").status_code == 404
    assert client.get("/articles/nope").status_code == 404
    assert client.get("/relations/Narnia/ISL").status_code == 404


def test_app_serves_the_brief_and_the_export(client) -> None:
    assert client.get("/brief").text.startswith("<!doctype html>")
    export = client.get("/analysis.json").json()
    assert export["schema"] == "wirewatch.analysis/1" and export["actions"]


def test_app_needs_an_existing_store(tmp_path) -> None:
    with pytest.raises(FileNotFoundError, match="wirewatch analyze"):
        create_app(tmp_path / "missing.db")
