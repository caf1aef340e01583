"""The publication day a page states explicitly, read before htmldate's weighing of every date.

htmldate (through trafilatura) scores all the dates of a page: comments, teasers, a crawl
stamp, a modified date.  Two statements are the page's own and explicit, so they come first:

- an element marked `itemprop="datePublished"` (schema.org microdata): its `datetime` or
  `content`, else its text; its day as written, so a local time keeps its local day;
- a "published on" cue in the page's text followed by a date ("Veröffentlicht am 16.08.2019").

Measured on trafilatura-eval dev (538 dated pages): where these disagree with htmldate's date
they were right 6 times out of 7 (BENCHMARKS.md, issue 12); cues that give several days are a
list of other articles' teasers, not a statement.
"""

from __future__ import annotations

from typing import Any

from wirewatch.clean import dates
from wirewatch.clean import markup_patterns as mp

MICRODATA_PUBLISHED = "//*[@itemprop='datePublished']"
VISIBLE_TEXT = "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"
# How far after a cue its date may start, and how much text is searched for a cue: the
# statement sits by the headline or at the article's end, not in a 1 MB page's scripts.
CUE_REACH = 40
MAX_TEXT_CHARS = 200_000


def declared_publication_day(tree: Any) -> str | None:
    """The day a page says it was published (`YYYY-MM-DD`), or None when it does not say."""
    return _microdata_day(tree) or _cued_day(tree)


def _microdata_day(tree: Any) -> str | None:
    for element in tree.xpath(MICRODATA_PUBLISHED):
        value = element.get("datetime") or element.get("content") or element.text_content()
        day = written_day(value.strip()) if value else None
        if day:
            return day
    return None


def _cued_day(tree: Any) -> str | None:
    """The day a "published on" cue gives; None when cues give different days, as a list of
    teasers does ("… veröffentlicht am 20.01.2022 … veröffentlicht am 24.01.2022")."""
    text = " ".join(" ".join(tree.xpath(VISIBLE_TEXT)).split())[:MAX_TEXT_CHARS]
    cued = {
        written_day(text[cue.end() : cue.end() + CUE_REACH], at_start=True)
        for cue in mp.PUBLISHED_ON_CUE.finditer(text)
    }
    cued.discard(None)
    return cued.pop() if len(cued) == 1 else None


def written_day(value: str, at_start: bool = False) -> str | None:
    """`2019-08-16T03:00+02:00`, `16.08.2019`, `16 August 2019` → `2019-08-16`.

    `at_start`: only a date that opens `value` (what follows a cue), not one further on.
    """
    day = dates.day_of(value)
    if day:
        return day
    numeric = (mp.DAY_MONTH_YEAR.match if at_start else mp.DAY_MONTH_YEAR.search)(value)
    if numeric:
        day_number, month = int(numeric.group("day")), int(numeric.group("month"))
        if 1 <= day_number <= 31 and 1 <= month <= 12:
            return f"{numeric.group('year')}-{month:02d}-{day_number:02d}"
        return None
    for offset, day in dates.written_days(value):
        return day if offset == 0 or not at_start else None
    return None
