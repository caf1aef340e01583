"""The content words of a statement, spelled one way: how two renderings are compared.

Outlets render one statement with British or American spelling ("normalising" /
"normalizing", "neighbour" / "neighbor", "co-operation" / "cooperation") and in different
translations ("We had no problems" / "There is no problem").  Words are folded to one
spelling, crudely stemmed and stripped of function words, so that what is left is what
was said.
"""

from __future__ import annotations

import re

from wirewatch.quotes.cues import words

WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")

FUNCTION_WORDS = words(
    """
    a an the and or but nor so yet if then than that this these those there here it its
    is are was were be been being am do does did doing have has had having will would shall
    should can could may might must to of in on at by for with from into onto over under
    about as up down out off again further once all any both each few more most other some
    such no not only own same too very just also we us our ours you your yours he him his
    she her hers they them their theirs i me my mine who whom whose which what when where
    why how itself themselves ourselves himself herself one would like well now even
    """
)

# (pattern, replacement) applied in order: British spellings to American ones
SPELLING = (
    (re.compile(r"^co-(?=o)"), "co"),
    (re.compile(r"is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"(?<=[a-z]{3})our(s|ed|ing|ite|ites)?$"), r"or\1"),
    (re.compile(r"(?<=[a-z]{2})tre(s)?$"), r"ter\1"),
    (re.compile(r"(?<=[a-z]{2})ence$"), "ense"),
    (re.compile(r"(?<=[aeiou])ll(ed|ing|er)$"), r"l\1"),
)

SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "ly", "s")


def american(word: str) -> str:
    """One spelling for British and American forms of a word.  The rules also bend words
    that have one spelling ("promise" -> "promize"), harmlessly: both sides bend alike."""
    for pattern, replacement in SPELLING:
        word = pattern.sub(replacement, word)
    return word


def stem(word: str) -> str:
    """A crude stem: enough to meet "problem"/"problems", "benefit"/"benefits"."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_words(statement: str) -> frozenset[str]:
    """The stems of the words that carry the statement's content."""
    folded = statement.lower().replace("’", "'")
    return frozenset(
        stem(american(word))
        for word in WORD.findall(folded)
        if word not in FUNCTION_WORDS and not word.isdigit()
    )


def similarity(first: frozenset[str], second: frozenset[str], min_contained: int) -> float:
    """Overlap of two statements' content words: Jaccard, or containment of the shorter in
    the longer when the shorter has at least `min_contained` words (a partial quote of a
    direct one)."""
    if not first or not second:
        return 0.0
    shared = len(first & second)
    jaccard = shared / len(first | second)
    shorter = min(len(first), len(second))
    return max(jaccard, shared / shorter if shorter >= min_contained else 0.0)
