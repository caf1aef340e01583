"""Quotes and their speakers in one article: the `add_quotes` doc annotator.

Quote marks give the quoted words (`scan.py`); the parse and the paragraph give the cue
verb and the speaker (`attribution.py`, `speakers.py`).  A quote with neither cue nor
speaker is a scare quote ("grey zone") or a title and is not kept unless it is a longer
statement; a quote that repeats the headline (a comment prompt) is never one.  Indirect
speech ("Peskov noted that ...") is a speech verb whose clausal complement holds no quote
marks; it is kept only when its speaker is known.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from wirewatch.model import Article, Quote
from wirewatch.quotes.attribution import (
    Attribution,
    Reading,
    borrow_from_neighbours,
    own_attribution,
    quoted_tokens,
    speaker_at,
)
from wirewatch.quotes.cues import SPEECH_CUES
from wirewatch.quotes.scan import paragraph_spans, scan_quotes
from wirewatch.quotes.speakers import Speaker, speaker_index

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from wirewatch.settings import Settings

INDIRECT = "indirect"
MIN_INDIRECT_WORDS = 3
TERM_ARTICLES = frozenset({"the", "a", "an"})
WORK_PREPOSITIONS = frozenset({"on", "in", "at", "of", "for", "from", "with", "by", "to"})

Row = tuple[int, int, str, "Token | None", "Speaker | None"]


def folded(text: str) -> str:
    return " ".join(text.lower().split())


def echoes_headline(article: Article, quoted: str) -> bool:
    """A quoted headline ("Post a comment for '<title>'") repeats the title, not a speaker."""
    first_line = article.text.lstrip().split("\n", 1)[0]
    return any(folded(quoted) == folded(h) for h in (article.title, first_line) if h)


def looks_like_title(words: str) -> bool:
    """Every longer word capitalised: a show, a book, a slogan ("Meet the Press")."""
    long_words = [w for w in words.split() if len(w) > 3]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


def names_a_work(text: str, attribution: Attribution) -> bool:
    """A title-cased quote after a preposition or a possessive names a show or a book
    ('told CNN's "State of the Union"', 'appeared on "Face the Nation"'), whoever speaks."""
    segment = attribution.segment
    before = text[: segment.open_mark].split()
    if not before or not looks_like_title(text[segment.start : segment.end]):
        return False
    word = before[-1].lower()
    return word in WORK_PREPOSITIONS or word.endswith(("'s", "’s"))


def names_a_term(text: str, attribution: Attribution, settings: Settings) -> bool:
    """A few quoted words after an article, with nobody known saying them, are a term the
    writer holds at a distance, not a quote: 'what fishermen call the "mackerel war"',
    'dismissed the deal as a "reset"' (a cue is near, but no speaker)."""
    if attribution.speaker is not None:
        return False
    segment = attribution.segment
    if len(text[segment.start : segment.end].split()) >= settings.quotes.min_unattributed_words:
        return False
    before = text[: segment.open_mark].split()
    return bool(before) and before[-1].lower() in TERM_ARTICLES


def keeps(attribution: Attribution, text: str, settings: Settings) -> bool:
    """Attributed quotes stay unless they name a work or a term; unattributed ones only
    when long enough not to be a scare quote ("grey zone") and not a title."""
    if names_a_work(text, attribution):
        return False
    if names_a_term(text, attribution, settings):
        return False
    if attribution.attributed:
        return True
    words = text[attribution.segment.start : attribution.segment.end]
    long_enough = len(words.split()) >= settings.quotes.min_unattributed_words
    return long_enough and not looks_like_title(words)


def reported_clause(cue: Token, inside: list[bool]) -> list[Token] | None:
    """The words of the "that ..." clause a speech verb governs, when none is quoted."""
    for clause in cue.children:
        if clause.dep_ != "ccomp" or clause.i < cue.i:
            continue
        words = [t for t in clause.subtree if not (t.dep_ == "mark" and t.i == clause.left_edge.i)]
        if len(words) >= MIN_INDIRECT_WORDS and not any(inside[t.i] for t in words):
            return words
    return None


def indirect_speech(reading: Reading, used: set[int]) -> Iterator[Row]:
    """Rows for every "X said (that) ..." without quote marks whose speaker is known."""
    for cue in reading.doc:
        if reading.inside[cue.i] or cue.i in used or cue.pos_ != "VERB":
            continue
        if cue.lemma_.lower() not in SPEECH_CUES:
            continue
        words = reported_clause(cue, reading.inside)
        speaker = speaker_at(reading, cue) if words else None
        if words and speaker is not None:
            end = words[-1].idx + len(words[-1]) - (1 if words[-1].is_punct else 0)
            yield words[0].idx, end, INDIRECT, cue, speaker


def to_quote(article: Article, number: int, row: Row) -> Quote:
    start, end, kind, cue, speaker = row
    return Quote(
        id=f"{article.id}:q{number}",
        article=article.id,
        start=start,
        end=end,
        kind=kind,
        speaker_name=speaker.name if speaker else None,
        speaker_start=speaker.start if speaker else None,
        speaker_end=speaker.end if speaker else None,
        cue=cue.text if cue is not None else None,
        cue_start=cue.idx if cue is not None else None,
        cue_end=cue.idx + len(cue) if cue is not None else None,
    )


def paragraph_of(paragraphs: list[tuple[int, int]], offset: int) -> int:
    return next(i for i, (start, end) in enumerate(paragraphs) if start <= offset < end)


def add_quotes(article: Article, doc: Doc, settings: Settings) -> None:
    """Fill `article.quotes` with direct, partial and indirect quotes and their speakers."""
    text = article.text
    segments = [s for s in scan_quotes(text) if not echoes_headline(article, text[s.start : s.end])]
    paragraphs = paragraph_spans(text)
    inside = quoted_tokens(doc, segments)
    index = speaker_index(doc, text, article.mentions, lambda: inside)
    reading = Reading(doc, index, paragraphs, inside)
    found = [own_attribution(reading, s, paragraph_of(paragraphs, s.start)) for s in segments]
    found = [a for a in borrow_from_neighbours(reading, found) if keeps(a, text, settings)]
    rows: list[Row] = [(a.segment.start, a.segment.end, a.kind, a.cue, a.speaker) for a in found]
    if settings.quotes.indirect:
        used = {a.cue.i for a in found if a.cue is not None}
        rows += indirect_speech(reading, used)
    rows.sort(key=lambda row: row[0])
    article.quotes = [to_quote(article, n, row) for n, row in enumerate(rows, start=1)]
