"""Settings of source comparison (claims, agreements, contradictions)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class CompareSettings:
    """Settings of source comparison (claims, agreements, contradictions).

    Every field carries its help text.
    """

    number_tolerance: float = field(
        default=0.01,
        metadata={"help": "Relative difference two numbers may have and still agree (rounding)."},
    )
    approximate_tolerance: float = field(
        default=0.1,
        metadata={
            "help": "How far a number marked 'about', 'around' or 'nearly' may be from the truth "
            "(relative); 'more than' and 'less than' leave one side open."
        },
    )
    clock_tolerance_minutes: float = field(
        default=5.0,
        metadata={"help": "Minutes either side of a clock time marked 'about' ('about 3 p.m.')."},
    )
    alignment_threshold: float = field(
        default=0.4,
        metadata={
            "help": "Least similarity for two claims to be about one fact: the words their "
            "clauses share, weighted by rarity in the corpus, plus the same thing and verb."
        },
    )
    min_reports: int = field(
        default=3,
        metadata={
            "help": "Articles that must state one of the disputed values (counting both sides) "
            "before a disagreement is shown: one report against one other is too often two "
            "different facts told alike."
        },
    )
    sure_alignment: float = field(
        default=0.6,
        metadata={
            "help": "Similarity from which two claims alone (fewer than min_reports) are "
            "shown as a disagreement."
        },
    )
    max_values: int = field(
        default=3,
        metadata={"help": "Most different values one disagreement may hold; more is many facts."},
    )
    storyline_background: bool = field(
        default=True,
        metadata={
            "help": "Compare background facts (lengths, areas, dates of happenings) across the "
            "events of one storyline, not only within one event."
        },
    )
