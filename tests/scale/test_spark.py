"""wirewatch.scale.spark: per-article stages in Spark partitions (local[2]), Parquet out."""

from __future__ import annotations

from pathlib import Path

import pytest

import wirewatch
from wirewatch import api
from wirewatch.settings import Settings

DEMO = Path(__file__).resolve().parents[2] / "examples" / "demo"
# Enough to give Spark several batches and the linker two events with copies.
INPUTS = [
    DEMO / "01_nordwire_trawler.txt",
    DEMO / "02_bergen_courier_trawler.txt",
    DEMO / "03_arctic_observer_trawler.html",
    DEMO / "05_nordwire_talks.txt",
    DEMO / "06_north_atlantic_post_talks.txt",
]


def settings(engine: str) -> Settings:
    chosen = Settings(jobs=2, batch_size=2)
    chosen.engine = engine
    return chosen


@pytest.fixture(scope="module")
def on_spark(spark_ready, tmp_path_factory) -> wirewatch.api.Analysis:
    return api.analyze(INPUTS, tmp_path_factory.mktemp("spark"), settings("spark"))


def test_spark_gives_the_same_analysis_as_a_local_run(on_spark, tmp_path) -> None:
    local = api.analyze(INPUTS, tmp_path, settings("local"))
    assert on_spark.to_dict() == local.to_dict()
    assert len(on_spark.corpus.articles) == len(INPUTS)
    assert on_spark.ingest.skipped == []


def test_spark_writes_parquet_with_the_store_columns(on_spark) -> None:
    from wirewatch.scale.spark import spark_session

    names = sorted(path.name.removesuffix(".parquet") for path in on_spark.parquet_paths)
    assert names == sorted([
        "articles", "quotes", "mentions", "removals", "claims", "events", "storylines",
        "entities", "contradictions", "actions", "dyads", "disagreement_claims",
    ])  # fmt: skip
    session = spark_session("local[1]")
    try:
        articles = session.read.parquet(str(on_spark.parquet_paths[0].parent / "articles.parquet"))
        assert articles.count() == len(INPUTS)
        columns = {"id", "outlet", "published_start", "event", "text", "record"}
        assert columns <= set(articles.columns)
        events = session.read.parquet(str(on_spark.parquet_paths[0].parent / "events.parquet"))
        assert events.count() == len(on_spark.corpus.events)
        assert {"id", "title", "storyline", "position", "record"} <= set(events.columns)
        mentions = session.read.parquet(str(on_spark.parquet_paths[0].parent / "mentions.parquet"))
        stored = sum(len(article.mentions) for article in on_spark.corpus.articles)
        assert mentions.count() == stored
        assert dict(mentions.dtypes)["start"] == "bigint"
    finally:
        session.stop()


def test_spark_skips_bad_inputs_by_name(spark_ready, tmp_path) -> None:
    bad = tmp_path / "junk.html"
    bad.write_bytes(b"\x00\xff" * 100)
    result = api.analyze([bad, INPUTS[0]], None, settings("spark"))
    assert [s.source for s in result.ingest.skipped] == [str(bad)]
    assert [a.id for a in result.corpus.articles] == ["01_nordwire_trawler"]


def test_unknown_engine_is_refused() -> None:
    with pytest.raises(ValueError, match="Available: local, spark"):
        api.runner_for(settings("hadoop"))
