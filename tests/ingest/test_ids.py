"""Tests of wirewatch.ingest.ids: slugs and ids unique within one read."""

from __future__ import annotations

from wirewatch.ingest.ids import MAX_SLUG_LENGTH, IdRegistry, slug


def test_ids_slug_drops_scheme_and_unsafe_characters():
    assert slug("https://example.com/news/a b?x=1") == "example.com-news-a-b-x-1"
    assert slug("tag:example.org,2025:story/7") == "tag-example.org-2025-story-7"


def test_ids_slug_keeps_long_ids_distinct():
    first = slug("https://example.com/" + "a" * 200 + "/one")
    second = slug("https://example.com/" + "a" * 200 + "/two")
    assert len(first) <= MAX_SLUG_LENGTH
    assert first != second


def test_ids_registry_suffixes_clashes_in_order():
    registry = IdRegistry()
    assert [registry.claim(name) for name in ["a", "a", "a-2", "a", "b"]] == [
        "a",
        "a-2",
        "a-2-2",
        "a-3",
        "b",
    ]
