"""End to end through the Python API: real seeds, the contract, bad input, interruption."""

from __future__ import annotations

import datetime
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest

import wirewatch
from wirewatch import api
from wirewatch.settings import Settings, override

pytestmark = pytest.mark.slow


def write_articles(folder: Path, count: int) -> None:
    """`count` distinct short articles written for the test."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"story-{n:04d}.txt").write_text(
            f"Harbour workers strike for day {n}\n\n"
            f"Dock workers in Rotterdam stopped work on day {n} of the dispute, the union said. "
            '"We will stay out until the port authority listens," '
            "union leader Maria Jansen said.\n\n"
            f"The port handled {1000 + n} containers last week, officials said.\n",
            encoding="utf-8",
        )


def test_api_analyze_seeds_writes_export_valid_against_contract(shared_dir, seeds_export):
    export = json.loads(seeds_export.read_text(encoding="utf-8"))
    schema = json.loads((shared_dir / "contract" / "analysis.schema.json").read_text())
    jsonschema.validate(export, schema)
    assert sorted(article["id"] for article in export["articles"]) == sorted(
        path.name.removesuffix(".txt") for path in (shared_dir / "seeds").glob("*.txt")
    )
    assert (seeds_export.parent / "wirewatch.db").is_file()


def test_api_analyze_demo_reads_every_file_and_validates(shared_dir, demo_export):
    export = json.loads(demo_export.read_text(encoding="utf-8"))
    schema = json.loads((shared_dir / "contract" / "analysis.schema.json").read_text())
    jsonschema.validate(export, schema)
    assert len(export["articles"]) == 14
    assert export["events"] and export["quotes"] and export["entities"]


def test_api_result_to_dict_is_the_written_export(tmp_path):
    write_articles(tmp_path / "in", 2)
    result = api.analyze([tmp_path / "in"], tmp_path / "out", Settings(jobs=1))
    written = json.loads((tmp_path / "out" / "analysis.json").read_text(encoding="utf-8"))
    assert result.ingest.skipped == []
    assert result.to_dict()["articles"] == written["articles"]


def test_api_analyze_in_memory_returns_python_objects(tmp_path):
    write_articles(tmp_path / "in", 3)
    result = wirewatch.analyze([tmp_path / "in"], settings=Settings(jobs=1))
    assert len(result.corpus.articles) == 3
    assert result.export_path is None
    assert all("Dock workers" in article.text for article in result.corpus.articles)


def test_api_reingest_of_the_same_content_changes_nothing(tmp_path):
    write_articles(tmp_path / "in", 4)
    db = tmp_path / "store.db"
    first = api.ingest([tmp_path / "in"], db, Settings(jobs=1))
    again = api.ingest([tmp_path / "in"], db, Settings(jobs=1))
    assert (first.added, first.unchanged) == (4, 0)
    assert (again.added, again.unchanged) == (0, 4)
    assert api.summary(db)["articles"] == 4


def test_api_reingest_with_other_article_settings_processes_again(tmp_path):
    write_articles(tmp_path / "in", 3)
    db = tmp_path / "store.db"
    api.ingest([tmp_path / "in"], db, Settings(jobs=1))
    # settings that do not change an article's processing keep the stored articles
    unchanged = Settings(jobs=2)
    override(unchanged, "link.event_threshold=0.5")
    assert api.ingest([tmp_path / "in"], db, unchanged).unchanged == 3
    # a per-article setting (or another wirewatch version) processes them again, in place
    changed = Settings(jobs=1)
    override(changed, "clean.line_model=true")
    again = api.ingest([tmp_path / "in"], db, changed)
    assert (again.added, again.replaced, again.unchanged) == (0, 3, 0)
    assert api.summary(db)["articles"] == 3
    assert api.ingest([tmp_path / "in"], db, changed).unchanged == 3


def test_api_bad_inputs_are_skipped_by_name_and_the_batch_goes_on(tmp_path):
    write_articles(tmp_path / "in", 2)
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "in" / "junk.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "in" / "huge.txt").write_text("word " * 5000, encoding="utf-8")
    (tmp_path / "in" / "broken.jsonl").write_text('{"id": "x", "text": \n', encoding="utf-8")
    settings = Settings(jobs=1, max_bytes=10_000)
    report = api.ingest([tmp_path / "in"], tmp_path / "store.db", settings)
    assert report.added == 2
    skipped = {Path(item.source.split("#")[0].split(":")[0]).name for item in report.skipped}
    assert {"empty.txt", "junk.txt", "huge.txt", "broken.jsonl"} <= skipped
    assert all(item.reason for item in report.skipped)


def test_api_pool_and_in_process_give_the_same_articles(tmp_path):
    write_articles(tmp_path / "in", 6)
    one = api.analyze([tmp_path / "in"], settings=Settings(jobs=1, batch_size=2))
    two = api.analyze([tmp_path / "in"], settings=Settings(jobs=2, batch_size=2))
    assert one.to_dict()["articles"] == two.to_dict()["articles"]


class StoppedDate(datetime.date):
    """A calendar whose clock fails the test when read: the day a run happens on is no
    input of the analysis (dates are still built and compared as ever)."""

    @classmethod
    def today(cls) -> datetime.date:
        raise AssertionError("the analysis read the clock (date.today)")


class StoppedDateTime(datetime.datetime):
    @classmethod
    def now(cls, tz: datetime.tzinfo | None = None) -> datetime.datetime:
        raise AssertionError("the analysis read the clock (datetime.now)")

    @classmethod
    def utcnow(cls) -> datetime.datetime:
        raise AssertionError("the analysis read the clock (datetime.utcnow)")


# The store stamps each row with when it was ingested: a record of the run, never read by a
# stage and not in the export.
CLOCK_ALLOWED = {"wirewatch.store.store"}


def stop_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """`date.today()` and `datetime.now()` raise, in every wirewatch module (those imported
    by name too) and in `datetime` itself, in this process and the pool's forked workers."""
    stopped = {datetime.date: StoppedDate, datetime.datetime: StoppedDateTime}
    for name, module in list(sys.modules.items()):
        if name.startswith("wirewatch") and name not in CLOCK_ALLOWED:
            for attribute in ("date", "datetime"):
                value = getattr(module, attribute, None)
                if isinstance(value, type) and value in stopped:
                    monkeypatch.setattr(module, attribute, stopped[value])
    monkeypatch.setattr(datetime, "date", StoppedDate)


def test_api_stopped_clock_fails_when_read(monkeypatch):
    from wirewatch.nlp.time import windows

    stop_the_clock(monkeypatch)
    with pytest.raises(AssertionError, match="read the clock"):
        windows.date.today()
    assert windows.date.fromisoformat("2025-06-01") == datetime.date(2025, 6, 1)


def test_api_seeds_export_is_the_same_on_any_day_and_core_count(
    shared_dir, seeds_export, tmp_path, monkeypatch
):
    """The export may depend neither on the day it runs nor on the machine's cores: the
    seeds again, with a clock that may not be read and every core (faked at two) of a
    pool, byte for byte the export of one in-process run."""
    stop_the_clock(monkeypatch)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    settings = Settings(batch_size=2)
    assert settings.jobs is None and settings.workers() == 2
    api.analyze([shared_dir / "seeds"], tmp_path, settings)
    assert (tmp_path / "analysis.json").read_bytes() == seeds_export.read_bytes()


def stored_articles(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as connection:
            return connection.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def test_api_interrupted_ingest_keeps_what_was_stored_and_resumes(tmp_path):
    total = 240
    write_articles(tmp_path / "in", total)
    db = tmp_path / "store.db"
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from wirewatch import api; from wirewatch.settings import Settings; "
            "api.ingest([sys.argv[1]], sys.argv[2], Settings(jobs=1, batch_size=4))",
            str(tmp_path / "in"),
            str(db),
        ]
    )
    deadline = time.monotonic() + 120
    while stored_articles(db) == 0 and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.01)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    stored_at_kill = stored_articles(db)
    assert 0 < stored_at_kill < total, "the child was not interrupted mid-run"
    assert stored_at_kill % 4 == 0, "a batch was stored in part: one batch, one transaction"
    with sqlite3.connect(db) as connection:
        assert connection.execute("pragma integrity_check").fetchone()[0] == "ok"
    report = api.ingest([tmp_path / "in"], db, Settings(jobs=1))
    assert report.unchanged == stored_at_kill
    assert report.added == total - stored_at_kill
    assert stored_articles(db) == total


def test_api_analyze_fresh_starts_the_store_anew(tmp_path):
    write_articles(tmp_path / "a", 2)
    write_articles(tmp_path / "b", 3)
    api.analyze([tmp_path / "a"], tmp_path / "out", Settings(jobs=1))
    added = api.analyze([tmp_path / "b"], tmp_path / "out", Settings(jobs=1))
    assert len(added.corpus.articles) == 3  # two were stored already, one is new
    write_articles(tmp_path / "c", 1)
    fresh = api.analyze([tmp_path / "c"], tmp_path / "out", Settings(jobs=1), fresh=True)
    assert [article.id for article in fresh.corpus.articles] == ["story-0000"]


def test_api_ingest_in_small_rounds_stores_everything_once(tmp_path):
    write_articles(tmp_path / "in", 7)
    settings = Settings(jobs=1, round_size=3, batch_size=2)
    report = api.ingest([tmp_path / "in"], tmp_path / "store.db", settings)
    assert (report.read, report.added) == (7, 7)
    assert api.summary(tmp_path / "store.db")["articles"] == 7


def test_api_export_and_summary_say_which_stages_ran_for_which_language(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "english.txt").write_text(
        "Strike at the port\n\nDock workers in Rotterdam stopped work on Monday, the union "
        'said. "We will stay out until the port authority listens," union leader Maria '
        "Jansen said.\n",
        encoding="utf-8",
    )
    (folder / "italian.txt").write_text(
        "Sciopero al porto\n\nI lavoratori del porto di Rotterdam hanno smesso di lavorare "
        "lunedì, ha detto il sindacato. «Resteremo fuori finché l'autorità portuale non ci "
        "ascolterà», ha dichiarato la leader sindacale Maria Jansen.\n",
        encoding="utf-8",
    )
    result = api.analyze([folder], tmp_path / "out", Settings(jobs=1))
    export = json.loads(result.export_path.read_text(encoding="utf-8"))
    stages = {article["language"]: article["stages"] for article in export["articles"]}
    assert stages["it"] == ["sentences", "mentions"]
    assert {"quotes", "claims", "actions"} <= set(stages["en"])
    assert {quote["article"] for quote in export["quotes"]} == {"english"}
    counts = api.summary(result.db_path)
    assert counts["articles in it: sentences, mentions"] == 1
    assert api.search("lavoratori", result.db_path)  # still stored and searchable
