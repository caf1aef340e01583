"""add_claims on tiny texts: what each claim is about, its value, span and key."""

from __future__ import annotations

from wirewatch.compare.claims import add_claims
from wirewatch.model import Article, Claim, Quote
from wirewatch.settings import Settings


def claims_of(nlp, text: str, quotes: list[Quote] | None = None) -> list[Claim]:
    article = Article(id="a1", source="test", text=text, quotes=quotes or [])
    add_claims(article, nlp(text), Settings())
    return article.claims


def test_claims_hyphenated_border_length_with_its_parties(nlp) -> None:
    text = "Finland shares a 1,300-kilometre border with Russia."
    (claim,) = claims_of(nlp, text)
    assert claim.kind == "amount"
    assert claim.subject == "length of border (Finland, Russia)"
    assert (claim.value, claim.number, claim.unit) == ("1,300 km", 1300.0, "km")
    assert text[claim.start : claim.end] == "1,300-kilometre"
    assert (claim.sentence_start, claim.sentence_end) == (0, len(text))
    assert claim.key == "amount|border|length|finland;russia|share|border|"


def test_claims_about_marks_the_claim_approximate(nlp) -> None:
    (claim,) = claims_of(nlp, "The border is about 1,340 km long.")
    assert claim.subject == "length of border"
    assert claim.value == "about 1,340 km"
    assert claim.approximate


def test_claims_km_and_miles_share_a_key(nlp) -> None:
    (in_km,) = claims_of(nlp, "The border with Russia stretches 1,300 km.")
    (in_miles,) = claims_of(nlp, "The border with Russia stretches 800 miles.")
    assert in_km.key == in_miles.key == "amount|border|length|russia||border|"
    assert in_miles.unit == "km"


def test_claims_distance_travelled_is_not_a_border(nlp) -> None:
    (claim,) = claims_of(nlp, "The convoy travelled 1,350 km to reach the front.")
    assert claim.subject == "length travelled by convoy"
    assert claim.key.split("|")[1] == "travel//convoy"


def test_claims_injured_counts_keep_the_verb(nlp) -> None:
    injured, killed = claims_of(nlp, "The blast injured 12 people and killed 30 others.")
    assert (injured.kind, injured.subject, injured.number) == ("count", "people injured", 12.0)
    assert killed.key.split("|")[1] == "other/kill"
    passive = claims_of(nlp, "Twelve people were injured.")
    assert [claim.key for claim in passive] == [injured.key]


def test_claims_date_of_a_happening_is_a_window(nlp) -> None:
    (claim,) = claims_of(nlp, "Finland joined NATO in 2023.")
    assert (claim.kind, claim.subject, claim.value) == ("date", "Finland joined NATO", "2023")
    assert claim.unit == "2023-01-01/2023-12-31"
    (late,) = claims_of(nlp, "The government closed the crossings in late 2023.")
    assert late.unit == "2023-09-01/2023-12-31"


def test_claims_event_noun_and_verb_name_the_same_happening(nlp) -> None:
    (verb,) = claims_of(nlp, "Finland joined NATO in 2023.")
    (noun,) = claims_of(nlp, "Finland's 2023 NATO membership angered Moscow.")
    assert noun.key.split("|")[:2] == verb.key.split("|")[:2] == ["date", "join"]


def test_claims_nothing_from_durations_or_dates_of_speech(nlp) -> None:
    assert claims_of(nlp, "The border has been closed for more than a year.") == []
    assert claims_of(nlp, "The minister said on Tuesday that talks would resume.") == []


def test_claims_attribution_from_direct_quotes(nlp) -> None:
    text = '"We are ready to talk," Peskov said.'
    words = "We are ready to talk,"
    start = text.index(words)
    quote = Quote("q1", "a1", start, start + len(words), "direct", speaker_name="Dmitry Peskov")
    claims = claims_of(nlp, text, [quote])
    (attribution,) = [claim for claim in claims if claim.kind == "attribution"]
    assert attribution.value == "Dmitry Peskov"
    assert attribution.subject == 'speaker of "We are ready to talk,"'
    assert attribution.key == "attribution|q1|||||"


def test_claims_died_and_killed_count_the_same_toll(nlp) -> None:
    (died,) = claims_of(nlp, "Thirty people died in the fire.")
    (killed,) = claims_of(nlp, "The fire killed 32 people.")
    assert died.key == killed.key == "count|people/kill|count||||"


def test_claims_worth_measures_the_deal(nlp) -> None:
    (claim,) = claims_of(nlp, "The agreement is worth 5,010 million dollars.")
    assert (claim.subject, claim.value) == ("amount of agreement", "5,010 million dollars")
    assert (claim.number, claim.unit) == (5_010_000_000.0, "USD")


def test_claims_dateline_and_outlet_are_not_parties(nlp) -> None:
    text = "HALIFAX (Harbour Wire) — Canada signed an agreement worth 500 million dollars."
    article = Article(id="a1", source="test", text=text, outlet="Harbour Wire")
    add_claims(article, nlp(text), Settings())
    (claim,) = article.claims
    assert claim.key == "amount|agreement|money|canada|sign|agreement|"


def test_claims_counts_of_a_crew_but_not_the_two_countries(nlp) -> None:
    (crew,) = claims_of(nlp, "The trawler had a crew of 14.")
    assert (crew.subject, crew.number) == ("crew", 14.0)
    assert claims_of(nlp, "The two countries have failed to agree.") == []


def test_claims_keep_what_was_done_to_the_measured_thing(nlp) -> None:
    (spur,) = claims_of(nlp, "Kazakhstan will build a 38 km rail spur to the port.")
    (branch,) = claims_of(nlp, "The deal commits Kazakhstan to building a 42 km railway branch.")
    assert spur.key.split("|")[4:6] == ["build", "rail;spur"]
    assert branch.key.split("|")[4:6] == ["build", "branch;railway"]


def test_claims_keep_the_period_a_figure_is_stated_for(nlp) -> None:
    (october,) = claims_of(nlp, "Inflation was 2.9% in October 2025.")
    assert october.key.split("|")[6] == "2025-10-01/2025-10-31"
