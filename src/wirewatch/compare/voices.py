"""Whose words a claim is: the reporter's, or a quoted speaker's.

A number inside a direct quote is compared only with the same speaker's quoted
numbers; a quote with no known speaker is compared with nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirewatch.compare.patterns import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    QUOTED_KINDS,
    STRAIGHT_QUOTES,
)

if TYPE_CHECKING:
    from wirewatch.model import Article, Claim

REPORTER = "reporter"


def inside_quote_marks(text: str, start: int, offset: int) -> bool:
    """True when `offset` falls between quote marks opened after `start`."""
    inside = False
    for char in text[start:offset]:
        if char in STRAIGHT_QUOTES:
            inside = not inside
        elif char in OPENING_QUOTES:
            inside = True
        elif char in CLOSING_QUOTES:
            inside = False
    return inside


def paragraph_start(article: Article, offset: int) -> int:
    """Where the paragraph holding `offset` starts (quote marks do not run across paragraphs)."""
    for paragraph in article.paragraphs:
        if paragraph.start <= offset < paragraph.end:
            return paragraph.start
    return article.text.rfind("\n", 0, offset) + 1


def voice(article: Article, claim: Claim) -> str:
    """ "reporter", or "quote:<speaker>" inside a direct quote ("quote:?..." when unknown)."""
    for quote in article.quotes:
        if quote.kind in QUOTED_KINDS and quote.start <= claim.start < quote.end:
            speaker = quote.speaker_entity or (quote.speaker_name or "").lower()
            return f"quote:{speaker}" if speaker else f"quote:?{article.id}:{claim.start}"
    if inside_quote_marks(article.text, paragraph_start(article, claim.start), claim.start):
        return f"quote:?{article.id}:{claim.start}"
    return REPORTER
