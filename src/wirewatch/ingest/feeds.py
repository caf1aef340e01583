"""RSS and Atom feeds saved to disk: one RawDocument per entry (its content or summary)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from wirewatch.ingest.encoding import normalise_text
from wirewatch.ingest.ids import slug
from wirewatch.ingest.inputs import InputError, InputFile
from wirewatch.ingest.metadata import (
    author_names,
    language_code,
    plain_string,
    struct_time_iso,
)
from wirewatch.model import RawDocument, Skipped

PLAIN_TEXT_TYPE = "text/plain"


def read_feed(input_file: InputFile) -> Iterator[RawDocument | Skipped]:
    """Each entry of an RSS/Atom feed; the feed's title is the outlet."""
    import feedparser

    payload = input_file.read_payload()
    if not payload.strip():
        raise InputError("empty file")
    # Bytes, never a string: feedparser would fetch a string that looks like a URL.
    feed = feedparser.parse(payload)
    if not feed.get("version") and not feed.entries:
        raise InputError(f"not an RSS/Atom feed{_parse_problem(feed)}")
    if not feed.entries:
        raise InputError("feed has no entries")
    channel = feed.get("feed", {})
    outlet = plain_string(channel.get("title"))
    language = language_code(channel.get("language"))
    for index, entry in enumerate(feed.entries):
        yield _entry_document(entry, index, input_file, outlet, language)


def entry_id(entry: Any, default_id: str) -> str:
    """The entry's id (Atom id, RSS guid) or link, slugged; else the file id and position."""
    for key in ("id", "link"):
        value = plain_string(entry.get(key))
        if value and slug(value):
            return slug(value)
    return default_id


def _entry_document(
    entry: Any, index: int, input_file: InputFile, outlet: str | None, language: str | None
) -> RawDocument | Skipped:
    article_id = entry_id(entry, f"{input_file.file_id}-{index}")
    source = input_file.part_source(article_id)
    body = _entry_body(entry)
    if body is None:
        return Skipped(source, "entry has no content or summary")
    content, content_type = body
    return RawDocument(
        id=article_id,
        source=source,
        content=normalise_text(content),
        format="text" if content_type == PLAIN_TEXT_TYPE else "html",
        url=plain_string(entry.get("link")),
        outlet=outlet,
        published=struct_time_iso(entry.get("published_parsed")),
        title=plain_string(entry.get("title")),
        authors=_entry_authors(entry),
        language=language,
    )


def _entry_body(entry: Any) -> tuple[str, str] | None:
    """(value, MIME type) of the fullest body: HTML content, any content, then the summary."""
    contents = [part for part in entry.get("content", []) if plain_string(part.get("value"))]
    contents.sort(key=lambda part: "html" not in (part.get("type") or ""))
    if contents:
        return contents[0]["value"], contents[0].get("type") or ""
    summary = entry.get("summary_detail") or {}
    if plain_string(summary.get("value")):
        return summary["value"], summary.get("type") or ""
    return None


def _entry_authors(entry: Any) -> list[str]:
    return author_names(entry.get("authors")) or author_names(entry.get("author"))


def _parse_problem(feed: Any) -> str:
    problem = feed.get("bozo_exception")
    return f": {str(problem).splitlines()[0]}" if problem and str(problem).strip() else ""
