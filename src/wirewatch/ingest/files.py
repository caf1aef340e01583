"""Which files to read and with which reader: folders walked, extensions looked up in a table."""

from __future__ import annotations

import dataclasses
import gzip
import os
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from wirewatch.ingest.feeds import read_feed
from wirewatch.ingest.ids import IdRegistry
from wirewatch.ingest.inputs import InputError, InputFile
from wirewatch.ingest.records import read_json, read_jsonl
from wirewatch.ingest.sidecar import is_sidecar
from wirewatch.ingest.text import read_html, read_text
from wirewatch.ingest.warc import read_warc
from wirewatch.model import RawDocument, Skipped

Reader = Callable[[InputFile], Iterator[RawDocument | Skipped]]


@dataclass(frozen=True)
class Format:
    """How one kind of file is read.  A `streamed` file is read record by record, so
    `max_bytes` bounds each record rather than the whole file."""

    reader: Reader
    streamed: bool = False


FORMATS: dict[str, Format] = {
    ".txt": Format(read_text),
    ".html": Format(read_html),
    ".htm": Format(read_html),
    ".xhtml": Format(read_html),
    ".json": Format(read_json),
    ".jsonl": Format(read_jsonl, streamed=True),
    ".ndjson": Format(read_jsonl, streamed=True),
    ".warc": Format(read_warc, streamed=True),
    ".rss": Format(read_feed),
    ".atom": Format(read_feed),
    ".xml": Format(read_feed),
}
COMPRESSED_SUFFIX = ".gz"

# Errors of reading one file, and how each reads to the user; first match wins.
READ_ERRORS: tuple[tuple[type[BaseException], Callable[[BaseException], str]], ...] = (
    (gzip.BadGzipFile, lambda err: f"broken gzip: {err}"),
    (EOFError, lambda err: "broken gzip: the file ends too early"),
    (zlib.error, lambda err: f"broken gzip: {err}"),
    (OSError, lambda err: f"cannot read: {getattr(err, 'strerror', None) or err}"),
)


def read_inputs(
    paths: Sequence[str | Path], max_bytes: int = 20_000_000
) -> Iterator[RawDocument | Skipped]:
    """Every article in `paths` (files and folders, folders walked recursively in sorted
    order), or a Skipped saying why an input or record could not be read.  Ids are unique
    within one call.  Never raises for a bad file."""
    registry = IdRegistry()
    for item in input_files(paths, max_bytes):
        if isinstance(item, Skipped):
            yield item
            continue
        for result in _read_guarded(*item):
            if isinstance(result, RawDocument):
                result = dataclasses.replace(result, id=registry.claim(result.id))
            yield result


def input_files(
    paths: Sequence[str | Path], max_bytes: int
) -> Iterator[tuple[InputFile, Format] | Skipped]:
    """The files to read, in order, each once; Skipped for missing or unsupported ones."""
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            candidates: Iterable[tuple[Path | Skipped, bool]] = (
                (found, False) for found in walk_folder(path)
            )
        elif path.exists():
            candidates = [(path, True)]
        else:
            yield Skipped(str(given), "no such file or directory")
            continue
        for candidate, explicit in candidates:
            if isinstance(candidate, Skipped):
                yield candidate
                continue
            resolved = candidate.resolve()
            if resolved not in seen:
                seen.add(resolved)
                item = _classify(candidate, max_bytes, explicit)
                if item is not None:
                    yield item


def walk_folder(folder: Path) -> Iterator[Path | Skipped]:
    """Files under `folder` in sorted path order (`a/z.txt` before `b.txt`), hidden files and
    folders left out, symlinked folders not followed (no loops)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as err:
        yield Skipped(str(folder), _describe_read_error(err))
        return
    for entry in entries:
        if is_hidden(entry.name):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from walk_folder(Path(entry.path))
        else:
            yield Path(entry.path)


def is_hidden(name: str) -> bool:
    return name.startswith(".")


def split_name(name: str) -> tuple[str, str, bool] | None:
    """(file id, format suffix, compressed) from the extension chain, or None if unknown:
    `a1b2.html.gz` → (`a1b2`, `.html`, True).  Only known extensions are cut off, so
    `report.v2.txt` keeps its id `report.v2`."""
    stem, compressed = name, name.lower().endswith(COMPRESSED_SUFFIX)
    if compressed:
        stem = name[: -len(COMPRESSED_SUFFIX)]
    suffix = Path(stem).suffix.lower()
    if suffix not in FORMATS or len(stem) == len(suffix):
        return None
    return stem[: -len(suffix)], suffix, compressed


def _classify(
    path: Path, max_bytes: int, explicit: bool
) -> tuple[InputFile, Format] | Skipped | None:
    if is_sidecar(path.name):
        return Skipped(str(path), "metadata sidecar, not an article") if explicit else None
    if not path.is_file():
        return Skipped(str(path), "not a regular file")
    parts = split_name(path.name)
    if parts is None:
        return Skipped(str(path), f"unsupported file type: {path.name}")
    file_id, suffix, compressed = parts
    input_file = InputFile(path, str(path), file_id, compressed, max_bytes)
    return input_file, FORMATS[suffix]


def _read_guarded(input_file: InputFile, file_format: Format) -> Iterator[RawDocument | Skipped]:
    """The reader's results; a failure of this one file becomes a Skipped, the run goes on."""
    try:
        _check_size(input_file, file_format)
        yield from file_format.reader(input_file)
    except InputError as err:
        yield Skipped(input_file.source, str(err))
    except (OSError, EOFError, zlib.error) as err:
        yield Skipped(input_file.source, _describe_read_error(err))


def _check_size(input_file: InputFile, file_format: Format) -> None:
    """Refuse before reading: empty files, and files over `max_bytes` unless streamed."""
    size = input_file.path.stat().st_size
    if size == 0:
        raise InputError("empty file")
    if size > input_file.max_bytes and not file_format.streamed:
        raise InputError(f"larger than {input_file.max_bytes} bytes")


def _describe_read_error(err: BaseException) -> str:
    return next(describe(err) for kind, describe in READ_ERRORS if isinstance(err, kind))
