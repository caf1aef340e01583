"""Doc annotator: the checkable facts of one article, each with its sentence.

Typed quantities ("a 1,300-kilometre border", "injured 12 people", "three weeks",
"about 3:10 p.m."), dates of happenings ("Finland joined NATO in 2023", "on Sunday")
and attributions (who said a direct quote).  Every claim keeps the span of its value
and of its sentence in `Article.text`, the interval of values it stands for, and what
alignment compares later, when the parse is gone: its dimension, the counted or
measured thing, its predicate, the named parties of its clause and the content words
of its sentence.  Numbers are read by `nlp.quantities`, the project's one reader.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirewatch.compare.dates import (
    SEASON_TAIL,
    date_window,
    month_named,
    resolved_window,
)
from wirewatch.compare.patterns import DATELINE_DASHES, DATELINE_MAX_TOKENS, QUOTED_KINDS
from wirewatch.compare.subjects import (
    Subject,
    clause_dates,
    clause_root,
    date_subject,
    in_same_clause,
    party_name,
    quantity_subject,
)
from wirewatch.model import Claim
from wirewatch.nlp.entity_spans import entities_between
from wirewatch.nlp.quantities import find_quantities, looks_like_year
from wirewatch.nlp.units import UNITS

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span, Token

    from wirewatch.compare.settings import CompareSettings
    from wirewatch.model import Article, Quote
    from wirewatch.nlp.quantities import Quantity
    from wirewatch.settings import Settings

QUOTE_SUBJECT_WORDS = 8
CONTENT_TAGS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})


def context_words(tokens: Iterable[Token]) -> list[str]:
    """Content words as lemmas: what two claims about one fact share."""
    return sorted(
        {
            token.lemma_.lower()
            for token in tokens
            if token.pos_ in CONTENT_TAGS
            and not token.is_stop
            and token.is_alpha
            and token.lower_ not in UNITS  # the unit is the claim's dimension, not its topic
        }
    )


def clause_words(sentence: Span, at: int) -> list[str]:
    """The content words of the clause holding the word at offset `at` (nested clauses out)."""
    head = next((token for token in sentence if token.idx == at), None)
    if head is None:
        return context_words(sentence)
    root = clause_root(head)
    return context_words(token for token in root.subtree if in_same_clause(token, root))


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
    subject.parties = {
        key: name for key, name in subject.parties.items() if key.split(":", 1)[1] not in dropped
    }
    return subject


def add_claims(article: Article, doc: Doc, settings: Settings) -> None:
    """Fill `article.claims` with the amounts, counts, dates and attributions of the article."""
    claims: list[Claim] = []
    for sentence in doc.sents:
        claims.extend(quantity_claims(article, sentence, settings.compare))
        claims.extend(date_claims(article, sentence))
    claims.extend(attribution_claims(article))
    claims.sort(key=lambda claim: (claim.start, claim.end))
    article.claims = claims


def sentence_end(sentence: Span) -> int:
    """Where the sentence's words end: spaCy keeps a paragraph break inside its last token."""
    return sentence.start_char + len(sentence.text.rstrip())


def interval(quantity: Quantity, settings: CompareSettings) -> tuple[float | None, float | None]:
    """The values a number can stand for, given its marker or range (None: open side)."""
    number = quantity.number
    if quantity.upper is not None:
        return number, quantity.upper
    slack = (
        settings.clock_tolerance_minutes
        if quantity.dimension == "clock"
        else abs(number) * settings.approximate_tolerance
    )
    return {
        "around": (number - slack, number + slack),
        "just below": (number - 3 * slack, number),
        "just above": (number, number + 3 * slack),
        "below": (None, number),
        "above": (number, None),
    }.get(quantity.bound or "", (number, number))


def period_of(article: Article, sentence: Span, subject: Subject, quantity: Quantity) -> str:
    """The window of a date in the fact's clause ("was 2.9% in October", "detained 169 on
    Friday", as the time annotator resolved it), as an interval: figures of two days of a
    story are two facts.  The quantity's own words ("married two weeks ago") are its value,
    not its period."""
    head = next((token for token in sentence if token.idx == subject.at), None)
    for date in clause_dates(head) if head is not None else []:
        if date.start_char < quantity.end and quantity.start < date.end_char:
            continue
        written = date.text
        window = date_window(written) or resolved_window(article, date.start_char, date.end_char)
        if window:
            return window.interval()
    return ""


def kind_of(quantity: Quantity) -> str:
    if quantity.dimension == "clock":
        return "clock"
    return "amount" if quantity.unit else "count"


def quantity_claims(article: Article, sentence: Span, settings: CompareSettings) -> list[Claim]:
    """Amounts, counts, durations and clock times in one sentence."""
    claims = []
    for quantity in find_quantities(sentence):
        subject = quantity_subject(quantity)
        subject = subject and without_bylines(subject, article, sentence)
        if subject is None:
            continue
        dimension = quantity.dimension or "count"
        low, high = interval(quantity, settings)
        claims.append(
            Claim(
                article=article.id,
                start=quantity.start,
                end=quantity.end,
                kind=kind_of(quantity),
                subject=subject.phrase(dimension),
                value=quantity.display,
                number=quantity.number,
                unit=quantity.unit,
                approximate=(low, high) != (quantity.number, quantity.number),
                sentence_start=sentence.start_char,
                sentence_end=sentence_end(sentence),
                dimension=dimension,
                low=low,
                high=high,
                thing=subject.thing,
                thing_words=subject.words,
                predicate=subject.predicate,
                parties=list(subject.parties),
                context=clause_words(sentence, subject.at),
                part=subject.part,
                running=subject.running,
                period=period_of(article, sentence, subject, quantity),
            )
        )
    return claims


def date_spans(sentence: Span) -> list[tuple[Token, int, int]]:
    """(root token, start, end) of each date in the sentence: DATE entities and bare years."""
    dates = [
        ent
        for ent in entities_between(sentence.doc, sentence.start, sentence.end)
        if ent.label_ == "DATE"
    ]
    spans = [(ent.root, ent.start_char, ent.end_char) for ent in dates]
    taken = {token.i for ent in dates for token in ent}
    spans.extend(
        (token, token.idx, token.idx + len(token.text))
        for token in sentence
        if token.i not in taken
        and looks_like_year(token)
        and token.dep_ in ("nummod", "compound", "pobj")
    )
    return spans


def names_a_day(written: str) -> bool:
    """ "March 20", "Dec. 16": a day of the calendar, not "today" or "last week".

    A weekday alone ("on Tuesday") is left out: resolved against each article's own date,
    it set deadlines against deeds and one week's Tuesday against the next's on real news.
    """
    return month_named(written.lower()) is not None and any(char.isdigit() for char in written)


def date_claims(article: Article, sentence: Span) -> list[Claim]:
    """Dates of happenings pinned to days of the calendar, with what happened on them."""
    claims = []
    for root, start, end in date_spans(sentence):
        tail = SEASON_TAIL.match(article.text, end)
        end = tail.end() if tail and looks_like_year(root) else end  # "1982-83"
        written = article.text[start:end]
        window = date_window(written) or (
            resolved_window(article, start, end) if names_a_day(written) else None
        )
        subject = date_subject(root) if window is not None else None
        subject = subject and without_bylines(subject, article, sentence)
        if window is None or subject is None:
            continue
        claims.append(
            Claim(
                article=article.id,
                start=start,
                end=end,
                kind="date",
                subject=subject.phrase("date"),
                value=written,
                unit=window.interval(),
                approximate=window[0] != window[1],
                sentence_start=sentence.start_char,
                sentence_end=sentence_end(sentence),
                dimension="date",
                thing=subject.thing,
                predicate=subject.predicate,
                parties=list(subject.parties),
                context=clause_words(sentence, subject.at),
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
                dimension="speaker",
            )
        )
    return claims
