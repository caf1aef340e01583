"""What a word is, and what its lemma is: one definition for every stage that compares words.

A word is a run of letters with inner apostrophes ("don't", "O'Brien"), or a number with its
separators ("1,300", "7.3"); a hyphen separates words, as spaCy's tokenizer has it, so
"Russian-backed" is two.  A word's lemma is the one spaCy gave it in the article: the
`words` stage keeps, per article, each word form whose lemma differs from the form
(`Article.lemmas`, "fires" -> "fire", "left" -> "leave"), so the corpus stages, which run
long after the Doc is gone, read the lemmas annotation computed.  A form annotation never
saw (a headline that is not in the body, a language whose pipeline has no lemmatiser) is
its own lemma: a guess by suffix would fold "news" into "new" and "species" into "specy".
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from wirewatch.model import Article
    from wirewatch.settings import Settings

def word_set(text: str) -> frozenset[str]:
    """A set of words written as one readable, space-separated block."""
    return frozenset(text.split())


WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*|\d+(?:[.,]\d+)*")
# What cleaning measures a line in and shingles copies by: any run of word characters
# ("e-mail" and "3.5" are two).  Its length thresholds were set counting these.
TOKEN = re.compile(r"\w+")
# A word as page furniture is written ("e-mail", "Teilen", "WhatsApp"): letters, with
# hyphens inside, no digits.
LETTER_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
POSSESSIVE = re.compile(r"'s$")
# Typographic apostrophes are read as straight ones: "you’re" and "you're" are one word.
APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'"})
# Verbs that only say that something was said: no content of their own, in any story.
REPORTING_WORDS = frozenset({"said", "says", "say", "told", "according", "reported"})
# The grammar of a statement, not what it says: what two renderings of one quote may differ
# in.  Narrower than spaCy's stop words, which also drop "never", "serious" or "another".
FUNCTION_WORDS = word_set(
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


def words(text: str) -> list[str]:
    """The words of `text`, lower-cased, apostrophes straight, a possessive "'s" taken off
    ("Russia’s" -> "russia")."""
    folded = text.lower().translate(APOSTROPHES)
    return [POSSESSIVE.sub("", match.group()) for match in WORD.finditer(folded)]


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Words that tell nothing of what a story is about: spaCy's English stop words and
    the reporting verbs."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | REPORTING_WORDS


def content_lemmas(
    text: str, lemmas: Mapping[str, str], stop: frozenset[str] | None = None
) -> list[str]:
    """The lemmas (from an article's `lemmas`) of the words of `text` that are not single
    letters or `stop` words (by default `stop_words()`)."""
    stop = stop_words() if stop is None else stop
    return [lemmas.get(word, word) for word in words(text) if len(word) > 1 and word not in stop]


def lemma_table(doc: Doc) -> dict[str, str]:
    """Each word form of `doc` whose spaCy lemma differs from it, with that lemma; a form
    given several lemmas ("left": "leave", "left") keeps its most frequent (then first)."""
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for token in doc:
        form = token.lower_.translate(APOSTROPHES)
        lemma = token.lemma_.lower()
        if lemma and lemma != form and WORD.fullmatch(form):
            seen[form][lemma] += 1
    return {form: lemmas.most_common(1)[0][0] for form, lemmas in sorted(seen.items())}


def add_lemmas(article: Article, doc: Doc, settings: Settings | None = None) -> None:
    """Article.lemmas: the lemmas spaCy gave the article's words, for the corpus stages."""
    article.lemmas = lemma_table(doc)
