"""The SQLite store: articles, their search index and the corpus results.

The only module that writes SQL (the schema itself is in `migrations.py`).
Every write method is one transaction, so a process killed half-way leaves the
database as it was before the call.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from wirewatch.model import Article, ArticleWindow, Corpus, DateRange, from_dict
from wirewatch.store import outlet_paragraphs
from wirewatch.store.migrations import apply_migrations
from wirewatch.store.rows import (
    ARTICLE_PARTS,
    COUNTS,
    DISAGREEMENT_CLAIMS,
    INSERT_ARTICLE,
    INSERT_QUOTE,
    INSERT_WINDOW,
    LOAD_STATEMENT_VECTORS,
    RESULT_TABLES,
    SAVE_STATEMENT_VECTOR,
    UPDATE_ARTICLE,
    PartTable,
    ResultTable,
    article_row,
    content_key,
    digest,
    insert_rows,
    json_record,
    kept_window,
    quote_row,
    window_row,
)
from wirewatch.store.search import (
    QueryLimits,
    QueryRefused,
    SearchAbandoned,
    SearchFilters,
    SearchHit,
    match_expression,
    search_statement,
)
from wirewatch.store.settings import StoreSettings


@dataclass
class AddResult:
    """What `Store.add_articles` did with each article it was given."""

    added: int = 0
    unchanged: int = 0
    replaced: int = 0


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """A wirewatch database: one SQLite file (or ":memory:")."""

    def __init__(self, path: str | Path = "wirewatch.db", settings: StoreSettings | None = None):
        self.path = str(path)
        self.settings = settings or StoreSettings()
        timeout = self.settings.busy_timeout_seconds
        # Autocommit mode: transactions are opened explicitly, one per write method.
        self._db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
        self._db.execute("PRAGMA journal_mode = WAL")
        # WAL + NORMAL survives a killed process; only a power cut may lose the last commits.
        self._db.execute("PRAGMA synchronous = NORMAL")
        self._db.execute("PRAGMA foreign_keys = ON")
        self._db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000):d}")
        # What `load_corpus` read (record digests, cached windows), so `save_corpus`
        # writes only the rows the corpus stages changed.
        self._read_records: dict[str, bytes] = {}
        self._read_windows: dict[str, ArticleWindow] = {}
        self._read_vectors: set[str] = set()
        try:
            apply_migrations(self._db)
        except BaseException:
            self._db.close()
            raise

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self._db.in_transaction:  # some errors (disk full) have rolled back already
                self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # ------------------------------------------------------------ articles

    def add_articles(self, articles: Iterable[Article]) -> AddResult:
        """Store a batch in one transaction: new ids added, changed content replaced.

        An article whose content hash is already stored (under any id) is left
        unchanged, so re-ingesting the same input is a no-op.
        """
        result = AddResult()
        with self._transaction():
            for article in articles:
                if self._holds_content(content_key(article)):
                    result.unchanged += 1
                elif self._holds_article(article.id):
                    self._write_article(article, _now(), replace=True)
                    result.replaced += 1
                else:
                    self._write_article(article, _now(), replace=False)
                    result.added += 1
        return result

    def _holds_content(self, content_hash: str) -> bool:
        query = "SELECT 1 FROM articles WHERE content_hash = ?"
        return self._db.execute(query, (content_hash,)).fetchone() is not None

    def _holds_article(self, article_id: str) -> bool:
        query = "SELECT 1 FROM articles WHERE id = ?"
        return self._db.execute(query, (article_id,)).fetchone() is not None

    def _write_article(
        self, article: Article, ingested_at: str | None, replace: bool, record: str | None = None
    ) -> None:
        """Insert or update one article row (its search row follows by trigger), its quotes and
        its mentions, removals and claims."""
        self._read_records.pop(article.id, None)
        self._db.execute(UPDATE_ARTICLE if replace else INSERT_ARTICLE,
                         article_row(article, ingested_at, record))
        self._db.execute("DELETE FROM quotes WHERE article = ?", (article.id,))
        self._db.executemany(INSERT_QUOTE, [quote_row(q, article.id) for q in article.quotes])
        for part in ARTICLE_PARTS:
            self._replace_parts(part, article)

    def _replace_parts(self, part: PartTable, owner: Any) -> None:
        self._db.execute(f"DELETE FROM {part.name} WHERE {part.owner} = ?", (owner.id,))
        rows = part.rows(owner)
        if rows:
            self._db.executemany(insert_rows(part.name, rows), rows)

    def known_hashes(self) -> set[str]:
        """Content hashes already stored: inputs with these need no cleaning or annotating."""
        return {row[0] for row in self._db.execute("SELECT content_hash FROM articles")}

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        """Stored articles in ingest order, or those of `ids` in that order (unknown skipped)."""
        if ids is None:
            rows = self._db.execute("SELECT id, record FROM articles ORDER BY doc")
            found = []
            for article_id, record in rows:
                self._read_records[article_id] = digest(record)
                found.append(from_dict(Article, json.loads(record)))
            return found
        wanted = list(ids)
        query = "SELECT id, record FROM articles WHERE id IN (SELECT value FROM json_each(?))"
        found = dict(self._db.execute(query, (json.dumps(wanted),)).fetchall())
        return [from_dict(Article, json.loads(found[i])) for i in wanted if i in found]

    def update_articles(self, articles: Iterable[Article]) -> None:
        """Rewrite stored articles in place (same input, text re-derived): one transaction."""
        with self._transaction():
            for article in articles:
                self._write_article(article, None, replace=True)

    def article_texts(self, ids: Iterable[str]) -> dict[str, str]:
        """{id: text} of the stored articles among `ids`."""
        return outlet_paragraphs.article_texts(self._db, ids)

    # ------------------------------------------------------------ outlet paragraphs

    def record_outlet_paragraphs(self, pooled: Iterable[outlet_paragraphs.PooledArticle]) -> None:
        """Keep each article's paragraphs before outlet boilerplate was taken out, by pool."""
        with self._transaction():
            outlet_paragraphs.record(self._db, pooled)

    def outlet_paragraphs(
        self, pools: Iterable[str]
    ) -> dict[str, dict[str, list[outlet_paragraphs.ParagraphRow]]]:
        """{pool: {article id: paragraphs}} of the stored articles of `pools`."""
        return outlet_paragraphs.of_stored(self._db, pools)

    # ------------------------------------------------------------ corpus

    def load_corpus(self) -> Corpus:
        """Every stored article (by id) and corpus result, as the corpus stages left them."""
        results = {table.name: self._load_results(table) for table in RESULT_TABLES}
        # By id, as ingest orders each round: the corpus stages then see the same list
        # however the articles arrived (entity mentions, action evidence keep its order).
        articles = sorted(self.articles(), key=lambda article: article.id)
        vectors = dict(self._db.execute(LOAD_STATEMENT_VECTORS))
        corpus = Corpus(articles=articles, **results, windows=self._load_windows(),
                        statement_vectors=vectors)
        self._read_windows = dict(corpus.windows)
        self._read_vectors = set(vectors)
        return corpus

    def _load_windows(self) -> dict[str, ArticleWindow]:
        rows = self._db.execute(
            """SELECT article, key, as_of, trusted_from, window_start, window_end, window_basis
               FROM article_windows"""
        )
        return {article_id: kept_window(*kept) for article_id, *kept in rows}

    def _load_results(self, table: ResultTable) -> list[Any]:
        rows = self._db.execute(f"SELECT record FROM {table.name} ORDER BY position")
        return [from_dict(table.kind, json.loads(record)) for (record,) in rows]

    def save_corpus(self, corpus: Corpus) -> None:
        """Replace the corpus results and update the articles' records, in one transaction.

        Only the articles whose record differs from what `load_corpus` read are written
        (with their quotes), and only the windows computed anew.  Articles not stored yet
        are added; an article whose content is stored under another id makes the whole
        call fail (sqlite3.IntegrityError).
        """
        with self._transaction():
            for article in corpus.articles:
                record = json_record(article)
                if self._read_records.get(article.id) == digest(record):
                    continue
                replace = self._holds_article(article.id)
                self._write_article(article, None if replace else _now(), replace, record)
            self._db.executemany(INSERT_WINDOW, [
                window_row(article_id, kept) for article_id, kept in corpus.windows.items()
                if self._read_windows.get(article_id) is not kept
            ])
            for table in RESULT_TABLES:
                self._replace_results(table, getattr(corpus, table.name))
            self._db.executemany(SAVE_STATEMENT_VECTOR, [
                (key, vector) for key, vector in corpus.statement_vectors.items()
                if key not in self._read_vectors
            ])
        self._read_records.clear()
        self._read_windows.clear()
        self._read_vectors.clear()

    def _replace_results(self, table: ResultTable, items: list[Any]) -> None:
        self._db.execute(f"DELETE FROM {table.name}")  # a disagreement's claims go with it
        rows = [
            {**table.columns(item), "position": position, "record": json_record(item)}
            for position, item in enumerate(items)
        ]
        if rows:
            self._db.executemany(insert_rows(table.name, rows), rows)
        if table.name == "contradictions":
            for contradiction in items:
                rows = DISAGREEMENT_CLAIMS.rows(contradiction)
                if rows:
                    self._db.executemany(insert_rows(DISAGREEMENT_CLAIMS.name, rows), rows)

    # ------------------------------------------------------------ reading

    def search(
        self,
        query: str,
        limit: int = 20,
        markers: tuple[str, str] = ("[", "]"),
        filters: SearchFilters | None = None,
        offset: int = 0,
        abandoned: Callable[[], bool] | None = None,
    ) -> list[SearchHit]:
        """Articles matching `query` (see docs/store.md), best first (bm25), with snippets.

        Bounded work: a query or a page beyond the settings' limits raises QueryRefused, and
        a statement running longer than `statement_timeout_seconds` is interrupted (also
        QueryRefused), so one search cannot hold the database or a server's worker.  When
        `abandoned()` turns true while the statement runs (whoever asked has gone), it is
        interrupted too and SearchAbandoned raised."""
        settings = self.settings
        if offset < 0 or limit < 1 or offset + limit > settings.max_search_depth:
            raise QueryRefused(
                f"Results {offset + 1}-{offset + limit} asked; search shows the first "
                f"{settings.max_search_depth} only: narrow the query"
            )
        limits = QueryLimits(settings.max_query_chars, settings.max_query_terms,
                             settings.max_prefix_terms)
        match = match_expression(query, limits)
        if not match:
            return []
        filters = filters or SearchFilters()
        rows = self._bounded(search_statement(filters), {
            "match": match, "limit": limit, "offset": offset, "open": markers[0],
            "close": markers[1], "tokens": settings.snippet_tokens,
            "title_weight": settings.title_weight, "since": filters.since,
            "until": filters.until, "outlet": filters.outlet, "language": filters.language,
            "kind": filters.kind,
        }, abandoned or (lambda: False))
        return [
            SearchHit(article=article, title=title, outlet=outlet,
                      published=DateRange(start, end, basis or "text") if start or end else None,
                      snippet=snippet, score=-rank)
            for article, title, outlet, start, end, basis, snippet, rank in rows
        ]

    def _bounded(
        self, query: str, parameters: dict[str, Any], abandoned: Callable[[], bool]
    ) -> list[tuple[Any, ...]]:
        """All rows of a read, interrupted by SQLite's progress handler at the time limit
        or as soon as `abandoned()` is true."""
        deadline = time.monotonic() + self.settings.statement_timeout_seconds
        # Called every N virtual-machine steps; a true return makes SQLite stop the statement.
        self._db.set_progress_handler(lambda: time.monotonic() > deadline or abandoned(), 1000)
        try:
            return self._db.execute(query, parameters).fetchall()
        except sqlite3.OperationalError as error:
            if "interrupted" not in str(error):
                raise
            if abandoned():
                raise SearchAbandoned("Search stopped: nobody waits for it any more") from None
            raise QueryRefused(
                f"Search stopped after {self.settings.statement_timeout_seconds:g} s: "
                "use fewer or longer words"
            ) from None
        finally:
            self._db.set_progress_handler(None, 0)

    def counts(self) -> dict[str, int]:
        """How many articles, events, storylines, entities, people, quotes, ... are stored."""
        return {name: self._db.execute(query).fetchone()[0] for name, query in COUNTS.items()}

    def stages_by_language(self) -> list[tuple[str | None, list[str], int]]:
        """(language, article stages that ran, articles) for each mix stored, most first."""
        rows = self._db.execute(
            """SELECT language, json_extract(record, '$.stages') AS stages, count(*) AS n
               FROM articles GROUP BY language, stages ORDER BY n DESC, language, stages"""
        )
        return [(language, json.loads(stages or "[]"), n) for language, stages, n in rows]

    def integrity_problems(self) -> list[str]:
        """What SQLite's own checks find wrong with the file and the search index; [] if sound."""
        problems = [row[0] for row in self._db.execute("PRAGMA integrity_check")]
        problems = [problem for problem in problems if problem != "ok"]
        try:
            self._db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as error:
            problems.append(f"search index: {error}")
        return problems
