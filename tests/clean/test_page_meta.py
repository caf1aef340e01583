"""Headline and authors read from a page's markup."""

from __future__ import annotations

import lxml.html

from wirewatch.clean.page_meta import (
    MarkupMeta,
    clean_author_credits,
    page_headline,
    read_markup_meta,
    strip_site_name,
)

PAGE = """<html><head><title>Ferry strike ends after two weeks | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "WebSite", "name": "Harbour Gazette"},
 {"@type": "NewsArticle", "headline": "Ferry strike ends",
  "author": [{"@type": "Person", "name": "By Jane Roe"}, {"@type": "Person", "name": "Ola Berg"}]}
]}</script></head>
<body><div class="logo"><h1>Harbour Gazette</h1></div>
<article><h1>Ferry strike ends after two weeks</h1><p>Text.</p></article></body></html>"""


def test_page_meta_reads_headline_authors_and_site_name() -> None:
    meta = read_markup_meta(lxml.html.fromstring(PAGE), "www.harbourgazette.example")
    assert meta.authors == ["Jane Roe", "Ola Berg"]
    assert page_headline(meta, None) == "Ferry strike ends after two weeks"


def test_page_meta_headline_skips_the_site_logo_heading() -> None:
    meta = MarkupMeta(
        headings=["Harbour Gazette", "Storm closes the port"],
        titles=["Storm closes the port - Harbour Gazette"],
        site_names=["Harbour Gazette"],
    )
    assert page_headline(meta, None) == "Storm closes the port"


def test_page_meta_strip_site_name_from_either_end_and_dates() -> None:
    sites = ["www.harbourgazette.example"]
    assert strip_site_name("Storm closes the port | HarbourGazette", sites) == (
        "Storm closes the port"
    )
    assert strip_site_name("Harbour Gazette - Storm closes the port", sites) == (
        "Storm closes the port"
    )
    assert strip_site_name("08.11.2021 | Storm closes the port", []) == "Storm closes the port"
    assert strip_site_name("Rhein-Neckar wins the cup", sites) == "Rhein-Neckar wins the cup"


def test_page_meta_without_matching_heading_keeps_the_meta_title() -> None:
    meta = MarkupMeta(headings=["Navigation"], titles=["Port reopens: what changes"])
    assert page_headline(meta, "ignored") == "Port reopens: what changes"


def test_page_meta_author_credits_cleaned() -> None:
    credits = [
        "View all posts by Daniel Roe",
        "Von Anna Schmidt und Jens Berg",
        "Harbour Media GmbH",
        "Follow",
        "Kari Nord | 12.03.2021",
        "https://facebook.com/someone",
    ]
    assert clean_author_credits(credits, ["Harbour Gazette"]) == [
        "Daniel Roe",
        "Anna Schmidt",
        "Jens Berg",
        "Kari Nord",
    ]


def test_page_meta_author_may_share_a_blog_name_but_not_be_the_site() -> None:
    assert clean_author_credits(["Daniel Roe"], ["roe.example"]) == ["Daniel Roe"]
    assert clean_author_credits(["Harbour Gazette"], ["Harbour Gazette"]) == []


def test_page_meta_text_byline_in_another_language() -> None:
    page = (
        "<html><body><h1>Hafen wieder offen</h1><p class='bodytext'>Von Claudia Roe</p>"
        "<p>Der Hafen ist seit Montag wieder offen, sagte die Behörde am Dienstag.</p>"
        "<p>Von morgen an fahren die Fähren wieder.</p></body></html>"
    )
    assert read_markup_meta(lxml.html.fromstring(page), None).authors == ["Claudia Roe"]


def test_page_meta_credit_places_roles_and_entities() -> None:
    credits = ["Markus Roe, London", "Grant Lee, PhD", "Redacci&oacute;n Diario Sur"]
    assert clean_author_credits(credits, []) == ["Markus Roe", "Grant Lee", "Redacción Diario Sur"]
    assert clean_author_credits(["Kari Nord in Politik"], []) == ["Kari Nord"]
