"""Tests of wirewatch.store.store: ingest, replace, corpus round trip, counts."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from wirewatch.model import Article, Corpus, Quote
from wirewatch.store import AddResult, Store


def news(article_id: str, text: str, content_hash: str | None = None, **fields) -> Article:
    return Article(id=article_id, source=f"in/{article_id}.txt", text=text,
                   content_hash=content_hash or f"hash-{article_id}", **fields)


def test_store_adds_then_reingest_is_unchanged(store):
    batch = [news("a1", "Ferry traffic resumed."), news("a2", "Talks stalled again.")]
    assert store.add_articles(batch) == AddResult(added=2)
    assert store.add_articles(batch) == AddResult(unchanged=2)
    assert store.counts()["articles"] == 2


def test_store_same_content_under_new_id_is_unchanged(store):
    store.add_articles([news("a1", "Ferry traffic resumed.", "same")])
    assert store.add_articles([news("copy", "Ferry traffic resumed.", "same")]).unchanged == 1
    assert [article.id for article in store.articles()] == ["a1"]


def test_store_same_id_new_content_replaces_row_search_and_quotes(store):
    store.add_articles([news("a1", "Ferry traffic resumed.", "v1",
                             quotes=[Quote("q-old", "a1", 0, 5, "direct")])])
    new = news("a1", "Rail traffic halted.", "v2", quotes=[Quote("q-new", "a1", 0, 4, "partial")])
    assert store.add_articles([new]) == AddResult(replaced=1)
    assert store.articles() == [new]
    assert store.search("ferry") == []
    assert [hit.article for hit in store.search("rail")] == ["a1"]
    assert [quote.id for quote in store.load_corpus().quotes] == ["q-new"]
    assert store.counts()["quotes"] == 1
    assert store.known_hashes() == {"v2"}


def test_store_missing_hash_falls_back_to_hash_of_text(store):
    store.add_articles([Article(id="a1", source="s", text="Text one.")])
    assert store.add_articles([Article(id="a9", source="s", text="Text one.")]).unchanged == 1
    assert len(store.known_hashes()) == 1


def test_store_batch_is_all_or_nothing(store):
    broken = news("bad", "x")
    broken.authors = {"not JSON"}  # type: ignore[assignment]  # fails half-way through
    with pytest.raises(TypeError):
        store.add_articles([news("a1", "Fine text."), broken])
    assert store.counts()["articles"] == 0
    assert store.add_articles([news("a1", "Fine text.")]).added == 1


def test_store_articles_by_ids_keeps_requested_order(store):
    store.add_articles([news("a1", "One."), news("a2", "Two."), news("a3", "Three.")])
    assert [a.id for a in store.articles(["a3", "nope", "a1"])] == ["a3", "a1"]
    assert [a.id for a in store.articles()] == ["a1", "a2", "a3"]


def test_store_corpus_round_trip_keeps_every_item(store, full_corpus):
    store.save_corpus(full_corpus)
    loaded = store.load_corpus()
    assert loaded == full_corpus
    assert loaded.actions[0].source.country == "FIN"  # nested dataclasses revived
    assert loaded.events[0].summary[0].refs[0].end == 21


def test_store_save_corpus_replaces_results_and_updates_records(store, full_corpus):
    store.add_articles(full_corpus.articles)
    store.save_corpus(full_corpus)
    full_corpus.articles[1].duplicate_of = None
    full_corpus.articles[0].quotes[0].group = "g2"
    full_corpus.events = []
    store.save_corpus(full_corpus)
    loaded = store.load_corpus()
    assert loaded.events == []
    assert loaded.articles[1].duplicate_of is None
    assert loaded.quotes[0].group == "g2"
    assert store.counts()["articles"] == 2


def test_store_save_corpus_is_one_transaction(store, full_corpus):
    store.save_corpus(full_corpus)
    clash = news("a3", "Clash.", content_hash="hash-a1")  # content already stored as a1
    changed = Corpus(articles=[*full_corpus.articles, clash])
    with pytest.raises(sqlite3.IntegrityError):
        store.save_corpus(changed)
    assert store.load_corpus() == full_corpus


def test_store_counts_people_and_all_entities(store, full_corpus):
    org = dataclasses.replace(full_corpus.entities[0], id="e-fi", name="Finland", type="GPE")
    full_corpus.entities.append(org)
    store.save_corpus(full_corpus)
    counts = store.counts()
    assert (counts["entities"], counts["people"], counts["quotes"]) == (2, 1, 1)
    assert (counts["events"], counts["storylines"], counts["contradictions"]) == (1, 1, 1)


def test_store_file_db_reopens_with_data_and_wal(tmp_path, full_corpus):
    path = tmp_path / "news.db"
    with Store(path) as first:
        first.save_corpus(full_corpus)
    with Store(path) as again:
        assert again.load_corpus() == full_corpus
        assert again.integrity_problems() == []
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_store_outlet_paragraphs_only_of_stored_articles_and_replaced(store):
    store.record_outlet_paragraphs(
        [
            ("a1", "outlet:fjord post", [("Lead one.", False), ("Sign-off.", False)]),
            ("a2", "outlet:fjord post", [("Lead two.", False)]),
        ]
    )
    store.add_articles([news("a1", "Lead one.")])
    assert store.outlet_paragraphs(["outlet:fjord post"]) == {
        "outlet:fjord post": {"a1": [("Lead one.", False), ("Sign-off.", False)]}
    }  # a2's input was never stored (a killed run): its paragraphs count for nothing
    store.record_outlet_paragraphs([("a1", "outlet:fjord post", [("Crosshead", True)])])
    assert store.outlet_paragraphs(["outlet:fjord post", "outlet:other"]) == {
        "outlet:fjord post": {"a1": [("Crosshead", True)]}
    }


def test_store_update_articles_rewrites_text_in_place(store):
    store.add_articles([news("a1", "Lead one.\n\nSign-off.")])
    (article,) = store.articles(["a1"])
    store.update_articles([dataclasses.replace(article, text="Lead one.")])
    assert store.article_texts(["a1", "missing"]) == {"a1": "Lead one."}
    assert store.counts()["articles"] == 1
    assert [hit.article for hit in store.search("Lead")] == ["a1"]


def test_store_keeps_statement_vectors_and_adds_new_ones(store):
    store.save_corpus(Corpus(statement_vectors={"k1": b"\x00\x00\x80?"}))
    again = store.load_corpus()
    again.statement_vectors["k2"] = b"\x00\x00\x00@"
    store.save_corpus(again)
    assert store.load_corpus().statement_vectors == {"k1": b"\x00\x00\x80?", "k2": b"\x00\x00\x00@"}
