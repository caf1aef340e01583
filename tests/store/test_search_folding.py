"""Search folds the marks of every script, and snippets still show the text as written."""

from __future__ import annotations

import json
import sqlite3

import pytest

from wirewatch.model import Article, to_dict
from wirewatch.store import Store
from wirewatch.store.migrations import MIGRATIONS, apply_migrations, fold_search_index
from wirewatch.store.search import fold_for_search

TEXTS = {
    "pl": ("Powódź w Łodzi", "Woda zalała ulice Łodzi w nocy."),
    "ru": ("Ёлка в Москве", "В Москве зажгли новогоднюю ёлку и объявили тишину."),
    "el": ("Σεισμός στην Ελλάδα", "Ισχυρός σεισμός έπληξε την Ελλάδα σήμερα."),
    "de": ("Straße gesperrt", "Die Hauptstraße in Köln bleibt bis Montag gesperrt."),
}


@pytest.fixture
def languages_store():
    with Store(":memory:") as store:
        store.add_articles(
            Article(id=key, source=f"in/{key}.txt", title=title, text=text, content_hash=key)
            for key, (title, text) in TEXTS.items()
        )
        yield store


@pytest.mark.parametrize(
    ("query", "found"),
    [("lodzi", "pl"), ("ŁODZI", "pl"), ("елку", "ru"), ("ёлку", "ru"), ("ελλαδα", "el"),
     ("Ελλάδα", "el"), ("hauptstrasse", "de"), ("Hauptstraße", "de"), ("koln", "de")],
)
def test_search_finds_words_with_or_without_their_marks(languages_store, query, found):
    assert [hit.article for hit in languages_store.search(query)] == [found]


def test_search_snippet_shows_the_text_as_written(languages_store):
    (hit,) = languages_store.search("köln")
    assert "[Köln]" in hit.snippet
    (hit,) = languages_store.search("lodzi")
    assert "Łodzi" in hit.snippet  # found by the folded copy, shown as written


def test_fold_for_search_keeps_length_of_plain_text_and_case():
    assert fold_for_search("Łódź, São Paulo, Ærø") == "Lodz, Sao Paulo, AEro"
    assert fold_for_search("plain words") == "plain words"
    assert fold_for_search(None) is None


def test_upgrading_a_store_folds_what_it_already_holds(tmp_path):
    path = tmp_path / "old.db"
    old = sqlite3.connect(path, isolation_level=None)
    apply_migrations(old, MIGRATIONS[: MIGRATIONS.index(fold_search_index)])  # before folding
    article = Article(id="pl", source="in/pl.txt", title=TEXTS["pl"][0], text=TEXTS["pl"][1],
                      content_hash="pl")
    old.execute(
        "INSERT INTO articles (id, doc, content_hash, title, record, ingested_at) "
        "VALUES (?, 1, ?, ?, ?, '2024-01-01T00:00:00+00:00')",
        (article.id, article.content_hash, article.title, json.dumps(to_dict(article))),
    )
    before = "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '\"lodzi\"'"
    assert old.execute(before).fetchone()[0] == 0  # unicode61 leaves the Ł as it is
    old.close()
    with Store(path) as upgraded:
        assert [hit.article for hit in upgraded.search("lodzi")] == ["pl"]
        assert upgraded.integrity_problems() == []
