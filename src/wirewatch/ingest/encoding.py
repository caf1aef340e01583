"""Bytes to text: BOM, declared charset, UTF-8, then a detector; newlines and NFC normalised."""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import TYPE_CHECKING

from wirewatch.ingest.inputs import InputError

if TYPE_CHECKING:
    from charset_normalizer import CharsetMatch

# Longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Browsers read these labels as windows-1252 (WHATWG Encoding standard), and so do pages.
CHARSET_ALIASES: dict[str, str] = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}

META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
META_SCAN_BYTES = 4096  # the charset declaration must sit near the top (HTML spec: 1024)

# The legacy encoding of English-language text: preferred when the detector rates it about as
# well as its first pick, because short Western texts fool detectors (cp1250 for café).
WESTERN_DEFAULT = "cp1252"
DETECTOR_TOLERANCE = 0.1  # chaos (mess ratio) within which two candidate encodings tie

# Valid multi-byte UTF-8 characters per stray byte above which a page is UTF-8 all the same.
UTF8_MAJORITY = 4
REPLACEMENT = "\ufffd"

MAX_CONTROL_SHARE = 0.05  # more control characters than this means binary, not text
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # C0/C1 except tab and breaks
# The C0 controls as bytes: the same in every ASCII-based encoding, so countable undecoded.
CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
CONTROL_SAMPLE_CHARS = 100_000  # binary shows itself early; a sample keeps big files cheap
# Every line break Python's splitlines() knows that is not `\n` (order matters: CRLF first).
LINE_BREAKS: tuple[str, ...] = ("\r\n", "\r", "\u2028", "\u2029", "\x85")


def decode_text(payload: bytes, *, declared: str | None = None, markup: bool = False) -> str:
    """Decode an article's bytes: BOM, then strict UTF-8, then `declared` (an HTTP header),
    then `<meta charset>` (when `markup`), then a detector.  Raises InputError for binary or
    undecodable bytes.

    Valid UTF-8 wins over a declaration: other encodings almost never form valid multi-byte
    UTF-8 by chance, while scrapers often re-save pages as UTF-8 and keep the old `<meta>`."""
    bom_text = _decode_by_bom(payload)
    if bom_text is not None:
        return _checked_text(bom_text)
    sample = payload[:CONTROL_SAMPLE_CHARS]
    if sample and len(CONTROL_BYTES.findall(sample)) / len(sample) > MAX_CONTROL_SHARE:
        raise InputError("binary content")
    for charset in _candidate_charsets(payload, declared, markup):
        text = _strict_decode(payload, charset) if charset != "utf-8" else _utf8_text(payload)
        if text is not None:
            return _checked_text(text)
    return _checked_text(_detect(payload))


def normalise_text(text: str) -> str:
    """Newlines to `\\n` and Unicode to NFC, so offsets mean the same for every input."""
    for line_break in LINE_BREAKS:
        if line_break in text:  # a scan is much cheaper than a replace that copies
            text = text.replace(line_break, "\n")
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _decode_by_bom(payload: bytes) -> str | None:
    for mark, charset in BYTE_ORDER_MARKS:
        if payload.startswith(mark):
            text = _strict_decode(payload[len(mark) :], charset)
            if text is None:
                raise InputError(f"undecodable text: invalid {charset} after its byte order mark")
            return text
    return None


def _candidate_charsets(payload: bytes, declared: str | None, markup: bool) -> list[str]:
    charsets = ["utf-8", declared] if declared else ["utf-8"]
    if markup:
        found = META_CHARSET.search(payload[:META_SCAN_BYTES])
        if found:
            charsets.append(found.group(1).decode("ascii", "replace"))
    return [CHARSET_ALIASES.get(name.strip().lower(), name.strip()) for name in charsets]


def _utf8_text(payload: bytes) -> str | None:
    """UTF-8, or UTF-8 with a few stray bytes replaced (U+FFFD) when valid multi-byte
    characters outnumber the bad bytes many times: a browser keeps reading such a page as
    UTF-8, while a legacy encoding would garble every accented letter ("MÃ¤scot")."""
    text = _strict_decode(payload, "utf-8")
    if text is not None:
        return text
    text = payload.decode("utf-8", errors="replace")
    stray = text.count(REPLACEMENT) - payload.count(REPLACEMENT.encode("utf-8"))
    multibyte = sum(1 for char in text if ord(char) > 0x7F) - stray
    return text if multibyte >= UTF8_MAJORITY * stray else None


def _strict_decode(payload: bytes, charset: str) -> str | None:
    try:
        return payload.decode(charset)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(payload: bytes) -> str:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(payload))
    if not matches:
        raise InputError("undecodable text: unknown encoding")
    western = _strict_decode(payload, WESTERN_DEFAULT)
    close = [m for m in matches if m.chaos <= matches[0].chaos + DETECTOR_TOLERANCE]
    if western is not None and any(_reads_as(m, western) for m in close):
        return western
    return str(matches[0])


def _reads_as(match: CharsetMatch, western: str) -> bool:
    return match.encoding == WESTERN_DEFAULT or str(match) == western


def _checked_text(text: str) -> str:
    """Binary when control characters are more than a few; a few NULs (a template's debris)
    are dropped, as a browser's parser drops them, and the text is read."""
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise InputError("binary content")
    return normalise_text(text.replace("\x00", "") if "\x00" in text else text)


def _control_share(text: str) -> float:
    sample = text[:CONTROL_SAMPLE_CHARS]
    return len(CONTROL_CHARS.findall(sample)) / len(sample) if sample else 0.0
