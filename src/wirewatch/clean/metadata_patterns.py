"""Patterns of an article's byline area: bylines, datelines, written dates, hosts in credits.

Data only, read by `metadata.py`, `dates.py` and `outlets.py`; kept apart from `patterns.py`
(the patterns of boilerplate lines), which holds the agency names and month words they share.
"""

from __future__ import annotations

import re

from wirewatch.clean import patterns

_I = re.IGNORECASE

BYLINE = re.compile(
    r"^(?:(?:written |words |story |text |reporting |reported |posted )?by|author|authors|writer"
    r"|reporter)"
    r"\s*:?\s+(?P<names>.{2,160})$",
    _I,
)
# A byline glued to the end of a headline by a scraper: "... for Barents Sea cod By Ingrid Solberg".
GLUED_BYLINE = re.compile(
    r"^(?P<title>.{10,250}?[^\s,;:])\s+(?P<byline>(?:By|BY)\s+[A-Z].{2,120})$"
)
# Agency or outlet suffix of a byline: "By Jane Roe, Reuters", "By Jane Roe | AP", "Jane Roe (AFP)".
BYLINE_SUFFIX = re.compile(
    r"\s*(?:[,|;–—-]\s*|\s+\()\s*(?:for |of )?(?:the )?(?:"
    + patterns.AGENCIES
    + r"|[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}"
    r" (?:News|Times|Post|Herald|Press|Agency|Wire|Staff|Correspondents?|Reporters?|Writers?)"
    r"|staff(?: writer| reporter)?|correspondents?|in [A-Z][\w ]+|and agencies)\)?\s*$",
    _I,
)
# Words that make a byline name a desk or a team rather than a person.
NOT_A_PERSON = re.compile(
    r"\b(?:staff|desk|team|editors?|reporters?|correspondents?|newsroom|agenc(?:y|ies)|wires?)\b",
    _I,
)
NAME_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)\s*", _I)
PERSON_NAME = re.compile(
    r"^[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|van|von|de|der|da|di|la|le|al|el|bin|ibn)){0,4}$"
)

# "MOSCOW/BRUSSELS —", "HELSINKI (Reuters) —", "WASHINGTON, Jan 5 (AP) -", "KYIV, Ukraine —".
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’.-]+(?:[ /][A-Z][A-Z'’.-]+){0,3}(?:,\s*[A-Z][\w.]+(?: [A-Z][\w.]+)?)?)"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?))?"
    r"\s*(?:\((?P<credit>[\w .&-]{2,30})\))?\s*(?:—|–|--| -)\s*(?=[A-Z0-9\"“‘'])"
)

# Explicit dates near the byline: "January 15, 2025", "15 Jan 2025", "2025-01-15".
EXPLICIT_DATE = re.compile(
    r"\b(?:(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)"
    r"|(?P<mon1>" + patterns.MONTH + r")[a-z]*\.?"
    r" (?P<day1>[0-3]?\d)(?:st|nd|rd|th)?,? (?P<year1>(?:19|20)\d\d)"
    r"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
    r" (?P<mon2>" + patterns.MONTH + r")[a-z]*\.?,?"
    r" (?P<year2>(?:19|20)\d\d))(?!\d)",
    _I,
)
PUBLISHED_CUE = re.compile(r"\b(?:published|posted|updated|first published|last updated)\b", _I)

# A host named inside a credit: "www.helsinkitimes.fi", "https://apnews.com/...".
HOST_IN_TEXT = re.compile(
    r"(?:https?://)?(?:www\.)?(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})", _I
)
