"""Settings of corpus linking: near-duplicates, events, storylines."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class LinkSettings:
    """Settings of corpus linking: near-duplicates, events, storylines.

    Every field carries its help text.
    """

    duplicate_threshold: float = field(
        default=0.5,
        metadata={
            "help": "Jaccard similarity of word shingles above which two articles are copies."
        },
    )
    duplicate_shingle_words: int = field(
        default=5,
        metadata={"help": "Words per shingle when comparing articles for near-duplicates."},
    )
    duplicate_permutations: int = field(
        default=128,
        metadata={"help": "MinHash permutations per article (more: finer estimates, slower)."},
    )
    entity_weight: float = field(
        default=2.0,
        metadata={
            "help": "Weight of named-entity words against other content words in event features."
        },
    )
    title_weight: float = field(
        default=2.0,
        metadata={"help": "Weight of headline words against body words in event features."},
    )
    event_threshold: float = field(
        default=0.27,
        metadata={"help": "Cosine similarity (TF-IDF) an article needs to join an existing event."},
    )
    event_window_days: int = field(
        default=7,
        metadata={"help": "Days from an event's first day within which an article may join it."},
    )
    block_terms: int = field(
        default=12,
        metadata={"help": "Rarest terms of an article used to find candidate events (blocking)."},
    )
    max_candidates: int = field(
        default=30,
        metadata={
            "help": "Candidate events compared per article: those sharing most blocking terms."
        },
    )
    storyline_threshold: float = field(
        default=0.15,
        metadata={"help": "Cosine similarity an event needs with a storyline's events to join it."},
    )
    storyline_gap_days: int = field(
        default=365,
        metadata={"help": "An event joins a storyline only within this many days of its dates."},
    )
    summary_sentences: int = field(
        default=3,
        metadata={"help": "Sentences in an event's extractive summary."},
    )
