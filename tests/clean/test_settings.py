"""Every cleaning setting has help text and a row in docs/clean.md."""

from __future__ import annotations

from pathlib import Path

from wirewatch.clean.settings import CleanSettings
from wirewatch.settings import describe


def test_settings_documented_in_docs_page() -> None:
    page = (Path(__file__).resolve().parents[2] / "docs" / "clean.md").read_text(encoding="utf-8")
    rows = [row for row in describe() if row[0].startswith("clean.")]
    assert len(rows) == len(CleanSettings.__dataclass_fields__)
    for name, default, help_text in rows:
        assert help_text, name
        assert f"| `{name}` | `{default!r}` | {help_text} |" in page, name
