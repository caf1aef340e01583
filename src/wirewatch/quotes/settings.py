"""Settings of quote extraction and quote grouping."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class QuoteSettings:
    """Settings of quote extraction and quote grouping. Every field carries its help text."""

    group_similarity: float = field(
        default=0.5,
        metadata={"help": "Lexical similarity above which two quotes of one event or storyline are the same statement."},
    )
