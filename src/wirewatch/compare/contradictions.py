"""Corpus stage: where the articles of one event (or storyline) disagree.

Scopes: the facts that belong to one happening (counts, money, shares) are
compared within an event; background facts (lengths, areas, dates of named
happenings) across all events of a storyline, since every article of the
storyline states the same border length.  Copies (`duplicate_of`) are compared
like any article: a copy that agrees adds no contradiction, and a copy whose
number was edited is a disagreement worth showing.  Attributions contradict
when the quotes of one `Quote.group` name different speakers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirewatch.compare.align import (
    ALSO_STATED_SHARE,
    FactGroup,
    Reading,
    Similarity,
    agree,
    align,
    bounds,
    readings,
    same_name_word,
    word_weights,
)
from wirewatch.compare.claims import speaker_subject
from wirewatch.compare.dates import date_window
from wirewatch.compare.patterns import BACKGROUND_DIMENSIONS, PRONOUNS
from wirewatch.model import ClaimRef, Contradiction

if TYPE_CHECKING:
    from collections.abc import Iterator

    from wirewatch.compare.settings import CompareSettings
    from wirewatch.model import Article, Claim, Corpus, Quote
    from wirewatch.settings import Settings


def event_articles(corpus: Corpus) -> dict[str, list[Article]]:
    """Articles per event id: from `corpus.events` when set, else from `article.event`."""
    by_id = {article.id: article for article in corpus.articles}
    if corpus.events:
        return {
            event.id: [by_id[article_id] for article_id in event.articles if article_id in by_id]
            for event in corpus.events
        }
    grouped: dict[str, list[Article]] = {}
    for article in corpus.articles:
        if article.event:
            grouped.setdefault(article.event, []).append(article)
    return grouped


def is_background(fact: Reading) -> bool:
    """Lengths, areas and dates written with their year: the same in every event's telling.

    A date resolved from "on Tuesday" is the day of one event's happening, compared only
    within that event.
    """
    if fact.claim.kind == "date":
        return date_window(fact.claim.value) is not None
    return fact.claim.dimension in BACKGROUND_DIMENSIONS


def scopes(corpus: Corpus, settings: Settings) -> Iterator[list[Reading]]:
    """The sets of readings compared with each other: events, then storylines for background."""
    per_event = event_articles(corpus)
    background = settings.compare.storyline_background
    for articles in per_event.values():
        yield [fact for fact in readings(articles) if not (background and is_background(fact))]
    if not background:
        return
    covered: set[str] = set()
    for storyline in corpus.storylines:
        articles = [
            article for event_id in storyline.events for article in per_event.get(event_id, [])
        ]
        covered.update(storyline.events)
        yield [fact for fact in readings(articles) if is_background(fact)]
    for event_id, articles in per_event.items():
        if event_id not in covered:
            yield [fact for fact in readings(articles) if is_background(fact)]


def claim_ref(fact: Reading) -> ClaimRef:
    """The claim as exported: value, span, sentence, outlet, date, dimension and interval."""
    claim, article = fact.claim, fact.article
    sentence = (
        article.text[claim.sentence_start : claim.sentence_end]
        if claim.sentence_start is not None
        else ""
    )
    return ClaimRef(
        article.id,
        claim.value,
        sentence,
        claim.start,
        claim.end,
        article.outlet,
        claim.sentence_start,
        claim.sentence_end,
        article.published.start if article.published else None,
        claim.dimension,
        claim.unit,
        [claim.low, claim.high] if claim.kind != "date" else None,
    )


def is_revision(refs: list[ClaimRef]) -> bool:
    """Every report of one value came out on an earlier day than every report of the other."""
    days: dict[str, list[str]] = {}
    for ref in refs:
        if not ref.published:
            return False
        days.setdefault(str(ref.interval or ref.unit), []).append(ref.published[:10])
    spans = sorted((min(found), max(found)) for found in days.values())
    return len(spans) == 2 and spans[0][1] < spans[1][0]


def shared_event(articles: list[Article]) -> str | None:
    events = {article.event for article in articles}
    return events.pop() if len(events) == 1 else None


def conflict_sets(group: FactGroup) -> list[set[int]]:
    """The claims joined by conflicts, apart: claims that only resemble a common third one
    ("about 100 people were at work" like "two people were killed") are not one dispute."""
    sets: list[set[int]] = []
    for pair in group.conflicts:
        joined = [found for found in sets if found & set(pair)]
        merged = set(pair).union(*joined)
        sets = [found for found in sets if found not in joined] + [merged]
    return sets


def reports(
    disputed: list[Reading], facts: list[Reading], similarity: Similarity,
    settings: CompareSettings,
) -> set[str]:  # fmt: skip
    """The articles of the scope that state one of the disputed values of the same fact
    (aligned with a disputed claim at least as loosely as `align.also_stated` asks)."""
    floor = settings.alignment_threshold * ALSO_STATED_SHARE
    return {
        fact.article.id
        for fact in facts
        if any(
            fact.block == other.block
            and agree(fact, other, settings)
            and (fact is other or similarity(fact, other) >= floor)
            for other in disputed
        )
    }


def is_shown(
    group: FactGroup, members: set[int], facts: list[Reading], similarity: Similarity,
    settings: CompareSettings,
) -> bool:  # fmt: skip
    """Enough reports take part (or two align closely), and the values are few enough to
    be one fact's.

    One report against one other is too often two facts told alike (a career total and
    one season's); a second report of either value makes the fact a reported one.
    """
    if not any(told_alike(group, pair) for pair in group.conflicts if set(pair) <= members):
        return False
    values = {value_key(group.readings[index].claim) for index in members}
    closest = max(
        (score for pair, score in group.similarity.items() if set(pair) <= members), default=0.0
    )
    return len(values) <= settings.max_values and (
        closest >= settings.sure_alignment
        or len(reports([group.readings[i] for i in members], facts, similarity, settings))
        >= settings.min_reports
    )


def value_key(claim: Claim) -> str:
    """One value as `max_values` counts it: a date's window, another claim's interval."""
    return claim.unit or "" if claim.kind == "date" else str(bounds(claim))


def told_alike(group: FactGroup, pair: tuple[int, int]) -> bool:
    """The two claims do not name two different verbs ("three boats were captured" / "five
    boats detected"): alignment may pair such claims as each other's best match, but two
    verbs are too often two facts to show the pair as a disagreement."""
    first, second = (group.readings[index].claim.predicate for index in pair)
    return not (first and second) or first == second


def to_contradiction(group: FactGroup, members: set[int], number: int) -> Contradiction:
    """The claims of one conflict set, earliest first, no repeats."""
    involved = sorted(members, key=lambda i: group.readings[i].published)
    seen: set[tuple[str, str]] = set()  # one claim per article and value, however spelled
    refs = []
    for index in involved:
        fact = group.readings[index]
        said = (fact.article.id, str(fact.claim.number or fact.claim.unit))
        if said not in seen:
            seen.add(said)
            refs.append(claim_ref(fact))
    return Contradiction(
        id=f"c{number}",
        subject=group.readings[involved[0]].claim.subject,
        claims=refs,
        event=shared_event([group.readings[i].article for i in involved]),
        kind="revision" if is_revision(refs) else group.kind,
    )


def is_named_speaker(quote: Quote) -> bool:
    """A resolved or named speaker: "he" or "the ministry" cannot contradict a name."""
    name = quote.speaker_name or ""
    return bool(quote.speaker_entity) or (name[:1].isupper() and name.lower() not in PRONOUNS)


def surname(quote: Quote) -> str:
    return quote.speaker_name.split()[-1].lower() if quote.speaker_name else ""


def same_speaker(first: Quote, second: Quote) -> bool:
    """The same resolved entity, or the same surname spelled alike ("Constantine" and
    "Constantino Chiwenga", "SB Moyo" and "Sibusiso Busi Moyo", "Seals" and "Navy SEALS"):
    two entities may be one person the resolver split, a spelling variant is never news."""
    if first.speaker_entity and first.speaker_entity == second.speaker_entity:
        return True
    return same_name_word(surname(first), surname(second))


def speakers_differ(members: list[tuple[Article, Quote]]) -> bool:
    return any(
        first[0].id != second[0].id and not same_speaker(first[1], second[1])
        for index, first in enumerate(members)
        for second in members[index + 1 :]
    )


def attribution_conflicts(corpus: Corpus, number: int) -> list[Contradiction]:
    """Quote groups (one statement across articles) whose quotes name different speakers."""
    groups: dict[str, list[tuple[Article, Quote]]] = {}
    for article in corpus.articles:
        for quote in article.quotes:
            if quote.group and is_named_speaker(quote):
                groups.setdefault(quote.group, []).append((article, quote))
    found = []
    for members in groups.values():
        if not speakers_differ(members):
            continue
        refs = [attribution_ref(article, quote) for article, quote in members]
        number += 1
        found.append(
            Contradiction(
                f"c{number}",
                speaker_subject(*members[0]),
                refs,
                shared_event([a for a, _ in members]),
                "attribution",
            )
        )
    return found


def attribution_ref(article: Article, quote: Quote) -> ClaimRef:
    sentence = article.sentence_at(quote.start)
    text = (
        article.text[sentence.start : sentence.end]
        if sentence
        else article.text[quote.start : quote.end]
    )
    return ClaimRef(
        article.id, quote.speaker_name or "", text, quote.start, quote.end, article.outlet
    )


def find_contradictions(corpus: Corpus, settings: Settings) -> None:
    """Fill `corpus.contradictions`: numbers, dates and speakers that articles disagree on."""
    found: list[Contradiction] = []
    weight = word_weights(readings(corpus.articles))
    for facts in scopes(corpus, settings):
        similarity = Similarity(facts, weight)
        for group in align(facts, settings.compare, weight):
            for members in conflict_sets(group):
                if is_shown(group, members, facts, similarity, settings.compare):
                    found.append(to_contradiction(group, members, len(found) + 1))
    found.extend(attribution_conflicts(corpus, len(found)))
    corpus.contradictions = found
