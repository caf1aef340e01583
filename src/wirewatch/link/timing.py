"""When an article's happening took place, and distances between days."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date

from wirewatch.model import Article, ArticleWindow, Corpus, DateRange
from wirewatch.nlp.time import Days, happening_window
from wirewatch.nlp.time.windows import trusted_publication


def article_window(article: Article, reference: date | None) -> DateRange | None:
    """The days the article's happening took place: from the text where known, else publication.

    `reference` is the corpus's "now" (`nlp.time.reference_day`)."""
    window = happening_window(article, reference)
    if window is not None and window.start and window.end:
        return window
    published = Days.of(article.published)
    return published.as_range(article.published.basis) if published and article.published else None


def article_windows(corpus: Corpus, reference: date | None) -> dict[str, DateRange | None]:
    """`article_window` of every article, taken from `corpus.windows` where it still holds
    and computed (and kept there, for the store) where not: a run on a grown store reads
    the time cues of its new articles only."""
    as_of = reference.isoformat() if reference else None
    found: dict[str, DateRange | None] = {}
    for article in corpus.articles:
        key = window_key(article)
        kept = corpus.windows.get(article.id)
        if kept is None or not still_holds(kept, key, as_of):
            kept = ArticleWindow(key, article_window(article, reference), as_of)
            trusted = trusted_publication(article, reference)
            kept.trusted_from = trusted.start.isoformat() if trusted else None
            corpus.windows[article.id] = kept
        found[article.id] = kept.window
    return found


def window_key(article: Article) -> str:
    """What an article's window is a function of, besides the reference day."""
    published = article.published
    dated = f"{published.start}|{published.end}|{published.basis}" if published else ""
    return hashlib.sha1(f"{dated}\0{article.text}".encode()).hexdigest()


def still_holds(kept: ArticleWindow, key: str, as_of: str | None) -> bool:
    """A kept window holds for an unchanged article on the same reference day, or on any day
    from its trusted publication on (`happening_window` then reads no reference day)."""
    if kept.key != key:
        return False
    trusted = kept.trusted_from is not None and (as_of is None or kept.trusted_from <= as_of)
    return trusted or kept.as_of == as_of


def earliest_first(article: Article) -> tuple[str, str]:
    """Sort key: publication date when known (unknown dates last), then id."""
    published = article.published.start if article.published and article.published.start else None
    return (published or "\uffff", article.id)


def day(iso: str) -> date:
    return date.fromisoformat(iso[:10])


def days_between(earlier: str, later: str) -> int:
    return (day(later) - day(earlier)).days


def span_of(windows: Iterable[DateRange | None]) -> DateRange | None:
    """The smallest range holding every known window."""
    known = [w for w in windows if w is not None and w.start and w.end]
    if not known:
        return None
    starts = [w.start[:10] for w in known if w.start]
    ends = [w.end[:10] for w in known if w.end]
    return DateRange(min(starts), max(ends), "inferred")


def happening_span(windows: Iterable[DateRange | None], widest_days: int) -> DateRange | None:
    """Dates of a happening from its articles' windows: the narrow ones where there are any."""
    known = [w for w in windows if w is not None and w.start and w.end]
    narrow = [w for w in known if days_between(w.start, w.end) <= widest_days]  # type: ignore[arg-type]
    if narrow:
        return span_of(narrow)
    # Each wide window is an honest bound on the same happening: where they all
    # overlap, the overlap holds the day.
    common = overlap_of(known)
    if common is not None:
        return common
    return min(known, key=lambda w: days_between(w.start, w.end), default=None)  # type: ignore[arg-type]


def overlap_of(windows: list[DateRange]) -> DateRange | None:
    """The days every window holds, or None when they do not all overlap."""
    if not windows:
        return None
    start = max(w.start[:10] for w in windows if w.start)
    end = min(w.end[:10] for w in windows if w.end)
    return DateRange(start, end, "inferred") if start <= end else None


def within(window: DateRange | None, span: DateRange | None, slack_days: int) -> bool:
    """True when the window falls within `slack_days` of the span, or either is unknown."""
    if window is None or span is None or not (window.start and span.start):
        return True
    return (
        days_between(span.end or span.start, window.start) <= slack_days
        and days_between(window.end or window.start, span.start) <= slack_days
    )
