"""One event's facts, outlet by outlet: what they agree on, contradict, and report alone.

For the briefs: `compare_event(corpus, event_id)` after `find_contradictions`
has run (its contradictions are read from `corpus.contradictions`, so those that
span a storyline show up in each of their events).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wirewatch.compare.align import FactGroup, align, readings
from wirewatch.compare.contradictions import claim_ref, event_articles

if TYPE_CHECKING:
    from wirewatch.model import ClaimRef, Contradiction, Corpus
    from wirewatch.settings import Settings


@dataclass
class FactReport:
    """One fact of an event: every claim stating it, its outlets and the earliest report."""

    subject: str
    kind: str
    claims: list[ClaimRef]
    outlets: list[str]
    earliest: ClaimRef


@dataclass
class EventComparison:
    event: str
    agreements: list[FactReport] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    single_source: list[FactReport] = field(default_factory=list)


def fact_report(group: FactGroup) -> FactReport:
    ordered = sorted(group.readings, key=lambda reading: reading.published)
    return FactReport(
        subject=group.subject,
        kind=group.kind,
        claims=[claim_ref(reading) for reading in ordered],
        outlets=sorted(group.outlets),
        earliest=claim_ref(group.earliest),
    )


def compare_event(
    corpus: Corpus, event_id: str, settings: Settings | None = None
) -> EventComparison:
    """Agreements, contradictions and single-outlet facts of one event, earliest report of each."""
    from wirewatch.settings import Settings

    settings = settings or Settings()
    articles = event_articles(corpus).get(event_id)
    if articles is None:
        known = ", ".join(sorted(event_articles(corpus))) or "none"
        raise KeyError(f"No event {event_id!r} in the corpus. Known events: {known}")
    member_ids = {article.id for article in articles}
    comparison = EventComparison(
        event=event_id,
        contradictions=[
            contradiction
            for contradiction in corpus.contradictions
            if any(claim.article in member_ids for claim in contradiction.claims)
        ],
    )
    for group in align(readings(articles), settings.compare):
        if group.conflicts:
            continue
        target = comparison.agreements if len(group.outlets) > 1 else comparison.single_source
        target.append(fact_report(group))
    return comparison
