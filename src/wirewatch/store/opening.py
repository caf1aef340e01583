"""Telling a wirewatch store from a mistyped path or another kind of file, without writing.

Opening a `Store` creates the file and its schema, which is right for `ingest` and wrong
for a command that only reads: a mistyped `--db` would get an empty store and print
zeros.  `check_store` opens the file read-only and says in one line what is wrong.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path


class NotAStore(ValueError):
    """The path holds no wirewatch store; the message says why in one line."""


def check_store(path: str | Path) -> Path:
    """`path` if it is an existing wirewatch store; NotAStore otherwise."""
    path = Path(path)
    if not path.exists():
        raise NotAStore(f"No wirewatch store at {path} (`wirewatch analyze` or `ingest` makes one)")
    if not path.is_file():
        raise NotAStore(f"{path} is a folder, not a wirewatch store")
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
            found = db.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles'"
            ).fetchone()
    except sqlite3.DatabaseError as error:
        raise NotAStore(f"{path} is not a wirewatch store ({error})") from None
    if found is None:
        raise NotAStore(f"{path} is not a wirewatch store (an SQLite file without its tables)")
    return path
