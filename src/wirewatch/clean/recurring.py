"""Corpus-learned boilerplate: lines that recur across many articles of one outlet.

A line is that outlet's boilerplate when it recurs in at least
`recurring_line_min_articles` of its articles, the articles holding it are
otherwise different stories (not copies of one story, which share their facts),
and it is short or sits at an article's edge (sign-offs, appeals, notices).

The decision is a function of the whole pool of an outlet's articles, never of the order
they came in: a round is stripped with the paragraphs its outlets' earlier articles had
(`seen`, kept by the store), and earlier articles are stripped again (`restripped`) when
later ones change what their outlet's boilerplate is.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Mapping

from wirewatch.clean import outlets, repeats, rules
from wirewatch.clean.settings import CleanSettings
from wirewatch.model import Article, Paragraph, Removal

# Articles whose inner paragraphs recur at least this much are copies of one story.
COPY_SHARE = 0.5
OUTLET_BOILERPLATE = "outlet_boilerplate"
# One paragraph as cleaning left it: (text, is a crosshead).
ParagraphRow = tuple[str, bool]


def pool_key(article: Article) -> str | None:
    """The outlet an article is pooled with: its name, else its URL's domain; None pools nothing."""
    if article.outlet:
        return f"outlet:{article.outlet.casefold()}"
    host = outlets.host_of(article.url)
    return f"host:{outlets.registered_host(host)}" if host else None


def paragraph_texts(article: Article) -> list[str]:
    return [article.text[paragraph.start : paragraph.end] for paragraph in article.paragraphs]


def paragraph_rows(article: Article) -> list[ParagraphRow]:
    """What the store keeps of an article to learn and strip its outlet's lines later."""
    return [
        (text, paragraph.heading)
        for paragraph, text in zip(article.paragraphs, paragraph_texts(article), strict=True)
    ]


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


def pool_boilerplate(pool: list[list[str]], settings: CleanSettings) -> set[str]:
    """`outlet_boilerplate` of a pool large enough to learn from; nothing otherwise."""
    if len(pool) < settings.recurring_line_min_articles:
        return set()
    return outlet_boilerplate(pool, settings)


def without_lines(article: Article, boilerplate: set[str]) -> Article:
    """A new Article without the given (folded) lines; text and spans re-derived."""
    kept: list[ParagraphRow] = []
    removed = list(article.removed)
    for paragraph, text in zip(article.paragraphs, paragraph_texts(article), strict=False):
        if repeats.fold(text) in boilerplate:
            removed.append(Removal(text, OUTLET_BOILERPLATE))
        else:
            kept.append((text, paragraph.heading))
    return _with_paragraphs(article, kept, removed)


def stripped_text(rows: list[ParagraphRow], boilerplate: set[str]) -> str:
    """The text `restripped` gives, without building the article: to find what changed."""
    return "\n\n".join(text for text, _heading in rows if repeats.fold(text) not in boilerplate)


def restripped(article: Article, rows: list[ParagraphRow], boilerplate: set[str]) -> Article:
    """A stored article rebuilt from its paragraphs as cleaning left them (`rows`), then
    stripped of its outlet's lines as they are known now."""
    removed = [removal for removal in article.removed if removal.reason != OUTLET_BOILERPLATE]
    return without_lines(_with_paragraphs(article, rows, removed), boilerplate)


def _with_paragraphs(article: Article, rows: list[ParagraphRow], removed: list[Removal]) -> Article:
    spans: list[Paragraph] = []
    offset = 0
    for text, heading in rows:
        spans.append(Paragraph(offset, offset + len(text), heading))
        offset += len(text) + 2
    body = "\n\n".join(text for text, _heading in rows)
    return dataclasses.replace(article, text=body, paragraphs=spans, removed=removed)


def strip_recurring_lines(
    articles: list[Article],
    settings: CleanSettings,
    seen: Mapping[str, list[list[str]]] | None = None,
) -> list[Article]:
    """Remove each outlet's recurring boilerplate lines from a round of cleaned articles.

    `seen`: {pool key: paragraph texts of each of its articles from earlier rounds}, so that
    a round learns from its outlets' whole history, not from itself alone.
    """
    pools: dict[str, list[int]] = defaultdict(list)
    for position, article in enumerate(articles):
        key = pool_key(article)
        if key:
            pools[key].append(position)
    result = list(articles)
    for key, positions in pools.items():
        pool = [paragraph_texts(articles[p]) for p in positions] + list((seen or {}).get(key, []))
        boilerplate = pool_boilerplate(pool, settings)
        if boilerplate:
            for position in positions:
                result[position] = without_lines(articles[position], boilerplate)
    return result
