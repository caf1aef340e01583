"""wirewatch.actions.actors: the sides of an action and their countries."""

from __future__ import annotations

from wirewatch.actions.actors import Actors
from wirewatch.model import Article


def test_actors_a_surname_takes_the_role_written_before_it_anywhere(nlp) -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov spoke on Tuesday. Later, U.S. President Donald Trump "
        "replied. Peskov and Trump did not meet."
    )
    actors = Actors(Article(id="a", source="a", text=text), nlp(text))
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
