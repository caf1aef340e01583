"""Alignment on hand-made claims: same fact or not, agree or contradict (no parse needed)."""

from __future__ import annotations

import pytest

from wirewatch.compare.align import (
    Reading,
    agree,
    align,
    comparable,
    different_speakers,
    numbers_agree,
)
from wirewatch.compare.settings import CompareSettings
from wirewatch.model import Article, Claim, DateRange

BORDER_WORDS = ["border", "finland", "russia", "share"]


def border_claim(value: str, number: float, *interval: float | None, **fields) -> Claim:
    """A border length; `interval` (low, high) when it is not the number itself."""
    fields.setdefault("thing", "border")
    fields.setdefault("context", BORDER_WORDS)
    low, high = interval or (number, number)
    return Claim("a", 0, 5, "amount", "border", value, number, "km", dimension="length",
                 low=low, high=high, **fields)  # fmt: skip


def article_with(article_id: str, claims: list[Claim]) -> Article:
    for start, claim in enumerate(claims):
        claim.article, claim.sentence_start = article_id, start
    return Article(article_id, "test", "", claims=claims)


@pytest.mark.parametrize(
    ("first", "second", "agreed"),
    [
        ((1300,), (1350,), False),
        ((1300,), (1310,), True),  # within the 1% rounding tolerance
        ((1300, 1170, 1430), (1340,), True),  # "about 1,300" widens by 10%
        ((1300, 1170, 1430), (1500,), False),
        ((1300, 1300, None), (1350,), True),  # "more than 1,300" is open above
        ((1300, 1170, 1300), (1350,), False),  # "nearly 1,300" is under, not over
        ((60, 60, 100), (70,), True),  # "between 60 and 100"
    ],
)
def test_align_intervals_agree_when_they_meet(first, second, agreed: bool) -> None:
    settings = CompareSettings()
    one = border_claim("x", *first)
    assert numbers_agree(one, border_claim("y", *second), settings) is agreed


def test_align_tolerance_is_a_setting() -> None:
    loose = CompareSettings(number_tolerance=0.05)
    assert numbers_agree(border_claim("x", 1300), border_claim("y", 1350), loose)


def test_align_different_things_or_parties_or_periods_are_different_facts() -> None:
    border = border_claim("x", 1300, parties=["place:finland", "place:russia"])
    assert comparable(border, border_claim("y", 1350, parties=["place:russia"]))
    assert comparable(border, border_claim("y", 1350, parties=["person:peskov"]))
    assert not comparable(border, border_claim("y", 1350, thing="road"))
    assert not comparable(border, border_claim("y", 736, parties=["place:norway"]))
    october = border_claim("x", 2.9, period="2025-10-01/2025-10-31")
    assert not comparable(october, border_claim("y", 2.4, period="2025-11-01/2025-11-30"))


def test_align_spelling_variants_of_a_name_are_one_party() -> None:
    first = border_claim("x", 1, parties=["person:constantine chiwenga"])
    assert comparable(first, border_claim("y", 2, parties=["person:constantino chiwenga"]))
    assert comparable(first, border_claim("y", 2, parties=["person:chiwenga"]))
    assert not comparable(first, border_claim("y", 2, parties=["person:mnangagwa"]))


def test_align_things_named_alike_and_built_alike_are_one_thing() -> None:
    spur = border_claim("x", 38, thing="spur", thing_words=["rail", "spur"], predicate="build")
    branch = border_claim("y", 42, thing="branch", thing_words=["branch", "railway"])
    assert not comparable(spur, branch)
    branch.predicate = "build"
    assert comparable(spur, branch)  # "rail" begins "railway"


def test_align_two_named_speakers_are_two_sources() -> None:
    assert different_speakers("quote:person:peskov", "quote:person:putin")
    assert not different_speakers("quote:person:peskov", "reporter")
    assert not different_speakers("quote:?a:3", "quote:person:putin")


def test_align_groups_and_conflicts_across_articles_only() -> None:
    first = article_with("a", [border_claim("1,350 km", 1350)])
    second = article_with("b", [border_claim("1,300 km", 1300)])
    third = article_with("c", [border_claim("1,300 km", 1300)])
    facts = [Reading(art, claim) for art in (first, second, third) for claim in art.claims]
    (group,) = align(facts, CompareSettings())
    assert len(group.readings) == 3
    assert sorted(group.conflicts) == [(0, 1), (0, 2)]
    assert group.outlets == {"a", "b", "c"}


def test_align_no_conflict_when_the_other_article_also_gives_the_value() -> None:
    first = article_with("a", [border_claim("1,300 km", 1300), border_claim("1,350 km", 1350)])
    second = article_with("b", [border_claim("1,300 km", 1300)])
    facts = [Reading(art, claim) for art in (first, second) for claim in art.claims]
    assert all(not group.conflicts for group in align(facts, CompareSettings()))


def test_align_unrelated_sentences_are_not_aligned() -> None:
    first = article_with("a", [border_claim("1,300 km", 1300)])
    other = border_claim("1,350 km", 1350, context=["convoy", "travel", "front"])
    facts = [Reading(first, first.claims[0]), Reading(article_with("b", [other]), other)]
    assert all(not group.conflicts for group in align(facts, CompareSettings()))


def test_align_dates_contradict_when_windows_do_not_overlap() -> None:
    def joined(article_id: str, window: str) -> Article:
        claim = Claim("", 0, 4, "date", "join", window[:4], unit=window, dimension="date")
        claim.predicate, claim.parties, claim.context = "join", ["place:finland"], ["nato"]
        return article_with(article_id, [claim])

    same_year = [joined("a", "2023-01-01/2023-12-31"), joined("b", "2023-04-04/2023-04-04")]
    other_year = [joined("a", "2023-01-01/2023-12-31"), joined("b", "2024-01-01/2024-12-31")]
    for articles, conflicts in ((same_year, []), (other_year, [(0, 1)])):
        facts = [Reading(art, art.claims[0]) for art in articles]
        (group,) = align(facts, CompareSettings())
        assert group.conflicts == conflicts


def test_align_one_day_written_alike_agrees_whatever_year_it_was_resolved_to() -> None:
    def went(article_id: str, written: str, window: str) -> Reading:
        claim = Claim("", 0, 4, "date", "go", written, unit=window, dimension="date",
                      predicate="go", parties=["person:page"])  # fmt: skip
        return Reading(article_with(article_id, [claim]), claim)

    june = went("a", "June 23", "2018-06-23/2018-06-23")
    saturday = went("b", "Saturday 23 June", "2017-06-23/2017-06-23")
    assert agree(june, saturday, CompareSettings())


def test_align_dates_need_a_shared_party_or_thing() -> None:
    def struck(parties: list[str], thing: str = "") -> Claim:
        window = "2010-01-01/2010-12-31"
        return Claim("", 0, 4, "date", "strike", "2010", unit=window, dimension="date",
                     predicate="strike", thing=thing, parties=parties)  # fmt: skip

    assert comparable(struck(["place:haiti"]), struck(["place:haiti", "place:port-au-prince"]))
    assert not comparable(struck([]), struck(["place:haiti"]))
    assert comparable(struck([], "quake"), struck([], "quake"))


def boy_count(number: float, predicate: str) -> Claim:
    return Claim("a", 0, 5, "count", "boy", str(number), number, dimension="count",
                 low=number, high=number, thing="boy", predicate=predicate)  # fmt: skip


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("free", "", False),  # "four boys freed" is a part of "12 boys"
        ("injure", "kill", False),  # two groups
        ("kill", "kill", True),
        ("", "", True),
        ("march", "", True),  # not an outcome: the verb alone does not split the group
    ],
)
def test_align_counts_of_different_outcomes_are_different_groups(
    first: str, second: str, same: bool
) -> None:
    assert comparable(boy_count(4, first), boy_count(12, second)) is same


def trapped_for(days: float, published: str) -> Reading:
    claim = Claim("a", 0, 5, "amount", "duration", f"{days} days", days, "d",
                  dimension="duration", low=days, high=days)  # fmt: skip
    article = Article(published, "test", "", published=DateRange(published, published))
    return Reading(article, claim)


@pytest.mark.parametrize(
    ("earlier", "later", "agreed"),
    [
        ((5, "2026-06-28"), (11, "2026-07-04"), True),  # still trapped, six days on
        ((5, "2026-06-28"), (12, "2026-07-04"), True),  # a day's slack for the time of day
        ((5, "2026-06-28"), (14, "2026-07-04"), False),  # grew more than the days between
        ((11, "2026-06-28"), (5, "2026-07-04"), False),  # a running span does not shrink
        ((5, "2026-06-28"), (11, "2026-06-28"), False),  # one day: two figures
    ],
)
def test_align_a_span_still_running_grows_with_the_days_between_reports(
    earlier: tuple[float, str], later: tuple[float, str], agreed: bool
) -> None:
    assert agree(trapped_for(*earlier), trapped_for(*later), CompareSettings()) is agreed


def test_align_a_role_or_a_denial_on_one_side_only_is_another_fact() -> None:
    def seasons(number: float, parties: list[str]) -> Claim:
        return Claim("a", 0, 5, "count", "season", str(number), number, dimension="count",
                     low=number, high=number, thing="season", predicate="spend",
                     parties=parties)  # fmt: skip

    career = seasons(19, ["person:dileo"])
    assert not comparable(career, seasons(4, ["person:dileo", "role:director"]))
    assert comparable(seasons(4, ["role:director"]), seasons(5, ["role:director"]))
    assert not comparable(seasons(10, ["polarity:not"]), seasons(120, []))


def test_align_a_naming_word_against_the_others_thing_is_not_one_thing() -> None:
    ships = boy_count(3, "intercept")
    ships.thing, ships.thing_words = "ship", ["pirate", "ship"]
    pirates = boy_count(26, "intercept")
    pirates.thing, pirates.thing_words = "pirate", ["pirate"]
    assert not comparable(ships, pirates)
    spur = border_claim("38 km", 38, thing="spur", thing_words=["rail", "spur"], predicate="build")
    branch = border_claim("42 km", 42, thing="branch", thing_words=["branch", "railway"],
                          predicate="build")  # fmt: skip
    assert comparable(spur, branch)


@pytest.mark.parametrize(
    ("first", "second", "agreed"),
    [
        ((5, ""), (8, ""), True),  # days unknown: either may be the older telling
        ((5, "2026-06-28"), (8, "2026-07-01"), True),
        ((5, "2026-06-28"), (8, "2026-06-28"), False),  # one day, two figures
    ],
)
def test_align_a_happenings_span_so_far_is_compared_within_one_known_day(
    first: tuple[float, str], second: tuple[float, str], agreed: bool
) -> None:
    def riots(days: float, published: str) -> Reading:
        reading = trapped_for(days, published or "x")
        reading.claim.running = True
        if not published:
            reading.article.published = None
        return reading

    assert agree(riots(*first), riots(*second), CompareSettings()) is agreed
