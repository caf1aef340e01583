"""When an article's happening took place, and distances between days."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from wirewatch.model import Article, DateRange
from wirewatch.nlp.time import Days, happening_window


def article_window(article: Article, reference: date | None) -> DateRange | None:
    """The days the article's happening took place: from the text where known, else publication.

    `reference` is the corpus's "now" (`nlp.time.reference_day`)."""
    window = happening_window(article, reference)
    if window is not None and window.start and window.end:
        return window
    published = Days.of(article.published)
    return published.as_range(article.published.basis) if published and article.published else None


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
