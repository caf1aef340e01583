"""Finding quoted segments by their marks: a small state machine per paragraph.

The scanner knows nothing of speakers; it only pairs marks.  Rules:
- Outer quotes are double marks (straight `"`, curly `“ ”`, `„`, guillemets `« »`) or
  curly single marks (`‘ ’`, British style).  A quote closes with a mark of the style
  that opened it; marks of another style inside are nested and ignored (`"... “Seinfeld”
  ..."`), so a segment is always the maximal outer quote.
- A straight `"` opens only where a word can start (after a space, a bracket or a dash,
  before a non-space); with nothing open, a closing-looking one is a stray mark or an
  inch sign (`5'10"`) and is skipped.  `’` is an apostrophe when a letter follows it.
- A paragraph end closes an open quote: a missing closing mark never swallows the rest
  of the article.  When the next paragraph opens with an opening mark, its
  segment is flagged as a continuation (the multi-paragraph quote convention).
- Marks inside markup left in the text (`<tweet ...>`) do not count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

STRAIGHT = "straight"
CURLY = "curly"
GUILLEMET = "guillemet"
SINGLE = "single"

# mark -> (style, may open, may close); the straight marks decide by context
MARKS: dict[str, tuple[str, bool, bool]] = {
    '"': (STRAIGHT, True, True),
    "“": (CURLY, True, False),
    "„": (CURLY, True, False),
    "”": (CURLY, False, True),
    "«": (GUILLEMET, True, False),
    "»": (GUILLEMET, False, True),
    "‘": (SINGLE, True, False),
    "’": (SINGLE, False, True),
}
DOUBLE_STYLES = frozenset({STRAIGHT, CURLY, GUILLEMET})
# some sites type ” for both ends, or reverse the curly pair: context decides then
CONTEXT_MARKS = {'"', "“", "”"}

OPENER_BEFORE = set(" \t([{—–-/:;") | {"\u00a0"}
INCHES = re.compile(r"\d['′’]\d{1,2}$")
MARKUP = re.compile(r"<[A-Za-z/][^<>\n]{0,400}>")


@dataclass(frozen=True)
class QuotedSegment:
    """The words between one pair of marks (`start:end`, marks excluded, trimmed)."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None  # None when the paragraph end closed it
    style: str
    continues: bool = False  # the quote was opened in an earlier paragraph


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line of the text."""
    spans = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def can_open(text: str, i: int) -> bool:
    """A mark at `i` stands where a word starts: after a space or bracket, before a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in OPENER_BEFORE or before in MARKS or before == "\n") and not after.isspace()


def can_close(text: str, i: int) -> bool:
    """A mark at `i` ends a word: after a non-space, before a space, punctuation or the end."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def is_inch_mark(text: str, i: int) -> bool:
    return text[i] == '"' and INCHES.search(text, max(0, i - 5), i) is not None


def masked_markup(text: str) -> str:
    """The text with markup tags blanked out, so marks inside them are not seen."""
    return MARKUP.sub(lambda match: " " * len(match.group()), text)


def closes_here(text: str, i: int) -> bool:
    """A closing mark ends a word; a straight one also closes where it cannot open."""
    mark = text[i]
    if not (MARKS[mark][2] or mark in CONTEXT_MARKS):
        return False
    return can_close(text, i) or (mark in CONTEXT_MARKS and not can_open(text, i))


def scan_paragraph(text: str, start: int, end: int) -> Iterator[tuple[int, int | None, str]]:
    """(open mark, close mark or None, style) of every outer quote in `text[start:end]`.

    A double mark of another style than the opening one (`“...“` typed with `"`) is
    nested when it opens a pair inside the quote, and otherwise closes it: sites mix
    straight and curly marks within one quote."""
    open_at: int | None = None
    style = nested = ""
    for i in range(start, end):
        mark = MARKS.get(text[i])
        if mark is None or (open_at is not None and is_inch_mark(text, i)):
            continue
        mark_style, opens, _ = mark
        if open_at is None:
            if (opens or text[i] in CONTEXT_MARKS) and can_open(text, i):
                open_at, style, nested = i, mark_style, ""
            continue
        if mark_style != style and not (mark_style in DOUBLE_STYLES and style in DOUBLE_STYLES):
            continue  # single marks inside double ones, or double inside single
        if mark_style != style and nested != mark_style and not closes_here(text, i):
            nested = mark_style  # a pair of another style opens inside the quote
        elif mark_style != style and nested == mark_style:
            nested = ""  # and closes again
        elif closes_here(text, i):
            yield open_at, i, style
            open_at = None
    if open_at is not None:
        yield open_at, None, style


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Spaces off both ends, and the comma that hands over to the attribution off the end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def scan_quotes(text: str) -> list[QuotedSegment]:
    """Every quoted segment of the text, in order, each within one paragraph."""
    masked = masked_markup(text)
    segments: list[QuotedSegment] = []
    left_open = False
    for para_start, para_end in paragraph_spans(masked):
        first = True
        for open_mark, close_mark, style in scan_paragraph(masked, para_start, para_end):
            opens_paragraph = not masked[para_start:open_mark].strip()
            continues = left_open and first and opens_paragraph
            stop = close_mark if close_mark is not None else para_end
            start, end = trimmed(text, open_mark + 1, stop)
            if end > start:
                segments.append(QuotedSegment(start, end, open_mark, close_mark, style, continues))
            first = False
            left_open = close_mark is None
        if first:
            left_open = False
    return segments
