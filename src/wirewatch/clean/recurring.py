"""Corpus-learned boilerplate: lines that recur across many articles of one outlet.

A line is that outlet's boilerplate when it recurs in at least
`recurring_line_min_articles` of its articles, the articles holding it are
otherwise different stories (not copies of one story, which share their facts),
and it is short or sits at an article's edge (sign-offs, appeals, notices).
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict

from wirewatch.clean import outlets, repeats, rules
from wirewatch.clean.settings import CleanSettings
from wirewatch.model import Article, Paragraph, Removal

# Articles whose inner paragraphs recur at least this much are copies of one story.
COPY_SHARE = 0.5


def pool_key(article: Article) -> str | None:
    """The outlet an article is pooled with: its name, else its URL's domain; None pools nothing."""
    if article.outlet:
        return f"outlet:{article.outlet.casefold()}"
    host = outlets.host_of(article.url)
    return f"host:{outlets.registered_host(host)}" if host else None


def paragraph_texts(article: Article) -> list[str]:
    return [article.text[paragraph.start : paragraph.end] for paragraph in article.paragraphs]


def _edge(position: int, count: int, edge: int) -> bool:
    """Whether a paragraph sits in the leading or trailing zone (at most a third each)."""
    edge = min(edge, max(1, count // 3))
    return position < edge or position >= count - edge


def _inner_share(keys: list[str], recurring: set[str], edge: int) -> float:
    """The share of an article's inner paragraphs (edges left out) that recur in the pool."""
    inner = [
        key for position, key in enumerate(keys) if not _edge(position, len(keys), edge)
    ] or keys
    return sum(key in recurring for key in inner) / len(inner) if inner else 0.0


def outlet_boilerplate(pool: list[list[str]], settings: CleanSettings) -> set[str]:
    """Folded lines that are boilerplate across the paragraph lists of one outlet's articles."""
    edge = settings.recurring_edge_paragraphs
    keyed = [[repeats.fold(text) for text in texts] for texts in pool]
    seen_in = Counter(key for keys in keyed for key in set(keys))
    recurring = {
        key for key, count in seen_in.items() if count >= settings.recurring_line_min_articles
    }
    if not recurring:
        return set()
    distinct = [_inner_share(keys, recurring, edge) < COPY_SHARE for keys in keyed]
    votes: dict[str, list[int]] = defaultdict(
        lambda: [0, 0, 0]
    )  # holders, distinct holders, at edge
    for keys, is_distinct in zip(keyed, distinct, strict=False):
        for position, key in enumerate(keys):
            if key in recurring:
                vote = votes[key]
                vote[0] += 1
                vote[1] += is_distinct
                vote[2] += _edge(position, len(keys), edge)
    return {
        key
        for key, (holders, distinct_holders, at_edge) in votes.items()
        if distinct_holders * 2 > holders
        and (rules.word_count(key) <= settings.recurring_short_words or at_edge * 2 > holders)
    }


def without_lines(article: Article, boilerplate: set[str]) -> Article:
    """A new Article without the given (folded) lines; text and spans re-derived."""
    kept: list[tuple[str, bool]] = []
    removed = list(article.removed)
    for paragraph, text in zip(article.paragraphs, paragraph_texts(article), strict=False):
        if repeats.fold(text) in boilerplate:
            removed.append(Removal(text, "outlet_boilerplate"))
        else:
            kept.append((text, paragraph.heading))
    spans: list[Paragraph] = []
    offset = 0
    for text, heading in kept:
        spans.append(Paragraph(offset, offset + len(text), heading))
        offset += len(text) + 2
    body = "\n\n".join(text for text, _heading in kept)
    return dataclasses.replace(article, text=body, paragraphs=spans, removed=removed)


def strip_recurring_lines(articles: list[Article], settings: CleanSettings) -> list[Article]:
    """Remove each outlet's recurring boilerplate lines from a batch of cleaned articles."""
    pools: dict[str, list[int]] = defaultdict(list)
    for position, article in enumerate(articles):
        key = pool_key(article)
        if key:
            pools[key].append(position)
    result = list(articles)
    for positions in pools.values():
        if len(positions) < settings.recurring_line_min_articles:
            continue
        boilerplate = outlet_boilerplate(
            [paragraph_texts(articles[p]) for p in positions], settings
        )
        if boilerplate:
            for position in positions:
                result[position] = without_lines(articles[position], boilerplate)
    return result
