"""The command line: a thin face over `wirewatch.api`.

Exit codes: 0 all went well; 1 an error stopped the command; 2 the command
line was wrong (a missing input, a `--db` that is not a store: one line on
stderr); 3 the command finished but skipped some inputs (each named on stderr
with its reason).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from wirewatch import api
from wirewatch.settings import Settings, describe, override
from wirewatch.store import NotAStore, QueryRefused, SearchFilters, check_store

EXIT_SKIPPED = 3
# Control characters cannot occur in clean text, so they mark matches unambiguously.
MATCH_MARKERS = ("\x02", "\x03")
GRACEFUL_SHUTDOWN_SECONDS = 3

app = typer.Typer(
    help="wirewatch: turn a pile of scraped news into a sourced picture of what happened.",
    no_args_is_help=True,
    add_completion=False,
)
out = Console()
err = Console(stderr=True)



def _usage_error(message: str) -> typer.Exit:
    err.print(f"[red]error[/] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(2)


def _existing_store(path: Path) -> Path:
    """A store to read must exist: opening a mistyped path would create an empty one."""
    try:
        return check_store(path)
    except NotAStore as error:
        raise _usage_error(str(error)) from None


def _store_or_new(path: Path) -> Path:
    """Ingest may start a store, but never writes into a file that is something else."""
    return _existing_store(path) if path.exists() else path


Paths = Annotated[
    list[Path],
    typer.Argument(help="Files and folders to read (recursively).", exists=True),
]
Db = Annotated[Path, typer.Option("--db", help="The SQLite store.", callback=_existing_store)]
NewDb = Annotated[
    Path, typer.Option("--db", help="The SQLite store (made if missing).", callback=_store_or_new)
]
Jobs = Annotated[
    int | None, typer.Option("--jobs", "-j", help="Worker processes (default: cores).")
]
MaxBytes = Annotated[
    int | None, typer.Option("--max-bytes", help="Skip larger input files (default 20 MB).")
]
Model = Annotated[str | None, typer.Option("--spacy-model", help="spaCy pipeline to load.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars.")]
Overrides = Annotated[
    list[str] | None,
    typer.Option("--set", "-s", help="Any setting as NAME=VALUE (see `wirewatch settings`)."),
]


class Bars:
    """`api.Progress` drawn as rich progress bars on stderr."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.tasks: dict[str, int] = {}

    def begin(self, step: str, total: int | None = None) -> None:
        self.tasks[step] = self.progress.add_task(step, total=total)

    def advance(self, step: str, amount: int = 1) -> None:
        self.progress.advance(self.tasks[step], amount)

    def extend(self, step: str, amount: int) -> None:
        task = self.tasks[step]
        total = self.progress.tasks[task].total or 0
        self.progress.update(task, total=total + amount)


def _bars(quiet: bool) -> Progress:
    return Progress(
        TextColumn("{task.description:>9}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=quiet or not err.is_terminal,
    )


def _settings(
    jobs: int | None = None,
    max_bytes: int | None = None,
    model: str | None = None,
    overrides: list[str] | None = None,
) -> Settings:
    settings = Settings()
    for assignment in overrides or []:
        try:
            override(settings, assignment)
        except ValueError as error:
            err.print(f"[red]error[/] {error}", highlight=False)
            raise typer.Exit(2) from None
    if jobs is not None:
        settings.jobs = max(1, jobs)
    if max_bytes is not None:
        settings.max_bytes = max_bytes
    if model is not None:
        settings.nlp.spacy_model = model
    if settings.engine not in api.ENGINES:
        err.print(
            f"[red]error[/] No engine {settings.engine!r}. Available: {', '.join(api.ENGINES)}"
        )
        raise typer.Exit(2)
    return settings


def _report_skipped(report: api.IngestReport) -> None:
    for skipped in report.skipped:
        err.print(f"[yellow]skipped[/] {skipped}", highlight=False, soft_wrap=True)


def _summary_table(counts: dict[str, int], title: str) -> Table:
    table = Table(title=title, show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    for name, count in counts.items():
        table.add_row(name, str(count))
    return table


@app.command()
def analyze(
    paths: Paths,
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for analysis.json and the store.")],
    jobs: Jobs = None,
    max_bytes: MaxBytes = None,
    spacy_model: Model = None,
    overrides: Overrides = None,
    fresh: Annotated[
        bool, typer.Option(help="Start OUT/wirewatch.db anew instead of adding to it.")
    ] = False,
    quiet: Quiet = False,
) -> None:
    """Read, clean, annotate and link articles; write OUT/analysis.json, OUT/brief.md,
    OUT/brief.html and OUT/wirewatch.db."""
    settings = _settings(jobs, max_bytes, spacy_model, overrides)
    _store_or_new(out_dir / "wirewatch.db")
    with _bars(quiet) as progress:
        result = api.analyze(paths, out_dir, settings, Bars(progress), fresh=fresh)
    _report_skipped(result.ingest)
    counts = api.summary(result.db_path) if result.db_path else {}
    counts["skipped inputs"] = len(result.ingest.skipped)
    out.print(_summary_table(counts, "wirewatch analysis"))
    if result.parquet_paths:
        out.print(f"parquet: {result.parquet_paths[0].parent}", highlight=False)
    briefs = ", ".join(str(path) for path in result.brief_paths)
    out.print(
        f"export: {result.export_path}\nbrief:  {briefs}\nstore:  {result.db_path}", highlight=False
    )
    if result.ingest.skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def ingest(
    paths: Paths,
    db: NewDb = Path(api.DEFAULT_DB),
    jobs: Jobs = None,
    max_bytes: MaxBytes = None,
    spacy_model: Model = None,
    relink: Annotated[bool, typer.Option(help="Link the corpus after ingesting.")] = True,
    overrides: Overrides = None,
    quiet: Quiet = False,
) -> None:
    """Add articles to a store; content already there is left as it is."""
    settings = _settings(jobs, max_bytes, spacy_model, overrides)
    with _bars(quiet) as progress:
        report = api.ingest(paths, db, settings, Bars(progress))
        if relink:
            api.link(db, settings, Bars(progress))
    _report_skipped(report)
    out.print(
        f"read {report.read}, added {report.added}, replaced {report.replaced}, "
        f"unchanged {report.unchanged}, skipped {len(report.skipped)} -> {db}",
        highlight=False,
    )
    if report.skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def link(db: Db = Path(api.DEFAULT_DB), overrides: Overrides = None, quiet: Quiet = False) -> None:
    """Find copies, entities, events, storylines, quote groups and contradictions."""
    settings = _settings(overrides=overrides)
    with _bars(quiet) as progress:
        api.link(db, settings, Bars(progress))
    out.print(_summary_table(api.summary(db), f"wirewatch store {db}"))


@app.command()
def export(
    db: Db = Path(api.DEFAULT_DB),
    format: Annotated[str, typer.Option("--format", "-f", help="Exporter name.")] = "json",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File (default: stdout).")
    ] = None,
) -> None:
    """Write the stored corpus in an export format (json: the contract)."""
    try:
        rendered = api.export(db, format)
    except ValueError as error:
        err.print(f"[red]error[/] {error}")
        raise typer.Exit(2) from None
    if output is None:
        sys.stdout.write(rendered + "\n")
    else:
        output.write_text(rendered + "\n", encoding="utf-8")


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find (SQLite FTS5 syntax allowed).")],
    db: Db = Path(api.DEFAULT_DB),
    limit: Annotated[int, typer.Option(help="At most this many articles.")] = 20,
    since: Annotated[str | None, typer.Option(help="Published on or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Published on or before (YYYY-MM-DD).")] = None,
    outlet: Annotated[str | None, typer.Option(help="Only this outlet.")] = None,
    language: Annotated[str | None, typer.Option(help="Only this language (en, fi, ...).")] = None,
    kind: Annotated[str | None, typer.Option(help="original or copy (of another report).")] = None,
) -> None:
    """Articles matching QUERY, best first, with the matching words highlighted."""
    try:
        filters = SearchFilters(since, until, outlet, language, kind)
        hits = api.search(query, db, limit, markers=MATCH_MARKERS, filters=filters)
    except QueryRefused as error:
        raise _usage_error(str(error)) from None
    table = Table(show_header=True, title=f"{len(hits)} article(s) for {query!r}")
    for column in ("article", "outlet", "title", "snippet"):
        table.add_column(column, overflow="fold")
    for hit in hits:
        table.add_row(hit.article, hit.outlet or "", hit.title or "", _highlight(hit.snippet))
    out.print(table)


@app.command()
def relations(
    country_a: Annotated[str, typer.Argument(help="A country: ISO code (RUS) or name.")],
    country_b: Annotated[str, typer.Argument(help="The other country.")],
    db: Db = Path(api.DEFAULT_DB),
) -> None:
    """How two countries dealt with each other: their actions by day, each with its sentence."""
    try:
        found = api.relations(country_a, country_b, db)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from error
    pair = " - ".join(found.pair)
    table = Table(show_header=True, title=f"{len(found.actions)} action(s) between {pair}")
    # score: the day's actions summed, from cooperation (+) to conflict (-)
    for column in ("day", "score", "action", "articles", "evidence"):
        table.add_column(column, overflow="fold")
    for point in found.points:
        for position, action_id in enumerate(point.actions):
            action = found.actions[action_id]
            sides = f"{action.source.side} {action.type} {action.target.side}"
            evidence = action.evidence[0].text.strip() if action.evidence else ""
            day, score = (
                (point.date or "undated", f"{point.score:+.1f}") if not position else ("", "")
            )
            table.add_row(day, score, sides, ", ".join(action.articles), evidence)
    out.print(table)


@app.command()
def serve(
    db: Db = Path(api.DEFAULT_DB),
    host: Annotated[str, typer.Option(help="Address to listen on (local only by default).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Browse and search the store in a browser: events, articles, quotes, relations, brief."""
    import uvicorn

    from wirewatch.web.app import create_app

    application = create_app(db)
    out.print(f"wirewatch: http://{host}:{port}/ (Ctrl+C stops it)", highlight=False)
    # On SIGTERM or Ctrl+C, requests in flight get a few seconds, then the server stops.
    uvicorn.run(
        application, host=host, port=port, log_level="warning",
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_SECONDS,
    )


@app.command()
def summary(db: Db = Path(api.DEFAULT_DB)) -> None:
    """How many articles, events, storylines, people and quotes the store holds."""
    out.print(_summary_table(api.summary(db), f"wirewatch store {db}"))


@app.command("settings")
def show_settings(
    markdown: Annotated[bool, typer.Option(help="Print a Markdown table.")] = False,
) -> None:
    """Every setting with its default and what it does."""
    rows = [(name, repr(default), help_text) for name, default, help_text in describe()]
    if markdown:
        lines = ["| setting | default | what it does |", "|---|---|---|"]
        lines += [f"| `{name}` | `{default}` | {help_text} |" for name, default, help_text in rows]
        sys.stdout.write("\n".join(lines) + "\n")
        return
    table = Table(show_header=True)
    for column in ("setting", "default", "help"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*row)
    out.print(table)


def _highlight(snippet: str) -> Text:
    """The snippet with its matches in bold; article text is never read as markup."""
    text = Text()
    for n, piece in enumerate(re.split(f"[{''.join(MATCH_MARKERS)}]", snippet)):
        text.append(piece, style="bold yellow" if n % 2 else "")
    return text


if __name__ == "__main__":
    app()
