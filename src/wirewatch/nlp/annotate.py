"""Doc annotators: each `fn(article, doc, settings) -> None` fills fields of the article.

They run after spaCy's `nlp.pipe` over `article.text`, in the order of the one stage
registry, `wirewatch.pipeline.STAGES`, which declares what each reads and writes.
Everything kept lives in dataclass fields (spans into `article.text`), never on the Doc.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

from wirewatch.model import Article, Sentence
from wirewatch.nlp.amounts import add_amounts
from wirewatch.nlp.languages import ENGLISH, capitalised_names, ner_mentions
from wirewatch.nlp.mentions import build_mentions
from wirewatch.nlp.time import add_times

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from wirewatch.settings import Settings

__all__ = ["add_amounts", "add_mentions", "add_sentences", "add_times"]


def add_sentences(article: Article, doc: Doc, settings: Settings | None = None) -> None:
    """Article.sentences from the parser's sentence bounds, trimmed of surrounding white space."""
    sentences = []
    for sentence in doc.sents:
        text = sentence.text
        start = sentence.start_char + (len(text) - len(text.lstrip()))
        end = sentence.end_char - (len(text) - len(text.rstrip()))
        if end > start:
            sentences.append(Sentence(start, end))
    article.sentences = sentences


def sentence_text_at(article: Article) -> Callable[[int], str]:
    """A lookup from a character offset to the text of its sentence (the line when unknown)."""
    starts = [sentence.start for sentence in article.sentences]

    def context_of(offset: int) -> str:
        index = bisect_right(starts, offset) - 1
        if index >= 0 and offset < article.sentences[index].end:
            sentence = article.sentences[index]
            return article.text[sentence.start : sentence.end]
        line_start = article.text.rfind("\n", 0, offset) + 1
        line_end = article.text.find("\n", offset)
        return article.text[line_start : line_end if line_end != -1 else len(article.text)]

    return context_of


def add_mentions(article: Article, doc: Doc, settings: Settings | None = None) -> None:
    """Article.mentions: named entities with spans, small-model errors fixed, countries tied;
    in another language, the names its own pipeline finds, as they are, or with no NER
    for it, its capitalised names (label NAME)."""
    if doc.lang_ != ENGLISH:
        has_ner = doc.has_annotation("ENT_IOB")
        article.mentions = ner_mentions(doc) if has_ner else capitalised_names(doc)
        return
    spans = ((entity.start_char, entity.end_char, entity.label_) for entity in doc.ents)
    article.mentions = build_mentions(article.text, spans, sentence_text_at(article))

