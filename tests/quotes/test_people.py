"""Tests of wirewatch.quotes.people: name forms gathered per surname."""

from __future__ import annotations

from wirewatch.quotes.people import PersonMention, fullest_names, one_person


def mention(name: str, start: int) -> PersonMention:
    return PersonMention(name, start, start + len(name), True, frozenset())


def test_people_forms_of_one_name_end_alike() -> None:
    assert one_person("Rip Donald Trump", "Donald Trump")
    assert one_person("Trump", "Donald Trump")
    assert not one_person("Melania Trump", "Donald Trump")


def test_people_fullest_names_keeps_two_people_of_one_surname_apart() -> None:
    people = [
        mention("Bjarki Arnarsson", 0),
        mention("Olafur Arnarsson", 40),
        mention("Arnarsson", 80),
    ]
    assert [p.name for p in fullest_names(people)["arnarsson"]] == [
        "Bjarki Arnarsson",
        "Olafur Arnarsson",
    ]


def test_people_fullest_name_prefers_the_form_written_most_often() -> None:
    people = [
        mention("Donald Trump", 0),
        mention("Rip Donald Trump", 20),
        mention("Donald Trump", 50),
    ]
    (trump,) = fullest_names(people)["trump"]
    assert (trump.name, trump.start) == ("Donald Trump", 0)
