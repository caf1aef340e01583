"""Regenerate the README blocks made from the code (`make docs`); a test checks they match.

    .venv/bin/python docs/update_readme.py
"""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from wirewatch.cli import app
from wirewatch.pipeline import STAGES

README = Path(__file__).resolve().parents[1] / "README.md"


def settings_table() -> str:
    return CliRunner().invoke(app, ["settings", "--markdown"]).stdout


def stage_table() -> str:
    """The stage registry (`pipeline.STAGES`) as a Markdown table, in run order."""
    rows = [
        "| stage | level | settings | languages | reads | writes |",
        "|---|---|---|---|---|---|",
    ]
    for stage in STAGES:
        reads = ", ".join(f"`{name}`" for name in stage.requires) or "the input"
        writes = ", ".join(f"`{name}`" for name in stage.assigns)
        languages = ", ".join(sorted(stage.languages)) if stage.languages else "any"
        rows.append(
            f"| `{stage.name}` | {stage.level} | `{stage.section}` | {languages} | {reads} "
            f"| {writes} |"
        )
    return "\n".join(rows) + "\n"


def with_block(readme: str, name: str, body: str) -> str:
    """`readme` with the text between `<!-- NAME -->` and `<!-- /NAME -->` replaced by `body`."""
    pattern = re.compile(rf"(<!-- {name} -->\n).*?(<!-- /{name} -->)", re.S)
    if not pattern.search(readme):
        raise SystemExit(f"README.md has no <!-- {name} --> ... <!-- /{name} --> block")
    return pattern.sub(lambda match: match.group(1) + body + match.group(2), readme)


def main() -> None:
    readme = with_block(README.read_text(encoding="utf-8"), "SETTINGS", settings_table())
    README.write_text(with_block(readme, "STAGES", stage_table()), encoding="utf-8")


if __name__ == "__main__":
    main()
