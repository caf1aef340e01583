"""Single-document files: `.txt` (plain text) and `.html` / `.htm` (markup)."""

from __future__ import annotations

from collections.abc import Iterator

from wirewatch.ingest.encoding import decode_text
from wirewatch.ingest.inputs import InputError, InputFile
from wirewatch.ingest.sidecar import with_sidecar
from wirewatch.model import RawDocument, Skipped


def read_text(input_file: InputFile) -> Iterator[RawDocument | Skipped]:
    """A plain-text article; its first line may be a title (left for cleaning to judge)."""
    yield from with_sidecar(_single_document(input_file, "text"), input_file)


def read_html(input_file: InputFile) -> Iterator[RawDocument | Skipped]:
    """An HTML page; `<meta charset>` is honoured when decoding."""
    yield from with_sidecar(_single_document(input_file, "html"), input_file)


def _single_document(input_file: InputFile, format: str) -> RawDocument:
    payload = input_file.read_payload()
    if not payload:
        raise InputError("empty file")
    content = decode_text(payload, markup=format == "html")
    if not content.strip():
        raise InputError("empty file")
    return RawDocument(
        id=input_file.file_id, source=input_file.source, content=content, format=format
    )
