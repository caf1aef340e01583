"""Time cues found in text: explicit dates, weekdays, relative words, durations, anchors.

Finding is plain regular expressions over the clean text (patterns as data);
resolving them to days lives in `days.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from wirewatch.nlp import units

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
# Month names of the other languages web pages are written in, beside English (`MONTHS`): a
# page's byline date is in its own language ("1. Februar 2022", "14 Gennaio 2020",
# "3 de marzo de 2021").  Lower case; abbreviations are the names' first letters.
PAGE_MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            "januar jänner janvier enero gennaio janeiro januari styczeń stycznia",
            "februar feber février fevrier febrero febbraio fevereiro februari luty lutego",
            "märz maerz mars marzo março maart marzec marca",
            "april avril abril aprile kwiecień kwietnia",
            "mai mayo maggio maio mei maj maja",
            "juni juin junio giugno junho czerwiec czerwca",
            "juli juillet julio luglio julho lipiec lipca",
            "august août aout agosto augustus sierpień sierpnia",
            "september septembre septiembre setiembre settembre setembro wrzesień września",
            "oktober octobre octubre ottobre outubro październik października",
            "november novembre noviembre novembro listopad listopada",
            "dezember décembre decembre diciembre dicembre dezembro december grudzień grudnia",
        ),
        start=1,
    )
    for name in names.split()
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The number words of `nlp.units`, and the loose ones a duration is told with ("a year",
# "several weeks").
NUMBER_WORDS = {word: int(value) for word, value in units.NUMBER_WORDS.items()} | {
    "a": 1, "an": 1, "several": 3, "a few": 2,
}  # fmt: skip
# Part of a year -> (first month, last month): the one table of them (compare reads it too).
# Seasons are the northern hemisphere's meteorological ones; winter is left out, as it
# straddles two years ("winter 2023" is January or December).
YEAR_PARTS = {
    "early": (1, 4), "mid": (5, 8), "late": (9, 12),
    "the end of": (10, 12), "end of": (10, 12),
    "the start of": (1, 3), "start of": (1, 3), "the beginning of": (1, 3),
    "beginning of": (1, 3),
    "the first half of": (1, 6), "first half of": (1, 6),
    "the second half of": (7, 12), "second half of": (7, 12),
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
}  # fmt: skip

# Well-known happenings that articles date things from ("four years after the full-scale
# invasion"): a data file, each row with its day and where that day is recorded.
ANCHORS = Path(__file__).with_name("anchors.tsv")


def read_anchor_events(path: Path = ANCHORS) -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, ISO day) of every row of the anchor table."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            day, pattern, _source = line.split("\t")
            rows.append((re.compile(pattern, re.IGNORECASE), day))
    return tuple(rows)


ANCHOR_EVENTS = read_anchor_events()

# Month and weekday names are matched capitalised, as news text writes them: that keeps
# "may" and "march" (the verbs) out.  Other words match in any case.
_MONTH = (
    r"(?P<month>" + "|".join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True)) + ")"
    r"(?:(?<=\b[A-Z][a-z]{2})\.|(?<=Sept)\.)?"  # the dot of an abbreviation, not a full stop
)
_WEEKDAY = r"(?P<weekday>" + "|".join(day.capitalize() for day in WEEKDAYS) + r")"
_NUMBER = r"(?P<number>\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
# The approximation markers of `nlp.units` ("nearly", "more than", "up to") before a number.
_QUALIFIER = (
    r"(?:(?P<qualifier>" + "|".join(sorted(units.MARKERS, key=len, reverse=True)) + r")\s+)?"
)
_UNIT = r"(?P<unit>day|week|month|year|decade)s?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

# Kind of cue -> pattern; order matters (longer, more precise forms first).
CUE_PATTERNS = {
    "iso_date": rf"\b{_YEAR}-(?P<month_number>\d\d)-(?P<day>\d\d)\b",
    "month_day": rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR}\b)?",
    "day_month": rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}\b)?",
    "month_year": rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b",
    "year_part": r"(?i:\b(?P<part>"
    + "|".join(sorted(YEAR_PARTS, key=len, reverse=True))
    + rf")[\s-]+){_YEAR}\b",
    "duration": rf"(?i:\b(?:(?P<lead>for)\s+)?{_QUALIFIER}{_NUMBER}\s+{_UNIT}\b"
    r"(?:\s+(?P<relation>after|since|later|ago|before|earlier))?)",
    "relative_day": r"(?i:\b(?P<word>today|yesterday|tomorrow|tonight)\b)",
    "relative_period": r"(?i:\b(?P<which>last|next|this|earlier this|later this)\s+"
    r"(?P<period>week|month|year)\b)",
    "weekday": rf"\b(?P<which>[Ll]ast|[Nn]ext|[Tt]his|[Oo]n)?\s*{_WEEKDAY}\b",
    "year": rf"(?<![\d,.$\u20ac\u00a3-])\b{_YEAR}\b"
    r"(?![\d,.]\d|\s*(?:%|percent|km|kilomet|miles|people|troops))",
}
CUE_REGEX = {kind: re.compile(pattern) for kind, pattern in CUE_PATTERNS.items()}

# Words before a date that make it a plan, not a report ("a ceasefire to begin on 20 April").
# Bare "by" and "until" are left out: "seized by the coast guard on Monday" is past.
FUTURE_CONTEXT = re.compile(
    r"\b(?:will|would|shall|to begin|to start|to take place|to be held|scheduled|planned|"
    r"due to|expected to|upcoming|ahead of|by the end of|next)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
CAPTION_CONTEXT = re.compile(
    r"\b(?:Photo|Photograph|Picture|Image|File photo)s?\b|Getty Images|\bAFP\b|\bEPA\b|"
    r"Shutterstock|\bAP Photo\b|\bREUTERS/",
)


@dataclass(frozen=True)
class TimeCue:
    """One time phrase found in the text, with the parts its pattern captured (frozen: one
    reading of a text is shared by every stage that reads its cues)."""

    start: int
    end: int
    kind: str
    parts: dict[str, str] = field(default_factory=dict)
    future: bool = False
    caption: bool = False


def line_around(text: str, start: int, end: int) -> str:
    return text[text.rfind("\n", 0, start) + 1 : (text.find("\n", end) + 1 or len(text) + 1) - 1]


def is_future_context(text: str, start: int) -> bool:
    """Words like "will", "scheduled", "to begin" shortly before the cue, in its sentence."""
    before = text[max(0, start - 60) : start]
    return bool(FUTURE_CONTEXT.search(before))


def find_cues(text: str) -> list[TimeCue]:
    """Every time cue in `text`, longest first where patterns overlap, in text order."""
    return list(_cues_of(text))


# Annotation, the publication check, the reference day and the happening window each
# read an article's cues: one reading per text serves them all within a process.
@lru_cache(maxsize=4096)
def _cues_of(text: str) -> tuple[TimeCue, ...]:
    cues: list[TimeCue] = []
    taken: list[tuple[int, int]] = []
    for kind, regex in CUE_REGEX.items():
        for match in regex.finditer(text):
            start, end = match.span()
            if kind == "weekday" and not match.group("which"):
                start = match.start("weekday")
            if any(start < other_end and other_start < end for other_start, other_end in taken):
                continue
            parts = {name: value for name, value in match.groupdict().items() if value}
            caption = bool(CAPTION_CONTEXT.search(line_around(text, start, end)))
            cues.append(TimeCue(start, end, kind, parts, is_future_context(text, start), caption))
            taken.append((start, end))
    return tuple(sorted(cues, key=lambda cue: cue.start))


def find_anchor_events(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO date) of well-known happenings named in the text."""
    found = []
    for pattern, day in ANCHOR_EVENTS:
        for match in pattern.finditer(text):
            found.append((match.start(), match.end(), day))
    return sorted(found)


def number_value(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.casefold()]
