"""The content words of a statement, spelled one way: how two renderings are compared.

Outlets render one statement with British or American spelling ("normalising" /
"normalizing", "neighbour" / "neighbor", "defence" / "defense") and in different
translations ("We had no problems" / "There is no problem").  Words (`nlp.words`) are
stripped of stop words, taken to the lemma spaCy gave them in the article and folded to one
spelling, so that what is left is what was said.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from wirewatch.nlp.words import FUNCTION_WORDS, content_lemmas

# (pattern, replacement) applied in order: British spellings to American ones
SPELLING = (
    (re.compile(r"is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"(?<=[a-z]{3})our(s|ed|ing|ite|ites)?$"), r"or\1"),
    (re.compile(r"(?<=[a-z]{2})tre(s)?$"), r"ter\1"),
    (re.compile(r"(?<=[a-z]{2})ence$"), "ense"),
    (re.compile(r"(?<=[aeiou])ll(ed|ing|er)$"), r"l\1"),
)


def american(word: str) -> str:
    """One spelling for British and American forms of a word.  The rules also bend words
    that have one spelling ("promise" -> "promize"), harmlessly: both sides bend alike."""
    for pattern, replacement in SPELLING:
        word = pattern.sub(replacement, word)
    return word


def content_words(statement: str, lemmas: Mapping[str, str]) -> frozenset[str]:
    """The lemmas of the words that carry the statement's content, in one spelling;
    `lemmas` are those of the article that holds it (`Article.lemmas`)."""
    found = content_lemmas(statement, lemmas, FUNCTION_WORDS)
    return frozenset(american(lemma) for lemma in found if not lemma.isdigit())


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
