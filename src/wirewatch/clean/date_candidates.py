"""Every publication day a page offers, each with the place it comes from.

A page states dates in many places: JSON-LD (`datePublished`, `dateModified`), `<meta>` tags,
microdata, `<time>` elements, its URL, a "published on" cue, the first date in its text, and
htmldate's weighing of all of them.  They disagree (a modified day, a comment's date, a day
shifted by a time zone); which one to believe is learned (`date_model`), not ruled here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from wirewatch.clean import dates
from wirewatch.clean import markup_patterns as mp
from wirewatch.clean.page_dates import local_day, written_day
from wirewatch.clean.page_meta import json_objects

VISIBLE_TEXT = "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"
# The text searched for dates and cues: the statement sits by the headline or at the article's
# end, not in a 1 MB page's scripts.
MAX_TEXT_CHARS = 200_000
# How far after a cue its date may start, and after the headline the byline's date.
CUE_REACH = 40
HEADLINE_REACH = 400
# A day in a URL: /2019/08/16/, -2019-08-16-, /20190816/.
URL_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d)([/_-]?)([01]\d)\2([0-3]\d)(?!\d)")
# Which `<meta>` keys (name, property, itemprop) carry a modified and a published day.
META_MODIFIED = re.compile(r"modif|updat|revis|lastmod|last-mod", re.I)
META_PUBLISHED = re.compile(r"date|time|publish|issued|created|release", re.I)
META_NOT_A_DAY = re.compile(r"expir|valid|start|end|format|timezone|refresh|reading", re.I)
TIME_PUBLISHED = re.compile(r"publi|pubdate|posted|created|erschien|veroeff|ver.ffentl", re.I)
JSON_LD_KEYS = {
    "datePublished": "jsonld_published",
    "dateCreated": "jsonld_created",
    "uploadDate": "jsonld_published",
    "dateModified": "jsonld_modified",
}
SOURCES: tuple[str, ...] = (
    "htmldate",
    "microdata_published",
    "cue_published",
    "jsonld_published",
    "jsonld_created",
    "jsonld_modified",
    "meta_published",
    "meta_modified",
    "time_published",
    "time_modified",
    "time_first",
    "url",
    "text_after_headline",
    "text_first",
    "utc_day",
)


@dataclass(frozen=True)
class DateCandidate:
    """A day the page gives, where it gives it, and how far into the page (0 start, 1 end)."""

    day: str
    source: str
    position: float


def page_date_candidates(
    tree: Any, url: str | None, htmldate_day: str | None
) -> list[DateCandidate]:
    """Every candidate publication day of a parsed page (`lxml` tree); `htmldate_day` is
    htmldate's own choice, one candidate among the others."""
    lines = max((element.sourceline or 0 for element in tree.iter()), default=0) or 1
    found = [*_markup_candidates(tree, lines), *_url_candidates(url), *_text_candidates(tree)]
    if htmldate_day:
        found.append(DateCandidate(htmldate_day, "htmldate", 0.0))
    return found


def _markup_candidates(tree: Any, lines: int) -> Iterator[DateCandidate]:
    def at(element: Any) -> float:
        return min(1.0, (element.sourceline or 0) / lines)

    for element in tree.xpath("//*[@itemprop='datePublished']"):
        value = element.get("datetime") or element.get("content") or element.text_content()
        yield from _stamped(value, "microdata_published", at(element))
    for element in tree.iter("meta"):
        key = element.get("name") or element.get("property") or element.get("itemprop") or ""
        if not key or META_NOT_A_DAY.search(key) or key == "datePublished":
            continue
        if META_MODIFIED.search(key):
            yield from _stamped(element.get("content"), "meta_modified", at(element))
        elif META_PUBLISHED.search(key):
            yield from _stamped(element.get("content"), "meta_published", at(element))
    for index, element in enumerate(tree.iter("time")):
        value = element.get("datetime") or element.text_content()
        marks = _marks(element)
        if element.get("pubdate") is not None or TIME_PUBLISHED.search(marks):
            yield from _stamped(value, "time_published", at(element))
        elif META_MODIFIED.search(marks):
            yield from _stamped(value, "time_modified", at(element))
        if index == 0:
            yield from _stamped(value, "time_first", at(element))
    for script in tree.xpath("//script[@type='application/ld+json']"):
        yield from _json_ld_candidates(script.text or "", at(script))


def _marks(element: Any) -> str:
    """The class and itemprop of a `<time>` element and its parent's class."""
    parent = element.getparent()
    marks = (
        element.get("class"),
        element.get("itemprop"),
        parent.get("class") if parent is not None else None,
    )
    return " ".join(mark for mark in marks if mark)


def _json_ld_candidates(text: str, position: float) -> Iterator[DateCandidate]:
    try:
        data = json.loads(text)
    except ValueError:
        return
    for item in json_objects(data, deep=True):
        for key, source in JSON_LD_KEYS.items():
            value = item.get(key)
            if isinstance(value, str):
                yield from _stamped(value, source, position)


def _stamped(value: str | None, source: str, position: float) -> Iterator[DateCandidate]:
    """The day a value states, as written; a timestamp whose day in UTC differs gives that
    day too (source `utc_day`): pages and their gold disagree on which one is meant."""
    value = (value or "").strip()
    day = written_day(value[:60]) if value else None
    if not day:
        return
    yield DateCandidate(day, source, position)
    utc = _utc_day(value)
    if utc and utc != day:
        yield DateCandidate(utc, "utc_day", position)


def _utc_day(value: str) -> str | None:
    try:
        stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if stamp.tzinfo is None:
        return None
    return stamp.astimezone(timezone.utc).date().isoformat()


def _url_candidates(url: str | None) -> Iterator[DateCandidate]:
    match = URL_DAY.search(url or "")
    if match and 1 <= int(match.group(3)) <= 12 and 1 <= int(match.group(4)) <= 31:
        yield DateCandidate(f"{match.group(1)}-{match.group(3)}-{match.group(4)}", "url", 0.0)


def visible_text(tree: Any) -> str:
    """The page's visible text, whitespace collapsed, cut at `MAX_TEXT_CHARS`."""
    return " ".join(" ".join(tree.xpath(VISIBLE_TEXT)).split())[:MAX_TEXT_CHARS]


def _text_candidates(tree: Any) -> Iterator[DateCandidate]:
    text = visible_text(tree)
    if not text:
        return
    for cue in mp.PUBLISHED_ON_CUE.finditer(text):
        day = written_day(text[cue.end() : cue.end() + CUE_REACH], at_start=True)
        if day:
            yield DateCandidate(day, "cue_published", cue.start() / len(text))
    first = _first_day(text, 0)
    if first:
        yield DateCandidate(first[1], "text_first", first[0] / len(text))
    headline = _headline_offset(tree, text)
    if headline is not None:
        after = _first_day(text[: headline + HEADLINE_REACH], headline)
        if after:
            yield DateCandidate(after[1], "text_after_headline", after[0] / len(text))


def _first_day(text: str, start: int) -> tuple[int, str] | None:
    """The first full date written in `text` from `start`: numeric ("16.08.2019"), with an
    English month ("March 3, 2020") or with a month of another language ("1. Februar 2022")."""
    found: list[tuple[int, str | None]] = []
    numeric = mp.DAY_MONTH_YEAR.search(text, start)
    if numeric:
        found.append((numeric.start(), written_day(numeric.group(0))))
    local = mp.LOCAL_WRITTEN_DAY.search(text, start)
    if local:
        found.append((local.start(), local_day(local)))
    english = next(iter(dates.written_days(text[start : start + MAX_TEXT_CHARS])), None)
    if english:
        found.append((start + english[0], english[1]))
    days = [(offset, day) for offset, day in found if day]
    return min(days) if days else None


def _headline_offset(tree: Any, text: str) -> int | None:
    for heading in tree.iter("h1"):
        words = " ".join(heading.text_content().split())
        if words:
            offset = text.find(words)
            return offset + len(words) if offset >= 0 else None
    return None
