"""An article's dates: its time expressions, its publication window, the day of its happening.

Evidence order: a trusted publication date (metadata) first; without one, a window
inferred from the text (years mentioned, "nearly four years after <anchor>",
"has been closed for more than a year" next to "late 2023"); never a guess
presented as exact.  Bad dates are flagged, never crash, never win.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from wirewatch.model import Article, DateRange, TimeExpression
from wirewatch.nlp.settings import NlpSettings
from wirewatch.nlp.time.cues import TimeCue, find_anchor_events, find_cues
from wirewatch.nlp.time.days import Days, after_window, parse_day, resolve_cue

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from wirewatch.settings import Settings

DAY_KINDS = frozenset({"iso_date", "month_day", "day_month", "weekday", "relative_day"})
DATED_KINDS = frozenset({"iso_date", "month_day", "day_month", "month_year", "year_part", "year"})
ANCHOR_REACH = 120  # characters after "N years after" searched for what it counts from
LASTING_REACH = 200  # characters around "has been closed for a year" searched for its start
LEAD_CUES = 3  # day cues of the lead tried for the happening's day
PRESENT_PERFECT = re.compile(r"\b(?:has|have)\b[^.;]{0,40}$", re.IGNORECASE)
EARLIEST = date(1900, 1, 1)
# A newest publication date this far beyond every other date of the corpus is a typo or a
# placeholder ("2099-01-01"), not "now": it is left out of the reference day, so it is flagged.
OUTLIER_GAP = timedelta(days=366)


def published_days(article: Article) -> Days | None:
    return Days.of(article.published)


def is_self_dated(cue: TimeCue) -> bool:
    """A cue that names its year ("March 13, 2025", "late 2023", "2022")."""
    return cue.kind in DATED_KINDS and "year" in cue.parts


def reported_days(cues: list[TimeCue]) -> list[Days]:
    """Spans of the self-dated cues told as past (the article was written after them)."""
    found = []
    for cue in cues:
        if is_self_dated(cue) and not cue.future:
            days, _flag = resolve_cue(cue, None)
            if days:
                found.append(days)
    return found


def publication_flag(article: Article, today: date | None) -> str | None:
    """Why the metadata publication date cannot be trusted: "unreadable", "future" (after
    `today`, the reference day), "before_reported_event" (the text tells as past a day
    after it), or None."""
    if article.published is None:
        return None
    days = published_days(article)
    if days is None:
        return "unreadable"
    if today is not None and days[0] > today:
        return "future"
    exact_days = [span for span in reported_days(find_cues(article.text)) if span[0] == span[1]]
    if exact_days and max(span[0] for span in exact_days) > days[1] + timedelta(days=1):
        return "before_reported_event"
    return None


def trusted_publication(article: Article, today: date | None) -> Days | None:
    return published_days(article) if publication_flag(article, today) is None else None


def counted_from(cue: TimeCue, text: str, cues: list[TimeCue]) -> Days | None:
    """What "N years after ..." counts from: a known happening or a dated cue just after it."""
    for _start, _end, day in find_anchor_events(text[cue.end : cue.end + ANCHOR_REACH]):
        anchor = date.fromisoformat(day)
        return Days.day(anchor)
    following = [c for c in cues if is_self_dated(c) and 0 <= c.start - cue.end <= ANCHOR_REACH]
    return resolve_cue(following[0], None)[0] if following else None


def lasting_since(cue: TimeCue, text: str, cues: list[TimeCue]) -> Days | None:
    """When a state "has lasted for N units" began: the nearest dated cue around it."""
    if not PRESENT_PERFECT.search(text[max(0, cue.start - 60) : cue.start]):
        return None
    near = [
        c
        for c in cues
        if is_self_dated(c) and not c.future and abs(c.start - cue.start) <= LASTING_REACH
    ]
    nearest = min(near, key=lambda c: (abs(c.start - cue.start), c.start < cue.start), default=None)
    return resolve_cue(nearest, None)[0] if nearest else None


def duration_windows(text: str, cues: list[TimeCue]) -> list[Days]:
    """Windows for "now" implied by durations: "nearly four years after the invasion"."""
    windows = []
    for cue in cues:
        if cue.kind != "duration":
            continue
        relation = cue.parts.get("relation", "").casefold()
        if relation in ("after", "since"):
            since = counted_from(cue, text, cues)
        elif cue.parts.get("lead"):
            since = lasting_since(cue, text, cues)
        else:
            since = None
        if since:
            try:
                windows.append(after_window(cue, since))
            except (ValueError, OverflowError):  # "9000 years after ..." is no evidence
                continue
    return windows


def told_as_past(text: str, cues: list[TimeCue]) -> list[date]:
    """First days of what the text tells as past (dates, years, known happenings)."""
    starts = [days[0] for days in reported_days(cues)]
    return starts + [date.fromisoformat(day) for _s, _e, day in find_anchor_events(text)]


def lower_bound(text: str, cues: list[TimeCue], today: date | None) -> date | None:
    """The latest day the text tells as past, not after `today` when it is known."""
    starts = told_as_past(text, cues)
    return max((day for day in starts if today is None or day <= today), default=None)


def upcoming_limit(cues: list[TimeCue], window: Days) -> date | None:
    """A day told as still to come ("to begin on 20 April") bounds "now" from above."""
    limits = []
    for cue in cues:
        if cue.future and cue.kind in ("month_day", "day_month") and "year" not in cue.parts:
            days, _flag = resolve_cue(cue, (window[0], window[0]))
            if days and window[0] <= days[0] <= window[1]:
                limits.append(days[0])
    return min(limits, default=None)


def infer_window(text: str, today: date | None) -> Days | None:
    """The window of days the text was written in, from its own evidence; None if it has none.

    `today` (the reference day) bounds it from above; without one, the text's own evidence does.
    """
    cues = find_cues(text)
    low = lower_bound(text, cues, today)
    windows = duration_windows(text, cues)
    if low is None and not windows:
        return None
    horizon = today or max(filter(None, [low, *(end for _start, end in windows)]))
    window = Days(low or EARLIEST, horizon)
    for start, end in windows:  # each kept only where it agrees with what is known so far
        narrowed = Days(max(window.start, start), min(window.end, end))
        if narrowed[0] <= narrowed[1]:
            window = narrowed
    if window[0] > EARLIEST:
        window = Days(window.start, upcoming_limit(cues, window) or window.end)
    return window


def publication_window(article: Article, today: date | None) -> DateRange | None:
    """The publication day (trusted metadata) or an honest window inferred from the text."""
    trusted = trusted_publication(article, today)
    if trusted:
        return trusted.as_range(article.published.basis if article.published else "metadata")
    inferred = infer_window(article.text, today)
    return inferred.as_range("inferred") if inferred else None


def reference_day(articles: Iterable[Article], chosen: str | None = None) -> date | None:
    """The day a corpus is read as of ("now"), never the clock: `chosen` (the
    `nlp.reference_date` setting) when given, else the newest readable publication date
    that is not a lone outlier years beyond the rest (`newest_credible`);
    in a corpus without any, the latest day the texts' own evidence reaches (what they tell
    as past, and the far end of "four years after the invasion"); None when nothing is dated.
    """
    if parse_day(chosen):
        return parse_day(chosen)
    articles = list(articles)
    published = [days[1] for days in map(published_days, articles) if days]
    if published:
        return newest_credible(published)
    return max((day for article in articles for day in evidence_days(article.text)), default=None)


def newest_credible(days: list[date]) -> date:
    """The newest of `days`, once those more than `OUTLIER_GAP` after the next newest are
    set aside (a lone date, or several alike, are kept: there is nothing to set them against)."""
    ordered = sorted(days)
    while len(ordered) > 1 and ordered[-1] - ordered[-2] > OUTLIER_GAP:
        ordered.pop()
    return ordered[-1]


def evidence_days(text: str) -> list[date]:
    """Days a text shows to be reached: those it tells as past and its windows' far ends."""
    cues = find_cues(text)
    return told_as_past(text, cues) + [end for _start, end in duration_windows(text, cues)]


def lead_day_cues(cues: list[TimeCue]) -> list[TimeCue]:
    """The first day cues told as past, outside photo captions: where a report dates its news."""
    return [c for c in cues if c.kind in DAY_KINDS and not c.future and not c.caption][:LEAD_CUES]


def happening_window(article: Article, today: date | None) -> DateRange | None:
    """Best estimate of the day(s) of the happening the article reports; None when nothing is known.

    Publication day + "on Tuesday" -> that Tuesday; "on January 15" takes its year from
    the publication day or the inferred window; otherwise the window itself.
    """
    trusted = trusted_publication(article, today)
    anchor = trusted or infer_window(article.text, today)
    basis = "relative" if trusted else "inferred"
    for cue in lead_day_cues(find_cues(article.text)):
        days, _flag = resolve_cue(cue, anchor)
        if days and (anchor is None or days[0] <= anchor[1] + timedelta(days=1)):
            return days.as_range("text" if "year" in cue.parts else basis)
    if trusted:
        return trusted.as_range("metadata")
    return anchor.as_range("inferred") if anchor else None


def time_expression(
    cue: TimeCue, anchor: Days | None, trusted: bool, today: date | None
) -> TimeExpression:
    days, flag = resolve_cue(cue, anchor)
    if days and today is not None and days[0] > today and not cue.future and is_self_dated(cue):
        return TimeExpression(cue.start, cue.end, None, "future")
    if days is None:
        return TimeExpression(cue.start, cue.end, None, flag)
    basis = "text" if is_self_dated(cue) else ("relative" if trusted else "inferred")
    return TimeExpression(cue.start, cue.end, days.as_range(basis), None)


def is_date_like(cue: TimeCue) -> bool:
    """Durations are dates only when counted back from now ("three days ago")."""
    return cue.kind != "duration" or cue.parts.get("relation", "").casefold() == "ago"


def add_times(article: Article, doc: Doc | None, settings: Settings | None = None) -> None:
    """Article.times: every date-like phrase, resolved against the publication day or window.

    "Now" is `settings.nlp.reference_date`, which `api.ingest` settles for each round of
    articles (`reference_day`); alone, an article is its own corpus.
    """
    nlp = settings.nlp if settings is not None else NlpSettings()
    today = reference_day([article], nlp.reference_date)
    trusted = trusted_publication(article, today)
    anchor = trusted or infer_window(article.text, today)
    article.times = [
        time_expression(cue, anchor, trusted is not None, today)
        for cue in find_cues(article.text)
        if is_date_like(cue)
    ]
