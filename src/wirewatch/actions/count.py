"""Actions counted once per happening, and relations over time per pair of countries.

The action mentions of every article are grouped by (event, doer's country, target's
country, type): three outlets reporting one threat make one action with three articles
and their sentences as evidence, not three actions (GDELT's known fault).  A person whose
country the article does not give takes it from the people resolved across the corpus
("Putin" -> RUS wherever one article calls him Russian President).  Dyads add the actions
of each pair of sides by day, weighed by a Goldstein-style intensity per type and mode.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from wirewatch.link.timing import article_window, days_between, happening_span
from wirewatch.model import (
    Action,
    ActionMention,
    Actor,
    Article,
    Corpus,
    DateRange,
    Dyad,
    DyadPoint,
    Event,
    Party,
)
from wirewatch.nlp.time import reference_day

if TYPE_CHECKING:
    from datetime import date

    from wirewatch.settings import Settings

# Where each PLOVER type (and mode) sits between conflict (-10) and cooperation (+10): the mean
# Goldstein score of the CAMEO codes that map to it, derived from the ontology tables by
# bench/derive_intensity.py.  Used to weigh a pair's relations over time, never to code.
INTENSITY_TABLE = Path(__file__).with_name("intensity.tsv")


@lru_cache(maxsize=1)
def intensity_table() -> dict[tuple[str, str], float]:
    """(type, mode or "") -> intensity."""
    rows = INTENSITY_TABLE.read_text(encoding="utf-8").splitlines()
    table = {}
    for row in rows:
        if row and not row.startswith(("#", "type\t")):
            kind, mode, value, _codes = row.split("\t")
            table[(kind, mode)] = float(value)
    return table


def intensity(kind: str, mode: str | None = None) -> float:
    """The intensity of an action: its mode's where the table has one, else its type's."""
    table = intensity_table()
    return table.get((kind, mode or ""), table.get((kind, ""), 0.0))


WIDEST_EVENT_DAYS = 7
DYAD_WIDEST_DAYS = 31  # a window wider than this puts an action on no day of a timeline


@dataclass
class Tally:
    """The reports of one action: every mention, and the articles they come from."""

    mentions: list[ActionMention] = field(default_factory=list)
    articles: dict[str, Article] = field(default_factory=dict)  # by id, in report order


class CountryBook:
    """Countries of the people and bodies resolved across the corpus, by name and by span."""

    def __init__(self, corpus: Corpus) -> None:
        self.by_span: dict[tuple[str, int], tuple[str, str | None]] = {}
        self.by_name: dict[str, tuple[str, str | None]] = {}
        for entity in corpus.entities:
            for ref in entity.mentions:
                if ref.start is not None:
                    self.by_span[(ref.article, ref.start)] = (entity.id, entity.country)
            for name in (entity.name, *entity.aliases):
                self.by_name.setdefault(name.casefold(), (entity.id, entity.country))

    def party(self, article: str, actor: Actor) -> Party:
        known = self.by_span.get((article, actor.start)) or self.lookup(actor.name)
        entity, country = known if known else (None, None)
        if actor.code:  # a body acting as itself keeps its own standing, not an entity's country
            country = None
        return Party(
            entity=entity,
            name=actor.name,
            country=actor.country or country,
            code=actor.code,
            sector=actor.sector,
        )

    def lookup(self, name: str) -> tuple[str, str | None] | None:
        words = name.split()
        for size in range(len(words), 0, -1):  # "Russian President Vladimir Putin" -> "Putin"
            known = self.by_name.get(" ".join(words[-size:]).casefold())
            if known:
                return known
        return None


def action_id(key: tuple[str, str, str, str]) -> str:
    """Stable across runs: the same happening, sides and type give the same id."""
    return "action-" + hashlib.sha1("\0".join(key).encode()).hexdigest()[:12]


def tally_actions(corpus: Corpus, book: CountryBook) -> dict[tuple[str, str, str, str], Tally]:
    tallies: dict[tuple[str, str, str, str], Tally] = {}
    for article in corpus.articles:
        for mention in article.actions:
            if mention.target is None:
                continue  # a dyad needs two sides
            source = book.party(article.id, mention.source).side
            target = book.party(article.id, mention.target).side
            if not source or not target or source == target:
                continue
            happening = article.event or article.id
            tally = tallies.setdefault((happening, source, target, mention.type), Tally())
            tally.mentions.append(mention)
            tally.articles.setdefault(article.id, article)
    return tallies


def commonest_party(mentions: list[Actor], article_ids: list[str], book: CountryBook) -> Party:
    """The side as most reports name it."""
    parties = [book.party(a, actor) for a, actor in zip(article_ids, mentions, strict=True)]
    name = Counter(p.name for p in parties).most_common(1)[0][0]
    return next(p for p in parties if p.name == name)


def commonest_mode(mentions: list[ActionMention]) -> str | None:
    """The mode most reports give the action, None when none gives one."""
    modes = Counter(m.mode for m in mentions if m.mode)
    return modes.most_common(1)[0][0] if modes else None


def build_action(
    key: tuple[str, str, str, str],
    tally: Tally,
    events: dict[str, Event],
    book: CountryBook,
    now: date | None,
) -> Action:
    happening, source, target, kind = key
    event = events.get(happening)
    ids = [m.article for m in tally.mentions]
    windows = [article_window(article, now) for article in tally.articles.values()]
    source_party = commonest_party([m.source for m in tally.mentions], ids, book)
    target_party = commonest_party([m.target for m in tally.mentions if m.target], ids, book)
    for party, side in ((source_party, source), (target_party, target)):
        if party.side != side:  # the commonest name belongs to the side counted
            party.country, party.code = side, None
    evidence = []
    for mention in tally.mentions:
        ref = tally.articles[mention.article].ref(mention.start, mention.end)
        if all(r.article != ref.article or r.start != ref.start for r in evidence):
            evidence.append(ref)
    return Action(
        id=action_id(key),
        source=source_party,
        target=target_party,
        type=kind,
        articles=sorted(tally.articles),
        event=event.id if event else None,
        mode=(mode := commonest_mode(tally.mentions)),
        intensity=intensity(kind, mode),
        date=event.date if event and event.date else happening_span(windows, WIDEST_EVENT_DAYS),
        evidence=evidence,
    )


def point_day(window: DateRange | None) -> str | None:
    """The day a timeline shows an action on: its first day when its dates are narrow;
    None ("undated") when all that is known is a window of months."""
    if window is None or not window.start or not window.end:
        return None
    return window.start if days_between(window.start, window.end) <= DYAD_WIDEST_DAYS else None


def dyads_of(actions: list[Action]) -> list[Dyad]:
    """Per pair of countries, its actions by day with their summed score."""
    points: dict[tuple[str, str], dict[str | None, DyadPoint]] = {}
    for action in actions:
        if not action.source.side or not action.target.side:
            continue
        pair = tuple(sorted((action.source.side, action.target.side)))
        day = point_day(action.date)
        point = points.setdefault(pair, {}).setdefault(day, DyadPoint(day, []))  # type: ignore[arg-type]
        point.actions.append(action.id)
        point.score += intensity(action.type, action.mode)
    return [
        Dyad(list(pair), sorted(by_day.values(), key=lambda p: (p.date is None, p.date or "")))
        for pair, by_day in sorted(points.items())
    ]


@dataclass
class Relations:
    """How two countries dealt with each other: the dyad's days, and each action told."""

    pair: list[str]
    points: list[DyadPoint]
    actions: dict[str, Action]


def relations_between(corpus: Corpus, country_a: str, country_b: str) -> Relations:
    """The timeline of actions between two countries (ISO codes) of a counted corpus."""
    pair = sorted((country_a, country_b))
    dyad = next((d for d in corpus.dyads if d.pair == pair), None)
    actions = {
        a.id: a for a in corpus.actions if sorted((a.source.side, a.target.side)) == pair
    }
    return Relations(pair, dyad.points if dyad else [], actions)


def count_actions(corpus: Corpus, settings: Settings) -> None:
    """Fill `corpus.actions` (one per happening, sides and type) and `corpus.dyads`."""
    book = CountryBook(corpus)
    tallies = tally_actions(corpus, book)
    events = {event.id: event for event in corpus.events}
    now = reference_day(corpus.articles, settings.nlp.reference_date)
    corpus.actions = sorted(
        (build_action(key, tally, events, book, now) for key, tally in tallies.items()),
        key=lambda action: (
            action.date.start if action.date and action.date.start else "",
            action.id,
        ),
    )
    corpus.dyads = dyads_of(corpus.actions)
