"""Metadata fields of records, sidecars and feeds, normalised to what RawDocument holds."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from typing import Any

from wirewatch.clean.dates import published_value

LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def plain_string(value: Any) -> str | None:
    """A non-blank string, trimmed and NFC-normalised; anything else is no value."""
    if not isinstance(value, str) or not value.strip():
        return None
    return unicodedata.normalize("NFC", value.strip())


def iso_published(value: Any) -> str | None:
    """An ISO date (`2025-03-13`) or datetime from ISO, RFC 2822 or a written-out date, read
    by the one date reader (`clean.dates`)."""
    text = plain_string(value)
    return published_value(text) if text is not None else None


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
