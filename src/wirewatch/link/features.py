"""Term features of articles for linking: content-word lemmas and named entities.

The spaCy Doc is gone when linking runs, so the text is re-read as words (`nlp.words`):
lower-cased, stop words dropped, each folded to the lemma spaCy gave it at annotation.
Named-entity words (from `article.mentions`) get their own `@`-prefixed terms,
weighted up, so "Lohan" and "Reid" separate two stories told in the same words.

Features are raw term weights (sub-linear counts); IDF is applied at comparison time from
`DocumentFrequencies`, the corpus seen so far.  Sums of raw weights (event and
storyline centroids) are therefore the same however and whenever they were built,
which is what makes an incremental run equal to a one-shot run.
"""

from __future__ import annotations

import math
import sys
from collections import Counter

from wirewatch.model import Article
from wirewatch.nlp.words import content_lemmas

ENTITY_PREFIX = "@"
# Labels of mentions that name actors, places and happenings (not dates or amounts).
# NAME: a capitalised name of an article in a language no NER reads (nlp.languages).
ENTITY_LABELS = frozenset(
    {"NAME", "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
)
TermWeights = dict[str, float]


def entity_terms(article: Article) -> list[str]:
    """One `@word` term per content word of each named-entity mention."""
    terms: list[str] = []
    for mention in article.mentions:
        if mention.label in ENTITY_LABELS:
            words = content_lemmas(article.text[mention.start : mention.end], article.lemmas)
            terms.extend(ENTITY_PREFIX + word for word in words)
    return terms


def article_terms(article: Article, entity_weight: float, title_weight: float) -> TermWeights:
    """Weighted terms of an article: body lemmas, headline lemmas and entity words."""
    weights = sublinear(Counter(content_lemmas(article.text, article.lemmas)))
    if article.title and not article.text.startswith(article.title):
        for word in set(content_lemmas(article.title, article.lemmas)):
            weights[word] = weights.get(word, 0.0) + title_weight
    for term, weight in sublinear(Counter(entity_terms(article))).items():
        weights[term] = weight * entity_weight
    return weights


def sublinear(counts: Counter[str]) -> TermWeights:
    """1 + log(count): a word said ten times is not ten times the evidence.

    Terms are interned: the words of 100,000 articles are then held once each, not once
    per article (most of a large link's memory otherwise)."""
    return {sys.intern(term): 1.0 + math.log(count) for term, count in counts.items()}


class DocumentFrequencies:
    """Online document frequencies: how many articles seen so far hold each term."""

    def __init__(self) -> None:
        self.documents = 0
        self.counts: Counter[str] = Counter()
        self._idf: dict[str, float] = {}  # valid until the next article is added

    def add(self, terms: TermWeights) -> None:
        self.documents += 1
        self.counts.update(terms.keys())
        self._idf.clear()

    def idf(self, term: str) -> float:
        known = self._idf.get(term)
        if known is None:
            known = math.log((1 + self.documents) / (1 + self.counts[term])) + 1.0
            self._idf[term] = known
        return known

    def weigh(self, terms: dict[str, float]) -> dict[str, float]:
        """TF-IDF weights, unit length."""
        weights = {term: value * self.idf(term) for term, value in terms.items()}
        norm = math.sqrt(sum(value * value for value in weights.values())) or 1.0
        return {term: value / norm for term, value in weights.items()}

    def rarest(self, terms: dict[str, float], limit: int) -> list[str]:
        """The `limit` terms of highest TF-IDF weight: the blocking keys of an article."""
        return sorted(terms, key=lambda term: (-terms[term] * self.idf(term), term))[:limit]


def cosine(left: dict[str, float], right: dict[str, float]) -> float:
    """Dot product of two unit-length sparse vectors."""
    if len(left) > len(right):
        left, right = right, left
    return sum(value * right.get(term, 0.0) for term, value in left.items())


def add_into(total: dict[str, float], terms: dict[str, float]) -> None:
    for term, value in terms.items():
        total[term] = total.get(term, 0.0) + value
