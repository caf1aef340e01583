"""HTML pages: main text and metadata with trafilatura; the publication day chosen by the learned
chooser among every day the page offers (htmldate's among them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wirewatch.clean.date_candidates import page_date_candidates
from wirewatch.clean.date_model import chosen_day
from wirewatch.clean.outlets import host_of
from wirewatch.clean.page_meta import (
    clean_author_credits,
    page_headline,
    read_markup_meta,
)
from wirewatch.clean.settings import CleanSettings

# The default text may be this much longer than the precision-mode text and the precision text
# is still taken (`closer_text`; chosen on trafilatura-eval dev, BENCHMARKS.md issue 12).
PRECISION_SHORTFALL = 1.1


@dataclass
class ExtractedPage:
    """What trafilatura found on one page; `text` keeps one paragraph a line."""

    text: str
    title: str | None = None
    description: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    sitename: str | None = None
    hostname: str | None = None
    language: str | None = None


def split_authors(author: str | None) -> list[str]:
    """trafilatura joins authors with "; "."""
    if not author:
        return []
    return [name.strip() for name in author.split(";") if name.strip()]


def publication_date(html: str, url: str | None) -> str | None:
    """The original publication date htmldate finds in the markup, as `YYYY-MM-DD`."""
    from htmldate import find_date

    try:
        return find_date(html, url=url, original_date=True, extensive_search=False)
    except (ValueError, TypeError):
        return None


def publication_day(tree: Any, url: str | None, htmldate_day: str | None) -> str | None:
    """The day the chooser picks among every day the page offers, htmldate's among them."""
    return chosen_day(page_date_candidates(tree, url, htmldate_day)) or htmldate_day


def closer_text(default_text: str, precise_text: str) -> str:
    """trafilatura's precision-mode text, unless its default text is much longer.

    Precision mode leaves out page furniture the default keeps (teasers, contact blocks), and
    sometimes a part of the article too; when it keeps nearly all the default text, what it
    left out was furniture.
    """
    if precise_text and len(default_text) <= PRECISION_SHORTFALL * len(precise_text):
        return precise_text
    return default_text


def _precision_text(tree: Any, url: str | None, settings: CleanSettings) -> str:
    import trafilatura

    precise = trafilatura.bare_extraction(
        tree,
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=settings.include_tables,
        with_metadata=False,
        deduplicate=False,
    )
    return (precise.text or "") if precise is not None else ""


def extract_page(html: str, url: str | None, settings: CleanSettings) -> ExtractedPage:
    """The main text of a page and its metadata; an empty page when nothing is found."""
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return ExtractedPage(text="")
    markup = read_markup_meta(tree, host_of(url))
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        favor_precision=settings.favor_precision,
        include_comments=False,
        include_tables=settings.include_tables,
        with_metadata=True,
        deduplicate=False,
    )
    if document is not None and not settings.favor_precision:
        document.text = closer_text(document.text or "", _precision_text(tree, url, settings))
    if document is None:  # too little text for trafilatura: the markup's metadata still holds
        return ExtractedPage(
            text="",
            title=page_headline(markup, None),
            authors=markup.authors,
            published=publication_day(tree, url, publication_date(html, url)),
        )
    return ExtractedPage(
        text=document.text or "",
        title=page_headline(markup, document.title or None),
        description=document.description or None,
        authors=markup.authors
        or clean_author_credits(split_authors(document.author), markup.site_names),
        published=publication_day(tree, url, document.date or publication_date(html, url)),
        sitename=document.sitename or None,
        hostname=document.hostname or None,
        language=document.language or None,
    )
