"""wirewatch.actions.code: PLOVER actions read off one article's parse."""

from __future__ import annotations

import pytest

from wirewatch.actions.code import add_actions
from wirewatch.actions.lexicon import action_type, lexicon
from wirewatch.model import Article
from wirewatch.nlp.annotate import add_mentions, add_sentences
from wirewatch.quotes.extract import add_quotes
from wirewatch.settings import Settings


@pytest.fixture(scope="module")
def coded(nlp):
    def run(text: str) -> list[tuple[str, str | None, str | None]]:
        article = Article(id="a1", source="test", text=text)
        doc = nlp(text)
        add_sentences(article, doc)
        add_mentions(article, doc)  # the actions stage reads them (pipeline.STAGES)
        add_quotes(article, doc, Settings())
        add_actions(article, doc, Settings())
        for action in article.actions:  # every action points back into the text
            assert action.start <= action.trigger_start < action.trigger_end <= action.end
            assert text[action.start : action.end] == text[action.start : action.end].strip()
            assert text[action.source.start : action.source.end] == action.source.name
        return [
            (a.type, a.source.country, a.target.country if a.target else None)
            for a in article.actions
        ]

    return run


def test_code_lexicon_rows_are_plover_types() -> None:
    plover = {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }  # fmt: skip
    types = {row.type for rows in lexicon().values() for row in rows}
    assert types == plover


def test_code_object_decides_the_type(nlp) -> None:
    restore = next(t for t in nlp("Chile restored relations with Peru.") if t.lemma_ == "restore")
    assert action_type(restore) == "COOPERATE"
    # the same verb without a fitting object names no action
    restore = next(t for t in nlp("Chile restored the old church.") if t.lemma_ == "restore")
    assert action_type(restore) is None


def test_code_doer_target_and_type(coded) -> None:
    assert coded("Peru accused Chile of spying on its navy.") == [("ACCUSE", "PER", "CHL")]
    assert coded("Norway imposed sanctions on Iran on Monday.") == [("SANCTION", "NOR", "IRN")]
    # the doer is the subject of the clause above; the target the object of "with"
    assert coded("Japan is open to restoring relations with China.") == [("AGREE", "JPN", "CHN")]


def test_code_passive_puts_the_agent_first(coded) -> None:
    assert coded("Turkish diplomats were expelled by Austria.") == [("SANCTION", "AUT", "TUR")]


def test_code_people_take_the_country_of_their_role(coded) -> None:
    text = (
        "Brazilian Foreign Minister Ana Costa visited Argentina on Friday. "
        "Costa criticized Uruguay for its new tariffs."
    )
    assert coded(text) == [("CONSULT", "BRA", "ARG"), ("ACCUSE", "BRA", "URY")]


def test_code_coordinated_sides_act_towards_each_other(coded) -> None:
    # signing an agreement is SUPPORT in the PLOVER codebook ("ratify, sign, or finalize")
    assert coded("Kenya and Tanzania signed a trade agreement in Arusha.") == [
        ("SUPPORT", "KEN", "TZA")
    ]
    assert coded("Egypt condemned Israel and Syria.") == [
        ("ACCUSE", "EGY", "ISR"),
        ("ACCUSE", "EGY", "SYR"),
    ]


def test_code_promises_and_menaces(coded) -> None:
    assert coded("Sweden will send aid to Ukraine.") == [("AGREE", "SWE", "UKR")]
    assert coded("India will impose sanctions on Nepal.") == [("THREATEN", "IND", "NPL")]
    # a threat to act is one threat, not also the act threatened
    assert coded("Canada threatened to impose tariffs on Mexico.") == [("THREATEN", "CAN", "MEX")]


def test_code_what_is_not_done_is_not_coded(coded) -> None:
    assert coded("Spain did not recall its ambassador from Morocco.") == []
    assert coded("The time has come for Italy to resume talks with Libya.") == []


def test_code_we_in_a_quote_is_the_speakers_country(coded) -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov spoke to reporters. "
        '"We are ready to restore relations with Estonia," Peskov said.'
    )
    assert ("AGREE", "RUS", "EST") in coded(text)


def test_code_he_is_the_person_named_before(coded) -> None:
    text = "Greek Prime Minister Nikos Vlachos spoke in Athens. He accused Turkey of provocation."
    assert coded(text) == [("ACCUSE", "GRC", "TUR")]


def test_code_background_clauses_are_earlier_happenings(coded) -> None:
    text = (
        "Chile and Peru signed a fisheries accord on Monday, ending a quarrel that began "
        "when Chilean inspectors detained a Peruvian trawler."
    )
    assert coded(text) == [("SUPPORT", "CHL", "PER")]


def test_code_it_in_a_reported_clause_is_who_reports(coded) -> None:
    assert coded("Syria says it is willing to withdraw its troops from Lebanon.") == [
        ("AGREE", "SYR", "LBN")
    ]
    # an "it" that nobody reports stays unknown
    assert coded("It accused Lebanon of smuggling.") == []


def test_code_a_country_inside_the_clause_when_the_parse_gives_no_target(coded) -> None:
    text = "Poland remains opposed to any new deal absent proof that Belarus has changed course."
    assert coded(text) == [("REJECT", "POL", "BLR")]


def test_code_every_demo_article_without_an_error(nlp) -> None:
    # an annotator that raises costs the whole article (it is skipped): none may
    from pathlib import Path

    from wirewatch.ingest import read_inputs
    from wirewatch.model import RawDocument
    from wirewatch.pipeline import annotate_safely, clean_safely

    demo = Path(__file__).resolve().parents[2] / "examples" / "demo"
    raws = [item for item in read_inputs([demo]) if isinstance(item, RawDocument)]
    articles = [a for a in clean_safely(raws, Settings()) if isinstance(a, Article)]
    annotated = annotate_safely(articles, Settings())
    assert all(isinstance(item, Article) for item in annotated)
    assert sum(len(article.actions) for article in annotated) >= 5


def test_code_them_is_the_latest_place_named_before(coded) -> None:
    text = "Peru recalled its envoy from Chile. Lima accused them of spying on its navy."
    assert ("ACCUSE", "PER", "CHL") in coded(text)
    # nothing named before: nobody, and not a country named later in the clause either
    assert coded("Lima accused them of spying for Brazil.") == [("ACCUSE", "PER", None)]


def test_code_what_may_happen_or_is_asked_is_not_done(coded) -> None:
    assert coded("He said Norway might expel the Russian ambassador.") == []
    assert coded("Is the Norwegian army supposed to attack Sweden?") == []


def test_code_coordinated_requesters_do_not_request_each_other(coded) -> None:
    found = coded("The United States and the European Union called for restraint.")
    assert found and all(target is None for _kind, _source, target in found)


def test_code_a_travel_warning_targets_the_place(coded) -> None:
    found = coded(
        "Saudi Arabia, the United Arab Emirates and Kuwait advised their citizens not to "
        "travel to Lebanon.",
    )
    assert sorted(found) == [
        ("REQUEST", "ARE", "LBN"),
        ("REQUEST", "KWT", "LBN"),
        ("REQUEST", "SAU", "LBN"),
    ]


def test_code_a_duty_stated_in_reported_speech_is_a_demand(coded) -> None:
    assert coded("Peru said on Monday that Chile must return the seized trawler.") == [
        ("REQUEST", "PER", "CHL")
    ]
    # a duty of nobody named is no demand of anybody
    assert coded("Officials said the plan must be approved soon.") == []


def test_code_a_group_acts_as_what_it_is_made_of(coded) -> None:
    assert coded("A group of Moroccan diplomats met Egyptian President Morsi.") == [
        ("CONSULT", "MAR", "EGY")
    ]
    assert coded("Thousands of Iraqi Kurds protested against Turkey.") == [
        ("PROTEST", "IRQ", "TUR")
    ]


def test_code_where_an_action_happened_is_not_its_target(coded) -> None:
    assert coded("The Lebanese premier resigned during a visit to Qatar.") == [
        ("RETREAT", "LBN", None)  # a resignation by an official is RETREAT in the codebook
    ]


def test_code_expressions_of_concern_and_alerts(coded) -> None:
    assert coded("China expressed concern about Japan's military plans.") == [
        ("ACCUSE", "CHN", "JPN")
    ]
    assert coded("Norway voiced support for Iceland's decision.") == [("SUPPORT", "NOR", "ISL")]
    assert coded("Russia put its troops in Armenia on high alert.") == [("MOBILIZE", "RUS", "ARM")]


def test_code_a_date_is_not_a_particle(coded) -> None:
    # "called ... on Sunday" is no "call on": naming something is no request
    assert coded("Iran on Sunday called the Saudi decision a grave mistake.") == []
    assert coded("Japan called on China on Monday to release the fishermen.") == [
        ("REQUEST", "JPN", "CHN")
    ]


def test_code_a_conjunct_shares_its_heads_may(coded) -> None:
    assert coded("Egypt may recall or expel the Turkish ambassador.") == []
    assert coded("Egypt recalled and expelled the Turkish ambassador.") != []


def test_code_a_light_verb_takes_the_type_of_its_event_noun(coded) -> None:
    assert coded("Peruvian farmers staged a protest against Chile.") == [("PROTEST", "PER", "CHL")]
    assert coded("Ghana began a hunger strike.") == [("PROTEST", "GHA", None)]
    assert coded("Sudan launched an offensive against Chad.") == [("ASSAULT", "SDN", "TCD")]
    # a light verb with no event noun names no action
    assert coded("Norway made a film about Iceland.") == []


def test_code_the_object_of_an_object_and_its_modifiers(coded) -> None:
    assert coded("Canada suspended aid deliveries to Haiti.") == [("SANCTION", "CAN", "HTI")]


def test_code_what_failed_is_not_done(coded) -> None:
    assert coded("Chile and Peru failed to reach an agreement.") == []


def test_code_coordinated_actions_are_each_coded(coded) -> None:
    text = "Benin opened its borders to Togo but refused admittance to Ghanaians."
    assert {kind for kind, _s, _t in coded(text)} == {"CONCEDE", "REJECT"}


def test_code_a_vow_of_hostility_is_a_threat(coded) -> None:
    assert coded("Armenia vowed to attack Azerbaijan.") == [("THREATEN", "ARM", "AZE")]
    assert coded("Peruvian unions said they would boycott Chile.") == [
        ("THREATEN", "PER", "CHL")
    ]


def test_code_a_doer_nobody_names_still_acts(coded) -> None:
    # typed, with no side: the count keeps two-sided actions only
    assert coded("Rebels blocked the road.") == [("PROTEST", None, None)]


def test_code_the_us_is_a_country_not_a_pronoun(coded) -> None:
    assert coded("Chile accused the US of spying on its navy.") == [("ACCUSE", "CHL", "USA")]


def test_code_coordinated_adjectives_are_one_side_each(coded) -> None:
    # "the Danish and Swedish ambassadors" are two sides, not Denmark alone
    assert coded("Lebanon's premier met the Danish and Swedish ambassadors on Friday.") == [
        ("CONSULT", "LBN", "DNK"),
        ("CONSULT", "LBN", "SWE"),
    ]


def test_code_a_name_goes_on_past_its_head(coded) -> None:
    text = "Japan demanded that the Republic of Korea return the fishing boat."
    assert coded(text) == [("REQUEST", "JPN", "KOR")]


def test_code_names_in_another_clause_are_no_target(coded) -> None:
    # the reports are what Iran rejects; Peru is whom the participle's accusation is about
    assert ("REJECT", "IRN", "PER") not in coded(
        "Iran dismissed the reports, accusing Peru of lying about the talks."
    )
    # a condition names whom a threat is aimed at
    assert coded("Chile threatened to end the talks if Peru sends more troops.") == [
        ("THREATEN", "CHL", "PER")
    ]


def test_code_an_apposition_gives_a_person_a_country(coded) -> None:
    text = "Ruth Okello, Kenya's foreign minister, accused Somalia of harbouring militants."
    assert coded(text) == [("ACCUSE", "KEN", "SOM")]


def test_code_a_stance_participle_is_its_subjects(coded) -> None:
    assert coded("Vietnam is committed to cooperating with Japan.") == [("AGREE", "VNM", "JPN")]


def test_code_preparing_an_attack_is_readiness(coded) -> None:
    assert coded("Sudan prepared to attack Chad.") == [("MOBILIZE", "SDN", "TCD")]


def test_code_a_statement_says_what_its_issuer_says(coded) -> None:
    text = "Iran issued a statement demanding that Iraq release the sailors."
    assert coded(text) == [("REQUEST", "IRN", "IRQ")]


def test_code_the_doers_own_country_named_apart_is_a_target(coded) -> None:
    text = "Peruvian police imposed a curfew on a mining town in southern Peru on Monday."
    assert coded(text) == [("COERCE", "PER", "PER")]


def test_code_a_consequence_has_no_doer(coded) -> None:
    text = (
        "Chile ran the talks and managed the border, a role which was weakened after the "
        "crisis in 2005, resulting in the expulsion of Chilean diplomats from Lima and "
        "accusing Peru of spying."
    )
    assert [action for action in coded(text) if action[0] == "ACCUSE"] == []


def test_code_who_is_kept_from_doing_is_the_doer(coded) -> None:
    text = "Peru has done little to stop Bolivia from supporting Chile's claims."
    assert coded(text) == [("SUPPORT", "BOL", "CHL")]


def test_code_an_ally_is_not_whose_ally_it_is(coded) -> None:
    text = "Chile threatened Lima's closest ally, Bolivia, with new tariffs."
    assert coded(text) == [("THREATEN", "CHL", "BOL")]
    assert coded("Chile threatened Lima's closest ally with new tariffs.") == [
        ("THREATEN", "CHL", None)
    ]


def test_code_a_common_noun_addressee_is_the_target(coded) -> None:
    # the creditors are asked; Bolivia is what the request is about
    text = "Chile urged the other creditors to cancel their loans to Bolivia."
    assert coded(text) == [("REQUEST", "CHL", None)]
    # a name inside the addressee's own words is still the target
    text = "Chile urged the parties in Bolivia to resume talks."
    assert coded(text) == [("REQUEST", "CHL", "BOL")]


def test_code_a_city_where_it_happened_is_no_target(coded) -> None:
    text = "Chile complained that its aid plane was turned back in La Paz on Monday."
    assert coded(text) == [("ACCUSE", "CHL", None)]
    # but a curfew or an attack is done to the place
    assert coded("Bolivia imposed a curfew in Santiago.") == [("COERCE", "BOL", "CHL")]
