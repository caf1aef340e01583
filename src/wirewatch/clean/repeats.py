"""Paragraphs repeated within one article, exactly or nearly (a scraper's double take)."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from wirewatch.nlp.words import TOKEN

# Near-repeats are judged between paragraphs of at least this many words; shorter ones must match
# exactly.
MIN_NEAR_WORDS = 8
# Opening and closing words a near-copy must share with its original to be compared at all.
ANCHOR_WORDS = 4
# A repeat this long is dropped wherever it sits; shorter ones only right after their copy.
MIN_LONG_WORDS = 25

# Typographic characters folded to their plain forms.  A chain of `str.replace` runs in C over
# the whole string; `str.translate` with non-ASCII keys looks every character up (7x slower).
_FOLD: tuple[tuple[str, str], ...] = (
    ("\u2018", "'"),
    ("\u2019", "'"),
    ("\u201c", '"'),
    ("\u201d", '"'),
    ("\u2013", "-"),
    ("\u2014", "-"),
    ("\u00a0", " "),
)


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case, plain quotes and dashes, single spaces: the key two copies share."""
    if not text.isascii():
        for typographic, plain in _FOLD:
            text = text.replace(typographic, plain)
    return " ".join(text.lower().split())


def jaccard(first: frozenset, second: frozenset) -> float:
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


def trigrams(text: str) -> frozenset[tuple[str, ...]]:
    words = TOKEN.findall(text.lower())
    return frozenset(zip(words, words[1:], words[2:], strict=False))


def _anchors(words: list[str]) -> tuple[str, str]:
    """The opening and closing words: a scraper's near-copy keeps at least one of them."""
    return " ".join(words[:ANCHOR_WORDS]), " ".join(words[-ANCHOR_WORDS:])


def _copies(paragraphs: list[str], similarity: float) -> dict[int, int]:
    """For each paragraph that repeats an earlier one, the index of that earlier copy.

    Exact copies match on their folded text; near-copies are looked for only among earlier
    paragraphs that open or close with the same words, then compared by trigram Jaccard.
    """
    copies: dict[int, int] = {}
    first_seen: dict[str, int] = {}
    by_anchor: dict[str, list[int]] = defaultdict(list)
    shingled: dict[int, frozenset[tuple[str, ...]]] = {}

    def shingles_of(index: int) -> frozenset[tuple[str, ...]]:
        """Trigrams, built only for paragraphs that meet a candidate, and once each."""
        if index not in shingled:
            shingled[index] = trigrams(paragraphs[index])
        return shingled[index]

    for position, paragraph in enumerate(paragraphs):
        key = fold(paragraph)
        if key in first_seen:
            copies[position] = first_seen[key]
            continue
        first_seen[key] = position
        words = key.split()
        if len(words) < MIN_NEAR_WORDS:
            continue
        anchors = _anchors(words)
        candidates = sorted({i for anchor in anchors for i in by_anchor.get(anchor, ())})
        earlier = next(
            (i for i in candidates if jaccard(shingles_of(position), shingles_of(i)) >= similarity),
            None,
        )
        if earlier is not None:
            copies[position] = earlier
            continue
        for anchor in anchors:
            by_anchor[anchor].append(position)
    return copies


def repeated_paragraphs(paragraphs: list[str], similarity: float) -> dict[int, str]:
    """Paragraphs that repeat an earlier one (the first copy is kept).

    A long paragraph repeated is a scraper's double take; a short one only right
    after its copy: interview questions, list items and menu headings legitimately
    recur between different answers.
    """
    return {
        index: "repeated_paragraph"
        for index, earlier in _copies(paragraphs, similarity).items()
        if earlier == index - 1 or len(paragraphs[index].split()) >= MIN_LONG_WORDS
    }
