"""Metadata fields of records, sidecars and feeds, normalised to what RawDocument holds."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from datetime import date, datetime, timezone
from typing import Any

LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
ISO_DATE_LENGTH = len("2025-03-13")
# Written-out dates are read as English, like the rest of the pipeline: trying every language
# costs seconds per unparseable value.
WRITTEN_DATE_LANGUAGES = ["en"]
WRITTEN_DATE_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "PARSERS": ["absolute-time"]}


def plain_string(value: Any) -> str | None:
    """A non-blank string, trimmed and NFC-normalised; anything else is no value."""
    if not isinstance(value, str) or not value.strip():
        return None
    return unicodedata.normalize("NFC", value.strip())


def iso_published(value: Any) -> str | None:
    """An ISO date (`2025-03-13`) or datetime from ISO, RFC 2822 or a written-out date.

    A written-out date ("March 13, 2025") keeps only its day: its time would be a guess.
    """
    text = plain_string(value)
    if text is None:
        return None
    for parse in (_iso, _rfc2822, _written_date):
        found = parse(text)
        if found is not None:
            return found
    return None


def language_code(value: Any) -> str | None:
    """The primary language subtag, lower case: `en-US` → `en`."""
    text = plain_string(value)
    if text is None:
        return None
    primary = re.split(r"[-_]", text.lower(), maxsplit=1)[0]
    return primary if LANGUAGE_CODE.fullmatch(primary) else None


def author_names(value: Any) -> list[str]:
    """Author names from a string, a list of strings, or a list of `{"name": ...}` objects."""
    items = value if isinstance(value, list) else [value]
    names = (_author_name(item) for item in items)
    return [name for name in names if name]


def metadata_fields(record: Mapping[str, Any]) -> dict[str, Any]:
    """The RawDocument fields a record or sidecar gives, normalised; absent or bad ones left out."""
    fields: dict[str, Any] = {}
    for name, normalise in FIELD_NORMALISERS.items():
        if name in record:
            value = normalise(record[name])
            if value:
                fields[name] = value
    return fields


def struct_time_iso(parsed: Any) -> str | None:
    """A UTC `time.struct_time` (as feedparser gives) as an ISO datetime."""
    if not parsed:
        return None
    return datetime(*parsed[:6], tzinfo=timezone.utc).isoformat()


FIELD_NORMALISERS: dict[str, Callable[[Any], Any]] = {
    "url": plain_string,
    "outlet": plain_string,
    "title": plain_string,
    "published": iso_published,
    "language": language_code,
    "authors": author_names,
}


def _author_name(item: Any) -> str | None:
    if isinstance(item, Mapping):
        return plain_string(item.get("name"))
    return plain_string(item)


def _iso(text: str) -> str | None:
    try:
        if len(text) == ISO_DATE_LENGTH:
            return date.fromisoformat(text).isoformat()
        return datetime.fromisoformat(text).isoformat()
    except ValueError:
        return None


def _rfc2822(text: str) -> str | None:
    from email.utils import parsedate_to_datetime  # pulls in socket: only when needed

    try:
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _written_date(text: str) -> str | None:
    import dateparser

    found = dateparser.parse(text, languages=WRITTEN_DATE_LANGUAGES, settings=WRITTEN_DATE_SETTINGS)
    return found.date().isoformat() if found else None
