"""Settings of the SQLite store: locking, search ranking and how much one search may do."""

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
    max_query_chars: int = field(
        default=2000,
        metadata={"help": "Longest search query accepted, in characters; longer is refused."},
    )
    max_query_terms: int = field(
        default=32,
        metadata={"help": "Most distinct words or phrases in one search; more is refused."},
    )
    max_prefix_terms: int = field(
        default=4,
        metadata={"help": "Most prefix terms (word*) in one search; more is refused."},
    )
    max_search_depth: int = field(
        default=1000,
        metadata={"help": "Deepest search result a page may reach (offset + page size)."},
    )
    statement_timeout_seconds: float = field(
        default=0.8,
        metadata={"help": "A search running longer is stopped and refused (answers within 1 s)."},
    )
