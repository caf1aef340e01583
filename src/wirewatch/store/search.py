"""Turning what a user types into a safe FTS5 query, and what a search returns.

Users type words, "quoted phrases", `prefix*`, `OR` between alternatives and
`-word` (or `NOT word`) to exclude. Every term is passed to FTS5 as a quoted
string, so punctuation, stray quotes, brackets and FTS5 keywords in the input
are searched as text, never parsed as syntax.

The work a query may ask for is bounded before SQLite sees it: a term repeated
counts once, and a query longer than `QueryLimits` allows (characters, terms,
prefix terms) is refused with a one-line `QueryRefused`, because FTS5's cost
grows with the product of the terms' posting lists (`a* a* a* ...` is quadratic).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from wirewatch.model import DateRange

# Letters with no decomposition into a base letter and a mark, folded by hand.
_UNMARKED = {
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H",
    "ı": "i", "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th",
    "Þ": "TH",
}

# A quoted phrase (closed quotes only), or a run of non-space characters.
_TERM = re.compile(r'(?P<negated>-?)"(?P<phrase>[^"]*)"|(?P<word>\S+)')
_HAS_WORD = re.compile(r"\w")
_OPERATORS = frozenset({"OR", "AND", "NOT"})


@dataclass
class SearchHit:
    """One article matching a search, best first; `score` is -bm25 (higher is better)."""

    article: str
    title: str | None
    outlet: str | None
    published: DateRange | None
    snippet: str
    score: float


class QueryRefused(ValueError):
    """A search asking for more work than one request may do; the message says which limit."""


class SearchAbandoned(RuntimeError):
    """A search stopped half-way because whoever asked for it has gone (a web client that
    closed its connection): its answer would be thrown away."""


@dataclass(frozen=True)
class QueryLimits:
    """How much one search may ask for (the store's settings fill these in)."""

    chars: int = 2000
    terms: int = 32
    prefix_terms: int = 4


@dataclass(frozen=True)
class SearchFilters:
    """What narrows a search besides its words; None means any.

    `since`/`until` are ISO dates compared with the publication date's start; `kind` is
    "original" (not a copy of another report) or "copy"."""

    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    language: str | None = None
    kind: str | None = None

    def __post_init__(self) -> None:
        for day in (self.since, self.until):
            if day is not None and not _DAY.fullmatch(day):
                raise QueryRefused(f"Not a date: {day!r} (write YYYY-MM-DD)")
        if self.kind is not None and self.kind not in KINDS:
            raise QueryRefused(f"No kind {self.kind!r}. Available: {', '.join(KINDS)}")


KINDS = ("original", "copy")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

# What each filter asks of an article (named parameters are the SearchFilters fields).
FILTER_CLAUSES = {
    "since": "substr(articles.published_start, 1, 10) >= :since",
    "until": "substr(articles.published_start, 1, 10) <= :until",
    "outlet": "articles.outlet = :outlet COLLATE NOCASE",
    "language": "articles.language = :language COLLATE NOCASE",
    "kind": "(:kind = 'copy') = (articles.duplicate_of IS NOT NULL)",
}

# Rank first, then make snippets for the page's hits only: a snippet reads the article's
# text back (with its folded copy), and in one statement it was made for every match
# before the sort (a common word on 10,000 articles: 8,000 snippets for a page of 20).
# `+rowid` keeps the second MATCH one pass over the hits rather than one per page row.
_SEARCH = """
    WITH best AS MATERIALIZED (
        SELECT articles_fts.rowid AS doc, bm25(articles_fts, 0.0, 0.0, :title_weight, 1.0) AS rank
        FROM articles_fts {join} WHERE articles_fts MATCH :match {filters}
        ORDER BY rank, doc LIMIT :limit OFFSET :offset)
    SELECT articles.id, articles.title, articles.outlet, articles.published_start,
        articles.published_end, json_extract(articles.record, '$.published.basis'),
        snippet(articles_fts, 1, :open, :close, '…', :tokens), best.rank
    FROM articles_fts JOIN best ON +articles_fts.rowid = best.doc
        JOIN articles ON articles.doc = best.doc
    WHERE articles_fts MATCH :match
    ORDER BY best.rank, best.doc"""


def search_statement(filters: SearchFilters) -> str:
    """The search's SQL with only the filters that are set: the ranking reads the articles
    table only when a filter needs it (half the ranking's time on a common word)."""
    clauses = [clause for name, clause in FILTER_CLAUSES.items() if getattr(filters, name)]
    if not clauses:
        return _SEARCH.format(join="", filters="")
    return _SEARCH.format(
        join="JOIN articles ON articles.doc = articles_fts.rowid",
        filters="".join(f" AND {clause}" for clause in clauses),
    )


@dataclass(frozen=True)
class _Term:
    fts: str
    negated: bool = False
    operator: str | None = None


def fold_for_search(text: str | None) -> str | None:
    """`text` with every letter's marks removed, in any script ("Łódź" -> "Lodz", "ёлка" ->
    "елка", "Ελλάδα" -> "Ελλαδα", "Straße" -> "Strasse"): what the search index holds and
    queries are folded to.  FTS5's own `remove_diacritics` folds Latin letters only, and
    not those without a decomposition (ł, ø, ß)."""
    if text is None or text.isascii():  # nothing to fold (most of an English corpus)
        return text
    # Search snippets fold each hit's whole text again, so this is on every search's path:
    # work on the text's few distinct letters and replace each in one C-level pass (a loop
    # or `str.translate` per character was half a search's time).
    for letter in set(text) & _UNMARKED.keys():
        text = text.replace(letter, _UNMARKED[letter])
    decomposed = unicodedata.normalize("NFKD", text)
    for mark in {char for char in set(decomposed) if unicodedata.combining(char)}:
        decomposed = decomposed.replace(mark, "")
    return decomposed


def _quoted(text: str, prefix: bool = False) -> str:
    folded = fold_for_search(text) or ""
    return '"' + folded.replace('"', '""') + '"' + ("*" if prefix else "")


def _read_word(word: str) -> _Term | None:
    if word in _OPERATORS:
        return _Term("", operator=word)
    negated = word.startswith("-") and len(word) > 1
    body = word.lstrip("-") if negated else word
    prefix = body.endswith("*")
    body = body.strip('"*')
    if not _HAS_WORD.search(body):
        return None
    return _Term(_quoted(body, prefix), negated=negated)


def _read_terms(query: str, limits: QueryLimits) -> list[_Term]:
    if len(query) > limits.chars:
        raise QueryRefused(f"Query too long: {len(query)} characters (at most {limits.chars})")
    terms: list[_Term] = []
    seen: set[_Term] = set()
    for found in _TERM.finditer(query):
        if found["word"] is not None:
            term = _read_word(found["word"])
        elif _HAS_WORD.search(found["phrase"]):
            term = _Term(_quoted(found["phrase"]), negated=bool(found["negated"]))
        else:
            term = None
        # A repeated word adds no meaning, only work: it counts once (operators may repeat).
        if term is not None and (term.operator or term not in seen):
            terms.append(term)
            seen.add(term)
    _check_size([term for term in terms if not term.operator], limits)
    return terms


def _check_size(terms: list[_Term], limits: QueryLimits) -> None:
    if len(terms) > limits.terms:
        raise QueryRefused(f"Too many search terms: {len(terms)} (at most {limits.terms})")
    prefixes = sum(term.fts.endswith("*") for term in terms)
    if prefixes > limits.prefix_terms:
        raise QueryRefused(
            f"Too many prefix terms (word*): {prefixes} (at most {limits.prefix_terms})"
        )


def match_expression(query: str, limits: QueryLimits | None = None) -> str:
    """The FTS5 MATCH expression for a user's query; "" when nothing is searchable.

    Raises QueryRefused when the query is larger than `limits` allow."""
    alternatives: list[list[str]] = []  # AND of ORs
    excluded: list[str] = []
    joining = negating = False
    for term in _read_terms(query, limits or QueryLimits()):
        if term.operator:
            joining = term.operator == "OR" and bool(alternatives)
            negating = term.operator == "NOT"
            continue
        if term.negated or negating:
            excluded.append(term.fts)
        elif joining:
            alternatives[-1].append(term.fts)
        else:
            alternatives.append([term.fts])
        joining = negating = False
    if not alternatives:  # FTS5 cannot search for "not X" alone
        return ""
    expression = " AND ".join(f"({' OR '.join(group)})" for group in alternatives)
    if excluded:
        expression = f"{expression} NOT ({' OR '.join(excluded)})"
    return expression
