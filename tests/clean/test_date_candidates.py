"""Every day a page offers, each with its source: markup, URL, text, htmldate's choice."""

from __future__ import annotations

from trafilatura.utils import load_html

from wirewatch.clean.date_candidates import page_date_candidates


def page(head: str, body: str) -> object:
    return load_html(f"<html><head><title>t</title>{head}</head><body>{body}</body></html>")


def sources_by_day(tree: object, url: str | None = None, htmldate: str | None = None) -> dict:
    found: dict[str, set[str]] = {}
    for candidate in page_date_candidates(tree, url, htmldate):
        found.setdefault(candidate.day, set()).add(candidate.source)
    return found


def test_date_candidates_markup_sources_and_local_day() -> None:
    tree = page(
        '<meta property="article:published_time" content="2023-11-08T21:11:03-05:00">'
        '<meta property="article:modified_time" content="2023-12-02T10:00:00Z">'
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2023-11-08", "dateModified": "2023-12-02"}</script>',
        '<p><time itemprop="datePublished" datetime="2023-11-08T21:11:03-05:00">Nov 8</time></p>',
    )
    found = sources_by_day(tree)
    assert {"meta_published", "jsonld_published", "microdata_published"} <= found["2023-11-08"]
    assert {"meta_modified", "jsonld_modified"} <= found["2023-12-02"]
    # 21:11 at UTC-5 is the next day in UTC: offered too, under its own source
    assert found["2023-11-09"] == {"utc_day"}


def test_date_candidates_url_cue_and_text_after_headline() -> None:
    tree = page(
        "",
        "<nav>Archiv 3.1.2022</nav><h1>Nachruf auf eine Trainerin</h1>"
        "<p>1. Februar 2022, Daniel Roe</p><p>Sie trainierte dreißig Jahre lang.</p>"
        "<footer>Veröffentlicht am 02.02.2022</footer>",
    )
    found = sources_by_day(tree, "https://example.org/2022/02/01/nachruf", "2022-01-03")
    assert {"url", "text_after_headline"} <= found["2022-02-01"]
    assert {"text_first", "htmldate"} <= found["2022-01-03"]
    assert found["2022-02-02"] == {"cue_published"}


def test_date_candidates_scripts_and_updated_are_no_text_dates() -> None:
    tree = page("", "<script>var published = '01.01.2020';</script><p>Updated 12.03.2021</p>")
    found = sources_by_day(tree)
    assert "2020-01-01" not in found
    assert found["2021-03-12"] == {"text_first"}
