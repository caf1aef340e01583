"""WARC archives (`.warc`, `.warc.gz`): one RawDocument per HTML response record, streamed.

WARC-Date is when the page was crawled, not when it was published: it is not used as `published`.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, BinaryIO

from wirewatch.ingest.encoding import decode_text
from wirewatch.ingest.inputs import InputError, InputFile
from wirewatch.model import RawDocument, Skipped

RECORD_ID_WRAPPING = re.compile(r"^<?(?:urn:uuid:)?|>?$", re.I)
CHARSET_PARAM = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
HTML_TYPES = ("html",)  # text/html, application/xhtml+xml


def read_warc(input_file: InputFile) -> Iterator[RawDocument | Skipped]:
    """Each HTML response record of the archive; other record types are not articles."""
    # warcio unpacks record-wise gzip itself, so it reads the raw file.
    with input_file.path.open("rb") as stream:
        for index, record in enumerate(_records(stream)):
            if record.rec_type == "response":
                yield _response_document(record, index, input_file)


def warc_record_id(header: str | None) -> str | None:
    """`<urn:uuid:1234-abcd>` → `1234-abcd`."""
    if not header:
        return None
    return RECORD_ID_WRAPPING.sub("", header.strip()) or None


def _records(stream: BinaryIO) -> Iterator[Any]:
    from warcio.archiveiterator import WARCIterator

    records = iter(WARCIterator(stream))  # WARC only: warcio would take junk lines for ARC
    while True:
        with _archive_failures():
            record = next(records, None)
        if record is None:
            return
        yield record


@contextmanager
def _archive_failures() -> Iterator[None]:
    """warcio's failures on a malformed archive, as one InputError; I/O and gzip ones pass."""
    try:
        yield
    except (OSError, EOFError, zlib.error):
        raise
    except Exception as err:  # warcio raises many kinds (even AttributeError) on bad input
        raise InputError(f"invalid WARC: {_describe_failure(err)}") from err


def _response_document(record: Any, index: int, input_file: InputFile) -> RawDocument | Skipped:
    headers = record.rec_headers
    record_id = warc_record_id(headers.get_header("WARC-Record-ID"))
    record_id = record_id or f"{input_file.file_id}-{index}"
    source = input_file.part_source(record_id)
    problem = _response_problem(record, input_file.max_bytes)
    if problem:
        return Skipped(source, problem)
    with _archive_failures():
        body = record.content_stream().read(input_file.max_bytes + 1)
    if len(body) > input_file.max_bytes:
        return Skipped(source, f"record larger than {input_file.max_bytes} bytes")
    try:
        content = decode_text(body, declared=_charset(record), markup=True)
    except InputError as err:
        return Skipped(source, str(err))
    if not content.strip():
        return Skipped(source, "empty response")
    return RawDocument(
        id=record_id,
        source=source,
        content=content,
        format="html",
        url=headers.get_header("WARC-Target-URI"),
    )


def _response_problem(record: Any, max_bytes: int) -> str | None:
    """Why a response record is no article (too big, no HTTP, an error status, not HTML)."""
    length = record.rec_headers.get_header("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        return f"record larger than {max_bytes} bytes"
    if record.http_headers is None:
        return "response without HTTP headers"
    status = record.http_headers.get_statuscode() or ""
    if not status.startswith("2"):
        return f"HTTP status {status or 'missing'}"
    content_type = record.http_headers.get_header("Content-Type") or ""
    if content_type and not any(kind in content_type.lower() for kind in HTML_TYPES):
        return f"not HTML ({content_type})"
    return None


def _charset(record: Any) -> str | None:
    found = CHARSET_PARAM.search(record.http_headers.get_header("Content-Type") or "")
    return found.group(1) if found else None


def _describe_failure(err: Exception) -> str:
    """warcio's own message (its first line) when it has one, else a plain word."""
    from warcio.exceptions import ArchiveLoadFailed

    if isinstance(err, ArchiveLoadFailed) and str(err).strip():
        return str(err).strip().splitlines()[0]
    return f"malformed record ({type(err).__name__})"
