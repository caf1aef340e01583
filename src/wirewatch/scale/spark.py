"""Per-article stages in Apache Spark partitions, and the results as Parquet.

`SparkRunner` has the interface of `LocalRunner`: `run(function, batches)` maps a batch
function of `wirewatch.pipeline` (`clean_safely`, `annotate_safely`) over batches, here
one Spark task per batch, and yields the results back to the driver in order, one
chunk of batches at a time (twice as many as Spark runs at once), so the driver stores
them as they come and its memory stays bounded.  The functions run unchanged inside
Spark's Python workers, which Spark reuses, so each loads spaCy once.  `api.ingest`
picks this runner when `engine` is "spark"; the same code runs on `local[2]` here and
on a cluster (`spark_master`).

The link stages (duplicates, events, storylines) run as Spark jobs over blocks
(`scale.spark_link`), with the result of a local run: `link_stages` gives them to
`pipeline.link_corpus` in place of the local ones.  The other corpus stages (entities,
quote groups, contradictions, action counts) run on the driver, as in a local run.
`write_parquet` writes the analysed corpus with the store's columns, one Parquet table
each, for Spark SQL or DuckDB.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wirewatch.link.storylines import date_key, names_by_event
from wirewatch.model import Corpus
from wirewatch.scale import spark_link
from wirewatch.scale.local import BatchFunction, Item, Result, batched
from wirewatch.scale.spark_link import Placed
from wirewatch.settings import Settings
from wirewatch.store.rows import (
    ARTICLE_PARTS,
    DISAGREEMENT_CLAIMS,
    RESULT_TABLES,
    article_row,
    json_record,
    quote_row,
)

if TYPE_CHECKING:
    from pyspark import RDD, SparkContext
    from pyspark.sql import SparkSession
    from pyspark.sql.types import StructType


def spark_session(master: str) -> SparkSession:
    """A Spark session for wirewatch (quiet logs, Python workers reused)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as missing:
        raise RuntimeError(
            "engine=spark needs pyspark: pip install 'wirewatch[spark]' (and Java 17+)"
        ) from missing

    # Workers must run this interpreter, the one wirewatch is installed in.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.master(master)
    cores = local_cores(master)
    if cores:
        # Unset, PySpark gives a join as many partitions as both sides together, so each
        # join of the link stages doubled them (600 tasks a stage for 150 articles).
        builder = builder.config("spark.default.parallelism", str(cores))
    session = (
        builder
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


def local_cores(master: str) -> int | None:
    """N of "local[N]" ("local[*]": the machine's cores; "local": 1); None for a cluster."""
    if master == "local":
        return 1
    match = re.fullmatch(r"local\[(\d+|\*)(?:,\s*\d+)?\]", master)
    if match is None:
        return None
    return (os.cpu_count() or 1) if match.group(1) == "*" else int(match.group(1))


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


def placed(context: SparkContext, corpus: Corpus) -> RDD[Placed]:
    """The corpus's articles with their positions, in about two partitions per core."""
    rows = list(enumerate(corpus.articles))
    return context.parallelize(rows, max(1, min(len(rows), 2 * context.defaultParallelism)))


def spark_duplicates(context: SparkContext, corpus: Corpus, settings: Settings) -> None:
    """`link.duplicates.mark_duplicates` as Spark jobs."""
    roots = spark_link.duplicate_roots(context, placed(context, corpus), settings.link)
    for article in corpus.articles:
        article.duplicate_of = roots.get(article.id)


def spark_events(context: SparkContext, corpus: Corpus, settings: Settings) -> None:
    """`link.events.link_events` as Spark jobs: events, `Article.event`, `corpus.windows`."""
    event_of = dict(spark_link.event_of(context, placed(context, corpus), settings.link).collect())
    for article in corpus.articles:
        article.event = event_of.get(article.id)
    articles = placed(context, corpus)
    now = spark_link.reference_day(articles, settings.nlp.reference_date)
    windows = spark_link.windows_of(articles, now, corpus.windows).persist()
    corpus.windows.update(windows.collectAsMap())
    storyline_of = {event.id: event.storyline for event in corpus.events}
    events = spark_link.described_events(articles, windows, settings.link).collect()
    for event in events:
        event.storyline = storyline_of.get(event.id)
    corpus.events = sorted(events, key=lambda e: (e.date.start if e.date else "", e.id))
    windows.unpersist()


def spark_storylines(context: SparkContext, corpus: Corpus, settings: Settings) -> None:
    """`link.storylines.link_storylines` as Spark jobs."""
    events = context.parallelize(corpus.events, max(1, 2 * context.defaultParallelism))
    found = spark_link.storylines_of(
        context, placed(context, corpus), events, names_by_event(corpus), settings.link
    ).collect()
    by_id = {event.id: event for event in corpus.events}
    corpus.storylines = []
    for storyline, chain in sorted(found, key=lambda item: date_key(item[1][0])):
        for event in chain:
            by_id[event.id].storyline = storyline.id
        corpus.storylines.append(storyline)


@contextmanager
def link_stages(settings: Settings) -> Iterator[dict[str, Callable[[Corpus, Settings], None]]]:
    """The link stages that run on Spark, by stage name, while one session lasts."""
    session = spark_session(settings.spark_master)
    context = session.sparkContext
    try:
        yield {
            name: partial(function, context)
            for name, function in (
                ("duplicates", spark_duplicates),
                ("events", spark_events),
                ("storylines", spark_storylines),
            )
        }
    finally:
        session.stop()


def tables(corpus: Corpus) -> dict[str, list[dict[str, Any]]]:
    """Every table of the store, as the store's own row functions (`store.rows`) make its
    rows: articles, quotes, the articles' parts (mentions, removals, claims), each corpus
    result (events, storylines, entities, contradictions, actions, dyads, with `position`
    and `record`, the whole item as JSON) and the disagreements' claims."""
    found: dict[str, list[dict[str, Any]]] = {
        # the store keeps the text inside `record`; Spark SQL readers get it as a column too
        "articles": [{**article_row(a, None), "text": a.text} for a in corpus.articles],
        "quotes": [quote_row(q, article.id) for article in corpus.articles for q in article.quotes],
    }
    for part in ARTICLE_PARTS:
        found[part.name] = [row for article in corpus.articles for row in part.rows(article)]
    for table in RESULT_TABLES:
        found[table.name] = [
            {**table.columns(item), "position": position, "record": json_record(item)}
            for position, item in enumerate(getattr(corpus, table.name))
        ]
    disagreements = corpus.contradictions
    found[DISAGREEMENT_CLAIMS.name] = [
        row for contradiction in disagreements for row in DISAGREEMENT_CLAIMS.rows(contradiction)
    ]
    return found


def schema_of(rows: list[dict[str, Any]], columns: list[str]) -> StructType:
    """Spark column types from the values (a column with no value: string)."""
    from pyspark.sql.types import (
        BooleanType,
        DoubleType,
        LongType,
        StringType,
        StructField,
        StructType,
    )

    def spark_type(column: str) -> Any:
        kinds = {type(row[column]) for row in rows if row[column] is not None}
        if kinds == {bool}:
            return BooleanType()
        if kinds == {int}:
            return LongType()
        if kinds and kinds <= {int, float}:
            return DoubleType()
        return StringType()

    return StructType([StructField(column, spark_type(column), True) for column in columns])


def write_parquet(corpus: Corpus, folder: Path, settings: Settings) -> list[Path]:
    """`folder/<table>.parquet` for every table of the store (`tables`); the paths written."""
    from pyspark.sql.types import DoubleType

    session = spark_session(settings.spark_master)
    written = []
    try:
        for name, rows in tables(corpus).items():
            columns = list(rows[0]) if rows else ["id"]
            schema = schema_of(rows, columns)
            floats = [isinstance(field.dataType, DoubleType) for field in schema.fields]
            values = [
                tuple(
                    float(row[column]) if real and row[column] is not None else row[column]
                    for column, real in zip(columns, floats, strict=True)
                )
                for row in rows
            ]
            path = folder / f"{name}.parquet"
            frame = session.createDataFrame(values, schema=schema)
            frame.write.mode("overwrite").parquet(str(path))
            written.append(path)
    finally:
        session.stop()
    return written
