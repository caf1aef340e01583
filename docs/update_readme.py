"""Regenerate the README blocks made from the code (`make docs`); a test checks they match.

    .venv/bin/python docs/update_readme.py
"""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from wirewatch.cli import app

README = Path(__file__).resolve().parents[1] / "README.md"


def settings_table() -> str:
    return CliRunner().invoke(app, ["settings", "--markdown"]).stdout


def with_block(readme: str, name: str, body: str) -> str:
    """`readme` with the text between `<!-- NAME -->` and `<!-- /NAME -->` replaced by `body`."""
    pattern = re.compile(rf"(<!-- {name} -->\n).*?(<!-- /{name} -->)", re.S)
    if not pattern.search(readme):
        raise SystemExit(f"README.md has no <!-- {name} --> ... <!-- /{name} --> block")
    return pattern.sub(lambda match: match.group(1) + body + match.group(2), readme)


def main() -> None:
    README.write_text(with_block(README.read_text(encoding="utf-8"), "SETTINGS", settings_table()))


if __name__ == "__main__":
    main()
