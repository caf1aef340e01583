"""Role descriptors around person names.

"Kremlin spokesman Dmitry Peskov", "Peskov, the Kremlin spokesman": the role is read
before the name or in apposition after it.  This is the one reader of the role phrase
around a name; its words come from `nlp/roles.py`.

Plain-text functions (no spaCy), so the annotation stage and the corpus stage
(entity resolution) read descriptors the same way from stored articles.
"""

from __future__ import annotations

import re

from wirewatch.nlp.roles import QUALIFIERS, is_role_noun, is_title_of_address

DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "that", "another"})
MAX_DESCRIPTOR_WORDS = 7

WORD = re.compile(r"[\w.'\u2019-]+")
APPOSITIVE = re.compile(
    r"\s*,\s+(?:the\s+|a\s+|an\s+)?(?P<descriptor>(?:[\w.'\u2019-]+\s+){0,5}[\w'\u2019-]+)\s*[,.;]"
)


def ends_sentence(word: str) -> bool:
    """`Bloc.` closes a sentence; "U.S." and "Gen." are abbreviations that do not."""
    if not word.endswith("."):
        return False
    stem = word[:-1]
    return "." not in stem and len(stem) > 3 and not is_title_of_address(stem)


def may_extend_descriptor(word: str) -> bool:
    """A word before the role noun that still belongs to the descriptor."""
    folded = word.casefold()
    if folded in DETERMINERS:
        return False
    return word[:1].isupper() or folded in QUALIFIERS or is_role_noun(word)


def descriptor_before(text: str, start: int) -> tuple[int, int] | None:
    """Span of the role descriptor right before a name starting at `start`, if any."""
    line_start = text.rfind("\n", 0, start) + 1
    words = list(WORD.finditer(text, line_start, start))
    if not words or text[words[-1].end() : start].strip():
        return None
    if not (is_role_noun(words[-1].group()) or is_title_of_address(words[-1].group())):
        return None  # a role phrase ends in a role noun or a title ("Democratic Sen.")
    first = len(words) - 1
    while first > 0 and len(words) - first < MAX_DESCRIPTOR_WORDS:
        previous = words[first - 1]
        between = text[previous.end() : words[first].start()]
        if between.strip() or ends_sentence(previous.group()):
            break
        if not may_extend_descriptor(previous.group()):
            break
        first -= 1
    while words[first].group().casefold() == "of" and first < len(words) - 1:
        first += 1  # "visited the Secretary of State" keeps "of" inside, never in front
    return words[first].start(), words[-1].end()


def descriptor_after(text: str, end: int) -> tuple[int, int] | None:
    """Span of an appositive role after a name ending at `end`: "Peskov, the Kremlin spokesman,"."""
    match = APPOSITIVE.match(text, end)
    if not match:
        return None
    words = match.group("descriptor").split()
    if not is_role_noun(words[-1]) or not all(map(may_extend_descriptor, words)):
        return None
    return match.start("descriptor"), match.end("descriptor")


def descriptor_of(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The role descriptor of the name at `start:end`, before it or in apposition after it."""
    return descriptor_before(text, start) or descriptor_after(text, end)
