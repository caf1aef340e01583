"""add_claims on tiny texts: what each claim is about, its value, span and interval."""

from __future__ import annotations

from wirewatch.compare.claims import add_claims
from wirewatch.model import Article, Claim, DateRange, Quote, TimeExpression
from wirewatch.settings import Settings


def claims_of(nlp, text: str, quotes: list[Quote] | None = None) -> list[Claim]:
    article = Article(id="a1", source="test", text=text, quotes=quotes or [])
    add_claims(article, nlp(text), Settings())
    return article.claims


def test_claims_hyphenated_border_length_with_its_parties(nlp) -> None:
    text = "Finland shares a 1,300-kilometre border with Russia."
    (claim,) = claims_of(nlp, text)
    assert (claim.kind, claim.dimension, claim.thing) == ("amount", "length", "border")
    assert claim.subject == "border (share) (Finland, Russia)"
    assert (claim.value, claim.number, claim.unit) == ("1,300 km", 1300.0, "km")
    assert (claim.low, claim.high) == (1300.0, 1300.0)
    assert text[claim.start : claim.end] == "1,300-kilometre"
    assert (claim.sentence_start, claim.sentence_end) == (0, len(text))
    assert claim.parties == ["place:finland", "place:russia"]
    assert {"border", "share"} <= set(claim.context)


def test_claims_about_widens_the_interval(nlp) -> None:
    (claim,) = claims_of(nlp, "The border is about 1,340 km long.")
    assert claim.value == "about 1,340 km"
    assert claim.approximate
    assert claim.low is not None and claim.high is not None
    assert claim.low < 1340 < claim.high


def test_claims_more_than_is_open_above(nlp) -> None:
    (claim,) = claims_of(nlp, "More than 100 people joined the vigil.")
    assert (claim.thing, claim.low, claim.high) == ("people", 100.0, None)


def test_claims_a_range_is_one_claim(nlp) -> None:
    (claim,) = claims_of(nlp, "Police said between 60 and 100 rioters looted the store.")
    assert (claim.number, claim.low, claim.high) == (60.0, 60.0, 100.0)


def test_claims_km_and_miles_share_a_unit(nlp) -> None:
    (in_km,) = claims_of(nlp, "The border with Russia stretches 1,300 km.")
    (in_miles,) = claims_of(nlp, "The border with Russia stretches 800 miles.")
    assert in_km.unit == in_miles.unit == "km"
    assert in_km.thing == in_miles.thing == "border"


def test_claims_injured_and_killed_keep_their_verbs(nlp) -> None:
    injured, killed = claims_of(nlp, "The blast injured 12 people and killed 30 others.")
    assert (injured.kind, injured.thing, injured.predicate) == ("count", "people", "injure")
    assert killed.predicate == "kill"
    (died,) = claims_of(nlp, "Thirty people died in the fire.")
    assert (died.thing, died.predicate) == ("people", "kill")


def test_claims_durations_clock_times_and_frequencies(nlp) -> None:
    (weeks,) = claims_of(nlp, "She had been hospitalized for three weeks.")
    assert (weeks.dimension, weeks.number, weeks.predicate) == ("duration", 21.0, "hospitalize")
    (clock,) = claims_of(nlp, "Gunfire was reported at about 3:10 p.m. near the park.")
    assert (clock.kind, clock.dimension, clock.number) == ("clock", "clock", 910.0)
    (twice,) = claims_of(nlp, "Page married twice.")
    assert (twice.dimension, twice.number, twice.predicate) == ("frequency", 2.0, "marry")


def test_claims_a_part_of_a_stated_total_is_marked(nlp) -> None:
    claims = claims_of(nlp, "Three of the seven bullets fired by the officers hit him.")
    assert [claim.part for claim in claims if claim.number == 3.0] == [True]


def test_claims_bare_numbers_scores_and_decades_are_no_counts(nlp) -> None:
    assert claims_of(nlp, "Page, 85, died in Los Angeles.") == []
    assert claims_of(nlp, "The Sixers lost 88-72 in Cleveland.") == []
    assert claims_of(nlp, "She was a star of the 1950s.") == []


def test_claims_date_of_a_happening_is_a_window(nlp) -> None:
    (claim,) = claims_of(nlp, "Finland joined NATO in 2023.")
    assert (claim.kind, claim.value, claim.predicate) == ("date", "2023", "join")
    assert claim.unit == "2023-01-01/2023-12-31"
    (late,) = claims_of(nlp, "The government closed the crossings in late 2023.")
    assert late.unit == "2023-09-01/2023-12-31"


def test_claims_nothing_from_dates_of_speech_without_a_day(nlp) -> None:
    assert claims_of(nlp, "The minister said today that talks would resume.") == []


def test_claims_attribution_from_direct_quotes(nlp) -> None:
    text = '"We are ready to talk," Peskov said.'
    words = "We are ready to talk,"
    start = text.index(words)
    quote = Quote("q1", "a1", start, start + len(words), "direct", speaker_name="Dmitry Peskov")
    claims = claims_of(nlp, text, [quote])
    (attribution,) = [claim for claim in claims if claim.kind == "attribution"]
    assert attribution.value == "Dmitry Peskov"
    assert attribution.subject == 'speaker of "We are ready to talk,"'


def test_claims_worth_measures_the_deal(nlp) -> None:
    (claim,) = claims_of(nlp, "The agreement is worth 5,010 million dollars.")
    assert (claim.thing, claim.value) == ("agreement", "5,010 million dollars")
    assert (claim.number, claim.unit) == (5_010_000_000.0, "USD")


def test_claims_dateline_and_outlet_are_not_parties(nlp) -> None:
    text = "HALIFAX (Harbour Wire) — Canada signed an agreement worth 500 million dollars."
    article = Article(id="a1", source="test", text=text, outlet="Harbour Wire")
    add_claims(article, nlp(text), Settings())
    (claim,) = article.claims
    assert claim.parties == ["place:canada"]


def test_claims_counts_of_a_crew_but_not_the_two_countries(nlp) -> None:
    (crew,) = claims_of(nlp, "The trawler had a crew of 14.")
    assert (crew.thing, crew.number) == ("crew", 14.0)
    assert claims_of(nlp, "The two countries have failed to agree.") == []


def test_claims_keep_the_period_a_figure_is_stated_for(nlp) -> None:
    (october,) = claims_of(nlp, "Inflation was 2.9% in October 2025.")
    assert october.period == "2025-10-01/2025-10-31"


def test_claims_a_weekday_sets_the_period_from_the_resolved_time(nlp) -> None:
    text = "Police detained 169 people on Friday."
    friday = text.index("Friday")
    resolved = TimeExpression(friday, friday + 6, DateRange("2026-12-04", "2026-12-04"))
    article = Article(id="a1", source="test", text=text, times=[resolved])
    add_claims(article, nlp(text), Settings())
    (claim,) = article.claims
    assert claim.period == "2026-12-04/2026-12-04"  # not compared with Saturday's count


def test_claims_a_number_in_a_condition_is_no_claim(nlp) -> None:
    assert claims_of(nlp, "If 20 people had died, the mayor would resign.") == []
    (claim,) = claims_of(nlp, "If it had rained, 20 people stayed home.")
    assert claim.number == 20.0  # the condition is the rain; the 20 is in the main clause
    # what would have followed did not happen either
    assert claims_of(nlp, "If it had rained, 20 people would have stayed home.") == []


def test_claims_a_number_after_its_noun_is_a_label(nlp) -> None:
    assert not [claim for claim in claims_of(nlp, "DIVER 2: We went in first.") if claim.thing]
    (claim,) = claims_of(nlp, "Two divers went in first.")
    assert (claim.thing, claim.number) == ("diver", 2.0)


def counts_in(nlp, text: str) -> list[tuple[str, float | None]]:
    return [(claim.thing, claim.number) for claim in claims_of(nlp, text)]


def test_claims_rests_and_stretches_of_a_group_are_no_counts(nlp) -> None:
    assert counts_in(nlp, "Seven other workers were hiding in a closet nearby.") == []
    assert counts_in(nlp, "An additional 162 animals are listed as threatened.") == []
    assert counts_in(nlp, "Philadelphia won 18 of its next 23 games.") == []
    # what befell them names the group: "killed 30 others" is a toll
    assert ("other", 30.0) in counts_in(nlp, "The blast injured 12 people and killed 30 others.")


def test_claims_a_hyphened_count_describes_its_noun(nlp) -> None:
    assert counts_in(nlp, "Cleveland was the owner of an 11-game win streak.") == []


def test_claims_a_clause_set_weeks_apart_is_another_happening(nlp) -> None:
    text = "The shooting came just weeks after a driver fatally shot eight people."
    assert counts_in(nlp, text) == []


def test_claims_a_span_before_a_clause_belongs_to_the_main_verb(nlp) -> None:
    (claim,) = claims_of(nlp, "Chela Ortiz married the deputy three weeks before he was murdered.")
    assert (claim.dimension, claim.number, claim.predicate) == ("duration", 21.0, "marry")


def test_claims_the_value_itself_is_not_its_period(nlp) -> None:
    (claim,) = claims_of(nlp, "They had married about two weeks ago.")
    assert (claim.dimension, claim.period) == ("duration", "")


def test_claims_plans_and_forecasts_are_no_claims(nlp) -> None:
    assert claims_of(nlp, "Hariri said he would return to Lebanon in the next two days.") == []
    assert claims_of(nlp, "The task could be the responsibility of 13 foreign divers.") == []
    # a plan stated as such is a fact two reports can tell differently
    (spur,) = claims_of(nlp, "Kazakhstan will build a 38 km rail spur.")
    assert (spur.thing, spur.number) == ("spur", 38.0)
    # a denied counterfactual takes the number as a fact
    (shops,) = claims_of(nlp, "If it had, we wouldn't have 355 damaged shops in Athens.")
    assert (shops.thing, shops.number, shops.parties) == ("shop", 355.0, ["place:athens"])


def test_claims_denial_role_and_pronoun_doer_are_parties(nlp) -> None:
    (denied,) = claims_of(nlp, "They did not have food for 10 days.")
    assert "polarity:not" in denied.parties
    (role,) = claims_of(nlp, "DiLeo spent four seasons as director of personnel.")
    assert "role:director" in role.parties
    text = "Yvonne Hiller was suspended from Kraft, where she had worked for 15 years."
    (worked,) = claims_of(nlp, text)
    assert "person:yvonne hiller" in worked.parties


def test_claims_a_happenings_span_so_far_is_running(nlp) -> None:
    (riots,) = claims_of(nlp, "Athens was calm after eight days of riots.")
    assert (riots.number, riots.running) == (8.0, True)
    (stay,) = claims_of(nlp, "Page had been hospitalized for three weeks.")
    assert not stay.running


def test_claims_a_date_is_of_what_its_doer_did(nlp) -> None:
    (hurricanes,) = [c for c in claims_of(nlp, "In 2008, four hurricanes struck Haiti.")
                     if c.kind == "date"]  # fmt: skip
    assert (hurricanes.thing, hurricanes.predicate) == ("hurricane", "strike")
    (season,) = claims_of(nlp, "In 2006-07, Cheeks helped rally the Sixers.")
    assert season.predicate == "rally"
