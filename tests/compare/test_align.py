"""Alignment on hand-made claims: same fact or not, agree or contradict (no parse needed)."""

from __future__ import annotations

import pytest

from wirewatch.compare.align import Reading, align, numbers_agree, reading, same_fact, voice
from wirewatch.compare.settings import CompareSettings
from wirewatch.model import Article, Claim, Quote

BORDER = "amount|border|length|finland;russia"


def border_claim(value: str, number: float, key: str = BORDER, start: int = 0) -> Claim:
    return Claim("a", start, start + 5, "amount", "length of border", value, number, "km", key=key)


def article_with(article_id: str, claims: list[Claim], text: str = "", quotes=()) -> Article:
    for claim in claims:
        claim.article = article_id
    return Article(article_id, "test", text, claims=claims, quotes=list(quotes))


@pytest.mark.parametrize(
    ("first", "second", "agreed"),
    [
        (("1,300 km", 1300), ("1,350 km", 1350), False),
        (("1,300 km", 1300), ("1,310 km", 1310), True),  # within the 1% rounding tolerance
        (("about 1,300 km", 1300), ("1,340 km", 1340), True),  # "about" widens by 5%
        (("about 1,300 km", 1300), ("1,400 km", 1400), False),
        (("more than 1,300 km", 1300), ("1,350 km", 1350), True),
        (("nearly 1,300 km", 1300), ("1,350 km", 1350), False),  # "nearly" is under, not over
    ],
)
def test_align_number_tolerance_rule(first, second, agreed: bool) -> None:
    settings = CompareSettings()
    assert numbers_agree(border_claim(*first), border_claim(*second), settings) is agreed


def test_align_tolerance_is_a_setting() -> None:
    loose = CompareSettings(number_tolerance=0.05)
    assert numbers_agree(border_claim("1,300 km", 1300), border_claim("1,350 km", 1350), loose)


def test_align_border_length_and_distance_travelled_are_different_facts() -> None:
    border = reading(article_with("a", [border_claim("1,300 km", 1300)]), border_claim("x", 1300))
    trip_claim = border_claim("1,350 km", 1350, key="amount|travel//convoy|length|")
    trip = reading(article_with("b", [trip_claim]), trip_claim)
    assert border and trip and not same_fact(border, trip)


def test_align_parties_must_nest() -> None:
    with_russia = border_claim("1,300 km", 1300, key="amount|border|length|finland;russia")
    unnamed = border_claim("1,350 km", 1350, key="amount|border|length|")
    with_norway = border_claim("736 km", 736, key="amount|border|length|finland;norway")
    a, b, c = (
        article_with(i, [claim])
        for i, claim in zip("abc", (with_russia, unnamed, with_norway), strict=True)
    )
    first, second, third = (reading(art, art.claims[0]) for art in (a, b, c))
    assert same_fact(first, second) and same_fact(second, third)
    assert not same_fact(first, third)


def test_align_quoted_numbers_are_not_the_reporters_own() -> None:
    text = 'He said: "The border is 1,350 km long." It is 1,300 km long.'
    quoted = border_claim("1,350 km", 1350, start=text.index("1,350"))
    reported = border_claim("1,300 km", 1300, start=text.index("1,300"))
    article = article_with("a", [quoted, reported], text)
    assert voice(article, quoted).startswith("quote:")
    assert voice(article, reported) == "reporter"


def test_align_quote_speaker_is_the_voice() -> None:
    text = "Peskov said the border is 1,350 km long."
    claim = border_claim("1,350 km", 1350, start=text.index("1,350"))
    quote = Quote("q", "a", 0, len(text), "partial", speaker_entity="person:peskov")
    assert voice(article_with("a", [claim], text, [quote]), claim) == "quote:person:peskov"


def test_align_groups_and_conflicts_across_articles_only() -> None:
    first = article_with("a", [border_claim("1,300 km", 1300), border_claim("1,350 km", 1350)])
    second = article_with("b", [border_claim("1,300 km", 1300)])
    facts = [reading(art, claim) for art in (first, second) for claim in art.claims]
    (group,) = align([fact for fact in facts if fact], CompareSettings())
    assert len(group.readings) == 3
    assert group.conflicts == [(1, 2)]  # a's 1,350 against b's 1,300; a against itself is not
    assert group.outlets == {"a", "b"}


def test_align_dates_contradict_when_windows_do_not_overlap() -> None:
    def joined(article_id: str, window: str) -> Article:
        claim = Claim("", 0, 4, "date", "Finland joined NATO", window[:4], unit=window)
        claim.key = "date|join|date|finland;nato"
        return article_with(article_id, [claim])

    same_year = [joined("a", "2023-01-01/2023-12-31"), joined("b", "2023-04-04/2023-04-04")]
    other_year = [joined("a", "2023-01-01/2023-12-31"), joined("b", "2024-01-01/2024-12-31")]
    for articles, conflicts in ((same_year, []), (other_year, [(0, 1)])):
        facts = [reading(art, art.claims[0]) for art in articles]
        (group,) = align([fact for fact in facts if fact], CompareSettings())
        assert group.conflicts == conflicts


def test_align_things_built_and_named_alike_are_one_fact() -> None:
    def built(article_id: str, head: str, words: str, number: float) -> Reading:
        claim = border_claim(f"{number:g} km", number, key=f"amount|{head}|length||build|{words}")
        found = reading(article_with(article_id, [claim]), claim)
        assert found is not None
        return found

    spur = built("a", "spur", "rail;spur", 38)
    branch = built("b", "branch", "branch;railway", 42)
    road = built("c", "road", "road", 50)
    assert same_fact(spur, branch)  # "rail" begins "railway"
    assert not same_fact(spur, road)
