"""`clean_document`: one raw input → one clean Article, every removal recorded with its reason."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wirewatch.clean import blocks, credits, dates, line_model, metadata, outlets, repeats, rules
from wirewatch.clean.markup_text import decode_markup
from wirewatch.clean.settings import CleanSettings
from wirewatch.model import Article, DateRange, Paragraph, RawDocument, Removal

# Where the byline, dek and date may sit: the first paragraphs, and the last ones for trailers.
HEAD_PARAGRAPHS = 6
TAIL_PARAGRAPHS = 4
# Hard-wrapped prose: lines of about this many characters that mostly do not end a sentence.
WRAP_WIDTH = (40, 100)
# A line this short near the top may carry the date ("Published 15 Jan 2025, 10:00").
BYLINE_AREA_WORDS = 14
# Paragraph roles that move to metadata rather than out as boilerplate.
TITLE, SUBTITLE = "title", "subtitle"


@dataclass
class Hints:
    """Metadata known before the text is read (sidecar, record or HTML); it beats guesses."""

    title: str | None = None
    description: str | None = None
    authors: list[str] = field(default_factory=list)
    published: DateRange | None = None
    outlet: str | None = None
    language: str | None = None
    read_head: bool = True  # guess title and dek from the first lines (plain text only)


@dataclass
class Draft:
    """The paragraphs of one input and what each has been judged to be."""

    paragraphs: list[str]
    reasons: dict[int, str] = field(default_factory=dict)
    credits: list[str] = field(default_factory=list)
    dateline: str | None = None
    title_authors: list[str] = field(default_factory=list)  # of a byline glued to the title

    def open_indexes(self) -> list[int]:
        return [index for index in range(len(self.paragraphs)) if index not in self.reasons]


def _is_hard_wrapped(lines: list[str]) -> bool:
    if len(lines) < 2:
        return False
    low, high = WRAP_WIDTH
    body = lines[:-1]
    unended = sum(1 for line in body if not line.endswith((".", "!", "?", '"', "”", ":")))
    return all(low <= len(line) <= high for line in body) and unended * 2 >= len(body)


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of plain text: one a line, or blank-line blocks when lines are hard-wrapped."""
    paragraphs: list[str] = []
    for block in re.split(r"\n[ \t\u00a0]*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if _is_hard_wrapped(lines):
            paragraphs.append(" ".join(lines))
        else:
            paragraphs.extend(lines)
    return paragraphs


def _mark_boilerplate(draft: Draft, disabled: frozenset[str]) -> None:
    """Line rules on every open paragraph, block rules over them; a block's reason wins."""
    verdicts = [
        None if index in draft.reasons else rules.line_reason(paragraph, disabled)
        for index, paragraph in enumerate(draft.paragraphs)
    ]
    for index, reason in blocks.block_reasons(draft.paragraphs, verdicts, disabled).items():
        draft.reasons.setdefault(index, reason)
    for index, verdict in enumerate(verdicts):
        if verdict:
            draft.reasons.setdefault(index, verdict)


def _mark_title(draft: Draft, hints: Hints) -> str | None:
    open_indexes = draft.open_indexes()
    if hints.title:
        title_key = repeats.fold(hints.title)
        for index in open_indexes[:HEAD_PARAGRAPHS]:
            if repeats.fold(draft.paragraphs[index]) == title_key:
                draft.reasons[index] = TITLE
                break
        return _split_title_byline(draft, hints.title)
    if hints.read_head and len(open_indexes) >= 3:
        first = open_indexes[0]
        candidate = draft.paragraphs[first]
        if metadata.looks_like_headline(candidate) and metadata.byline_authors(candidate) is None:
            draft.reasons[first] = TITLE
            return _split_title_byline(draft, candidate)
    return None


def _split_title_byline(draft: Draft, title: str) -> str:
    """The title without a byline glued to its end; the byline's names kept for authors."""
    glued = metadata.split_glued_byline(title)
    if glued is None:
        return title
    title, draft.title_authors = glued
    return title


def _mark_subtitle(draft: Draft) -> str | None:
    """The dek: the paragraph after the title, when a byline or a caption follows it closely."""
    if TITLE not in draft.reasons.values():
        return None
    title_index = next(index for index, reason in draft.reasons.items() if reason == TITLE)
    after = [index for index in draft.open_indexes() if index > title_index]
    if not after:
        return None
    candidate = draft.paragraphs[after[0]]
    if rules.word_count(candidate) > metadata.MAX_DEK_WORDS or metadata.byline_authors(candidate):
        return None
    between = range(after[0] + 1, min(after[0] + 4, len(draft.paragraphs)))
    if not any(
        index in draft.reasons or metadata.byline_authors(draft.paragraphs[index])
        for index in between
    ):
        return None
    draft.reasons[after[0]] = SUBTITLE
    return candidate


def _page_subtitle(description: str | None, title: str | None, body: str) -> str | None:
    """A page's description is its dek unless it merely repeats the title or the lead."""
    if not description:
        return None
    opening = repeats.fold(description).rstrip(".… ")[:80]
    if opening in repeats.fold(body) or opening == repeats.fold(title or ""):
        return None
    return description


def _mark_bylines(draft: Draft) -> list[str]:
    """Bylines in the head ("By X and Y") and trailers at the end ("Reporting by X; ...")."""
    count = len(draft.paragraphs)
    authors: list[str] = []
    for index in draft.open_indexes():
        if HEAD_PARAGRAPHS <= index < count - TAIL_PARAGRAPHS:
            continue
        names = metadata.byline_authors(draft.paragraphs[index])
        if names:
            draft.reasons[index] = "byline"
            authors = authors or names
    return authors


def _mark_title_repeats(draft: Draft, title: str | None) -> None:
    if not title:
        return
    title_key = repeats.fold(title)
    for index in draft.open_indexes():
        if repeats.fold(draft.paragraphs[index]) == title_key:
            draft.reasons[index] = "title_repeat"


def _split_first_paragraph(draft: Draft) -> list[Removal]:
    """Strip a dateline ("MOSCOW —") or a credit ("(MENAFN) ") off the first body paragraph."""
    open_indexes = draft.open_indexes()
    if not open_indexes:
        return []
    first = open_indexes[0]
    paragraph = draft.paragraphs[first]
    dateline = metadata.split_dateline(paragraph)
    if dateline:
        draft.dateline = dateline.place
        if dateline.credit:
            draft.credits.append(f"({dateline.credit})")
        draft.paragraphs[first] = paragraph[len(dateline.prefix) :]
        return []
    credit = metadata.leading_credit(paragraph)
    if credit:
        draft.credits.append(credit.strip())
        draft.paragraphs[first] = paragraph[len(credit) :]
        return [Removal(credit.strip(), "source_credit")]
    return []


def _build_text(draft: Draft) -> tuple[str, list[Paragraph]]:
    open_indexes = draft.open_indexes()
    pieces: list[str] = []
    spans: list[Paragraph] = []
    offset = 0
    for position, index in enumerate(open_indexes):
        paragraph = draft.paragraphs[index]
        inside = 0 < position < len(open_indexes) - 1
        spans.append(
            Paragraph(
                offset, offset + len(paragraph), inside and metadata.looks_like_crosshead(paragraph)
            )
        )
        pieces.append(paragraph)
        offset += len(paragraph) + 2
    return "\n\n".join(pieces), spans


def _outlet(raw: RawDocument, hints: Hints, draft: Draft, removed: list[Removal]) -> str | None:
    if hints.outlet:
        return hints.outlet
    named = outlets.outlet_for_host(outlets.host_of(raw.url))
    if named:
        return named
    credit_reasons = {
        "source_credit",
        "donation_appeal",
        "copyright",
        "legal_disclaimer",
        "newsletter_appeal",
        "outlet_tagline",
    }
    credit_lines = draft.credits + [
        removal.text for removal in removed if removal.reason in credit_reasons
    ]
    return credits.outlet_from_credits(credit_lines)


def _published(hints: Hints, draft: Draft) -> DateRange | None:
    """Metadata first, else a date in the byline area (never a caption's or the story's own)."""
    if hints.published:
        return hints.published
    head = [
        draft.paragraphs[index]
        for index in range(min(HEAD_PARAGRAPHS, len(draft.paragraphs)))
        if draft.reasons.get(index) in ("byline", "timestamp")
        or (
            draft.reasons.get(index) is None
            and rules.word_count(draft.paragraphs[index]) <= BYLINE_AREA_WORDS
        )
    ]
    return metadata.published_from_lines(head)


def _mark_repeats(draft: Draft, similarity: float) -> None:
    open_indexes = draft.open_indexes()
    found = repeats.repeated_paragraphs([draft.paragraphs[i] for i in open_indexes], similarity)
    draft.reasons.update({open_indexes[position]: reason for position, reason in found.items()})


def _mark_low_content(draft: Draft, threshold: float | None) -> None:
    """The learned line rule, last: only lines every named rule (and title, byline) left open."""
    verdicts = [draft.reasons.get(index) for index in range(len(draft.paragraphs))]
    for index in line_model.low_content_lines(draft.paragraphs, verdicts, threshold):
        draft.reasons[index] = line_model.REASON


def _judge(
    draft: Draft, hints: Hints, settings: CleanSettings
) -> tuple[str | None, str | None, list[str]]:
    """Judge every paragraph (boilerplate, title, dek, byline, repeat): title, dek, authors."""
    disabled = frozenset(settings.disabled_rules)
    _mark_boilerplate(draft, disabled)
    title = _mark_title(draft, hints)
    _mark_title_repeats(draft, title)
    subtitle = _mark_subtitle(draft) if hints.read_head else None
    authors = _mark_bylines(draft) or draft.title_authors
    if "repeated_paragraph" not in disabled:
        _mark_repeats(draft, settings.repeat_similarity)
    if settings.line_model and line_model.REASON not in disabled:
        _mark_low_content(draft, settings.line_model_threshold)
    return title, subtitle, authors


def clean_text(raw: RawDocument, text: str, hints: Hints, settings: CleanSettings) -> Article:
    """Run the text rules over `text` and read its metadata (the shared path of text and HTML)."""
    draft = Draft(split_paragraphs(text))
    title, subtitle, bylined = _judge(draft, hints, settings)
    authors = hints.authors or bylined
    removed = _split_first_paragraph(draft)
    removed = [
        Removal(draft.paragraphs[index], reason)
        for index, reason in sorted(draft.reasons.items())
        if reason not in (TITLE, SUBTITLE)
    ] + removed
    body, spans = _build_text(draft)
    subtitle = subtitle or _page_subtitle(hints.description, title, body)
    language = hints.language or (
        metadata.detect_language(body) if settings.detect_language else None
    )
    return Article(
        id=raw.id,
        source=raw.source,
        text=body,
        content_hash=raw.content_hash,
        url=raw.url,
        outlet=_outlet(raw, hints, draft, removed),
        title=title,
        subtitle=subtitle,
        authors=authors,
        dateline=draft.dateline,
        published=_published(hints, draft),
        language=language,
        paragraphs=spans,
        removed=removed,
    )


def judged_lines(lines: list[str], settings: CleanSettings) -> list[str | None]:
    """Every line's role as `clean_document` judges it: a reason code, "title", "subtitle",
    "blank", or None for a kept line; one line a paragraph, metadata not re-read."""
    draft = Draft([line.strip() for line in lines])
    blank = {index for index, line in enumerate(draft.paragraphs) if not line}
    draft.reasons.update(dict.fromkeys(blank, "blank"))
    _judge(draft, Hints(), settings)
    return [draft.reasons.get(index) for index in range(len(lines))]


def line_verdicts(lines: list[str], settings: CleanSettings) -> list[str | None]:
    """Why each line of an extracted text would be removed (None: kept, or moved to metadata).

    The text rules of `clean_document`, one line a paragraph, without re-reading metadata:
    for scoring line-level cleaning and for showing a user what would go.
    """
    return [None if role in (TITLE, SUBTITLE) else role for role in judged_lines(lines, settings)]


def _located(removed: list[Removal], content: str) -> list[Removal]:
    """Each removal with its offsets in the input as read, where its text stands there as it
    is (not inside a hard-wrapped paragraph or decoded markup); searched in reading order."""
    located: list[Removal] = []
    cursor = 0
    for removal in removed:
        start = content.find(removal.text, cursor)
        if start < 0:
            start = content.find(removal.text)
        if start < 0 or not removal.text:
            located.append(removal)
            continue
        located.append(Removal(removal.text, removal.reason, start, start + len(removal.text)))
        cursor = start + len(removal.text)
    return located


def _raw_hints(raw: RawDocument) -> Hints:
    published = dates.day_of(raw.published)
    return Hints(
        title=raw.title,
        authors=list(raw.authors),
        outlet=raw.outlet,
        language=raw.language,
        published=DateRange(published, published, "metadata") if published else None,
    )


def clean_document(raw: RawDocument, settings: CleanSettings) -> Article:
    """A clean Article from one raw input: HTML through trafilatura first, then the text rules."""
    hints = _raw_hints(raw)
    if raw.format != "html":
        decoded = decode_markup(raw.content)
        article = clean_text(raw, decoded.text, hints, settings)
        article.removed = decoded.removed + _located(article.removed, raw.content)
        return article
    from wirewatch.clean.html import extract_page

    page = extract_page(raw.content, raw.url, settings)
    page_date = dates.day_of(page.published)
    hints.title = hints.title or page.title
    hints.description = page.description
    hints.authors = hints.authors or page.authors
    hints.outlet = (
        hints.outlet
        or outlets.outlet_for_host(outlets.host_of(raw.url))
        or outlets.outlet_for_host(page.hostname)
        or page.sitename
    )
    hints.language = hints.language or page.language
    hints.published = hints.published or (
        DateRange(page_date, page_date, "html") if page_date else None
    )
    hints.read_head = False
    return clean_text(raw, page.text, hints, settings)
