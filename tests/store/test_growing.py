"""Tests of what makes a run on a grown store cheap: rows written only when they change,
and the articles' happening windows kept between runs."""

from __future__ import annotations

import sqlite3

from wirewatch.model import ArticleWindow, DateRange
from wirewatch.store import Store


def rows_written(path) -> list[str]:
    with sqlite3.connect(path) as db:
        return [row[0] for row in db.execute("SELECT article FROM written ORDER BY rowid")]


def watch_article_writes(path) -> None:
    """A trigger in the file itself records every article row the store updates."""
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE written (article TEXT)")
        db.execute("""CREATE TRIGGER article_written AFTER UPDATE ON articles
                      BEGIN INSERT INTO written VALUES (new.id); END""")


def test_store_save_corpus_writes_only_the_articles_that_changed(tmp_path, full_corpus):
    path = tmp_path / "grown.db"
    with Store(path) as store:
        store.save_corpus(full_corpus)
    watch_article_writes(path)
    with Store(path) as store:
        corpus = store.load_corpus()
        corpus.articles[1].event = "ev2"  # the second report moves to another event
        corpus.events[0].title = "Border closed again"
        store.save_corpus(corpus)
        again = store.load_corpus()
    assert rows_written(path) == ["a2"]
    assert again.articles == corpus.articles
    assert again.events[0].title == "Border closed again"


def test_store_keeps_article_windows_between_runs(tmp_path, full_corpus):
    path = tmp_path / "windows.db"
    full_corpus.windows = {
        "a1": ArticleWindow("k1", DateRange("2023-11-19", "2023-11-19", "relative"),
                            as_of="2023-11-20", trusted_from="2023-11-20"),
        "a2": ArticleWindow("k2", None, as_of="2023-11-20"),
    }
    with Store(path) as store:
        store.save_corpus(full_corpus)
    with Store(path) as store:
        corpus = store.load_corpus()
        assert corpus.windows == full_corpus.windows
        corpus.windows["a2"] = ArticleWindow("k2", None, as_of="2023-12-01")
        store.save_corpus(corpus)
    with Store(path) as store:
        assert store.load_corpus().windows["a2"].as_of == "2023-12-01"

