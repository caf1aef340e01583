"""Tests of the store's queryable tables: one row per mention, removal, claim and
disagreement claim, carried forward from older stores, and the README's SQL questions."""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
from pathlib import Path

import pytest

from wirewatch.model import to_dict
from wirewatch.store import Store
from wirewatch.store.migrations import MIGRATIONS, apply_migrations, create_part_tables

ROOT = Path(__file__).resolve().parents[2]


def rows(path: Path, query: str) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute(query).fetchall()


def test_tables_hold_each_part_with_its_text(tmp_path, full_corpus):
    path = tmp_path / "parts.db"
    with Store(path) as store:
        store.save_corpus(full_corpus)
    assert rows(path, "SELECT article, text, label, entity FROM mentions") == [
        ("a1", "Orpo", "PERSON", "e-orpo")]
    assert rows(path, "SELECT article, reason FROM removals") == [("a1", "newsletter_prompt")]
    assert rows(path, "SELECT subject, value, text FROM claims") == [
        ("border length", "1,340 km", "The border stays shut, the minister said.")]
    assert rows(path, """SELECT disagreements.subject, claim.article, claim.value
                         FROM disagreements JOIN disagreement_claims AS claim
                         ON claim.disagreement = disagreements.id ORDER BY claim.position""") == [
        ("length of the border", "a1", "1,340 km"), ("length of the border", "a2", "1,300 km")]
    assert rows(path, "SELECT cue FROM quotes") == [("said",)]


def test_tables_follow_a_changed_article_and_disagreement(tmp_path, full_corpus):
    path = tmp_path / "changed.db"
    with Store(path) as store:
        store.save_corpus(full_corpus)
        corpus = store.load_corpus()
        corpus.articles[0].mentions = []
        corpus.contradictions = []
        store.save_corpus(corpus)
    assert rows(path, "SELECT count(*) FROM mentions") == [(0,)]
    assert rows(path, "SELECT count(*) FROM disagreement_claims") == [(0,)]


def test_tables_migration_fills_them_from_an_older_store(tmp_path, full_corpus):
    path = tmp_path / "old.db"
    old = sqlite3.connect(path, isolation_level=None)
    apply_migrations(old, MIGRATIONS[: MIGRATIONS.index(create_part_tables)])
    article = full_corpus.articles[0]
    old.execute(
        "INSERT INTO articles (id, doc, content_hash, record, ingested_at) "
        "VALUES (?, 1, ?, ?, '2024-01-01T00:00:00+00:00')",
        (article.id, article.content_hash, json.dumps(to_dict(article))),
    )
    old.execute("INSERT INTO contradictions VALUES ('c1', 0, 'ev1', 'length', NULL, ?)",
                (json.dumps(to_dict(full_corpus.contradictions[0])),))
    old.close()
    with Store(path) as upgraded:
        assert upgraded.integrity_problems() == []
    assert rows(path, "SELECT text, entity FROM mentions") == [("Orpo", "e-orpo")]
    assert rows(path, "SELECT text FROM claims") == [("The border stays shut, the minister said.",)]
    assert rows(path, "SELECT value FROM disagreement_claims ORDER BY position") == [
        ("1,340 km",), ("1,300 km",)]


def readme_questions() -> list[tuple[str, str]]:
    """(SQL, the output shown under it) of each question in the README's section on the store."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## The store\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sql\n(.*?)```\n```\n(.*?)```", section, re.DOTALL)


def as_sqlite_prints(answer: list[tuple]) -> str:
    return "".join("|".join("" if v is None else str(v) for v in row) + "\n" for row in answer)


def test_tables_readme_questions_show_their_real_answers_on_the_demo(demo_export: Path):
    questions = readme_questions()
    assert len(questions) == 3
    with sqlite3.connect(f"file:{demo_export.parent / 'wirewatch.db'}?mode=ro", uri=True) as db:
        for question, shown in questions:
            assert as_sqlite_prints(db.execute(question).fetchall()) == shown, question


def test_tables_open_in_datasette(tmp_path, full_corpus):
    datasette_app = pytest.importorskip("datasette.app")
    path = tmp_path / "wirewatch.db"
    with Store(path) as store:
        store.save_corpus(full_corpus)

    async def mentions() -> list[dict]:
        datasette = datasette_app.Datasette([str(path)])
        response = await datasette.client.get("/wirewatch/mentions.json?_shape=array")
        assert response.status_code == 200
        return response.json()

    assert [mention["text"] for mention in asyncio.run(mentions())] == ["Orpo"]
