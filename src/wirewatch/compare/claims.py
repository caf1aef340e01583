"""Doc annotator: the checkable facts of one article, each with its sentence.

Amounts with units ("a 1,300-kilometre border"), counts ("injured 12 people"),
dates of named happenings ("Finland joined NATO in 2023") and attributions
(who said a direct quote).  Every claim keeps the span of its value and of its
sentence in `Article.text`, and a `key` (kind|head|dimension|parties|verb|words|when)
that alignment compares, since the parse is gone by the time articles are compared.

`article.amounts` (from `nlp.annotate.add_amounts`) is not read: the subject
of a number comes from the parse around its tokens, so the numbers are read
from the same tokens, and units are normalised to this package's table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirewatch.compare.dates import date_window, resolved_window, window_text
from wirewatch.compare.patterns import DATELINE_DASHES, DATELINE_MAX_TOKENS, QUOTED_KINDS
from wirewatch.compare.quantities import find_quantities, looks_like_year
from wirewatch.compare.subjects import (
    Subject,
    amount_subject,
    clause_dates,
    count_subject,
    happening_of,
    happening_subject,
    party_name,
)
from wirewatch.model import Claim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from wirewatch.model import Article, Quote
    from wirewatch.settings import Settings

QUOTE_SUBJECT_WORDS = 8


def claim_key(kind: str, subject: Subject, dimension: str, when: str = "") -> str:
    """kind|head|dimension|parties|verb|words|when, read back by `align.reading`."""
    parties, words = ";".join(subject.parties), ";".join(subject.words)
    return "|".join((kind, subject.head, dimension, parties, subject.verb, words, when))


def period_of(article: Article, sentence: Span, subject: Subject) -> str:
    """The window of a date in the fact's clause ("was 2.9% in October"), as an interval."""
    head = next((token for token in sentence if token.idx == subject.at), None)
    for date in clause_dates(head) if head is not None else []:
        window = date_window(date.text) or resolved_window(article, date.start_char, date.end_char)
        if window:
            return window_text(window)
    return ""


def readable(subject: Subject) -> str:
    """The subject as shown to a reader: "length of border (Finland, Russia)"."""
    if not subject.parties:
        return subject.phrase
    return f"{subject.phrase} ({', '.join(subject.parties.values())})"


def dateline_end(sentence: Span) -> int:
    """Where a leading dateline ("HALIFAX (Meridian Post) —") ends, else the sentence start."""
    for token in list(sentence)[:DATELINE_MAX_TOKENS]:
        if token.pos_ in ("VERB", "AUX"):
            break
        if token.text in DATELINE_DASHES:
            return token.idx
    return sentence.start_char


def without_bylines(subject: Subject, article: Article, sentence: Span) -> Subject | None:
    """The subject without parties that are the outlet or the dateline, not the fact's.

    None when the subject's own head word is in the dateline ("HO CHI MINH CITY (...) —").
    """
    cut = dateline_end(sentence)
    if subject.at < cut:
        return None
    dropped = {party_name(ent.text) for ent in sentence.ents if ent.start_char < cut}
    if article.outlet:
        dropped.add(party_name(article.outlet))
    subject.parties = {key: name for key, name in subject.parties.items() if key not in dropped}
    return subject


def add_claims(article: Article, doc: Doc, settings: Settings) -> None:
    """Fill `article.claims` with the amounts, counts, dates and attributions of the article."""
    claims: list[Claim] = []
    for sentence in doc.sents:
        claims.extend(quantity_claims(article, sentence))
        claims.extend(date_claims(article, sentence))
    claims.extend(attribution_claims(article))
    claims.sort(key=lambda claim: (claim.start, claim.end))
    article.claims = claims


def sentence_end(sentence: Span) -> int:
    """Where the sentence's words end: spaCy keeps a paragraph break inside its last token."""
    return sentence.start_char + len(sentence.text.rstrip())


def quantity_claims(article: Article, sentence: Span) -> list[Claim]:
    """Amounts (with a unit) and counts (a number of things) in one sentence."""
    claims = []
    for quantity in find_quantities(sentence):
        kind = "amount" if quantity.unit else "count"
        subject = amount_subject(quantity) if quantity.unit else count_subject(quantity)
        subject = subject and without_bylines(subject, article, sentence)
        if subject is None:
            continue
        claims.append(
            Claim(
                article=article.id,
                start=quantity.start,
                end=quantity.end,
                kind=kind,
                subject=readable(subject),
                value=quantity.display,
                number=quantity.number,
                unit=quantity.unit,
                approximate=quantity.bound is not None,
                sentence_start=sentence.start_char,
                sentence_end=sentence_end(sentence),
                key=claim_key(
                    kind,
                    subject,
                    quantity.dimension or "count",
                    period_of(article, sentence, subject),
                ),
            )
        )
    return claims


def date_spans(sentence: Span) -> list[tuple[Token, int, int]]:
    """(root token, start, end) of each date in the sentence: DATE entities and bare years."""
    spans = [
        (ent.root, ent.start_char, ent.end_char) for ent in sentence.ents if ent.label_ == "DATE"
    ]
    taken = {token.i for ent in sentence.ents if ent.label_ == "DATE" for token in ent}
    spans.extend(
        (token, token.idx, token.idx + len(token.text))
        for token in sentence
        if token.i not in taken
        and looks_like_year(token)
        and token.dep_ in ("nummod", "compound", "pobj")
    )
    return spans


def date_claims(article: Article, sentence: Span) -> list[Claim]:
    """Dates of named happenings pinned to the calendar, with parties to tell them apart."""
    claims = []
    for root, start, end in date_spans(sentence):
        written = article.text[start:end]
        window = date_window(written) or resolved_window(article, start, end)
        target = happening_of(root)
        if window is None or target is None:
            continue
        skip = {token.i for token in sentence if start <= token.idx < end}
        subject = without_bylines(happening_subject(target, skip), article, sentence)
        if subject is None or (not subject.parties and "/" not in subject.head):
            continue  # "prices rose in 2022": no party, no object, too vague to hold anyone to
        claims.append(
            Claim(
                article=article.id,
                start=start,
                end=end,
                kind="date",
                subject=subject.phrase,
                value=written,
                unit=window_text(window),
                approximate=window[0] != window[1],
                sentence_start=sentence.start_char,
                sentence_end=sentence_end(sentence),
                key=claim_key("date", subject, "date"),
            )
        )
    return claims


def speaker_subject(article: Article, quote: Quote) -> str:
    """What an attribution is about: 'speaker of "the quote\'s first words..."'."""
    words = article.text[quote.start : quote.end].split()
    more = "..." if len(words) > QUOTE_SUBJECT_WORDS else ""
    return f'speaker of "{" ".join(words[:QUOTE_SUBJECT_WORDS])}{more}"'


def attribution_claims(article: Article) -> list[Claim]:
    """Who said each direct quote (from `quotes.extract.add_quotes`, when it ran first)."""
    claims = []
    for quote in article.quotes:
        if quote.kind not in QUOTED_KINDS or not quote.speaker_name:
            continue
        sentence = article.sentence_at(quote.start)
        claims.append(
            Claim(
                article=article.id,
                start=quote.start,
                end=quote.end,
                kind="attribution",
                subject=speaker_subject(article, quote),
                value=quote.speaker_name,
                sentence_start=sentence.start if sentence else None,
                sentence_end=sentence.end if sentence else None,
                key=f"attribution|{quote.id}|||||",
            )
        )
    return claims
