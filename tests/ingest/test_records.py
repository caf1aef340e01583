"""Tests of wirewatch.ingest.records: `.json` and `.jsonl` records, good and bad."""

from __future__ import annotations

import gzip
import json

from wirewatch.ingest import read_inputs
from wirewatch.model import RawDocument, Skipped

RECORD = {
    "id": "r1",
    "url": "https://example.com/r1",
    "outlet": "Example Post",
    "published": "2025-03-13",
    "title": "Port reopens",
    "text": "The port reopened on Monday.\r\nShips queued.",
    "authors": "Ann Lee",
    "language": "en",
}


def test_records_single_json_object(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps(RECORD))
    (doc,) = read_inputs([tmp_path / "one.json"])
    assert doc == RawDocument(
        id="r1",
        source=f"{tmp_path / 'one.json'}#r1",
        content="The port reopened on Monday.\nShips queued.",
        format="text",
        url="https://example.com/r1",
        outlet="Example Post",
        published="2025-03-13",
        title="Port reopens",
        authors=["Ann Lee"],
        language="en",
    )


def test_records_json_list_ids_from_field_or_position(tmp_path):
    records = [{"id": 7, "html": "<p>Seven.</p>"}, {"text": "No id."}, {"title": "No body"}]
    (tmp_path / "many.json").write_text(json.dumps(records))
    first, second, third = read_inputs([tmp_path / "many.json"])
    assert (first.id, first.format, first.content) == ("7", "html", "<p>Seven.</p>")
    assert (second.id, second.source) == ("many-1", f"{tmp_path / 'many.json'}#many-1")
    assert third == Skipped(f"{tmp_path / 'many.json'}#many-2", "record has no text or html")


def test_records_text_wins_over_html(tmp_path):
    (tmp_path / "both.json").write_text(json.dumps({"text": "Plain.", "html": "<p>Marked.</p>"}))
    (doc,) = read_inputs([tmp_path / "both.json"])
    assert (doc.id, doc.format, doc.content) == ("both", "text", "Plain.")


def test_records_broken_json_file_is_skipped(tmp_path):
    (tmp_path / "bad.json").write_text('{"id": "x",\n\n "text": }')
    (result,) = read_inputs([tmp_path / "bad.json"])
    assert result == Skipped(str(tmp_path / "bad.json"), "invalid JSON at line 3: Expecting value")


def test_records_json_scalar_is_skipped(tmp_path):
    (tmp_path / "n.json").write_text("42")
    (result,) = read_inputs([tmp_path / "n.json"])
    assert result.reason == "JSON holds neither a record nor a list of records"


def test_records_jsonl_bad_line_skips_only_that_line(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": "First."}),
        "",
        '{"id": "b", "text": ',
        json.dumps(["not", "a", "record"]),
        json.dumps({"text": "Fifth."}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n")
    results = list(read_inputs([path]))
    assert [(r.id, r.source) for r in results if isinstance(r, RawDocument)] == [
        ("a", f"{path}:1"),
        ("feed-3", f"{path}:5"),  # position among non-blank lines, bad ones counted
    ]
    assert [r for r in results if isinstance(r, Skipped)] == [
        Skipped(f"{path}:3", "invalid JSON at line 3: Expecting value"),
        Skipped(f"{path}:4", "record is not a JSON object"),
    ]


def test_records_jsonl_gzipped_with_bom_and_bad_bytes(tmp_path):
    body = b"\xef\xbb\xbf" + json.dumps({"id": "a", "text": "Caf\u00e9."}).encode() + b"\n"
    body += b'{"id": "b", "text": "caf\xe9"}\n'
    (tmp_path / "r.jsonl.gz").write_bytes(gzip.compress(body))
    doc, bad = read_inputs([tmp_path / "r.jsonl.gz"])
    assert (doc.id, doc.content) == ("a", "Café.")
    assert bad == Skipped(f"{tmp_path / 'r.jsonl.gz'}:2", "line 2 is not UTF-8")


def test_records_jsonl_is_bounded_per_line_not_per_file(tmp_path):
    path = tmp_path / "long.jsonl"
    lines = [
        json.dumps({"id": "big", "text": "word " * 100}),
        json.dumps({"id": "ok", "text": "Hi."}),
    ]
    path.write_text("\n".join(lines * 3) + "\n")
    results = list(read_inputs([path], max_bytes=200))
    assert [r.id for r in results if isinstance(r, RawDocument)] == ["ok", "ok-2", "ok-3"]
    assert results[0] == Skipped(f"{path}:1", "line longer than 200 bytes")
