"""The Python API: every feature of wirewatch, for scripts and for the faces.

`cli.py` and `web/` only parse arguments, call these functions and show
what they return.

    import wirewatch
    result = wirewatch.analyze(["articles/"])
    for event in result.corpus.events:
        print(event.title, event.articles)
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from wirewatch import pipeline
from wirewatch.actions.count import Relations, relations_between
from wirewatch.clean import recurring
from wirewatch.model import Article, Corpus, RawDocument, Skipped
from wirewatch.nlp.countries import country_code
from wirewatch.report import EXPORTERS
from wirewatch.report.brief import build_brief, render_brief
from wirewatch.report.json_export import export_json, write_json
from wirewatch.scale.local import LocalRunner, batched
from wirewatch.settings import Settings
from wirewatch.store import SearchFilters, SearchHit, Store

if TYPE_CHECKING:
    from wirewatch.scale.spark import SparkRunner

DEFAULT_DB = "wirewatch.db"


class Progress(Protocol):
    """Told how far each step is; the CLI draws bars, the default says nothing."""

    def begin(self, step: str, total: int | None = None) -> None: ...

    def advance(self, step: str, amount: int = 1) -> None: ...

    def extend(self, step: str, amount: int) -> None:
        """Add `amount` to the step's total (ingest learns its size round by round)."""


class Silent:
    def begin(self, step: str, total: int | None = None) -> None:
        pass

    def advance(self, step: str, amount: int = 1) -> None:
        pass

    def extend(self, step: str, amount: int) -> None:
        pass


@dataclass
class IngestReport:
    """What one ingest run did; `skipped` names every input it could not use."""

    read: int = 0
    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    skipped: list[Skipped] = field(default_factory=list)


@dataclass
class Analysis:
    """The result of `analyze`: the linked corpus and what ingest skipped."""

    corpus: Corpus
    ingest: IngestReport
    export_path: Path | None = None
    brief_paths: list[Path] = field(default_factory=list)
    parquet_paths: list[Path] = field(default_factory=list)
    db_path: Path | None = None

    def to_dict(self) -> dict[str, Any]:
        """The contract export (`analysis.schema.json`) as Python objects."""
        return export_json(self.corpus)


def ingest(
    paths: Sequence[str | Path],
    db: str | Path | Store = DEFAULT_DB,
    settings: Settings | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Read, clean and annotate the articles under `paths` into the store.

    Inputs stream through in rounds of `settings.round_size` documents, so
    memory stays bounded however large the input.  Content already stored is
    not processed again; each batch of articles is stored in one transaction,
    so an interrupted run loses at most the batch in flight and a re-run
    finishes the job.
    """
    settings = settings or Settings()
    pipeline.stages_for(settings)  # a bad `skip` stops the run here, not each batch
    progress = progress or Silent()
    report = IngestReport()
    for step in ("read", "clean", "annotate"):
        progress.begin(step, 0)
    with _open(db, settings) as store, runner_for(settings) as runner:
        fresh = _new_documents(paths, store.known_hashes(), settings, report, progress)
        for raws in batched(fresh, settings.round_size):
            cleaned = _clean(runner, raws, settings, report, progress)
            articles = _strip_outlet_lines(store, cleaned, settings)
            progress.extend("annotate", len(articles))
            batches = list(batched(articles, settings.batch_size))
            annotating = pipeline.as_of(settings, articles)
            for annotated in runner.run(pipeline.annotate_safely, batches, annotating):
                _store_batch(store, annotated, report)
                progress.advance("annotate", len(annotated))
            _settle_outlet_lines(store, articles, settings, runner)
    return report


def link(
    db: str | Path | Store = DEFAULT_DB,
    settings: Settings | None = None,
    progress: Progress | None = None,
) -> Corpus:
    """Run the corpus stages (duplicates, entities, events, ...) over the store."""
    settings = settings or Settings()
    progress = progress or Silent()
    with _open(db, settings) as store, link_stages_for(settings) as runs:
        corpus = store.load_corpus()
        progress.begin("link", len(pipeline.stages_for(settings, "corpus")))
        pipeline.link_corpus(corpus, settings, lambda name: progress.advance("link"), runs)
        store.save_corpus(corpus)
    return corpus


def analyze(
    paths: Sequence[str | Path],
    out: str | Path | None = None,
    settings: Settings | None = None,
    progress: Progress | None = None,
    fresh: bool = False,
) -> Analysis:
    """Ingest, link and export in one go.

    With `out`, writes `out/wirewatch.db`, `out/analysis.json` and the brief
    (`out/brief.md`, `out/brief.html`); without,
    works in memory and only returns the result.  An existing `out/wirewatch.db`
    is added to (so an interrupted run resumes) unless `fresh` starts it anew.
    """
    settings = settings or Settings()
    out_dir = Path(out) if out is not None else None
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    db_path = out_dir / "wirewatch.db" if out_dir is not None else None
    if fresh and db_path is not None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    with Store(db_path or ":memory:", settings.store) as store:
        report = ingest(paths, store, settings, progress)
        corpus = link(store, settings, progress)
    result = Analysis(corpus, report, db_path=db_path)
    if out_dir is not None:
        result.export_path = out_dir / "analysis.json"
        with result.export_path.open("w", encoding="utf-8") as export_file:
            write_json(corpus, export_file)
        brief = build_brief(corpus)
        for name, format in (("brief.md", "markdown"), ("brief.html", "html")):
            path = out_dir / name
            path.write_text(render_brief(brief, format), encoding="utf-8")
            result.brief_paths.append(path)
        if settings.engine == "spark":
            from wirewatch.scale.spark import write_parquet

            result.parquet_paths = write_parquet(corpus, out_dir / "parquet", settings)
    return result


def load(db: str | Path | Store = DEFAULT_DB) -> Corpus:
    """The stored corpus: articles with their annotations and every corpus result."""
    with _open(db) as store:
        return store.load_corpus()


def export(db: str | Path | Store = DEFAULT_DB, format: str = "json") -> str:
    """The stored corpus rendered by a registered exporter."""
    if format not in EXPORTERS:
        raise ValueError(f"No exporter {format!r}. Available: {', '.join(sorted(EXPORTERS))}")
    with _open(db) as store:
        return EXPORTERS[format](store.load_corpus())


def search(
    query: str,
    db: str | Path | Store = DEFAULT_DB,
    limit: int = 20,
    markers: tuple[str, str] = ("[", "]"),
    filters: SearchFilters | None = None,
    offset: int = 0,
    abandoned: Callable[[], bool] | None = None,
) -> list[SearchHit]:
    """Articles matching `query`, best first, with snippets whose matches sit between `markers`.

    `filters` narrow by date, outlet, language or kind; `offset` skips to a later page.  A
    query or page asking for more work than the store allows raises `QueryRefused` (a
    ValueError) with a one-line reason; `abandoned()` turning true (the asker has gone)
    stops the search with `SearchAbandoned`."""
    with _open(db) as store:
        return store.search(
            query, limit=limit, markers=markers, filters=filters, offset=offset,
            abandoned=abandoned,
        )


def relations(country_a: str, country_b: str, db: str | Path | Store = DEFAULT_DB) -> Relations:
    """The timeline of actions between two countries (codes like "RUS", or names)."""
    codes = [known_country(country_a), known_country(country_b)]
    with _open(db) as store:
        return relations_between(store.load_corpus(), *codes)


def known_country(name: str) -> str:
    """The country code of a name or a code; a ValueError naming the input otherwise."""
    code = country_code(name)
    if code is None:
        raise ValueError(f"No country {name!r}: give an ISO code (RUS) or a name (Russia)")
    return code


def summary(db: str | Path | Store = DEFAULT_DB) -> dict[str, int]:
    """How many articles, events, storylines, people, quotes, ... the store holds, and how
    many articles of each language went through which article stages."""
    with _open(db) as store:
        counts = store.counts()
        for language, stages, articles in store.stages_by_language():
            counts[f"articles in {language or '?'}: {', '.join(stages) or 'no stage'}"] = articles
        return counts


# ---------------------------------------------------------------- steps of ingest


ENGINES = ("local", "spark")


def runner_for(settings: Settings) -> LocalRunner | SparkRunner:
    """The runner of per-article stages that `settings.engine` names."""
    if settings.engine == "spark":
        from wirewatch.scale.spark import SparkRunner

        return SparkRunner(settings)
    if settings.engine != "local":
        raise ValueError(f"No engine {settings.engine!r}. Available: {', '.join(ENGINES)}")
    return LocalRunner(settings)


def link_stages_for(settings: Settings) -> AbstractContextManager[dict[str, Any]]:
    """The corpus stages `settings.engine` runs its own way, by name (none on "local")."""
    if settings.engine == "spark":
        from wirewatch.scale.spark import link_stages

        return link_stages(settings)
    return nullcontext({})


def _open(db: str | Path | Store, settings: Settings | None = None) -> Store:
    """A store to use in a `with` block; a Store passed in stays open after it."""
    if isinstance(db, Store):
        return _Borrowed(db)  # type: ignore[return-value]
    return Store(db, (settings or Settings()).store)


class _Borrowed:
    def __init__(self, store: Store) -> None:
        self.store = store

    def __enter__(self) -> Store:
        return self.store

    def __exit__(self, *exc: object) -> None:
        return None


def _new_documents(
    paths: Sequence[str | Path],
    known: set[str],
    settings: Settings,
    report: IngestReport,
    progress: Progress,
) -> Iterator[RawDocument]:
    """Readable inputs the store does not hold yet, processed as now, as they are read."""
    processing = settings.processing_key()
    for item in pipeline.read_documents(paths, settings):
        progress.extend("read", 1)
        progress.advance("read")
        if isinstance(item, Skipped):
            report.skipped.append(item)
            continue
        report.read += 1
        key = stored_hash(item.content_hash, processing)
        if key in known:
            report.unchanged += 1
            continue
        known.add(key)
        yield item


def stored_hash(content_hash: str, processing: str) -> str:
    """What an article is stored under: its input's content and how it was processed, so
    an input processed by another version or other settings is processed again."""
    return hashlib.sha256(f"{content_hash}\0{processing}".encode()).hexdigest()


def _clean(
    runner: LocalRunner,
    raws: list[RawDocument],
    settings: Settings,
    report: IngestReport,
    progress: Progress,
) -> list[Article]:
    """Clean one round (outlet boilerplate not yet taken out)."""
    progress.extend("clean", len(raws))
    cleaned: list[Article] = []
    batches = list(batched(raws, settings.batch_size))
    for batch in runner.run(pipeline.clean_safely, batches):
        for item in batch:
            if isinstance(item, Skipped):
                report.skipped.append(item)
            else:
                cleaned.append(item)
        progress.advance("clean", len(batch))
    cleaned.sort(key=lambda article: article.id)
    processing = settings.processing_key()
    for article in cleaned:
        article.content_hash = stored_hash(article.content_hash, processing)
    return cleaned


def _strip_outlet_lines(store: Store, cleaned: list[Article], settings: Settings) -> list[Article]:
    """Take a round's outlet boilerplate out, learned from the round and from every stored
    article of its outlets; the round's paragraphs are kept in the store for later rounds."""
    if not pipeline.stages_for(settings, "round"):
        return cleaned
    pooled = [
        (article.id, pool, recurring.paragraph_rows(article))
        for article in cleaned
        if (pool := recurring.pool_key(article))
    ]
    store.record_outlet_paragraphs(pooled)
    in_round = {article.id for article in cleaned}
    seen = {
        pool: [[text for text, _ in rows] for held, rows in held_by.items() if held not in in_round]
        for pool, held_by in store.outlet_paragraphs({pool for _, pool, _ in pooled}).items()
    }
    return pipeline.strip_boilerplate(cleaned, settings, seen)


def _settle_outlet_lines(
    store: Store, articles: list[Article], settings: Settings, runner: LocalRunner | SparkRunner
) -> None:
    """Strip the stored articles of the round's outlets again with what each outlet's
    boilerplate is now, so the result does not depend on the order inputs came in (a line
    recurs only once later articles hold it; a concurrent ingest adds articles too).  An
    article whose text changes is annotated again from its cleaned form."""
    pools = {pool for article in articles if (pool := recurring.pool_key(article))}
    if not pools or not pipeline.stages_for(settings, "round"):
        return
    stale: dict[str, tuple[list[recurring.ParagraphRow], set[str]]] = {}
    for held_by in store.outlet_paragraphs(pools).values():
        pool = [[text for text, _ in rows] for rows in held_by.values()]
        boilerplate = recurring.pool_boilerplate(pool, settings.clean)
        texts = store.article_texts(held_by)
        for held, rows in held_by.items():
            if recurring.stripped_text(rows, boilerplate) != texts.get(held):
                stale[held] = (rows, boilerplate)
    if not stale:
        return
    restripped = [
        recurring.restripped(pipeline.as_cleaned(article), *stale[article.id])
        for article in store.articles(stale)
    ]
    batches = list(batched(restripped, settings.batch_size))
    annotating = pipeline.as_of(settings, restripped)
    for annotated in runner.run(pipeline.annotate_safely, batches, annotating):
        store.update_articles(item for item in annotated if isinstance(item, Article))


def _store_batch(store: Store, batch: Iterable[Article | Skipped], report: IngestReport) -> None:
    articles = []
    for item in batch:
        if isinstance(item, Skipped):
            report.skipped.append(item)
        else:
            articles.append(item)
    result = store.add_articles(articles)
    report.added += result.added
    report.replaced += result.replaced
    report.unchanged += result.unchanged
