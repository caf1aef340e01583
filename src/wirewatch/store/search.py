"""Turning what a user types into a safe FTS5 query, and what a search returns.

Users type words, "quoted phrases", `prefix*`, `OR` between alternatives and
`-word` (or `NOT word`) to exclude. Every term is passed to FTS5 as a quoted
string, so punctuation, stray quotes, brackets and FTS5 keywords in the input
are searched as text, never parsed as syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wirewatch.model import DateRange

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


@dataclass
class _Term:
    fts: str
    negated: bool = False
    operator: str | None = None


def _quoted(text: str, prefix: bool = False) -> str:
    return '"' + text.replace('"', '""') + '"' + ("*" if prefix else "")


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


def _read_terms(query: str) -> list[_Term]:
    terms = []
    for found in _TERM.finditer(query):
        if found["word"] is not None:
            term = _read_word(found["word"])
        elif _HAS_WORD.search(found["phrase"]):
            term = _Term(_quoted(found["phrase"]), negated=bool(found["negated"]))
        else:
            term = None
        if term is not None:
            terms.append(term)
    return terms


def match_expression(query: str) -> str:
    """The FTS5 MATCH expression for a user's query; "" when nothing is searchable."""
    alternatives: list[list[str]] = []  # AND of ORs
    excluded: list[str] = []
    joining = negating = False
    for term in _read_terms(query):
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
