"""Alignment: claims about the same fact across the articles of one scope, and whether they agree.

Steps you can look at one by one (block -> compare -> pair -> group):
- `readings`: each claim with its article; parts of a stated total are left out;
- `comparable`: a block is one dimension (and one currency); within it, two claims may be
  about one fact only when not quoted from two different speakers, their counted things
  match, the periods they are stated for overlap, dates are of one happening, and their
  named parties overlap when both have some;
- `similarity`: the sentence words two claims share, each weighted by how rare it is in
  the scope (a cosine), plus a bonus for the same thing and the same verb;
- `align`: for each pair of articles, a claim is linked to its best match in the other
  article when that match also chooses it and the similarity reaches
  `alignment_threshold`; linked claims are grouped, and each group lists the pairs that
  disagree: their intervals do not meet, and neither article also states the other's value.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from wirewatch.compare.dates import month_and_day
from wirewatch.compare.patterns import OUTCOME_VERBS
from wirewatch.compare.voices import REPORTER, voice
from wirewatch.nlp.time import Days, parse_day

if TYPE_CHECKING:
    from collections.abc import Iterable

    from wirewatch.compare.settings import CompareSettings
    from wirewatch.model import Article, Claim

COMPARED_KINDS = frozenset({"amount", "count", "date", "clock"})
MIN_STEM = 4  # a shared beginning shorter than this ("car" in "cargo") is chance
NAME_VARIANT_SIMILARITY = 0.85  # "Constantine" / "Constantino": one name spelled two ways
# Party kinds that qualify a fact rather than name who it is about (see `parties_clash`).
QUALIFIER_KINDS = ("role", "polarity")
SAME_THING_BONUS = 0.15
SAME_PREDICATE_BONUS = 0.15
OTHER_PREDICATE_PENALTY = 0.15  # "loaded with four bullets" / "hit by seven bullets"

# A value the other article also states about the fact, however weakly aligned, is no news.
ALSO_STATED_SHARE = 0.6


@dataclass
class Reading:
    """One claim as alignment sees it."""

    article: Article
    claim: Claim
    voice: str = REPORTER

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
        """Claims are compared only within one dimension; money only within one currency."""
        claim = self.claim
        return claim.dimension or "", claim.unit if claim.dimension == "money" else ""


@dataclass
class FactGroup:
    """Claims about one fact; `conflicts` are the pairs (indices) that contradict."""

    readings: list[Reading]
    conflicts: list[tuple[int, int]] = field(default_factory=list)
    similarity: dict[tuple[int, int], float] = field(default_factory=dict)  # of each conflict

    @property
    def subject(self) -> str:
        return self.readings[0].claim.subject

    @property
    def kind(self) -> str:
        return self.readings[0].claim.kind

    @property
    def outlets(self) -> set[str]:
        return {reading.outlet for reading in self.readings}

    @property
    def earliest(self) -> Reading:
        return min(self.readings, key=lambda reading: reading.published)


def readings(articles: Iterable[Article]) -> list[Reading]:
    return [
        Reading(article, claim, voice(article, claim))
        for article in articles
        for claim in article.claims
        if claim.kind in COMPARED_KINDS and not claim.part
    ]


def comparable(first: Claim, second: Claim) -> bool:
    """Same thing (or none for both) and period, the same verb for a date, and named
    parties in common if both name some."""
    if not same_thing(first, second) or not same_period(first, second):
        return False
    if first.kind == "date" and not same_happening(first, second):
        return False
    return not parties_clash(first, second) and not different_outcomes(first, second)


def different_outcomes(first: Claim, second: Claim) -> bool:
    """Two counts of what befell people (killed, freed, arrested) are two groups unless the
    outcome is the same: "four boys freed" is a part of "12 boys", "two injured" is not "five
    killed"."""
    if first.dimension != "count" or second.dimension != "count":
        return False
    outcomes = [c.predicate if c.predicate in OUTCOME_VERBS else "" for c in (first, second)]
    return any(outcomes) and outcomes[0] != outcomes[1]


def same_happening(first: Claim, second: Claim) -> bool:
    """A date is the date of one happening: the same verb, and the same thing done or a party
    in common ("a quake hit Haiti in 2010" is not "four hurricanes hit Haiti in 2008")."""
    if first.predicate != second.predicate:
        return False
    if first.thing and second.thing:
        return first.thing == second.thing
    words1 = {word for party in first.parties for word in party.partition(":")[2].split()}
    words2 = {word for party in second.parties for word in party.partition(":")[2].split()}
    return any(same_name_word(a, b) for a in words1 for b in words2)  # the tagger's kinds vary


def name_words(parties: list[str]) -> dict[str, set[str]]:
    """The words of the named parties, by kind ("person": {"yvonne", "hiller"})."""
    found: dict[str, set[str]] = {}
    for party in parties:
        kind, _, name = party.partition(":")
        found.setdefault(kind, set()).update(name.split())
    return found


def parties_clash(first: Claim, second: Claim) -> bool:
    """Both name people (or places, or organisations) and no name word is shared; spelling
    variants count as shared ("Hiller" in "Yvonne Hiller", "Constantine"/"Constantino").
    A role ("as director") or a denial ("did not have food for 10 days") clashes with
    another or with none: a span in one role is not the career's, one denied is not one
    stated."""
    words1, words2 = name_words(first.parties), name_words(second.parties)
    if any(words1.get(kind) != words2.get(kind) for kind in QUALIFIER_KINDS):
        return True
    return any(
        not any(same_name_word(a, b) for a in words1[kind] for b in words2[kind])
        for kind in words1.keys() & words2.keys() - {"other"}
    )


def same_name_word(first: str, second: str) -> bool:
    if first == second:
        return True
    return min(len(first), len(second)) >= MIN_STEM and (
        SequenceMatcher(None, first, second).ratio() >= NAME_VARIANT_SIMILARITY
    )


def share_a_stem(first: list[str], second: list[str]) -> bool:
    """A word in common, or one the start of the other ("rail" and "railway")."""
    return any(
        a == b or (min(len(a), len(b)) >= MIN_STEM and (a.startswith(b) or b.startswith(a)))
        for a in first
        for b in second
    )


def same_thing(first: Claim, second: Claim) -> bool:
    """Same thing, or the same thing done to things named alike ("built a rail spur" /
    "a railway branch"); a naming word against the other's thing is not enough ("3 pirate
    ships" are not "26 pirates")."""
    if first.thing == second.thing:
        return True
    if not first.predicate or first.predicate != second.predicate:
        return False
    if share_a_stem([first.thing], [second.thing]):
        return True
    namers1 = [word for word in first.thing_words if word != first.thing]
    namers2 = [word for word in second.thing_words if word != second.thing]
    return share_a_stem(namers1, namers2)


def same_period(first: Claim, second: Claim) -> bool:
    """False only when both facts are stated for dates that do not overlap (October, November)."""
    period1, period2 = Days.of_interval(first.period), Days.of_interval(second.period)
    return period1 is None or period2 is None or period1.overlaps(period2)


def different_speakers(first: str, second: str) -> bool:
    """Two quotes of two known speakers are two people's figures; a quote and a report are not.

    (Readers find an official's quoted toll against a report's toll a disagreement.)
    """
    known = [voice for voice in (first, second) if voice.startswith("quote:") and "?" not in voice]
    return len(known) == 2 and first != second


def word_weights(facts: list[Reading]) -> dict[str, float]:
    """How telling each sentence word is: its inverse frequency over the claims' sentences."""
    sentences = {(fact.article.id, fact.claim.sentence_start): fact for fact in facts}
    counts = Counter(word for fact in sentences.values() for word in fact.claim.context)
    total = len(sentences) + 1
    return {word: 1.0 + math.log(total / count) for word, count in counts.items()}


class Similarity:
    """Sentence-word similarity of claims (a cosine over words weighted by `word_weights`)."""

    def __init__(self, facts: list[Reading], weight: dict[str, float]) -> None:
        self.weight = weight
        self.norms = {id(fact.claim): self._norm(fact.claim.context) for fact in facts}

    def _norm(self, words: list[str]) -> float:
        return math.sqrt(sum(self.weight.get(word, 0.0) ** 2 for word in words)) or 1.0

    def __call__(self, first: Reading, second: Reading) -> float:
        a, b = first.claim, second.claim
        if different_speakers(first.voice, second.voice) or not comparable(a, b):
            return 0.0
        shared = set(a.context) & set(b.context)
        score = sum(self.weight.get(word, 0.0) ** 2 for word in shared) / (
            self.norms[id(a)] * self.norms[id(b)]
        )
        if a.thing and same_thing(a, b):
            score += SAME_THING_BONUS
        if a.predicate and a.predicate == b.predicate:
            score += SAME_PREDICATE_BONUS
        elif a.predicate and b.predicate:
            score -= OTHER_PREDICATE_PENALTY
        return score


def bounds(claim: Claim) -> tuple[float, float]:
    low = claim.low if claim.low is not None else -math.inf
    high = claim.high if claim.high is not None else math.inf
    if claim.low is None and claim.high is None:
        low = high = claim.number or 0.0
    return low, high


def numbers_agree(first: Claim, second: Claim, settings: CompareSettings) -> bool:
    """Intervals within `number_tolerance` (relative to the larger number) of each other."""
    low1, high1 = bounds(first)
    low2, high2 = bounds(second)
    gap = max(low1, low2) - min(high1, high2)
    scale = max(abs(first.number or 0.0), abs(second.number or 0.0))
    return gap <= settings.number_tolerance * scale


def agree(first: Reading, second: Reading, settings: CompareSettings) -> bool:
    if first.claim.kind == "date":
        if same_written_day(first.claim.value, second.claim.value):
            return True  # "June 23" / "Saturday 23 June", whatever year each was resolved to
        window1 = Days.of_interval(first.claim.unit)
        window2 = Days.of_interval(second.claim.unit)
        return window1 is None or window2 is None or window1.overlaps(window2)
    return numbers_agree(first.claim, second.claim, settings) or still_running(first, second)


def published_day(reading: Reading) -> date | None:
    published = reading.article.published
    return parse_day(published.start) if published else None


def still_running(first: Reading, second: Reading) -> bool:
    """A span still running as each report was written ("trapped for five days", a week
    later "for 12 days"): the later report's span is longer by at most the days between.
    A happening's span so far ("eight days of riots", `Claim.running`) is compared only
    between reports of one known day."""
    if first.claim.dimension != "duration":
        return False
    day1, day2 = published_day(first), published_day(second)
    if first.claim.running or second.claim.running:
        return day1 is None or day1 != day2
    if day1 is None or day2 is None or day1 == day2:
        return False
    earlier, later = (first, second) if day1 < day2 else (second, first)
    growth = (later.claim.number or 0.0) - (earlier.claim.number or 0.0)
    return 0 < growth <= abs((day2 - day1).days) + 1


def same_written_day(first: str, second: str) -> bool:
    day1, day2 = month_and_day(first), month_and_day(second)
    return day1 is not None and day1 == day2


def best_matches(
    facts: list[Reading], similarity: Similarity, settings: CompareSettings
) -> dict[tuple[int, int], float]:
    """Pairs (i < j) of claims from two articles that choose each other as best match."""
    blocks: dict[tuple[str, str], list[int]] = {}
    for index, fact in enumerate(facts):
        blocks.setdefault(fact.block, []).append(index)
    best: dict[tuple[int, str], tuple[float, int]] = {}
    scores: dict[tuple[int, int], float] = {}
    for members in blocks.values():
        for position, first in enumerate(members):
            for second in members[position + 1 :]:
                if facts[first].article.id == facts[second].article.id:
                    continue
                score = similarity(facts[first], facts[second])
                scores[first, second] = score
                for one, other in ((first, second), (second, first)):
                    key = (one, facts[other].article.id)
                    if score > best.get(key, (0.0, -1))[0]:
                        best[key] = (score, other)
    return {
        (first, second): score
        for (first, second), score in scores.items()
        if score >= settings.alignment_threshold
        and best[first, facts[second].article.id][1] == second
        and best[second, facts[first].article.id][1] == first
    }


def also_stated(
    fact: Reading, other_article: str, facts: list[Reading], similarity: Similarity,
    settings: CompareSettings,
) -> bool:  # fmt: skip
    """The other article also states `fact`'s value about the fact (it gives both numbers)."""
    floor = settings.alignment_threshold * ALSO_STATED_SHARE
    return any(
        other.article.id == other_article
        and other.block == fact.block
        and agree(fact, other, settings)
        and similarity(fact, other) >= floor
        for other in facts
    )


def align(
    facts: list[Reading], settings: CompareSettings, weight: dict[str, float] | None = None
) -> list[FactGroup]:
    """Group the readings of one scope by fact; list the pairs that contradict.

    `weight` (from `word_weights`) is best computed over the whole corpus: a small scope
    says little about which words are common.
    """
    similarity = Similarity(facts, weight if weight is not None else word_weights(facts))
    parent = list(range(len(facts)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    conflicts = []
    matches = best_matches(facts, similarity, settings)
    for first, second in sorted(matches):
        parent[root(second)] = root(first)
        one, other = facts[first], facts[second]
        if not agree(one, other, settings) and not (
            also_stated(one, other.article.id, facts, similarity, settings)
            or also_stated(other, one.article.id, facts, similarity, settings)
        ):
            conflicts.append((first, second))
    return _groups(facts, [root(index) for index in range(len(facts))], conflicts, matches)


def _groups(
    facts: list[Reading],
    roots: list[int],
    conflicts: list[tuple[int, int]],
    matches: dict[tuple[int, int], float],
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
        pair = (position[first][1], position[second][1])
        groups[group_root].conflicts.append(pair)
        groups[group_root].similarity[pair] = matches[first, second]
    return list(groups.values())
