"""wirewatch.actions.actors: the sides of an action and their countries."""

from __future__ import annotations

from wirewatch.actions.actors import Actors, standing
from wirewatch.model import Article
from wirewatch.nlp.annotate import add_mentions, add_sentences


def test_actors_a_surname_takes_the_role_written_before_it_anywhere(nlp) -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov spoke on Tuesday. Later, U.S. President Donald Trump "
        "replied. Peskov and Trump did not meet."
    )
    article, doc = Article(id="a", source="a", text=text), nlp(text)
    add_sentences(article, doc)
    add_mentions(article, doc)  # the role phrases are read once, by the annotation stage
    actors = Actors(article, doc)
    assert actors.role_country("Peskov") == "RUS"
    assert actors.role_country("Trump") == "USA"  # "U.S." does not end the sentence
    assert actors.role_country("Nobody") is None


def test_actors_dates_and_amounts_are_no_sides(nlp) -> None:
    text = "Chile signed the deal on January 16 for 40 million dollars."
    doc = nlp(text)
    actors = Actors(Article(id="a", source="a", text=text), doc)
    january = next(t for t in doc if t.text == "January")
    assert actors.actor(january) is None
    chile = next(t for t in doc if t.text == "Chile")
    assert actors.actor(chile).country == "CHL"


def test_actors_standing_keeps_organisations_apart_from_countries() -> None:
    assert standing("Sudan") == ("SDN", None, None)
    assert standing("South Sudan")[0] == "SSD"
    assert standing("the Sudanese army") == ("SDN", None, "MIL")
    assert standing("The South African Development Community (SADC)") == (None, "SADC", "IGO")
    assert standing("Hezbollah") == ("LBN", "HEZBOLLAH", "REB")
    assert standing("the EU") == ("EU", "EU", "IGO")  # a bloc the country table knows


def test_actors_an_organisation_side_carries_its_code(nlp) -> None:
    text = "The African Union welcomed the decision of Zimbabwe's parliament."
    doc = nlp(text)
    actors = Actors(Article(id="a", source="a", text=text), doc)
    union = next(t for t in doc if t.text == "Union")
    side = actors.actor(union)
    assert (side.country, side.code, side.sector) == (None, "AU", "IGO")
    assert side.side == "AU"


def test_actors_a_post_abroad_is_the_sending_sides() -> None:
    assert standing("Canadian Ambassador to the United Nations")[0] == "CAN"
    assert standing("UN envoy to Syria")[1] == "UN"  # the body sends this one
    assert standing("the European Community")[1] == "EU"
    assert standing("ethnic Albanians")[0] is None  # a people, not Albania's side
