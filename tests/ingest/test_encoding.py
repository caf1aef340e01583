"""Tests of wirewatch.ingest.encoding: BOMs, declared charsets, detection, binary refusal."""

from __future__ import annotations

import codecs

import pytest

from wirewatch.ingest.encoding import decode_text, normalise_text
from wirewatch.ingest.inputs import InputError

WESTERN = "It’s a “quoted” word — café déjà vu, naïve.\nSecond line of the story.\n"


def test_encoding_reads_cp1252_without_declaration():
    assert decode_text(WESTERN.encode("cp1252")) == WESTERN


def test_encoding_reads_latin1_text():
    story = "Le café était naïve, à la française. Über Größe.\n"
    assert decode_text(story.encode("latin-1")) == story


def test_encoding_reads_short_cp1252_line():
    assert decode_text("“Hi” — he said.".encode("cp1252")) == "“Hi” — he said."


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_encoding_honours_byte_order_marks(codec):
    payload = WESTERN.encode(codec)
    if codec == "utf-16-be":
        payload = codecs.BOM_UTF16_BE + payload
    assert decode_text(payload) == WESTERN


def test_encoding_honours_meta_charset_in_markup():
    page = '<html><head><meta charset="windows-1251"></head><body>Привет, мир</body></html>'
    assert "Привет, мир" in decode_text(page.encode("cp1251"), markup=True)


def test_encoding_reads_iso_8859_1_label_as_windows_1252():
    page = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">“Yes”'
    assert decode_text(page.encode("cp1252"), markup=True).endswith("“Yes”")


def test_encoding_valid_utf8_beats_a_stale_meta_charset():
    page = '<meta charset="iso-8859-1"><p>Café “talks”</p>'
    assert decode_text(page.encode("utf-8"), markup=True) == page


def test_encoding_declared_charset_beats_meta():
    page = '<meta charset="utf-8"><p>Ωμέγα</p>'
    assert "Ωμέγα" in decode_text(page.encode("cp1253"), declared="windows-1253", markup=True)


def test_encoding_normalises_newlines_and_nfc():
    assert decode_text(b"one\r\ntwo\rthree Cafe\xcc\x81") == "one\ntwo\nthree Café"
    assert normalise_text("a\u2028b") == "a\nb"


def test_encoding_refuses_nul_bytes_as_binary():
    with pytest.raises(InputError, match="binary content"):
        decode_text(b"GIF89a\x00\x01\x02 plain words")


def test_encoding_refuses_control_heavy_bytes_as_binary():
    with pytest.raises(InputError, match="binary content"):
        decode_text(bytes(range(1, 9)) * 20 + b"some text")


def test_encoding_reports_bad_bytes_after_a_bom():
    with pytest.raises(InputError, match="undecodable"):
        decode_text(codecs.BOM_UTF8 + b"caf\xe9 \xff\xfe")


def test_encoding_reads_a_page_with_a_few_nul_bytes_as_text():
    page = b"<html><body><p>" + "Mäscot news, ".encode() * 40 + b"\x00\x00</p></body></html>"
    text = decode_text(page, markup=True)
    assert "Mäscot news" in text and "\x00" not in text


def test_encoding_keeps_utf8_with_one_stray_latin1_byte():
    page = ("Mäscot wins the Öresund race. " * 5).encode() + b"caf\xe9 " + b"and more."
    text = decode_text(page, markup=True)
    assert "Mäscot" in text and "MÃ" not in text
    assert "caf\ufffd" in text


def test_encoding_reads_a_latin1_page_as_latin1_not_utf8():
    page = "Öl für Mäscot, Grüße aus Köln.".encode("cp1252")
    assert decode_text(page) == "Öl für Mäscot, Grüße aus Köln."
