"""Settings of the cleaning stage (text rules, HTML extraction, metadata)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class CleanSettings:
    """Settings of the cleaning stage (text rules, HTML extraction, metadata). Every field carries its help text."""

    recurring_line_min_articles: int = field(
        default=3,
        metadata={"help": "A line seen in at least this many articles of one outlet is boilerplate there."},
    )
