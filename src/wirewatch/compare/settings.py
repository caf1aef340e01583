"""Settings of source comparison (claims, agreements, contradictions)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class CompareSettings:
    """Settings of source comparison (claims, agreements, contradictions). Every field carries its help text."""

    number_tolerance: float = field(
        default=0.01,
        metadata={"help": "Relative difference two numbers may have and still agree (rounding)."},
    )
