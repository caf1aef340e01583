"""Record files: `.json` (one record or a list) and `.jsonl` (one record a line, streamed).

A record has `id, url, outlet, published, title`, its body in `text` or `html` (text wins
when both are given: it is what the user already extracted), optional `authors, language`.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from wirewatch.ingest.encoding import decode_text, normalise_text
from wirewatch.ingest.inputs import InputError, InputFile
from wirewatch.ingest.metadata import metadata_fields
from wirewatch.model import RawDocument, Skipped

BODY_FIELDS: dict[str, str] = {"text": "text", "html": "html"}  # record field → format
READ_CHUNK = 1 << 20


def read_json(input_file: InputFile) -> Iterator[RawDocument | Skipped]:
    """A `.json` file: one record object, or a list of them."""
    try:
        parsed = json.loads(decode_text(input_file.read_payload()))
    except json.JSONDecodeError as err:
        raise InputError(f"invalid JSON at line {err.lineno}: {err.msg}") from err
    if isinstance(parsed, dict):
        numbered = [(input_file.file_id, parsed)]
    elif isinstance(parsed, list):
        numbered = [(f"{input_file.file_id}-{index}", rec) for index, rec in enumerate(parsed)]
    else:
        raise InputError("JSON holds neither a record nor a list of records")
    for default_id, record in numbered:
        record_id = record_id_of(record) or default_id
        yield record_document(record, record_id, input_file.part_source(record_id))


def read_jsonl(input_file: InputFile) -> Iterator[RawDocument | Skipped]:
    """A `.jsonl` file, one line at a time: a bad line skips only itself (`file:line`)."""
    index = 0
    with input_file.open_stream() as stream:
        for line_number, line in enumerate(_bounded_lines(stream, input_file.max_bytes), 1):
            source = f"{input_file.source}:{line_number}"
            if line is None:
                yield Skipped(source, f"line longer than {input_file.max_bytes} bytes")
                continue
            if not line.strip():
                continue
            yield _line_document(line, line_number, f"{input_file.file_id}-{index}", input_file)
            index += 1


def record_document(record: Any, record_id: str, source: str) -> RawDocument | Skipped:
    """A RawDocument from one parsed record, or why it cannot be one."""
    if not isinstance(record, dict):
        return Skipped(source, "record is not a JSON object")
    body_field = next((name for name in BODY_FIELDS if _has_body(record.get(name))), None)
    if body_field is None:
        return Skipped(source, "record has no text or html")
    return RawDocument(
        id=record_id,
        source=source,
        content=normalise_text(record[body_field]),
        format=BODY_FIELDS[body_field],
        **metadata_fields(record),
    )


def _line_document(
    line: bytes, line_number: int, default_id: str, input_file: InputFile
) -> RawDocument | Skipped:
    source = f"{input_file.source}:{line_number}"
    if line_number == 1:
        line = line.removeprefix(codecs.BOM_UTF8)
    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        return Skipped(source, f"line {line_number} is not UTF-8")
    except json.JSONDecodeError as err:
        return Skipped(source, f"invalid JSON at line {line_number}: {err.msg}")
    return record_document(record, record_id_of(record) or default_id, source)


def _bounded_lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """Each line of the stream, or None for a line over `max_bytes` (read past, never held)."""
    while line := stream.readline(max_bytes + 1):
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _read_past_line(stream)
            yield None
        else:
            yield line


def _read_past_line(stream: BinaryIO) -> None:
    while chunk := stream.readline(READ_CHUNK):
        if chunk.endswith(b"\n"):
            return


def record_id_of(record: Any) -> str | None:
    """The record's own `id` (a string or a number) as a string, or None."""
    if not isinstance(record, dict):
        return None
    value = record.get("id")
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return str(value).strip() or None
    return None


def _has_body(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())
