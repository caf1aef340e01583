"""Tests of wirewatch.ingest.warc: HTML response records of `.warc` and `.warc.gz` files."""

from __future__ import annotations

import io

import pytest

from wirewatch.ingest import read_inputs
from wirewatch.ingest.warc import warc_record_id
from wirewatch.model import RawDocument, Skipped

PAGE = "<html><body><p>Bridge opens — “at last”.</p></body></html>"


def write_warc(path, responses, compress):
    """responses: (uri, status, content type, body bytes); a request record is added too."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=compress)
        for uri, status, content_type, body in responses:
            headers = StatusAndHeaders(
                status, [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
            request = StatusAndHeaders("GET / HTTP/1.1", [], is_http_request=True)
            writer.write_record(writer.create_warc_record(uri, "request", http_headers=request))


@pytest.mark.parametrize(("name", "compress"), [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc_reads_html_responses(tmp_path, name, compress):
    path = tmp_path / name
    write_warc(
        path,
        [
            ("https://ex.com/a", "200 OK", "text/html; charset=cp1252", PAGE.encode("cp1252")),
            ("https://ex.com/b", "200 OK", "text/html", PAGE.encode("utf-8")),
        ],
        compress,
    )
    first, second = read_inputs([path])
    assert (first.format, first.url, first.content) == ("html", "https://ex.com/a", PAGE)
    assert second.url == "https://ex.com/b"
    assert first.id != second.id and "urn" not in first.id and "<" not in first.id
    assert first.source == f"{path}#{first.id}"
    assert first.published is None  # WARC-Date is the crawl date


def test_warc_skips_non_html_and_error_responses(tmp_path):
    path = tmp_path / "mixed.warc.gz"
    write_warc(
        path,
        [
            ("https://ex.com/logo.png", "200 OK", "image/png", b"\x89PNG\x00\x00"),
            ("https://ex.com/gone", "404 Not Found", "text/html", b"<p>Missing</p>"),
            ("https://ex.com/ok", "200 OK", "text/html", b"<p>Fine story.</p>"),
        ],
        compress=True,
    )
    results = list(read_inputs([path]))
    assert [r.reason for r in results if isinstance(r, Skipped)] == [
        "not HTML (image/png)",
        "HTTP status 404",
    ]
    assert [r.url for r in results if isinstance(r, RawDocument)] == ["https://ex.com/ok"]


def test_warc_oversized_record_is_skipped(tmp_path):
    path = tmp_path / "big.warc"
    body = b"<p>" + b"word " * 100 + b"</p>"
    write_warc(path, [("https://ex.com/big", "200 OK", "text/html", body)], compress=False)
    (result,) = read_inputs([path], max_bytes=300)
    assert result.reason == "record larger than 300 bytes"


def test_warc_broken_archive_is_skipped(tmp_path):
    (tmp_path / "junk.warc").write_bytes(b"this is not a web archive\n" * 5)
    (tmp_path / "zz.txt").write_text("A good story.")
    skipped, doc = read_inputs([tmp_path])
    assert skipped.source == str(tmp_path / "junk.warc")
    assert skipped.reason.startswith("invalid WARC")
    assert doc.id == "zz"


def test_warc_record_id_unwraps_urn():
    assert warc_record_id("<urn:uuid:1b7f-22aa>") == "1b7f-22aa"
    assert warc_record_id(None) is None


def test_warc_truncated_gzip_keeps_earlier_records(tmp_path):
    path = tmp_path / "cut.warc.gz"
    pages = [(f"https://ex.com/{n}", "200 OK", "text/html", PAGE.encode() * 40) for n in range(3)]
    write_warc(path, pages, compress=True)
    path.write_bytes(path.read_bytes()[:-200])
    results = list(read_inputs([path]))
    assert isinstance(results[0], RawDocument)
    assert isinstance(results[-1], Skipped) and results[-1].source == str(path)
