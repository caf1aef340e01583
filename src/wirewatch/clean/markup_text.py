"""Markup left inside scraped text: entities decoded, tags and comments taken out, block
tags turned into paragraph breaks; every piece taken out is a Removal with its reason and its
offsets in the text as read.

A scanner, not lxml: the text around the tags is prose, not a page, and lxml's tree keeps no
source positions, which the removals must carry.  Only the names of HTML elements count as
tags, so "<3", "x < y" or "<Name>" stay as they are.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from wirewatch.model import Removal

# Elements that start a new paragraph, and those that only break a line.
BLOCK_NAMES = (
    "p div section article header footer aside main nav h1 h2 h3 h4 h5 h6 ul ol li dl dt dd "
    "table thead tbody tr td th blockquote figure figcaption pre hr address form"
)
BLOCK_ELEMENTS = frozenset(BLOCK_NAMES.split())
LINE_BREAKS = frozenset({"br"})
INLINE_NAMES = (
    "a abbr b bdi bdo cite code data del dfn em font i img ins kbd label mark q s samp small "
    "span strong sub sup time u var wbr picture source"
)
INLINE_ELEMENTS = frozenset(INLINE_NAMES.split())
# Elements whose content is code or furniture, never article text: dropped with their content.
DROPPED_ELEMENTS = frozenset({"script", "style", "noscript", "iframe", "svg", "template"})
KNOWN_ELEMENTS = BLOCK_ELEMENTS | LINE_BREAKS | INLINE_ELEMENTS | DROPPED_ELEMENTS

TAG = re.compile(
    r"<!--.*?(?:-->|$)"  # a comment (an unclosed one runs to the end)
    r"|</?(?P<name>[a-zA-Z][a-zA-Z0-9]*)(?:\s+(?:[^<>\"']|\"[^\"]*\"|'[^']*')*)?\s*/?>",
    re.S,
)
ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
CARRIES_MARKUP = re.compile(r"<[/!a-zA-Z]|&#?[a-zA-Z0-9]{2,32};")
REASON_TAG, REASON_COMMENT, REASON_CODE = "markup_tag", "markup_comment", "markup_code"
PARAGRAPH_BREAK, LINE_BREAK = "\n\n", "\n"


@dataclass
class DecodedText:
    """Text with its markup decoded, and what was taken out of the text as read."""

    text: str
    removed: list[Removal]


def decode_markup(text: str) -> DecodedText:
    """`text` with entities unescaped, known tags and comments removed (block tags become
    paragraph breaks) and script/style elements dropped whole; text without markup as is."""
    if not CARRIES_MARKUP.search(text):
        return DecodedText(text, [])
    pieces: list[str] = []
    removed: list[Removal] = []
    position = 0
    dropping: str | None = None
    for match in TAG.finditer(text):
        name = (match.group("name") or "").lower()
        if match.group(0).startswith("<!--"):
            kind = REASON_COMMENT
        elif name in KNOWN_ELEMENTS:
            kind = REASON_TAG
        else:
            continue
        if dropping is None:
            pieces.append(_unescape(text[position : match.start()]))
            removed.append(Removal(match.group(0), kind, match.start(), match.end()))
        else:
            removed[-1] = _extend(removed[-1], text, match.end())
        position = match.end()
        dropping = _dropping_after(dropping, name, match.group(0))
        if dropping is None and kind == REASON_TAG:
            pieces.append(_break_for(name))
    pieces.append(_unescape(text[position:]) if dropping is None else "")
    return DecodedText(_tidy("".join(pieces)), removed)


def _dropping_after(dropping: str | None, name: str, tag: str) -> str | None:
    """The element being dropped whole after this tag: opened by `<script>`, closed by its end."""
    if dropping is not None:
        return None if tag.startswith("</") and name == dropping else dropping
    if name in DROPPED_ELEMENTS and not tag.startswith("</") and not tag.endswith("/>"):
        return name
    return None


def _extend(removal: Removal, text: str, end: int) -> Removal:
    """The removal of a dropped element grows to its closing tag and becomes `markup_code`."""
    start = removal.start if removal.start is not None else 0
    return Removal(text[start:end], REASON_CODE, start, end)


def _break_for(name: str) -> str:
    if name in BLOCK_ELEMENTS:
        return PARAGRAPH_BREAK
    return LINE_BREAK if name in LINE_BREAKS else ""


def _unescape(piece: str) -> str:
    """Entities decoded, `&nbsp;` as a plain space: a scraper's spacing, not typography."""
    if "&" not in piece:
        return piece
    return ENTITY.sub(lambda found: html.unescape(found.group(0)).replace("\u00a0", " "), piece)


def _tidy(text: str) -> str:
    """Spaces left where tags were collapsed; never more than one blank line in a row."""
    text = re.sub(r"[ \t]+\n", "\n", re.sub(r"\n[ \t]+", "\n", text))
    return re.sub(r"\n{3,}", PARAGRAPH_BREAK, re.sub(r"[ \t]{2,}", " ", text)).strip()
