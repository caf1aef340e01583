"""wirewatch.scale.spark_link: the link stages as Spark jobs give a local run's result."""

from __future__ import annotations

import copy
import dataclasses
import importlib.util
import os
import sys
from pathlib import Path

import pytest

from wirewatch.link.duplicates import mark_duplicates
from wirewatch.link.events import link_events
from wirewatch.link.storylines import link_storylines
from wirewatch.model import Corpus, DateRange, to_dict
from wirewatch.settings import Settings

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "generate_corpus.py"
_spec = importlib.util.spec_from_file_location("generate_corpus", SCRIPT)
generate_corpus = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = generate_corpus  # dataclasses look their module up
_spec.loader.exec_module(generate_corpus)


@pytest.fixture(scope="module")
def spark_context(spark_ready):
    """A local[2] Spark context."""
    from wirewatch.scale.spark import spark_session

    session = spark_session("local[2]")
    yield session.sparkContext
    session.stop()


def synthetic_corpus(size: int) -> Corpus:
    """Generated articles with capitalised runs as their mentions; every tenth one also
    as an undated, lightly edited copy (copies take their original's day and event)."""
    sys.path.insert(0, str(SCRIPT.parent))
    from bench_link_scale import to_article

    articles = [to_article(record) for record in generate_corpus.generate_articles(size, 3)]
    copies = [
        dataclasses.replace(
            copy.deepcopy(article),
            id=f"{article.id}-copy",
            text=article.text + "\nShare this story.",
            published=None,
        )
        for article in articles[::10]
    ]
    articles[5].published = DateRange(None, None, "metadata")  # unreadable: linked by text
    return Corpus(articles=sorted(articles + copies, key=lambda article: article.id))


def linked(corpus: Corpus) -> dict:
    return {
        "articles": [(a.id, a.duplicate_of, a.event) for a in corpus.articles],
        "events": [to_dict(event) for event in corpus.events],
        "storylines": [to_dict(storyline) for storyline in corpus.storylines],
        "windows": {key: to_dict(kept) for key, kept in corpus.windows.items()},
    }


def test_spark_link_stages_equal_the_local_ones(spark_context) -> None:
    from wirewatch.scale.spark import spark_duplicates, spark_events, spark_storylines

    settings = Settings()
    local = synthetic_corpus(150)
    on_spark = copy.deepcopy(local)
    for stage in (mark_duplicates, link_events, link_storylines):
        stage(local, settings)
    for stage in (spark_duplicates, spark_events, spark_storylines):
        stage(spark_context, on_spark, settings)
    assert sum(a.duplicate_of is not None for a in local.articles) >= 10
    assert len(local.events) > 15 and len(local.storylines) > 1
    assert linked(on_spark) == linked(local)


def test_a_local_master_sets_the_shuffle_partitions_to_its_cores() -> None:
    from wirewatch.scale.spark import local_cores

    assert local_cores("local[3]") == 3
    assert local_cores("local") == 1
    assert local_cores("local[*]") == (os.cpu_count() or 1)
    assert local_cores("spark://head:7077") is None
