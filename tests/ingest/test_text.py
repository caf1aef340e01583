"""Tests of wirewatch.ingest.text: `.txt` and `.html` files in their many encodings."""

from __future__ import annotations

import pytest

from wirewatch.ingest import read_inputs

STORY = "Minister’s “plan” — café talks\r\nResumed on Monday.\r\n"
EXPECTED = "Minister’s “plan” — café talks\nResumed on Monday.\n"


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_text_file_decodes_each_encoding(tmp_path, codec):
    (tmp_path / "story.txt").write_bytes(STORY.encode(codec))
    (doc,) = read_inputs([tmp_path / "story.txt"])
    assert (doc.id, doc.format, doc.content) == ("story", "text", EXPECTED)


def test_text_file_in_latin1(tmp_path):
    (tmp_path / "story.txt").write_bytes("Le café était naïve, à la française.\n".encode("latin-1"))
    (doc,) = read_inputs([tmp_path / "story.txt"])
    assert doc.content == "Le café était naïve, à la française.\n"


def test_text_html_keeps_markup_and_honours_meta_charset(tmp_path):
    page = '<html><head><meta charset="koi8-r"><title>Т</title></head><body><p>Мир</p></body>'
    (tmp_path / "page.htm").write_bytes(page.encode("koi8-r"))
    (doc,) = read_inputs([tmp_path / "page.htm"])
    assert (doc.format, doc.content) == ("html", page)


def test_text_metadata_is_none_without_sidecar(tmp_path):
    (tmp_path / "story.txt").write_text("Headline\n\nBody of the story.")
    (doc,) = read_inputs([tmp_path / "story.txt"])
    assert (doc.url, doc.outlet, doc.published, doc.title, doc.authors) == (
        None,
        None,
        None,
        None,
        [],
    )
