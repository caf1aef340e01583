"""Tests of wirewatch.ingest.sidecar: `NAME.meta.json` fills the document's metadata."""

from __future__ import annotations

import json

from wirewatch.ingest import read_inputs
from wirewatch.model import RawDocument, Skipped

META = {
    "url": "https://example.com/news/1",
    "outlet": "Example Times",
    "published": "2025-03-13T10:00:00Z",
    "title": "Talks resume",
    "language": "en-GB",
    "authors": ["Ann Lee", "Bo Chen"],
}


def test_sidecar_fills_metadata_of_a_text_file(tmp_path):
    (tmp_path / "s1.txt").write_text("Talks resumed on Monday.")
    (tmp_path / "s1.meta.json").write_text(json.dumps(META))
    (doc,) = read_inputs([tmp_path])
    assert doc.url == "https://example.com/news/1"
    assert doc.outlet == "Example Times"
    assert doc.published == "2025-03-13T10:00:00+00:00"
    assert doc.title == "Talks resume"
    assert doc.language == "en"
    assert doc.authors == ["Ann Lee", "Bo Chen"]


def test_sidecar_applies_to_gzipped_html_of_the_same_stem(tmp_path):
    import gzip

    (tmp_path / "s2.html.gz").write_bytes(gzip.compress(b"<p>Story.</p>"))
    (tmp_path / "s2.meta.json").write_text('{"published": "2025-03-13"}')
    (doc,) = read_inputs([tmp_path / "s2.html.gz"])
    assert doc.published == "2025-03-13"


def test_sidecar_broken_is_reported_and_article_kept(tmp_path):
    (tmp_path / "s3.txt").write_text("Story.")
    (tmp_path / "s3.meta.json").write_text("{not json")
    skipped, doc = read_inputs([tmp_path])
    assert isinstance(skipped, Skipped)
    assert skipped.source == str(tmp_path / "s3.meta.json")
    assert skipped.reason.startswith("unreadable sidecar, metadata ignored")
    assert isinstance(doc, RawDocument) and doc.outlet is None


def test_sidecar_that_is_no_object_is_reported(tmp_path):
    (tmp_path / "s4.txt").write_text("Story.")
    (tmp_path / "s4.meta.json").write_text("[1, 2]")
    skipped, doc = read_inputs([tmp_path])
    assert skipped.reason == "sidecar is not a JSON object, metadata ignored"
    assert doc.id == "s4"
