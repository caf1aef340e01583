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
        default=0.2,
        metadata={
            "help": "Mean pair score (shared nearest neighbours times cosine, geometric mean) "
            "two groups of articles need to merge into one event (average link)."
        },
    )
    event_neighbours: int = field(
        default=8,
        metadata={"help": "Nearest articles (TF-IDF cosine) each article is compared by."},
    )
    event_least_similarity: float = field(
        default=0.1,
        metadata={
            "help": "TF-IDF cosine below which two articles never count as one event's reports."
        },
    )
    event_least_cohesion: float = field(
        default=0.32,
        metadata={
            "help": "TF-IDF cosine two groups of articles, summed, need to merge into one event."
        },
    )
    event_window_days: int = field(
        default=7,
        metadata={
            "help": "Two articles published further apart than this many days (by dates from "
            "metadata or page markup) count against one event (see event_apart_penalty)."
        },
    )
    event_apart_penalty: float = field(
        default=0.3,
        metadata={
            "help": "Score against merging of two alike articles published further apart than "
            "event_window_days (two happenings of one kind); averaged with the other pairs."
        },
    )
    block_terms: int = field(
        default=12,
        metadata={"help": "Rarest terms of an article used to find candidate pairs (blocking)."},
    )
    max_candidates: int = field(
        default=30,
        metadata={
            "help": "Candidate articles compared per article: those sharing most blocking terms."
        },
    )
    storyline_threshold: float = field(
        default=0.003,
        metadata={
            "help": "Mean pair score (TF-IDF cosine of two events, halved every "
            "storyline_half_life_days apart; 0 for pairs blocking never compared) two groups "
            "of events need to merge into one storyline (average link)."
        },
    )
    storyline_least_cohesion: float = field(
        default=0.1,
        metadata={
            "help": "TF-IDF cosine two groups of events, summed, need to merge into one storyline."
        },
    )
    storyline_half_life_days: float = field(
        default=15.0,
        metadata={"help": "Days apart over which two events' similarity for a storyline halves."},
    )
    storyline_gap_days: int = field(
        default=365,
        metadata={"help": "Events further apart than this many days are never one storyline's."},
    )
    summary_sentences: int = field(
        default=3,
        metadata={"help": "Sentences in an event's extractive summary."},
    )
