"""wirewatch.link.storylines: events chained by shared actors and themes."""

from __future__ import annotations

from collections import Counter

from wirewatch.link.duplicates import mark_duplicates
from wirewatch.link.events import link_events
from wirewatch.link.storylines import link_storylines, storyline_title
from wirewatch.model import Article, Corpus, Event
from wirewatch.settings import Settings

from .stories import ARREST_WASILLA, DAM_NORWAY, FIRE_DAYTON, FIRE_WASILLA, WINE_CHILE, story


def storylines_of(articles: list[Article]) -> tuple[Corpus, set[frozenset[str]]]:
    corpus = Corpus(articles=articles)
    settings = Settings()
    for stage in (mark_duplicates, link_events, link_storylines):
        stage(corpus, settings)
    event_of = {event.id: event for event in corpus.events}
    chains = {
        frozenset(a for event_id in s.events for a in event_of[event_id].articles)
        for s in corpus.storylines
    }
    return corpus, chains


def test_storylines_chain_a_follow_up_weeks_later() -> None:
    corpus, chains = storylines_of(
        [story("fire", FIRE_WASILLA, "2024-03-01"), story("arrest", ARREST_WASILLA, "2024-03-25")]
    )
    assert len(corpus.events) == 2  # outside the event window: two happenings
    assert chains == {frozenset({"fire", "arrest"})}
    (storyline,) = corpus.storylines
    assert storyline.id == "storyline-event-fire"
    assert all(event.storyline == storyline.id for event in corpus.events)


def test_storylines_keep_events_sharing_only_a_country_apart() -> None:
    _, chains = storylines_of(
        [story("dam", DAM_NORWAY, "2024-03-01"), story("wine", WINE_CHILE, "2024-03-05")]
    )
    assert chains == {frozenset({"dam"}), frozenset({"wine"})}


def test_storylines_keep_same_kind_in_other_places_apart() -> None:
    _, chains = storylines_of(
        [story("wasilla", FIRE_WASILLA, "2024-03-01"), story("dayton", FIRE_DAYTON, "2024-04-01")]
    )
    assert chains == {frozenset({"wasilla"}), frozenset({"dayton"})}


def test_storylines_far_apart_in_time_are_not_chained() -> None:
    _, chains = storylines_of(
        [story("fire", FIRE_WASILLA, "2020-03-01"), story("arrest", ARREST_WASILLA, "2024-03-25")]
    )
    assert chains == {frozenset({"fire"}), frozenset({"arrest"})}


def test_storylines_title_is_the_names_its_events_share() -> None:
    chain = [
        Event(id="e1", title="Norway detains a trawler", articles=["a"]),
        Event(id="e2", title="Talks on the trawler begin", articles=["b"]),
    ]
    names = {
        "e1": Counter({"Norway": 3, "Iceland": 2, "Hafdis": 4, "Lars Berg": 9}),
        "e2": Counter({"Norway": 1, "Iceland": 4, "Hafdis": 1, "Oslo": 9}),
    }
    # Named by both events first (the headline's name, then the most mentioned), then by one.
    assert storyline_title(chain, names) == "Norway, Iceland, Hafdis"
    assert storyline_title(chain, {}) == "Norway detains a trawler"  # nobody named
