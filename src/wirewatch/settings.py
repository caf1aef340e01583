"""All settings in one typed object, with defaults and help in one place.

Each stage package owns its section (`clean/settings.py`, `link/settings.py`,
...); this module composes them.  Every field carries `metadata["help"]`,
which the CLI and the README show and a test checks.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from typing import Any

from wirewatch.clean.settings import CleanSettings
from wirewatch.compare.settings import CompareSettings
from wirewatch.link.settings import LinkSettings
from wirewatch.nlp.settings import NlpSettings
from wirewatch.quotes.settings import QuoteSettings
from wirewatch.store.settings import StoreSettings


@dataclass
class Settings:
    """Everything a run can be told; defaults suit a laptop."""

    jobs: int = field(
        default=os.cpu_count() or 1,
        metadata={"help": "Worker processes for per-article stages (1 runs in-process)."},
    )
    max_bytes: int = field(
        default=20_000_000,
        metadata={"help": "Input files larger than this many bytes are skipped."},
    )
    batch_size: int = field(
        default=64,
        metadata={"help": "Articles per batch: one store transaction and one unit of pool work."},
    )
    clean: CleanSettings = field(
        default_factory=CleanSettings, metadata={"help": "Cleaning stage settings."}
    )
    nlp: NlpSettings = field(
        default_factory=NlpSettings, metadata={"help": "Annotation stage settings."}
    )
    quotes: QuoteSettings = field(
        default_factory=QuoteSettings, metadata={"help": "Quote stage settings."}
    )
    link: LinkSettings = field(
        default_factory=LinkSettings, metadata={"help": "Linking stage settings."}
    )
    compare: CompareSettings = field(
        default_factory=CompareSettings, metadata={"help": "Comparison stage settings."}
    )
    store: StoreSettings = field(
        default_factory=StoreSettings, metadata={"help": "SQLite store settings."}
    )


def describe(section: Any = None, prefix: str = "") -> list[tuple[str, Any, str]]:
    """(dotted name, default, help) for every setting, nested sections flattened."""
    section = section if section is not None else Settings()
    rows: list[tuple[str, Any, str]] = []
    for f in dataclasses.fields(section):
        value = getattr(section, f.name)
        if dataclasses.is_dataclass(value):
            rows.extend(describe(value, f"{prefix}{f.name}."))
        else:
            rows.append((f"{prefix}{f.name}", value, f.metadata.get("help", "")))
    return rows
