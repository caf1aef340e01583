"""Tests of wirewatch.nlp.names: person-name words and keys of other names."""

from __future__ import annotations

from wirewatch.nlp.names import (
    acronym_of,
    first_names_agree,
    leading_titles,
    name_key,
    name_words,
    shown_name,
    slug,
)


def test_names_titles_suffixes_and_possessives_are_dropped() -> None:
    assert name_words("President Joe Biden Jr.'s") == ["Joe", "Biden"]
    assert name_words("Mr. Olaf Berg") == ["Olaf", "Berg"]


def test_names_roles_and_their_qualifiers_are_not_part_of_the_name() -> None:
    assert name_words("Representative Charles B. Rangel") == ["Charles", "B.", "Rangel"]
    assert name_words("Former Rep. Anna Berg") == ["Anna", "Berg"]
    assert name_words("First Lady Michelle Obama") == ["Michelle", "Obama"]
    assert leading_titles("Former Rep. Anna Berg") == "Former Rep."
    assert leading_titles("Anna Berg") is None


def test_names_initials_agree_with_first_names_only_by_letter() -> None:
    assert first_names_agree("d", "dmitry")
    assert not first_names_agree("boris", "dustin")


def test_names_country_spellings_share_one_key() -> None:
    assert name_key("U.S.") == name_key("United States") == name_key("America") == "code:USA"
    assert name_key("MOSCOW") == name_key("Moscow") == "moscow"


def test_names_shown_name_prefers_normal_case_and_table_names() -> None:
    assert shown_name(["MOSCOW", "Moscow", "MOSCOW"], None) == "Moscow"
    assert shown_name(["US"], "USA") == "United States"


def test_names_acronym_and_slug() -> None:
    assert acronym_of("International Monetary Fund") == "imf"
    assert acronym_of("Reuters") is None
    assert slug("Helena Cardoso") == "helena-cardoso"
    assert slug("Ólafur Arnarsson") == "olafur-arnarsson"
