"""Tests of wirewatch.store.migrations: versions, re-opening, upgrading an old file."""

from __future__ import annotations

import json
import sqlite3

import pytest

from wirewatch.model import Article, Quote, to_dict
from wirewatch.store import Store
from wirewatch.store.migrations import (
    MIGRATIONS,
    SchemaTooNew,
    apply_migrations,
    schema_version,
)


def test_migrations_fresh_db_gets_every_step(tmp_path):
    with Store(tmp_path / "new.db"):
        pass
    db = sqlite3.connect(tmp_path / "new.db", isolation_level=None)
    assert schema_version(db) == len(MIGRATIONS)
    assert apply_migrations(db) == []  # re-opening runs nothing


def test_migrations_are_named_and_distinct():
    names = [step.__name__ for step in MIGRATIONS]
    assert names[0] == "create_articles"
    assert len(set(names)) == len(names)


def test_migrations_upgrade_version_one_file_and_backfill(tmp_path):
    path = tmp_path / "old.db"
    old = sqlite3.connect(path, isolation_level=None)
    assert apply_migrations(old, MIGRATIONS[:1]) == ["create_articles"]
    # An article written by a wirewatch that knew only the first migration.
    article = Article("a1", "in/a1.txt", 'Orpo said: "Closed."', content_hash="h1",
                      title="Crossings closed", quotes=[Quote("q1", "a1", 12, 19, "direct")])
    old.execute(
        "INSERT INTO articles (id, doc, content_hash, title, record, ingested_at) "
        "VALUES (?, 1, ?, ?, ?, '2024-01-01T00:00:00+00:00')",
        (article.id, article.content_hash, article.title, json.dumps(to_dict(article))),
    )
    old.close()
    with Store(path) as upgraded:
        assert [hit.article for hit in upgraded.search("crossings")] == ["a1"]
        assert upgraded.counts()["quotes"] == 1
        assert upgraded.load_corpus().articles == [article]
        assert upgraded.integrity_problems() == []
    assert schema_version(sqlite3.connect(path)) == len(MIGRATIONS)


def test_migrations_refuse_a_newer_file(tmp_path):
    path = tmp_path / "future.db"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(SchemaTooNew, match="upgrade wirewatch"):
        Store(path)


def test_migrations_failed_step_leaves_version_alone(tmp_path):
    db = sqlite3.connect(tmp_path / "half.db", isolation_level=None)

    def broken_step(connection: sqlite3.Connection) -> None:
        connection.execute("CREATE TABLE half_done (x)")
        connection.execute("THIS IS NOT SQL")

    with pytest.raises(sqlite3.OperationalError):
        apply_migrations(db, [*MIGRATIONS[:1], broken_step])
    assert schema_version(db) == 1
    assert db.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchone() is None
