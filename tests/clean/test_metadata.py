"""Metadata read from the text: headline, byline, dateline, outlet, dates, language."""

from __future__ import annotations

from wirewatch.clean import metadata, outlets


def test_metadata_byline_splits_names() -> None:
    assert metadata.byline_authors("By Jane Roe and John Doe") == ["Jane Roe", "John Doe"]
    assert metadata.byline_authors("By Jane Roe, John Doe & Ann Lee") == [
        "Jane Roe",
        "John Doe",
        "Ann Lee",
    ]


def test_metadata_byline_drops_agency_suffix() -> None:
    assert metadata.byline_authors("By Jane Roe, Reuters") == ["Jane Roe"]
    assert metadata.byline_authors("By Jane Roe | AP") == ["Jane Roe"]
    assert metadata.byline_authors("Reporting by Jane Roe; Editing by John Doe") == ["Jane Roe"]


def test_metadata_byline_rejects_prose() -> None:
    assert metadata.byline_authors("By the end of the week the port was open.") is None
    assert metadata.byline_authors("By Reuters") is None


def test_metadata_headline_shape() -> None:
    assert metadata.looks_like_headline("Harbour reopens after storm")
    assert not metadata.looks_like_headline("The harbour reopened on Monday after a storm.")
    assert metadata.looks_like_crosshead("Ferries return")
    assert not metadata.looks_like_crosshead("Ferries return.")


def test_metadata_dateline_split() -> None:
    dateline = metadata.split_dateline("RIGA (Reuters) — Latvia said on Monday it would")
    assert dateline.place == "RIGA"
    assert dateline.credit == "Reuters"
    assert dateline.prefix == "RIGA (Reuters) — "


def test_metadata_leading_credit_must_be_known() -> None:
    assert metadata.leading_credit("(AP) The harbour reopened.") == "(AP) "
    assert metadata.leading_credit("(Updated) The harbour reopened.") is None


def test_metadata_outlets_by_host() -> None:
    assert outlets.outlet_for_host("www.bbc.co.uk") == "BBC"
    assert outlets.outlet_for_host("edition.cnn.com") == "CNN"
    assert outlets.outlet_for_host("unknown.example") is None
    assert outlets.host_of("https://www.apnews.com/article/x") == "apnews.com"


def test_metadata_published_prefers_cued_line() -> None:
    found = metadata.published_from_lines(["Filed 3 March 2023", "Published: January 5, 2024"])
    assert (found.start, found.end, found.basis) == ("2024-01-05", "2024-01-05", "text")
    assert metadata.published_from_lines(["No date here"]) is None


def test_metadata_language_offline() -> None:
    assert (
        metadata.detect_language("The harbour reopened on Monday after a week of repairs.") == "en"
    )
    assert metadata.detect_language("   ") is None


def test_metadata_dateline_with_region_and_date() -> None:
    dateline = metadata.split_dateline("KYIV, Ukraine, March 3 (AP) — Air raid sirens sounded.")
    assert (dateline.place, dateline.credit) == ("KYIV, Ukraine", "AP")
    assert metadata.split_dateline("Reuters reported that the talks stalled.") is None


def test_metadata_byline_needs_people() -> None:
    assert metadata.byline_authors("By Friday") is None
    assert metadata.byline_authors("By Harbour Gazette Staff") is None
    assert metadata.byline_authors("By News Desk") is None


def test_metadata_published_only_from_a_date_that_heads_its_line() -> None:
    for dateline in (
        "December 22nd, 2008 8:55 am",
        "By Jane Doe, March 3, 2025",
        "Thu, 14 Mar 2013",
    ):
        assert metadata.published_from_lines([dateline]) is not None, dateline
    # a short sentence of the story with a date in it is not a dateline
    born = "Page was born on April 22, 1923, in Nashville, Tenn."
    assert metadata.published_from_lines([born]) is None
    assert metadata.published_from_lines([born, "May 2, 2024"]).start == "2024-05-02"
    # a cue makes any place in the line good
    assert metadata.published_from_lines(["This story was published on May 2, 2024"]) is not None


def test_metadata_byline_glued_to_a_headline_is_split() -> None:
    line = "What the quota deal means for Barents Sea cod By Ingrid Solberg, Oslo correspondent"
    assert metadata.split_glued_byline(line) == (
        "What the quota deal means for Barents Sea cod",
        ["Ingrid Solberg"],
    )
    assert metadata.split_glued_byline("Pensioner Rescued By Neighbour In Flood") is None
    assert metadata.split_glued_byline("Pensioner rescued by neighbour in flood") is None


def test_metadata_one_date_reader_for_values_and_lines() -> None:
    from wirewatch.clean import dates
    from wirewatch.ingest.metadata import iso_published

    # A form the text rules read is read the same way in a record's metadata value.
    for written in ("15 Jan 2025", "January 15th, 2025", "2025-01-15"):
        assert metadata.explicit_date(f"Published {written}, 10:00") == "2025-01-15"
        assert iso_published(written) == "2025-01-15"
    assert dates.day_of("2025-01-15T10:00:00Z") == "2025-01-15"
