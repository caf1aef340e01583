"""The SQLite store: articles, their search index and the corpus results.

The only module that writes SQL (the schema itself is in `migrations.py`).
Every write method is one transaction, so a process killed half-way leaves the
database as it was before the call.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from wirewatch.model import (
    Action,
    Article,
    ArticleWindow,
    Contradiction,
    Corpus,
    DateRange,
    Dyad,
    Entity,
    Event,
    Quote,
    Storyline,
    from_dict,
    to_dict,
)
from wirewatch.store import outlet_paragraphs
from wirewatch.store.migrations import apply_migrations
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


@dataclass
class ResultTable:
    """A corpus-level list (`Corpus.<name>`) stored as one row per item."""

    name: str
    kind: type
    columns: Callable[[Any], dict[str, Any]]


def _date_columns(date: DateRange | None) -> dict[str, str | None]:
    return {"date_start": date and date.start, "date_end": date and date.end}


RESULT_TABLES = (
    ResultTable("events", Event, lambda event: {
        "id": event.id, "title": event.title, "storyline": event.storyline,
        "first_article": event.first_article, **_date_columns(event.date)}),
    ResultTable("storylines", Storyline, lambda storyline: {
        "id": storyline.id, "title": storyline.title}),
    ResultTable("entities", Entity, lambda entity: {
        "id": entity.id, "name": entity.name, "type": entity.type, "country": entity.country}),
    ResultTable("contradictions", Contradiction, lambda contradiction: {
        "id": contradiction.id, "event": contradiction.event,
        "subject": contradiction.subject, "kind": contradiction.kind}),
    ResultTable("actions", Action, lambda action: {
        "id": action.id, "event": action.event, "type": action.type,
        "source_country": action.source.country, "target_country": action.target.country,
        **_date_columns(action.date)}),
    ResultTable("dyads", Dyad, lambda dyad: {
        "country_a": dyad.pair[0] if dyad.pair else None,
        "country_b": dyad.pair[1] if len(dyad.pair) > 1 else None}),
)

INSERT_ARTICLE = """
    INSERT INTO articles (id, doc, content_hash, source, url, outlet, title, published_start,
        published_end, language, duplicate_of, event, record, ingested_at)
    VALUES (:id, (SELECT ifnull(max(doc), 0) + 1 FROM articles), :content_hash, :source, :url,
        :outlet, :title, :published_start, :published_end, :language, :duplicate_of, :event,
        :record, :ingested_at)"""

# A NULL :ingested_at keeps the old time: corpus stages update records, they do not ingest.
UPDATE_ARTICLE = """
    UPDATE articles SET content_hash = :content_hash, source = :source, url = :url,
        outlet = :outlet, title = :title, published_start = :published_start,
        published_end = :published_end, language = :language, duplicate_of = :duplicate_of,
        event = :event, record = :record, ingested_at = coalesce(:ingested_at, ingested_at)
    WHERE id = :id"""

INSERT_QUOTE = """
    INSERT INTO quotes (id, article, kind, speaker_name, speaker_entity, quote_group, record)
    VALUES (:id, :article, :kind, :speaker_name, :speaker_entity, :group, :record)"""

LOAD_STATEMENT_VECTORS = "SELECT key, vector FROM statement_vectors"
SAVE_STATEMENT_VECTOR = "INSERT OR IGNORE INTO statement_vectors (key, vector) VALUES (?, ?)"

COUNTS = {
    "articles": "SELECT count(*) FROM articles",
    "events": "SELECT count(*) FROM events",
    "storylines": "SELECT count(*) FROM storylines",
    "entities": "SELECT count(*) FROM entities",
    "people": "SELECT count(*) FROM entities WHERE type IN ('PERSON', 'PER')",
    "quotes": "SELECT count(*) FROM quotes",
    "contradictions": "SELECT count(*) FROM contradictions",
    "actions": "SELECT count(*) FROM actions",
}


def _json(record: Any) -> str:
    return json.dumps(to_dict(record), ensure_ascii=False, separators=(",", ":"))


def content_key(article: Article) -> str:
    """The article's content hash; cleaned text's own hash when ingest gave none."""
    return article.content_hash or hashlib.sha256(article.text.encode()).hexdigest()


def _article_row(
    article: Article, ingested_at: str | None, record: str | None = None
) -> dict[str, Any]:
    published = article.published
    return {
        "id": article.id, "content_hash": content_key(article), "source": article.source,
        "url": article.url, "outlet": article.outlet, "title": article.title,
        "published_start": published and published.start,
        "published_end": published and published.end,
        "language": article.language, "duplicate_of": article.duplicate_of,
        "event": article.event, "record": record or _json(article), "ingested_at": ingested_at,
    }


def _digest(record: str) -> bytes:
    return hashlib.sha1(record.encode()).digest()


INSERT_WINDOW = """
    INSERT OR REPLACE INTO article_windows (article, key, as_of, trusted_from, window_start,
        window_end, window_basis)
    VALUES (:article, :key, :as_of, :trusted_from, :window_start, :window_end, :window_basis)"""


def _window_row(article_id: str, kept: ArticleWindow) -> dict[str, Any]:
    window = kept.window
    return {
        "article": article_id, "key": kept.key, "as_of": kept.as_of,
        "trusted_from": kept.trusted_from, "window_start": window and window.start,
        "window_end": window and window.end, "window_basis": window and window.basis,
    }


def _kept_window(key: str, as_of: str | None, trusted_from: str | None, start: str | None,
                 end: str | None, basis: str | None) -> ArticleWindow:
    window = DateRange(start, end, basis) if basis is not None else None
    return ArticleWindow(key, window, as_of, trusted_from)


def _quote_row(quote: Quote, article_id: str) -> dict[str, Any]:
    return {
        "id": quote.id, "article": article_id, "kind": quote.kind,
        "speaker_name": quote.speaker_name, "speaker_entity": quote.speaker_entity,
        "group": quote.group, "record": _json(quote),
    }


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
        """Insert or update one article row (its search row follows by trigger) and its quotes."""
        self._read_records.pop(article.id, None)
        self._db.execute(UPDATE_ARTICLE if replace else INSERT_ARTICLE,
                         _article_row(article, ingested_at, record))
        self._db.execute("DELETE FROM quotes WHERE article = ?", (article.id,))
        self._db.executemany(INSERT_QUOTE, [_quote_row(q, article.id) for q in article.quotes])

    def known_hashes(self) -> set[str]:
        """Content hashes already stored: inputs with these need no cleaning or annotating."""
        return {row[0] for row in self._db.execute("SELECT content_hash FROM articles")}

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        """Stored articles in ingest order, or those of `ids` in that order (unknown skipped)."""
        if ids is None:
            rows = self._db.execute("SELECT id, record FROM articles ORDER BY doc")
            found = []
            for article_id, record in rows:
                self._read_records[article_id] = _digest(record)
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
        """Every stored article and corpus result, as the corpus stages left them."""
        results = {table.name: self._load_results(table) for table in RESULT_TABLES}
        vectors = dict(self._db.execute(LOAD_STATEMENT_VECTORS))
        corpus = Corpus(articles=self.articles(), **results, windows=self._load_windows(),
                        statement_vectors=vectors)
        self._read_windows = dict(corpus.windows)
        self._read_vectors = set(vectors)
        return corpus

    def _load_windows(self) -> dict[str, ArticleWindow]:
        rows = self._db.execute(
            """SELECT article, key, as_of, trusted_from, window_start, window_end, window_basis
               FROM article_windows"""
        )
        return {article_id: _kept_window(*kept) for article_id, *kept in rows}

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
                record = _json(article)
                if self._read_records.get(article.id) == _digest(record):
                    continue
                replace = self._holds_article(article.id)
                self._write_article(article, None if replace else _now(), replace, record)
            self._db.executemany(INSERT_WINDOW, [
                _window_row(article_id, kept) for article_id, kept in corpus.windows.items()
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
        self._db.execute(f"DELETE FROM {table.name}")
        rows = [
            {**table.columns(item), "position": position, "record": _json(item)}
            for position, item in enumerate(items)
        ]
        if rows:
            names = list(rows[0])
            self._db.executemany(
                f"INSERT INTO {table.name} ({', '.join(names)}) "
                f"VALUES ({', '.join(':' + name for name in names)})",
                rows,
            )

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
