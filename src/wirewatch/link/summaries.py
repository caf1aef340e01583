"""Describing an event: title, dates, first report and a cited extractive summary.

The summary takes the sentences that best carry what the event's articles have
in common (their words shared across articles), skips near-repeats, and cites
every article that carries the same statement, with a `Ref` into its text.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wirewatch.link.timing import earliest_first, happening_span
from wirewatch.model import Article, DateRange, Event, Ref, SummarySentence
from wirewatch.nlp.words import content_lemmas

if TYPE_CHECKING:
    from wirewatch.link.settings import LinkSettings

SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+|\n+")
# Articles read per event for its summary: the earliest ones; bounds the cost of large events.
SUMMARY_ARTICLES = 30
MIN_SENTENCE_WORDS = 5
MAX_SENTENCE_WORDS = 60
SAME_STATEMENT = 0.5  # word overlap (Jaccard) at which two sentences state the same thing
TITLE_CHARACTERS = 120
# Most central sentences per summary sentence that are checked for how many articles carry them.
SHORTLIST_PER_SENTENCE = 5
# Closing quote marks a sentence may begin with when the parser cut after them.
CLOSING_MARKS = "\u201d\u2019"


@dataclass
class Statement:
    """One sentence of one article, with its content words."""

    article: Article
    start: int
    end: int
    words: frozenset[str]

    @property
    def text(self) -> str:
        return self.article.text[self.start : self.end]


def is_stray_mark(text: str) -> bool:
    """A straight quote mark followed by a space closes, it does not open."""
    return text[0] == '"' and len(text) > 1 and text[1].isspace()


def sentence_spans(article: Article) -> list[tuple[int, int]]:
    """The article's sentences: from annotation where present, else split at end marks."""
    if article.sentences:
        return [(sentence.start, sentence.end) for sentence in article.sentences]
    spans, start = [], 0
    for boundary in SENTENCE_END.finditer(article.text):
        spans.append((start, boundary.start()))
        start = boundary.end()
    spans.append((start, len(article.text)))
    return [(s, e) for s, e in spans if article.text[s:e].strip()]


def statements(article: Article) -> list[Statement]:
    found = []
    for start, end in sentence_spans(article):
        text = article.text[start:end]
        while text and text[-1].isspace():
            end, text = end - 1, text[:-1]
        # a parser may leave the previous sentence's closing mark at the start of this one
        while text and (text[0].isspace() or text[0] in CLOSING_MARKS or is_stray_mark(text)):
            start, text = start + 1, text[1:]
        if not text:
            continue
        words = frozenset(content_lemmas(text, article.lemmas))
        found.append(Statement(article, start, end, words))
    return found


def is_summary_material(statement: Statement) -> bool:
    words = len(statement.text.split())
    return MIN_SENTENCE_WORDS <= words <= MAX_SENTENCE_WORDS and len(statement.words) >= 3


def overlap(left: frozenset[str], right: frozenset[str]) -> float:
    return len(left & right) / len(left | right) if left and right else 0.0


def centrality(statement: Statement, share: Counter[str]) -> float:
    """How much of the sentence is said across the event's articles (length-damped)."""
    return sum(share[word] for word in statement.words) / math.sqrt(len(statement.words))


def carriers(statement: Statement, readings: list[list[Statement]]) -> list[Statement]:
    """In each article, the sentence that states the same thing, if any."""
    found = []
    for article_statements in readings:
        match = max(
            article_statements, key=lambda s: overlap(statement.words, s.words), default=None
        )
        if match is not None and overlap(statement.words, match.words) >= SAME_STATEMENT:
            found.append(match)
    return found


def pick_statements(
    candidates: list[Statement], readings: list[list[Statement]], limit: int
) -> list[tuple[Statement, list[Statement]]]:
    """Central sentences first; among the most central, those more articles carry win."""
    share: Counter[str] = Counter()
    for article_statements in readings:
        share.update(set().union(*(s.words for s in article_statements)))
    central = sorted(
        candidates, key=lambda s: (-centrality(s, share), earliest_first(s.article), s.start)
    )[: limit * SHORTLIST_PER_SENTENCE]
    cited = [(statement, carriers(statement, readings)) for statement in central]
    cited.sort(key=lambda pair: -len(pair[1]))  # stable: centrality breaks ties
    chosen: list[tuple[Statement, list[Statement]]] = []
    for statement, found in cited:
        if all(overlap(statement.words, kept.words) < SAME_STATEMENT for kept, _ in chosen):
            chosen.append((statement, found))
        if len(chosen) == limit:
            break
    return chosen


def summarise(articles: list[Article], limit: int) -> list[SummarySentence]:
    """Up to `limit` sentences, each citing every article that carries its statement."""
    readings = [statements(article) for article in articles[:SUMMARY_ARTICLES]]
    candidates = [s for found in readings for s in found if is_summary_material(s)]
    return [
        SummarySentence(
            statement.text,
            [match.article.id for match in found],
            [Ref(match.article.id, match.start, match.end, match.text) for match in found],
        )
        for statement, found in pick_statements(candidates, readings, limit)
    ]


def shorten(text: str, limit: int = TITLE_CHARACTERS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def describe_event(
    event_id: str,
    articles: list[Article],
    windows: dict[str, DateRange | None],
    settings: LinkSettings,
) -> Event:
    """An `Event`: members in order of publication, first report, dates, title, summary."""
    ordered = sorted(articles, key=earliest_first)
    summary = summarise(ordered, settings.summary_sentences)
    titled = next((article.title for article in ordered if article.title), None)
    title = titled or (summary[0].text if summary else ordered[0].text)
    return Event(
        id=event_id,
        title=shorten(title),
        articles=[article.id for article in ordered],
        first_article=ordered[0].id,
        date=happening_span(
            (windows[article.id] for article in ordered), settings.event_window_days
        ),
        summary=summary,
    )
