"""A store fed in 20 batches, linked after each, holds what a store fed at once holds.

This is the order test of tests/link/test_order.py taken through the store: every batch
is stored, the corpus loaded back, linked by every corpus stage and saved (only changed
rows written, happening windows kept between runs), as `wirewatch analyze` does.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from wirewatch import api
from wirewatch.model import Article, DateRange, from_dict, to_dict
from wirewatch.settings import Settings
from wirewatch.store import Store

BATCHES = 20


def unlinked(article: Article) -> Article:
    """The article as ingest stores it: no corpus-stage results."""
    copy = from_dict(Article, to_dict(article))
    copy.event = copy.duplicate_of = None
    for mention in copy.mentions:
        mention.entity = None
    return copy


def stored_outcome(path: Path) -> dict[str, Any]:
    corpus = api.load(path)
    return {
        "articles": sorted((to_dict(a) for a in corpus.articles), key=lambda a: a["id"]),
        # the lists' order is how a run found them; the export sorts them (by id)
        **{name: sorted((to_dict(item) for item in getattr(corpus, name)), key=json.dumps)
           for name in ("events", "storylines", "entities", "contradictions", "actions", "dyads")},
    }


def fed_in(articles: list[Article], batches: int, path: Path) -> dict[str, Any]:
    size = -(-len(articles) // batches)
    with Store(path) as store:
        for start in range(0, len(articles), size):
            store.add_articles([unlinked(a) for a in articles[start : start + size]])
            api.link(store, Settings(jobs=1))
    return stored_outcome(path)


def assert_batches_equal_one_run(articles: list[Article], tmp_path: Path, seed: int) -> None:
    at_once = fed_in(articles, 1, tmp_path / "at-once.db")
    assert len(at_once["events"]) > 1
    shuffled = articles[:]
    random.Random(seed).shuffle(shuffled)
    assert fed_in(shuffled, BATCHES, tmp_path / "batches.db") == at_once


def test_batches_of_the_demo_equal_one_run(demo_export: Path, tmp_path: Path) -> None:
    analysis = json.loads(demo_export.read_text(encoding="utf-8"))
    articles = [from_dict(Article, record) for record in analysis["articles"]]
    assert_batches_equal_one_run(articles, tmp_path, seed=1)


@pytest.mark.slow
def test_batches_of_ecbplus_dev_equal_one_run(shared_dir: Path, tmp_path: Path) -> None:
    records_path = shared_dir / "benchmarks" / "clustering" / "ecbplus" / "dev.jsonl"
    with records_path.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    days = random.Random(3)  # dates spread over a month, so the publication bound takes part
    articles = [
        Article(id=record["id"], source=record["id"], text=record["text"],
                published=DateRange(day, day, "metadata"))
        for record in records
        for day in [f"2024-03-{days.randint(1, 28):02d}"]
    ]
    assert_batches_equal_one_run(articles, tmp_path, seed=3)
