"""HTML pages: main text and metadata with trafilatura; the publication date the page states,
else htmldate's."""

from __future__ import annotations

from dataclasses import dataclass, field

from wirewatch.clean.outlets import host_of
from wirewatch.clean.page_dates import declared_publication_day
from wirewatch.clean.page_meta import (
    clean_author_credits,
    page_headline,
    read_markup_meta,
)
from wirewatch.clean.settings import CleanSettings


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


def extract_page(html: str, url: str | None, settings: CleanSettings) -> ExtractedPage:
    """The main text of a page and its metadata; an empty page when nothing is found."""
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return ExtractedPage(text="")
    markup = read_markup_meta(tree, host_of(url))
    declared_day = declared_publication_day(tree)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        favor_precision=settings.favor_precision,
        include_comments=False,
        include_tables=settings.include_tables,
        with_metadata=True,
        deduplicate=False,
    )
    if document is None:  # too little text for trafilatura: the markup's metadata still holds
        return ExtractedPage(
            text="",
            title=page_headline(markup, None),
            authors=markup.authors,
            published=declared_day or publication_date(html, url),
        )
    return ExtractedPage(
        text=document.text or "",
        title=page_headline(markup, document.title or None),
        description=document.description or None,
        authors=markup.authors
        or clean_author_credits(split_authors(document.author), markup.site_names),
        published=declared_day or document.date or publication_date(html, url),
        sitename=document.sitename or None,
        hostname=document.hostname or None,
        language=document.language or None,
    )
