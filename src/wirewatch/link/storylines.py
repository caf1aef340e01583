"""Storylines: events chained over weeks and months by shared actors, places and themes.

Events are clustered the way articles are clustered into events, one level up,
and as a set: features (each event's summed article terms, entities weighted up,
IDF over the events) → block (events sharing their rarest terms, nearest in
time) → compare (TF-IDF cosine, halved every `storyline_half_life_days` the two
events lie apart; events further apart than `storyline_gap_days` are not
compared) → cluster (average link over those scores, stopping at
`storyline_threshold`; a merge also needs the two groups' summed vectors
`storyline_least_cohesion` alike, which is what decides in a corpus of a few
events) → name (each storyline after its earliest event).

Average link compares groups as a whole: a run of small resemblances between
neighbours (a country, a kind of happening: "a shooting") does not chain
unrelated happenings, since every pair of the two groups counts, and pairs
never compared count 0.  Every step reads the set of events, never their
order, so any arrival order or split into batches gives the same storylines.
A storyline's title is its own: the names (resolved entities) most of its
events share, not its first event's headline again.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from wirewatch.link.agglomerate import average_link
from wirewatch.link.events import corpus_frequencies, publication_day
from wirewatch.link.features import TermWeights, add_into, article_terms
from wirewatch.link.pairs import Member, Pair, apart_days, candidate_pairs, pair_scores
from wirewatch.link.timing import span_of
from wirewatch.model import Corpus, DateRange, Event, Storyline

if TYPE_CHECKING:
    from wirewatch.link.settings import LinkSettings
    from wirewatch.settings import Settings


def event_members(corpus: Corpus, link: LinkSettings) -> list[Member]:
    """Each event with the summed terms of its original articles and their publication days.

    Copies add nothing new to what an event says.
    """
    terms: dict[str, TermWeights] = {event.id: {} for event in corpus.events}
    days: dict[str, list[DateRange | None]] = {event.id: [] for event in corpus.events}
    for article in corpus.articles:
        if article.event in terms and article.duplicate_of is None:
            found = article_terms(article, link.entity_weight, link.title_weight)
            add_into(terms[article.event], found)
            days[article.event].append(publication_day(article))
    return [Member(event_id, terms[event_id], span_of(days[event_id])) for event_id in terms]


def decayed(
    scores: dict[Pair, float], members: list[Member], link: LinkSettings
) -> dict[Pair, float]:
    """Cosines halved every `storyline_half_life_days` apart, dropped past `storyline_gap_days`.

    A storyline's events lie weeks apart, two of one kind (two shootings) mostly
    further: the nearer in time, the less shared words it takes.
    """
    window_of = {member.id: member.window for member in members}
    kept = {}
    for (left, right), score in scores.items():
        gap = apart_days(window_of[left], window_of[right])
        if gap <= link.storyline_gap_days:
            kept[(left, right)] = score * 0.5 ** (gap / link.storyline_half_life_days)
    return kept


def cluster_events(corpus: Corpus, link: LinkSettings) -> list[list[str]]:
    """Groups of event ids, one per storyline: a function of the events alone."""
    members = event_members(corpus, link)
    frequencies = corpus_frequencies(members)
    vectors = {member.id: frequencies.weigh(member.terms) for member in members}
    pairs = candidate_pairs(members, frequencies, link.block_terms, link.max_candidates)
    scores = decayed(pair_scores(pairs, vectors), members, link)
    items = [member.id for member in members]
    return average_link(
        items, scores, vectors, link.storyline_threshold, link.storyline_least_cohesion
    )


# How many names a storyline's title gives: those shared by the most of its events.
TITLE_NAMES = 3


def names_by_event(corpus: Corpus) -> dict[str, Counter[str]]:
    """How often each resolved entity's name is mentioned in each event's original articles."""
    name_of = {entity.id: entity.name for entity in corpus.entities}
    counts: dict[str, Counter[str]] = {}
    for article in corpus.articles:
        if article.event is not None and article.duplicate_of is None:
            found = counts.setdefault(article.event, Counter())
            found.update(name_of[m.entity] for m in article.mentions if m.entity in name_of)
    return counts


def storyline_title(chain: list[Event], names: dict[str, Counter[str]]) -> str:
    """The names the most of `chain`'s events mention ("Iceland, Norway, Bjarki Arnarsson");
    among equals, those its headlines name, then the most mentioned; the first event's title
    when its events name nobody."""
    events_naming: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    for event in chain:
        found = names.get(event.id, Counter())
        events_naming.update(found.keys())
        mentions.update(found)
    headlines = [event.title.casefold() for event in chain]

    def rank(name: str) -> tuple[int, int, int, str]:
        in_headlines = sum(name.casefold() in headline for headline in headlines)
        return -events_naming[name], -in_headlines, -mentions[name], name

    return ", ".join(sorted(events_naming, key=rank)[:TITLE_NAMES]) or chain[0].title


def date_key(event: Event) -> tuple[str, str]:
    return (event.date.start if event.date else "", event.id)


def link_storylines(corpus: Corpus, settings: Settings) -> None:
    """Fill `corpus.storylines` (in date order) and `Event.storyline` from the corpus's events."""
    by_id = {event.id: event for event in corpus.events}
    chains = sorted(
        (
            sorted((by_id[event_id] for event_id in group), key=date_key)
            for group in cluster_events(corpus, settings.link)
        ),
        key=lambda chain: date_key(chain[0]),
    )
    corpus.storylines = []
    names = names_by_event(corpus)
    for chain in chains:
        storyline = Storyline(
            f"storyline-{chain[0].id}", storyline_title(chain, names), [e.id for e in chain]
        )
        for event in chain:
            event.storyline = storyline.id
        corpus.storylines.append(storyline)
