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
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wirewatch.model import Corpus, DateRange, to_dict
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

    def run(
        self,
        function: BatchFunction,
        batches: Sequence[list[Item]],
        settings: Settings | None = None,
    ) -> Iterator[list[Result]]:
        """`function(batch, settings)` for every batch, one Spark task each; results in order.

        `settings` (default: the runner's) may carry what a round settled (its reference day).
        """
        if not batches:
            return
        if self.session is None:
            self.session = spark_session(self.settings.spark_master)
        settings = settings or self.settings
        context = self.session.sparkContext
        # A job per chunk of twice as many batches as Spark runs at once: the cores stay
        # busy, and the driver holds one chunk of results at a time.
        for chunk in batched(batches, 2 * context.defaultParallelism):
            tasks = context.parallelize(chunk, len(chunk))
            yield from tasks.map(lambda batch: function(batch, settings)).collect()


def day(window: DateRange | None, end: bool = False) -> str | None:
    if window is None:
        return None
    return window.end if end else window.start


def tables(corpus: Corpus) -> dict[str, tuple[list[str], list[dict[str, Any]]]]:
    """The corpus as flat rows, one table each (its column names, its rows), the store's
    key columns first; `record` keeps the whole object as JSON."""
    texts = {article.id: article.text for article in corpus.articles}
    columns: dict[str, tuple[list[Any], dict[str, Callable[[Any], Any]]]] = {
        "articles": (corpus.articles, {
            "id": lambda a: a.id, "source": lambda a: a.source, "url": lambda a: a.url,
            "outlet": lambda a: a.outlet, "title": lambda a: a.title,
            "published_start": lambda a: day(a.published),
            "published_end": lambda a: day(a.published, end=True),
            "language": lambda a: a.language, "duplicate_of": lambda a: a.duplicate_of,
            "event": lambda a: a.event, "text": lambda a: a.text,
        }),
        "events": (corpus.events, {
            "id": lambda e: e.id, "title": lambda e: e.title, "storyline": lambda e: e.storyline,
            "first_article": lambda e: e.first_article, "date_start": lambda e: day(e.date),
            "date_end": lambda e: day(e.date, end=True),
        }),
        "quotes": (corpus.quotes, {
            "id": lambda q: q.id, "article": lambda q: q.article, "kind": lambda q: q.kind,
            "speaker": lambda q: q.speaker_name, "group": lambda q: q.group,
            "text": lambda q: texts[q.article][q.start : q.end],
        }),
        "actions": (corpus.actions, {
            "id": lambda a: a.id, "event": lambda a: a.event, "type": lambda a: a.type,
            "source_country": lambda a: a.source.country,
            "target_country": lambda a: a.target.country, "date_start": lambda a: day(a.date),
        }),
    }  # fmt: skip
    return {
        name: (
            [*getters, "record"],
            [
                {**{column: get(item) for column, get in getters.items()}, "record": record(item)}
                for item in items
            ],
        )
        for name, (items, getters) in columns.items()
    }


def record(item: Any) -> str:
    return json.dumps(to_dict(item), ensure_ascii=False)


def write_parquet(corpus: Corpus, folder: Path, settings: Settings) -> list[Path]:
    """`folder/<table>.parquet` for articles, events, quotes and actions; the paths written."""
    from pyspark.sql.types import StringType, StructField, StructType

    session = spark_session(settings.spark_master)
    written = []
    try:
        for name, (columns, rows) in tables(corpus).items():
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
