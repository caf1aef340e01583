"""The store's schema, as named migrations applied in order.

The number of migrations already applied is kept in `PRAGMA user_version`, so
re-opening a database runs only the new ones. A migration is never edited once
released: a schema change is a new function appended to `MIGRATIONS`, and its
SQL is written out in full (not shared with the store's queries) so an old
database upgrades the same way whatever the current code looks like.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from wirewatch.store.search import fold_for_search

Migration = Callable[[sqlite3.Connection], None]

MIGRATIONS: list[Migration] = []


def migration(step: Migration) -> Migration:
    """Append `step` to the schema history (order of definition = order applied)."""
    MIGRATIONS.append(step)
    return step


class SchemaTooNew(RuntimeError):
    pass


def schema_version(db: sqlite3.Connection) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def apply_migrations(db: sqlite3.Connection, steps: list[Migration] | None = None) -> list[str]:
    """Run the steps not yet applied, each in its own transaction; their names."""
    steps = MIGRATIONS if steps is None else steps
    register_functions(db)
    done = schema_version(db)
    if done > len(steps):
        raise SchemaTooNew(
            f"Database schema version {done} is newer than this wirewatch knows "
            f"({len(steps)}): upgrade wirewatch to open it"
        )
    applied = []
    for version, step in enumerate(steps[done:], start=done + 1):
        db.execute("BEGIN IMMEDIATE")
        try:
            step(db)
            db.execute(f"PRAGMA user_version = {version:d}")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        applied.append(step.__name__)
    return applied


def register_functions(db: sqlite3.Connection) -> None:
    """The SQL functions the schema's views and triggers call: every connection that writes
    articles (or reads search snippets) needs them."""
    db.create_function("fold_for_search", 1, fold_for_search, deterministic=True)


def _run(db: sqlite3.Connection, statements: tuple[str, ...]) -> None:
    # One execute per statement: executescript() would COMMIT the migration's transaction.
    for statement in statements:
        db.execute(statement)


@migration
def create_articles(db: sqlite3.Connection) -> None:
    """Articles: the queryable columns, and the whole record as JSON."""
    _run(db, (
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            doc INTEGER NOT NULL UNIQUE,  -- stable integer key for the search index
            content_hash TEXT NOT NULL UNIQUE,
            source TEXT,
            url TEXT,
            outlet TEXT,
            title TEXT,
            published_start TEXT,
            published_end TEXT,
            language TEXT,
            duplicate_of TEXT,
            event TEXT,
            record TEXT NOT NULL,  -- JSON: model.to_dict(article)
            ingested_at TEXT NOT NULL
        )""",
        "CREATE INDEX articles_outlet ON articles (outlet)",
        "CREATE INDEX articles_published ON articles (published_start)",
        "CREATE INDEX articles_event ON articles (event)",
        "CREATE INDEX articles_duplicate_of ON articles (duplicate_of)",
    ))


@migration
def create_article_search(db: sqlite3.Connection) -> None:
    """Full-text search over title and text, kept in sync by triggers."""
    new_row = "new.doc, new.title, json_extract(new.record, '$.text')"
    old_row = "'delete', old.doc, old.title, json_extract(old.record, '$.text')"
    _run(db, (
        """CREATE VIEW article_texts AS
           SELECT doc, title, json_extract(record, '$.text') AS text FROM articles""",
        """CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='article_texts', content_rowid='doc',
            tokenize='unicode61 remove_diacritics 2'
        )""",
        f"""CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts (rowid, title, text) VALUES ({new_row});
        END""",
        f"""CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ({old_row});
        END""",
        # Corpus stages rewrite records without touching the text: re-index only on change.
        f"""CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, record ON articles
            WHEN old.title IS NOT new.title
              OR json_extract(old.record, '$.text') IS NOT json_extract(new.record, '$.text')
        BEGIN
            INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ({old_row});
            INSERT INTO articles_fts (rowid, title, text) VALUES ({new_row});
        END""",
        "INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')",
    ))


@migration
def create_quotes(db: sqlite3.Connection) -> None:
    """Quotes in their own table (the web app lists them by speaker and group)."""
    _run(db, (
        """CREATE TABLE quotes (
            id TEXT NOT NULL,
            article TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            kind TEXT,
            speaker_name TEXT,
            speaker_entity TEXT,
            quote_group TEXT,
            record TEXT NOT NULL,  -- JSON: model.to_dict(quote)
            PRIMARY KEY (article, id)
        )""",
        "CREATE INDEX quotes_id ON quotes (id)",
        "CREATE INDEX quotes_speaker_entity ON quotes (speaker_entity)",
        "CREATE INDEX quotes_group ON quotes (quote_group)",
        """INSERT INTO quotes
           SELECT json_extract(quote.value, '$.id'), articles.id,
                  json_extract(quote.value, '$.kind'),
                  json_extract(quote.value, '$.speaker_name'),
                  json_extract(quote.value, '$.speaker_entity'),
                  json_extract(quote.value, '$.group'), quote.value
           FROM articles, json_each(articles.record, '$.quotes') AS quote""",
    ))


@migration
def create_corpus_results(db: sqlite3.Connection) -> None:
    """What the corpus stages find; `position` keeps each list's order."""
    _run(db, (
        """CREATE TABLE events (
            id TEXT PRIMARY KEY, position INTEGER NOT NULL, title TEXT, storyline TEXT,
            first_article TEXT, date_start TEXT, date_end TEXT, record TEXT NOT NULL
        )""",
        "CREATE INDEX events_storyline ON events (storyline)",
        "CREATE INDEX events_date ON events (date_start)",
        """CREATE TABLE storylines (
            id TEXT PRIMARY KEY, position INTEGER NOT NULL, title TEXT, record TEXT NOT NULL
        )""",
        """CREATE TABLE entities (
            id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT, type TEXT,
            country TEXT, record TEXT NOT NULL
        )""",
        "CREATE INDEX entities_name ON entities (name)",
        "CREATE INDEX entities_type ON entities (type)",
        """CREATE TABLE contradictions (
            id TEXT PRIMARY KEY, position INTEGER NOT NULL, event TEXT, subject TEXT,
            kind TEXT, record TEXT NOT NULL
        )""",
        "CREATE INDEX contradictions_event ON contradictions (event)",
        """CREATE TABLE actions (
            id TEXT PRIMARY KEY, position INTEGER NOT NULL, event TEXT, type TEXT,
            source_country TEXT, target_country TEXT, date_start TEXT, date_end TEXT,
            record TEXT NOT NULL
        )""",
        "CREATE INDEX actions_event ON actions (event)",
        "CREATE INDEX actions_countries ON actions (source_country, target_country)",
        """CREATE TABLE dyads (
            position INTEGER PRIMARY KEY, country_a TEXT, country_b TEXT, record TEXT NOT NULL
        )""",
        "CREATE INDEX dyads_pair ON dyads (country_a, country_b)",
    ))


@migration
def fold_search_index(db: sqlite3.Connection) -> None:
    """Search folds the marks of every script (`search.fold_for_search`): the index gains
    folded copies of title and text, which queries match; the original columns stay
    indexed as before so that snippets show and mark the text as written."""
    new_row = (
        "new.doc, new.title, json_extract(new.record, '$.text'), fold_for_search(new.title), "
        "fold_for_search(json_extract(new.record, '$.text'))"
    )
    old_row = (
        "'delete', old.doc, old.title, json_extract(old.record, '$.text'), "
        "fold_for_search(old.title), fold_for_search(json_extract(old.record, '$.text'))"
    )
    columns = "rowid, title, text, folded_title, folded_text"
    _run(db, (
        "DROP TRIGGER articles_fts_insert",
        "DROP TRIGGER articles_fts_delete",
        "DROP TRIGGER articles_fts_update",
        "DROP TABLE articles_fts",
        "DROP VIEW article_texts",
        """CREATE VIEW article_texts AS
           SELECT doc, title, text, fold_for_search(title) AS folded_title,
                  fold_for_search(text) AS folded_text
           FROM (SELECT doc, title, json_extract(record, '$.text') AS text FROM articles)""",
        """CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, folded_title, folded_text, content='article_texts',
            content_rowid='doc', tokenize='unicode61 remove_diacritics 2'
        )""",
        f"""CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts ({columns}) VALUES ({new_row});
        END""",
        f"""CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts (articles_fts, {columns}) VALUES ({old_row});
        END""",
        f"""CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, record ON articles
            WHEN old.title IS NOT new.title
              OR json_extract(old.record, '$.text') IS NOT json_extract(new.record, '$.text')
        BEGIN
            INSERT INTO articles_fts (articles_fts, {columns}) VALUES ({old_row});
            INSERT INTO articles_fts ({columns}) VALUES ({new_row});
        END""",
        "INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')",
    ))


@migration
def create_article_windows(db: sqlite3.Connection) -> None:
    """Each article's happening window as the corpus stages last computed it
    (`model.ArticleWindow`), so a run on a grown store reads its new articles' time cues only."""
    _run(db, (
        """CREATE TABLE article_windows (
            article TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
            key TEXT NOT NULL,  -- what the window is a function of (link.timing.window_key)
            as_of TEXT,  -- the reference day it was computed for
            trusted_from TEXT,  -- it holds for any reference day from this one on
            window_start TEXT, window_end TEXT, window_basis TEXT
        )""",
    ))


@migration
def create_outlet_paragraphs(db: sqlite3.Connection) -> None:
    """Each article's paragraphs as cleaning left them, before its outlet's recurring lines
    were taken out, pooled by outlet: per-outlet boilerplate is learned from every stored
    article of the outlet, whatever order and batches they came in."""
    _run(db, (
        """CREATE TABLE outlet_paragraphs (
            article TEXT NOT NULL,
            position INTEGER NOT NULL,
            pool TEXT NOT NULL,
            text TEXT NOT NULL,
            heading INTEGER NOT NULL,
            PRIMARY KEY (article, position)
        )""",
        "CREATE INDEX outlet_paragraphs_pool ON outlet_paragraphs (pool)",
    ))


@migration
def create_statement_vectors(db: sqlite3.Connection) -> None:
    """Sentence embeddings of quoted statements by content key (model and text hashed), so
    that quote grouping does not embed a statement again on the next run."""
    _run(db, (
        """CREATE TABLE statement_vectors (
            key TEXT PRIMARY KEY,
            vector BLOB NOT NULL
        ) WITHOUT ROWID""",
    ))


def _part_rows(table: str, owner: str, source: str, path: str, columns: dict[str, str]) -> str:
    """An INSERT filling `table` from the JSON list at `path` of each `source` record."""
    names = ", ".join(f'"{name}"' for name in columns)
    values = ", ".join(columns.values())
    return f"""INSERT INTO {table} ({owner}, position, {names})
               SELECT {source}.id, item.key, {values}
               FROM {source}, json_each({source}.record, '{path}') AS item"""


def _field(name: str) -> str:
    return f"json_extract(item.value, '$.{name}')"


_SPAN_TEXT = (
    "substr(json_extract(articles.record, '$.text'), "
    f"{_field('start')} + 1, {_field('end')} - {_field('start')})"
)


@migration
def create_part_tables(db: sqlite3.Connection) -> None:
    """What users query by SQL, one row per item: each article's entity mentions, removed
    lines and claims, each disagreement's claims (`disagreements` names the contradictions
    table as the export does), and the cue verb of each quote."""
    spanned = {"start": _field("start"), "end": _field("end"), "text": _SPAN_TEXT}
    _run(db, (
        """CREATE TABLE mentions (
            article TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            position INTEGER NOT NULL, start INTEGER, "end" INTEGER, text TEXT, label TEXT,
            entity TEXT, country TEXT, PRIMARY KEY (article, position)
        )""",
        "CREATE INDEX mentions_entity ON mentions (entity)",
        "CREATE INDEX mentions_label ON mentions (label)",
        """CREATE TABLE removals (
            article TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            position INTEGER NOT NULL, text TEXT, reason TEXT, start INTEGER, "end" INTEGER,
            PRIMARY KEY (article, position)
        )""",
        "CREATE INDEX removals_reason ON removals (reason)",
        """CREATE TABLE claims (
            article TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            position INTEGER NOT NULL, start INTEGER, "end" INTEGER, text TEXT, kind TEXT,
            subject TEXT, value TEXT, number REAL, unit TEXT, dimension TEXT,
            PRIMARY KEY (article, position)
        )""",
        "CREATE INDEX claims_subject ON claims (subject)",
        """CREATE TABLE disagreement_claims (
            disagreement TEXT NOT NULL REFERENCES contradictions (id) ON DELETE CASCADE,
            position INTEGER NOT NULL, article TEXT, outlet TEXT, value TEXT, text TEXT,
            start INTEGER, "end" INTEGER, published TEXT, PRIMARY KEY (disagreement, position)
        )""",
        "CREATE INDEX disagreement_claims_article ON disagreement_claims (article)",
        """CREATE VIEW disagreements AS
           SELECT id, position, event, subject, kind, record FROM contradictions""",
        "ALTER TABLE quotes ADD COLUMN cue TEXT",
        "UPDATE quotes SET cue = json_extract(record, '$.cue')",
        "CREATE INDEX articles_language ON articles (language)",
        _part_rows("mentions", "article", "articles", "$.mentions", {
            **spanned, "label": _field("label"), "entity": _field("entity"),
            "country": _field("country")}),
        _part_rows("removals", "article", "articles", "$.removed", {
            "text": _field("text"), "reason": _field("reason"), "start": _field("start"),
            "end": _field("end")}),
        _part_rows("claims", "article", "articles", "$.claims", {
            **spanned, **{name: _field(name) for name in (
                "kind", "subject", "value", "number", "unit", "dimension")}}),
        _part_rows("disagreement_claims", "disagreement", "contradictions", "$.claims", {
            name: _field(name) for name in (
                "article", "outlet", "value", "text", "start", "end", "published")}),
    ))
