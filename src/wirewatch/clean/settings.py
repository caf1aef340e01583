"""Settings of the cleaning stage (text rules, HTML extraction, metadata)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class CleanSettings:
    """Settings of the cleaning stage; every field carries its help text."""

    recurring_line_min_articles: int = field(
        default=3,
        metadata={
            "help": "A line seen in at least this many articles of one outlet is boilerplate there."
        },
    )
    recurring_short_words: int = field(
        default=8,
        metadata={
            "help": "A recurring line this short (in words) counts wherever it sits; "
            "longer ones only at an article's edges."
        },
    )
    recurring_edge_paragraphs: int = field(
        default=3,
        metadata={
            "help": "A longer recurring line is boilerplate only within this many paragraphs "
            "of an article's start or end, and only if the articles holding it are not copies."
        },
    )
    repeat_similarity: float = field(
        default=0.8,
        metadata={
            "help": "Word-trigram Jaccard at or above which a paragraph repeats an earlier one."
        },
    )
    favor_precision: bool = field(
        default=False,
        metadata={
            "help": "Take trafilatura's precision-mode text on every HTML page; by default it "
            "is taken where trafilatura's default text is at most 10% longer (measured: "
            "zyte-aeb F1 .966 vs .965, fundus ROUGE-LSum 93.23 vs 93.75)."
        },
    )
    include_tables: bool = field(
        default=True,
        metadata={"help": "Keep the text of HTML tables in the article body."},
    )
    detect_language: bool = field(
        default=True,
        metadata={
            "help": "Guess the language offline (py3langid) when the input does not give it."
        },
    )
    disabled_rules: tuple[str, ...] = field(
        default=(),
        metadata={
            "help": "Cleaning rules to switch off: line rules by reason code ('photo_caption'), "
            "block rules by name ('appeal', 'disclaimer', 'comment_form', 'signoff', 'tagline'), "
            "or 'repeated_paragraph'."
        },
    )
    line_model: bool = field(
        default=False,
        metadata={
            "help": "Web-text mode: after the named rules, a learned line model removes lines "
            "that look like page furniture (reason 'low_content_line')."
        },
    )
    line_model_threshold: float | None = field(
        default=None,
        metadata={
            "help": "Noise probability at or above which the line model removes a line; "
            "None: the threshold tuned on turku-en dev, stored with the weights."
        },
    )
