"""Per-article stages in Apache Spark partitions, and the results as Parquet.

`SparkRunner` has the interface of `LocalRunner`: `run(function, batches)` maps a batch
function of `wirewatch.pipeline` (`clean_safely`, `annotate_safely`) over batches, here
one Spark task per batch, and yields the results back to the driver in order, one
chunk of batches at a time (twice as many as Spark runs at once), so the driver stores
them as they come and its memory stays bounded.  The functions run unchanged inside
Spark's Python workers, which Spark reuses, so each loads spaCy once.  `api.ingest`
picks this runner when `engine` is "spark"; the same code runs on `local[2]` here and
on a cluster (`spark_master`).

Corpus stages (linking) run on the driver over the store, as in a local run: they block
before they compare and grow about linearly.  `write_parquet` writes the analysed corpus
with the store's columns (articles, events, quotes, actions), for Spark SQL or DuckDB.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wirewatch.model import Corpus, to_dict
from wirewatch.scale.local import BatchFunction, Item, Result, batched
from wirewatch.settings import Settings

if TYPE_CHECKING:
    from pyspark.sql import SparkSession


def spark_session(master: str) -> SparkSession:
    """A Spark session for wirewatch (quiet logs, Python workers reused)."""
    from pyspark.sql import SparkSession

    # Workers must run this interpreter, the one wirewatch is installed in.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master(master)
        .appName("wirewatch")
        .config("spark.pyspark.python", os.environ["PYSPARK_PYTHON"])
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.python.worker.reuse", "true")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    return session


class SparkRunner:
    """Runs batch functions in Spark partitions; use it as a context manager."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.session: SparkSession | None = None

    def __enter__(self) -> SparkRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.session is not None:
            self.session.stop()
            self.session = None

    def run(self, function: BatchFunction, batches: Sequence[list[Item]]) -> Iterator[list[Result]]:
        """`function(batch, settings)` for every batch, one Spark task each; results in order."""
        if not batches:
            return
        if self.session is None:
            self.session = spark_session(self.settings.spark_master)
        settings = self.settings
        context = self.session.sparkContext
        # A job per chunk of twice as many batches as Spark runs at once: the cores stay
        # busy, and the driver holds one chunk of results at a time.
        for chunk in batched(batches, 2 * context.defaultParallelism):
            tasks = context.parallelize(chunk, len(chunk))
            yield from tasks.map(lambda batch: function(batch, settings)).collect()


def article_rows(corpus: Corpus) -> list[dict[str, Any]]:
    return [
        {
            "id": a.id,
            "source": a.source,
            "url": a.url,
            "outlet": a.outlet,
            "title": a.title,
            "published_start": a.published.start if a.published else None,
            "published_end": a.published.end if a.published else None,
            "language": a.language,
            "duplicate_of": a.duplicate_of,
            "event": a.event,
            "text": a.text,
            "record": json.dumps(to_dict(a), ensure_ascii=False),
        }
        for a in corpus.articles
    ]


def result_rows(corpus: Corpus) -> dict[str, list[dict[str, Any]]]:
    """The corpus results as flat rows, one table each; `record` keeps the whole object."""
    events = [
        {
            "id": e.id,
            "title": e.title,
            "storyline": e.storyline,
            "first_article": e.first_article,
            "date_start": e.date.start if e.date else None,
            "date_end": e.date.end if e.date else None,
            "record": json.dumps(to_dict(e), ensure_ascii=False),
        }
        for e in corpus.events
    ]
    quotes = [
        {
            "id": q.id,
            "article": q.article,
            "kind": q.kind,
            "speaker": q.speaker_name,
            "group": q.group,
            "text": corpus.article(q.article).text[q.start : q.end],
            "record": json.dumps(to_dict(q), ensure_ascii=False),
        }
        for q in corpus.quotes
    ]
    actions = [
        {
            "id": a.id,
            "event": a.event,
            "type": a.type,
            "source_country": a.source.country,
            "target_country": a.target.country,
            "date_start": a.date.start if a.date else None,
            "record": json.dumps(to_dict(a), ensure_ascii=False),
        }
        for a in corpus.actions
    ]
    return {"events": events, "quotes": quotes, "actions": actions}


def write_parquet(corpus: Corpus, folder: Path, settings: Settings) -> list[Path]:
    """`folder/<table>.parquet` for articles, events, quotes and actions; the paths written."""
    from pyspark.sql.types import StringType, StructField, StructType

    session = spark_session(settings.spark_master)
    written = []
    try:
        tables = {"articles": article_rows(corpus), **result_rows(corpus)}
        for name, rows in tables.items():
            columns = list(rows[0]) if rows else ["id", "record"]
            schema = StructType([StructField(column, StringType(), True) for column in columns])
            values = [tuple(row[c] for c in columns) for row in rows]
            path = folder / f"{name}.parquet"
            session.createDataFrame(values, schema=schema).write.mode("overwrite").parquet(
                str(path)
            )
            written.append(path)
    finally:
        session.stop()
    return written
