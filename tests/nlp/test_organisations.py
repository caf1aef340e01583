"""wirewatch.nlp.organisations: bodies that act as themselves, and the sector of a side."""

from __future__ import annotations

from wirewatch.nlp.organisations import organisation_of, sector_of


def test_organisations_a_body_is_not_the_country_inside_its_name() -> None:
    body = organisation_of("The Southern African Development Community (SADC)")
    assert body is not None
    assert (body.code, body.sector, body.home) == ("SADC", "IGO", None)


def test_organisations_a_movement_keeps_its_home_country() -> None:
    body = organisation_of("Hezbollah fighters")
    assert body is not None
    assert (body.code, body.sector, body.home) == ("HEZBOLLAH", "REB", "LBN")


def test_organisations_names_match_as_written() -> None:
    assert organisation_of("the U.N.'s refugee agency") is not None
    assert organisation_of("an amnesty for the rebels") is None
    assert organisation_of("Amnesty International").code == "AMNESTY"


def test_organisations_a_name_in_capitals_is_read_in_title_case() -> None:
    assert organisation_of("SECURITY COUNCIL").code == "UNSC"
    assert organisation_of("WHO") is not None and organisation_of("who") is None


def test_organisations_sector_from_role_nouns() -> None:
    assert sector_of("Zimbabwean troops") == "MIL"
    assert sector_of("riot police") == "COP"
    assert sector_of("the Lebanese government") == "GOV"
    assert sector_of("Kyrgyz protesters") == "CVL"
    assert sector_of("a tourist") is None
