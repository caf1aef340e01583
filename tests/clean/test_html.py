"""The HTML path: trafilatura's main text and metadata, then the same text rules."""

from __future__ import annotations

from wirewatch.clean import clean_document
from wirewatch.clean.settings import CleanSettings
from wirewatch.model import RawDocument

PAGE = """<html><head><title>Harbour reopens after storm | Harbour Gazette</title>
<meta property="og:title" content="Harbour reopens after storm">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2024-01-08T09:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour reopens after storm</h1>
<p>The harbour reopened on Monday after a week of repairs to the breakwater, the port authority
said in a statement, adding that the ferries would run again from Tuesday morning.</p>
<p>Officials said the ferries would run on the winter timetable until March, when the summer
routes to the islands resume and more crews return to work after the holiday season.</p>
<p>The authority said the breakwater would be rebuilt next year at a cost of four million euros,
paid for by the city and the state, once engineers have finished their survey of the damage.</p>
<p>Share on Facebook</p>
</article>
<footer>© 2024 Harbour Gazette. All rights reserved.</footer>
</body></html>"""


def test_html_main_text_and_metadata() -> None:
    raw = RawDocument(
        id="page",
        source="page.html",
        content=PAGE,
        format="html",
        url="https://www.harbour-gazette.example/news/1",
    )
    article = clean_document(raw, CleanSettings())
    assert article.title == "Harbour reopens after storm"
    assert article.authors == ["Jane Roe"]
    assert article.published is not None
    assert (article.published.start, article.published.basis) == ("2024-01-08", "html")
    assert article.text.startswith("The harbour reopened on Monday")
    assert "four million euros" in article.text
    assert "Home" not in article.text
    assert "Share on Facebook" not in article.text


def test_html_empty_page_gives_empty_article() -> None:
    raw = RawDocument(
        id="empty", source="empty.html", content="<html><body></body></html>", format="html"
    )
    article = clean_document(raw, CleanSettings())
    assert article.text == ""
    assert article.paragraphs == []


def test_html_short_page_keeps_its_metadata() -> None:
    from wirewatch import pipeline
    from wirewatch.settings import Settings

    page = """<html><head><title>Port closed | Harbour Gazette</title>
    <meta name="author" content="Jane Roe">
    <meta property="article:published_time" content="2024-01-08T09:00:00Z"></head>
    <body><h1>Port closed</h1><nav><a href="/">Home</a></nav></body></html>"""
    raw = RawDocument(id="short", source="short.html", content=page, format="html")
    article = clean_document(raw, CleanSettings())
    assert article.text == ""
    assert (article.title, article.authors) == ("Port closed", ["Jane Roe"])
    assert article.published is not None and article.published.start == "2024-01-08"
    (kept,) = pipeline.clean_safely([raw], Settings())
    assert getattr(kept, "title", None) == "Port closed"


def test_html_closer_text_prefers_precision_unless_it_lost_much() -> None:
    from wirewatch.clean.html import closer_text

    article = "The harbour reopened on Monday after a week of repairs. " * 12
    teaser = "Read also: Ferries to run on winter timetable"
    assert closer_text(article + teaser, article) == article  # only furniture left out
    half = article[: len(article) // 2]
    assert closer_text(article, half) == article  # precision lost part of the article
    assert closer_text(article, "") == article
