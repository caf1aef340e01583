"""One input file on its way to a reader, and the error a reader raises for it."""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO


class InputError(ValueError):
    """An input that cannot be read; the message is the short reason shown to the user."""


@dataclass(frozen=True)
class InputFile:
    """A file chosen for reading: where it is, how the user named it, its article id."""

    path: Path
    source: str
    file_id: str
    compressed: bool
    max_bytes: int

    def open_stream(self) -> BinaryIO:
        """The file's bytes, decompressed on the fly when it ends in `.gz`."""
        if self.compressed:
            return gzip.open(self.path, "rb")  # type: ignore[return-value]
        return self.path.open("rb")

    def read_payload(self) -> bytes:
        """All the (decompressed) bytes, refusing more than `max_bytes` of them.

        The size on disk was checked before; a small `.gz` can still unpack huge.
        """
        with self.open_stream() as stream:
            payload = stream.read(self.max_bytes + 1)
        if len(payload) > self.max_bytes:
            raise InputError(f"larger than {self.max_bytes} bytes once decompressed")
        return payload

    def part_source(self, key: object) -> str:
        """The source of one record inside this file: `path#key`."""
        return f"{self.source}#{key}"
