"""Settings of corpus linking: near-duplicates, events, storylines."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class LinkSettings:
    """Settings of corpus linking: near-duplicates, events, storylines. Every field carries its help text."""

    duplicate_threshold: float = field(
        default=0.8,
        metadata={"help": "Estimated Jaccard similarity of word shingles above which two articles are copies."},
    )
