"""Alignment: claims about the same fact across articles, and whether they agree.

Steps you can look at one by one (block -> compare -> group):
- `readings`: each claim with its article, outlet, date and voice (the reporter,
  or the speaker of the direct quote it stands in);
- `same_fact`: two claims are about one fact when kind, dimension, thing (head word,
  or the same verb done to things named alike), voice and period (dates in the clause)
  match and one claim's named parties include the other's;
- `agree`: numbers agree when their intervals (each widened by its marker) lie
  within `number_tolerance` of each other; dates when their windows overlap;
- `align`: claims blocked by (kind, dimension, head word or verb), linked when about the
  same fact, grouped; each group lists its contradicting pairs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wirewatch.compare.dates import parse_window_text, windows_overlap
from wirewatch.compare.patterns import (
    CLOSING_QUOTES,
    MARKERS,
    OPENING_QUOTES,
    QUOTED_KINDS,
    STRAIGHT_QUOTES,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from wirewatch.compare.settings import CompareSettings
    from wirewatch.model import Article, Claim

COMPARED_KINDS = frozenset({"amount", "count", "date"})
MIN_STEM = 4  # a shared beginning shorter than this ("car" in "cargo") is chance


@dataclass
class Reading:
    """One claim as alignment sees it."""

    article: Article
    claim: Claim
    kind: str
    head: str
    dimension: str
    parties: frozenset[str]
    voice: str
    verb: str = ""
    words: frozenset[str] = frozenset()
    period: tuple[str, str] | None = None  # the date the fact is stated for, if the clause has one

    @property
    def outlet(self) -> str:
        return self.article.outlet or self.article.id

    @property
    def published(self) -> str:
        """Sort key: publication day, unknown last."""
        published = self.article.published
        return (published.start if published and published.start else "9999") + self.article.id

    @property
    def block(self) -> tuple[str, str]:
        return self.kind, self.dimension

    @property
    def block_keys(self) -> list[tuple[str, str, str]]:
        """Blocks it is compared in: its head word, and the verb done to it if any."""
        keys = [(self.kind, self.dimension, f"head:{self.head}")]
        if self.verb:
            keys.append((self.kind, self.dimension, f"verb:{self.verb}"))
        return keys


@dataclass
class FactGroup:
    """Claims about one fact; `conflicts` are the pairs (indices) that contradict."""

    readings: list[Reading]
    conflicts: list[tuple[int, int]] = field(default_factory=list)

    @property
    def subject(self) -> str:
        return self.readings[0].claim.subject

    @property
    def kind(self) -> str:
        return self.readings[0].kind

    @property
    def outlets(self) -> set[str]:
        return {reading.outlet for reading in self.readings}

    @property
    def earliest(self) -> Reading:
        return min(self.readings, key=lambda reading: reading.published)


def inside_quote_marks(text: str, start: int, offset: int) -> bool:
    """True when `offset` falls between quote marks opened after `start`."""
    inside = False
    for char in text[start:offset]:
        if char in STRAIGHT_QUOTES:
            inside = not inside
        elif char in OPENING_QUOTES:
            inside = True
        elif char in CLOSING_QUOTES:
            inside = False
    return inside


def paragraph_start(article: Article, offset: int) -> int:
    """Where the paragraph holding `offset` starts (quote marks do not run across paragraphs)."""
    for paragraph in article.paragraphs:
        if paragraph.start <= offset < paragraph.end:
            return paragraph.start
    return article.text.rfind("\n", 0, offset) + 1


def voice(article: Article, claim: Claim) -> str:
    """Whose words a claim is: "reporter", or "quote:<speaker>" inside a direct quote.

    A quoted number is compared only with the same speaker's quoted numbers; a quote
    with no known speaker is compared with nothing.
    """
    for quote in article.quotes:
        if quote.kind in QUOTED_KINDS and quote.start <= claim.start < quote.end:
            speaker = quote.speaker_entity or (quote.speaker_name or "").lower()
            return f"quote:{speaker}" if speaker else f"quote:?{article.id}:{claim.start}"
    if inside_quote_marks(article.text, paragraph_start(article, claim.start), claim.start):
        return f"quote:?{article.id}:{claim.start}"
    return "reporter"


def names(joined: str) -> frozenset[str]:
    return frozenset(filter(None, joined.split(";")))


def reading(article: Article, claim: Claim) -> Reading | None:
    """The claim with its key read back: kind|head|dimension|parties[|verb|words[|when]]."""
    parts = claim.key.split("|")
    if claim.kind not in COMPARED_KINDS or len(parts) not in (4, 6, 7):
        return None
    kind, head, dimension, parties, verb, words, when = (*parts, "", "", "")[:7]
    return Reading(
        article,
        claim,
        kind,
        head,
        dimension,
        names(parties),
        voice(article, claim),
        verb,
        names(words),
        parse_window_text(when),
    )


def share_a_stem(first: frozenset[str], second: frozenset[str]) -> bool:
    """A word in common, or one the start of the other ("rail" and "railway")."""
    return any(
        a == b or (min(len(a), len(b)) >= MIN_STEM and (a.startswith(b) or b.startswith(a)))
        for a in first
        for b in second
    )


def same_thing(first: Reading, second: Reading) -> bool:
    """Same head word, or the same thing done to things named alike ("built a rail spur")."""
    if first.head == second.head:
        return True
    return (
        bool(first.verb) and first.verb == second.verb and share_a_stem(first.words, second.words)
    )


def readings(articles: Iterable[Article]) -> list[Reading]:
    return [r for article in articles for claim in article.claims if (r := reading(article, claim))]


def same_period(first: Reading, second: Reading) -> bool:
    """False only when both facts are stated for dates that do not overlap (October vs November)."""
    if first.period is None or second.period is None:
        return True
    return windows_overlap(first.period, second.period)


def same_fact(first: Reading, second: Reading) -> bool:
    """Same block, thing, voice and period, and the parties of one are among the other's."""
    return (
        first.block == second.block
        and same_thing(first, second)
        and first.voice == second.voice
        and same_period(first, second)
        and (first.parties <= second.parties or second.parties <= first.parties)
    )


def interval(claim: Claim, settings: CompareSettings) -> tuple[float, float]:
    """The values a number can stand for, given its marker ("about", "more than", ...)."""
    number = claim.number or 0.0
    widened = abs(number) * settings.approximate_tolerance
    bound = next(
        (b for marker, b in MARKERS.items() if claim.value.lower().startswith(marker + " ")), None
    )
    return {
        "around": (number - widened, number + widened),
        "just below": (number - widened, number),
        "below": (-math.inf, number),
        "above": (number, math.inf),
    }.get(bound or "", (number, number))


def numbers_agree(first: Claim, second: Claim, settings: CompareSettings) -> bool:
    """Intervals within `number_tolerance` (relative to the larger number) of each other."""
    low1, high1 = interval(first, settings)
    low2, high2 = interval(second, settings)
    gap = max(low1, low2) - min(high1, high2)
    scale = max(abs(first.number or 0.0), abs(second.number or 0.0))
    return gap <= settings.number_tolerance * scale


def agree(first: Reading, second: Reading, settings: CompareSettings) -> bool:
    if first.kind == "date":
        window1, window2 = parse_window_text(first.claim.unit), parse_window_text(second.claim.unit)
        return window1 is None or window2 is None or windows_overlap(window1, window2)
    return numbers_agree(first.claim, second.claim, settings)


def align(facts: list[Reading], settings: CompareSettings) -> list[FactGroup]:
    """Group the readings of one scope by fact; list the pairs that contradict."""
    parent = list(range(len(facts)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    conflicts = []
    for first, second in candidate_pairs(facts):
        if not same_fact(facts[first], facts[second]):
            continue
        parent[root(second)] = root(first)
        if facts[first].article.id != facts[second].article.id and not agree(
            facts[first], facts[second], settings
        ):
            conflicts.append((first, second))
    return _groups(facts, [root(index) for index in range(len(facts))], conflicts)


def candidate_pairs(facts: list[Reading]) -> list[tuple[int, int]]:
    """Pairs (i < j) sharing a block, each once: never all pairs of a large scope."""
    blocks: dict[tuple[str, str, str], list[int]] = {}
    for index, fact in enumerate(facts):
        for key in fact.block_keys:
            blocks.setdefault(key, []).append(index)
    pairs = {
        (first, second)
        for members in blocks.values()
        for position, first in enumerate(members)
        for second in members[position + 1 :]
    }
    return sorted(pairs)


def _groups(
    facts: list[Reading], roots: list[int], conflicts: list[tuple[int, int]]
) -> list[FactGroup]:
    """Facts gathered by union-find root, conflict pairs re-indexed inside each group."""
    members: dict[int, list[int]] = {}
    for index, group_root in enumerate(roots):
        members.setdefault(group_root, []).append(index)
    position = {
        index: (group_root, n)
        for group_root, indices in members.items()
        for n, index in enumerate(indices)
    }
    groups = {
        group_root: FactGroup([facts[i] for i in indices])
        for group_root, indices in members.items()
    }
    for first, second in conflicts:
        group_root = position[first][0]
        groups[group_root].conflicts.append((position[first][1], position[second][1]))
    return list(groups.values())
