from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from wirewatch.cli import EXIT_SKIPPED, app
from wirewatch.settings import describe

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()
COMMANDS = sorted(get_command(app).commands)


def write_story(folder: Path, name: str, city: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(
        f"Floods close roads in {city}\n\n"
        f"Heavy rain flooded the centre of {city} on Monday, the mayor said. "
        f'"Stay at home if you can," Mayor Lena Berg told reporters.\n',
        encoding="utf-8",
    )


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_command_has_help(command):
    """`--help` shows what the command does (its docstring) and says what every option and
    argument is for."""
    click_command = get_command(app).commands[command]
    summary = (click_command.help or "").strip()
    assert summary, f"{command} has no docstring"
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    shown = " ".join(result.output.split())
    assert " ".join(summary.splitlines()[0].split()) in shown
    unexplained = [p.name for p in click_command.params if not getattr(p, "help", None)]
    assert unexplained == []


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_command_is_documented_in_the_readme(command):
    assert f"wirewatch {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_cli_every_setting_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name, _, _ in describe() if f"`{name}`" not in readme]
    assert missing == []


def test_cli_readme_settings_table_is_what_the_code_prints():
    table = runner.invoke(app, ["settings", "--markdown"]).stdout
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"<!-- SETTINGS -->\n{table}<!-- /SETTINGS -->" in readme, "run `make docs`"


@pytest.mark.slow
def test_cli_analyze_writes_export_and_store_then_search_finds(tmp_path):
    write_story(tmp_path / "in", "a", "Utrecht")
    write_story(tmp_path / "in", "b", "Leiden")
    result = runner.invoke(
        app, ["analyze", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "-j", "1"]
    )
    assert result.exit_code == 0, result.output
    export = json.loads((tmp_path / "out" / "analysis.json").read_text(encoding="utf-8"))
    assert {article["id"] for article in export["articles"]} == {"a", "b"}
    assert "analysis.json" in result.output
    found = runner.invoke(app, ["search", "Leiden", "--db", str(tmp_path / "out" / "wirewatch.db")])
    assert found.exit_code == 0
    assert re.search(r"\bb\b", found.output)
    assert "1 article" in found.output


@pytest.mark.slow
def test_cli_ingest_exits_3_and_names_a_skipped_file(tmp_path):
    write_story(tmp_path / "in", "good", "Delft")
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    db = tmp_path / "store.db"
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db), "-j", "1"])
    assert result.exit_code == EXIT_SKIPPED
    assert "empty.txt" in result.output
    assert "added 1" in result.output
    again = runner.invoke(
        app, ["ingest", str(tmp_path / "in" / "good.txt"), "--db", str(db), "-j", "1"]
    )
    assert again.exit_code == 0
    assert "added 0" in again.output and "unchanged 1" in again.output


@pytest.mark.slow
def test_cli_export_json_to_stdout_and_unknown_format_fails(tmp_path):
    write_story(tmp_path / "in", "x", "Gouda")
    db = tmp_path / "store.db"
    runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db), "-j", "1"])
    exported = runner.invoke(app, ["export", "--format", "json", "--db", str(db)])
    assert exported.exit_code == 0
    assert json.loads(exported.stdout)["schema"] == "wirewatch.analysis/1"
    wrong = runner.invoke(app, ["export", "--format", "docx", "--db", str(db)])
    assert wrong.exit_code == 2
    assert "json" in wrong.output


def test_cli_set_rejects_an_unknown_setting_with_the_choices(demo_export):
    db = str(demo_export.parent / "wirewatch.db")
    result = runner.invoke(app, ["link", "--db", db, "--set", "link.nope=1"])
    assert result.exit_code == 2
    assert "No setting 'link.nope'" in result.output
    assert "link.event_threshold" in result.output


def test_cli_relations_shows_a_pairs_actions_and_refuses_an_unknown_country(demo_export):
    db = str(demo_export.parent / "wirewatch.db")
    shown = runner.invoke(app, ["relations", "Norway", "ISL", "--db", db])
    assert shown.exit_code == 0, shown.output
    assert "ISL - NOR" in shown.stdout and "COERCE" in shown.stdout
    unknown = runner.invoke(app, ["relations", "Narnia", "ISL", "--db", db])
    assert unknown.exit_code == 2 and "Narnia" in unknown.output


def test_cli_serve_refuses_a_missing_store(tmp_path):
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 2
    assert "wirewatch analyze" in result.output


def test_cli_unknown_engine_is_a_usage_error(demo_export):
    db = str(demo_export.parent / "wirewatch.db")
    result = runner.invoke(app, ["link", "--db", db, "--set", "engine=hadoop"])
    assert result.exit_code == 2 and "local, spark" in result.output


@pytest.mark.parametrize("command", ["summary", "search x", "link", "export", "relations NOR ISL"])
def test_cli_a_mistyped_db_is_an_error_and_no_new_store(tmp_path, command):
    missing = tmp_path / "mistyped.db"
    result = runner.invoke(app, [*command.split(), "--db", str(missing)])
    assert result.exit_code == 2
    assert "No wirewatch store at" in result.output
    assert not missing.exists()


def test_cli_a_file_that_is_not_a_store_says_so_in_one_line(tmp_path):
    text = tmp_path / "notes.db"
    text.write_text("not a database at all\n" * 100, encoding="utf-8")
    result = runner.invoke(app, ["summary", "--db", str(text)])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "is not a wirewatch store" in result.output
    ingest = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(text)])
    assert ingest.exit_code == 2 and "is not a wirewatch store" in ingest.output


def test_cli_analyze_and_ingest_refuse_a_missing_input(tmp_path):
    for command in (["analyze", str(tmp_path / "nothing"), "--out", str(tmp_path / "out")],
                    ["ingest", str(tmp_path / "nothing"), "--db", str(tmp_path / "new.db")]):
        result = runner.invoke(app, command)
        assert result.exit_code == 2 and "Invalid value for 'paths'" in result.output
    assert not (tmp_path / "out").exists() and not (tmp_path / "new.db").exists()


def test_cli_search_filters_and_refuses_an_oversized_query(demo_export):
    db = str(demo_export.parent / "wirewatch.db")
    everywhere = runner.invoke(app, ["search", "mackerel", "--db", db])
    one_outlet = runner.invoke(app, ["search", "mackerel", "--db", db, "--outlet", "Nordwire"])
    assert everywhere.exit_code == one_outlet.exit_code == 0
    assert "Nordwire" in one_outlet.stdout and "Arctic Observer" not in one_outlet.stdout
    assert "Arctic Observer" in everywhere.stdout
    refused = runner.invoke(app, ["search", "a* b* c* d* e* f*", "--db", db])
    assert refused.exit_code == 2 and "prefix terms" in refused.output
    wrong_kind = runner.invoke(app, ["search", "x", "--db", db, "--kind", "opinion"])
    assert wrong_kind.exit_code == 2 and "original, copy" in wrong_kind.output
