"""Settings of quote extraction and quote grouping."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class QuoteSettings:
    """Settings of quote extraction and quote grouping. Every field carries its help text."""

    group_similarity: float = field(
        default=0.7,
        metadata={
            "help": "Content-word similarity (Jaccard, or containment of the shorter quote) "
            "from which two quotes of one event or storyline are the same statement."
        },
    )
    same_speaker_bonus: float = field(
        default=0.05,
        metadata={
            "help": "How much lower the similarity bar is when both quotes have the same "
            "known speaker."
        },
    )
    meaning_similarity: float = field(
        default=0.87,
        metadata={
            "help": "Cosine similarity of multilingual sentence embeddings from which two quotes "
            "of one event, each the other's closest in its article, are one "
            "statement in other words or another language (1.0 turns the embedding off)."
        },
    )
    meaning_margin: float = field(
        default=0.05,
        metadata={
            "help": "How much closer in meaning two quotes must be to each other than either "
            "is to any other quote of the same speaker in the other's article: a speaker "
            "says several things on one story, and an outlet that left the statement out "
            "still quotes its closest neighbour (0 turns the margin off)."
        },
    )
    min_contained_words: int = field(
        default=3,
        metadata={
            "help": "A shorter quote counts as contained in a longer one only with at least "
            "this many content words (else only Jaccard similarity counts)."
        },
    )
    pool_max_articles: int = field(
        default=50,
        metadata={
            "help": "With no events linked, all articles form one block for quote grouping "
            "only up to this many articles (else quotes are not grouped)."
        },
    )
    min_unattributed_words: int = field(
        default=3,
        metadata={
            "help": "A quote with no cue verb and no speaker is kept only with at least this "
            "many words and not title-cased (else it is a scare quote or a title); a shorter "
            "one right after 'the'/'a'/'an' whose speaker is unknown is a term even with a cue."
        },
    )
    indirect: bool = field(
        default=True,
        metadata={
            "help": "Also record indirect speech ('Peskov noted that ...') as kind "
            "'indirect' when its speaker is known."
        },
    )
