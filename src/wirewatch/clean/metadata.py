"""Metadata read from an article's text: title, dek, byline, dateline, outlet, date, language."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wirewatch.clean import dates, metadata_patterns, outlets, patterns, rules
from wirewatch.model import DateRange
from wirewatch.nlp.words import LETTER_WORD

MAX_TITLE_WORDS = 25
MAX_DEK_WORDS = 40
MAX_CROSSHEAD_WORDS = 14
# Characters of the body the language is guessed from: plenty for one language, and fast.
LANGUAGE_SAMPLE = 300
# Capitalised words a dateline may put before its date ("By Jane Doe, March 3, 2025").
DATELINE_LEAD_WORDS = 4
# Share of a headline's longer words that are capitalised when it is written in Title Case.
TITLE_CASE_SHARE = 0.6


def looks_like_headline(line: str, max_words: int = MAX_TITLE_WORDS) -> bool:
    """Short, starts like a sentence, and does not end like one (no final full stop)."""
    words = rules.word_count(line)
    if not 2 <= words <= max_words or len(line) > 250:
        return False
    if line.endswith((".", ",", ";", ":")) and not line.endswith("..."):
        return False
    first = line.lstrip("\"“‘'«(")[:1]
    return first.isupper() or first.isdigit()


def looks_like_crosshead(line: str) -> bool:
    """A heading inside the body: a short headline-like line with no final punctuation."""
    return looks_like_headline(
        line, MAX_CROSSHEAD_WORDS
    ) and not patterns.TERMINAL_PUNCTUATION.search(line)


def byline_authors(line: str) -> list[str] | None:
    """The names in a byline ("By Anna Fadiah and Hayu Andini" → two), or None if not one."""
    match = metadata_patterns.BYLINE.match(line.strip())
    if not match:
        return None
    names_part = match.group("names").strip(" .")
    names_part = re.split(r"\s*[;|]\s*|\s+(?:in|from|on)\s+[A-Z0-9]", names_part)[0]
    previous = None
    while previous != names_part:
        previous = names_part
        names_part = metadata_patterns.BYLINE_SUFFIX.sub("", names_part).strip(" ,.")
    names = [
        name.strip(" .")
        for name in metadata_patterns.NAME_SEPARATOR.split(names_part)
        if name.strip(" .")
    ]
    if not names or not all(_is_person(name) for name in names):
        return None
    return names


def split_glued_byline(line: str) -> tuple[str, list[str]] | None:
    """A headline with a byline glued to its end, as (headline, authors); None when the tail
    is no byline of people ("... Stabbed By Neighbour" names no one)."""
    match = metadata_patterns.GLUED_BYLINE.match(line.strip())
    if not match or _is_title_case(match.group("title")):
        return None  # in "Pensioner Rescued By Neighbours" the capital "By" is the headline's
    names = byline_authors(match.group("byline"))
    return (match.group("title"), names) if names else None


def _is_title_case(headline: str) -> bool:
    """Most longer words capitalised, as in "Harbour Reopens After Storm"."""
    words = [word for word in LETTER_WORD.findall(headline) if len(word) > 3]
    return bool(words) and sum(word[0].isupper() for word in words) >= TITLE_CASE_SHARE * len(words)


def _is_person(name: str) -> bool:
    """A full name (two words at least), not a desk, a team or an agency."""
    return (
        bool(metadata_patterns.PERSON_NAME.match(name))
        and " " in name
        and not metadata_patterns.NOT_A_PERSON.search(name)
        and outlets.outlet_for_credit(name) is None
    )


@dataclass
class Dateline:
    place: str
    credit: str | None
    prefix: str


def split_dateline(paragraph: str) -> Dateline | None:
    """The dateline opening a first paragraph: "HELSINKI (Reuters) — ..." → HELSINKI, Reuters."""
    match = metadata_patterns.DATELINE.match(paragraph)
    if not match:
        return None
    place = match.group("place").strip()
    if not any(len(word) >= 3 for word in re.split(r"[ /,]", place)):
        return None
    return Dateline(place, match.group("credit"), match.group(0))


def leading_credit(paragraph: str) -> str | None:
    """The "(MENAFN) " or "(AP) " that opens a paragraph, including its trailing space."""
    match = patterns.LEADING_CREDIT.match(paragraph)
    if match and outlets.outlet_for_credit(match.group("credit")):
        return match.group(0)
    return None


def explicit_date(text: str, dateline: bool = False) -> str | None:
    """The first full date written out in `text` ("January 15, 2025", "15 Jan 2025", ISO).

    `dateline`: only a date that heads the line, after at most a few capitalised words
    ("By Jane Doe, March 3, 2025", "Thursday, March 14, 2013"); a date inside a sentence
    ("Page was born on April 22, 1923") is the story's, not the article's.
    """
    for offset, day in dates.written_days(text):
        if not dateline or heads_line(text[:offset]):
            return day
    return None


def heads_line(before: str) -> bool:
    """True when the words before a date are few and none is lower-case (not a sentence)."""
    words = LETTER_WORD.findall(before)
    return len(words) <= DATELINE_LEAD_WORDS and not any(word.islower() for word in words)


def published_from_lines(head_lines: list[str]) -> DateRange | None:
    """An explicit date in the byline area: in a line cued "Published"/"Updated" first,
    else heading any other line."""
    cued = [line for line in head_lines if metadata_patterns.PUBLISHED_CUE.search(line)]
    tries = [(line, False) for line in cued] + [(line, True) for line in head_lines]
    for line, dateline in tries:
        found = explicit_date(line, dateline) if rules.word_count(line) <= 40 else None
        if found:
            return DateRange(found, found, "text")
    return None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, offline (py3langid); None for empty text."""
    sample = text[:LANGUAGE_SAMPLE].strip()
    if not sample:
        return None
    import py3langid

    language, _score = py3langid.classify(sample)
    return str(language)
