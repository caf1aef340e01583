"""Tests of wirewatch.ingest.metadata: field normalisers for records, sidecars and feeds."""

from __future__ import annotations

import time

from wirewatch.ingest.metadata import (
    author_names,
    iso_published,
    language_code,
    metadata_fields,
    struct_time_iso,
)


def test_metadata_published_accepts_iso_dates_and_datetimes():
    assert iso_published("2025-03-13") == "2025-03-13"
    assert iso_published("2025-03-13T09:30:00Z") == "2025-03-13T09:30:00+00:00"
    assert iso_published("2025-03-13 09:30") == "2025-03-13T09:30:00"


def test_metadata_published_accepts_rfc2822_and_written_dates():
    assert iso_published("Thu, 13 Mar 2025 09:30:00 +0100") == "2025-03-13T09:30:00+01:00"
    assert iso_published("March 13, 2025") == "2025-03-13"


def test_metadata_published_drops_what_is_no_date():
    assert iso_published("soon") is None
    assert iso_published(20250313) is None
    assert iso_published("March 2025") is None


def test_metadata_language_keeps_primary_subtag():
    assert language_code("en-US") == "en"
    assert language_code("English language") is None


def test_metadata_authors_from_strings_lists_and_objects():
    assert author_names("Ann Lee") == ["Ann Lee"]
    assert author_names(["Ann Lee", " ", {"name": "Bo Chen"}]) == ["Ann Lee", "Bo Chen"]


def test_metadata_fields_keep_only_known_nonblank_fields():
    record = {"url": " https://ex.com/a ", "title": "", "published": "2025-01-02", "x": 1}
    assert metadata_fields(record) == {"url": "https://ex.com/a", "published": "2025-01-02"}


def test_metadata_struct_time_is_utc():
    parsed = time.strptime("2025-03-13 08:00:00", "%Y-%m-%d %H:%M:%S")
    assert struct_time_iso(parsed) == "2025-03-13T08:00:00+00:00"
