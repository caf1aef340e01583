"""Settings of the SQLite store: locking and search ranking."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class StoreSettings:
    """Settings of the SQLite store. Every field carries its help text."""

    busy_timeout_seconds: float = field(
        default=10.0,
        metadata={"help": "How long a write waits for another process's lock before failing."},
    )
    title_weight: float = field(
        default=3.0,
        metadata={"help": "Weight of headline words against body words in search ranking (bm25)."},
    )
    snippet_tokens: int = field(
        default=16,
        metadata={"help": "Words around the match shown in a search hit's snippet (at most 64)."},
    )
