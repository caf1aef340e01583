"""wirewatch.report: exporters, registered by name.

An exporter turns a corpus into the text of one file. The built-in ones are
registered through `register_exporter`, exactly as an outside one would be.
"""

from __future__ import annotations

from collections.abc import Callable

from wirewatch.model import Corpus

Exporter = Callable[[Corpus], str]

EXPORTERS: dict[str, Exporter] = {}


def register_exporter(name: str, exporter: Exporter) -> Exporter:
    """Make `exporter` available as format `name` (e.g. `wirewatch export --format NAME`)."""
    if name in EXPORTERS:
        raise ValueError(f"An exporter named {name!r} is already registered")
    EXPORTERS[name] = exporter
    return exporter


def get_exporter(name: str) -> Exporter:
    """The exporter registered as `name`; a one-line error naming the choices otherwise."""
    if name not in EXPORTERS:
        raise KeyError(f"No exporter {name!r}. Available formats: {', '.join(sorted(EXPORTERS))}")
    return EXPORTERS[name]


def _register_builtin_exporters() -> None:
    from wirewatch.report.brief import render_html, render_markdown
    from wirewatch.report.json_export import render_json

    register_exporter("json", render_json)
    register_exporter("markdown", render_markdown)
    register_exporter("html", render_html)


_register_builtin_exporters()
