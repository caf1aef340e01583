"""Sidecar metadata: `NAME.meta.json` beside `NAME.txt` or `NAME.html` fills its fields."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from wirewatch.ingest.inputs import InputFile
from wirewatch.ingest.metadata import metadata_fields
from wirewatch.model import RawDocument, Skipped

SIDECAR_SUFFIX = ".meta.json"


def is_sidecar(name: str) -> bool:
    return name.lower().endswith(SIDECAR_SUFFIX)


def sidecar_path(input_file: InputFile) -> Path:
    return input_file.path.with_name(input_file.file_id + SIDECAR_SUFFIX)


def with_sidecar(document: RawDocument, input_file: InputFile) -> Iterator[RawDocument | Skipped]:
    """The document with its sidecar's metadata; a broken sidecar is reported, not fatal."""
    meta = read_sidecar(sidecar_path(input_file))
    if isinstance(meta, Skipped):
        yield meta
        meta = None
    yield dataclasses.replace(document, **metadata_fields(meta)) if meta else document


def read_sidecar(path: Path) -> dict[str, Any] | Skipped | None:
    """The sidecar's fields, None when there is none, Skipped when it cannot be used."""
    if not path.is_file():
        return None
    try:
        meta = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        return Skipped(str(path), f"unreadable sidecar, metadata ignored: {err}")
    if not isinstance(meta, dict):
        return Skipped(str(path), "sidecar is not a JSON object, metadata ignored")
    return meta
