"""All settings in one typed object, with defaults and help in one place.

Each stage package owns its section (`clean/settings.py`, `link/settings.py`,
...); this module composes them.  Every field carries `metadata["help"]`,
which the CLI and the README show and a test checks.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import types
import typing
from dataclasses import dataclass, field
from typing import Any

from wirewatch.actions.settings import ActionSettings
from wirewatch.clean.settings import CleanSettings
from wirewatch.compare.settings import CompareSettings
from wirewatch.link.settings import LinkSettings
from wirewatch.nlp.settings import NlpSettings
from wirewatch.quotes.settings import QuoteSettings
from wirewatch.store.settings import StoreSettings

# Sections whose values change what is stored for each article.
ARTICLE_SECTIONS = ("clean", "nlp", "quotes", "compare", "actions")


@dataclass
class Settings:
    """Everything a run can be told; defaults suit a laptop."""

    jobs: int | None = field(
        default=None,
        metadata={
            "help": "Worker processes for per-article stages (1 runs in-process); None uses "
            "every core of the machine. The results do not depend on it."
        },
    )
    engine: str = field(
        default="local",
        metadata={
            "help": "Where per-article stages run: 'local' (in-process, or a pool of `jobs` "
            "processes) or 'spark' (Spark partitions at `spark_master`, the link stages as "
            "Spark jobs over blocks; analyze --out then also writes Parquet)."
        },
    )
    spark_master: str = field(
        default="local[2]",
        metadata={"help": "Spark master URL when engine is 'spark' (local[N], spark://host:port)."},
    )
    max_bytes: int = field(
        default=20_000_000,
        metadata={"help": "Input files larger than this many bytes are skipped."},
    )
    batch_size: int = field(
        default=64,
        metadata={"help": "Articles per batch: one store transaction and one unit of pool work."},
    )
    round_size: int = field(
        default=5000,
        metadata={
            "help": "Documents read, cleaned and annotated per round of ingest: bounds memory; "
            "an outlet's recurring lines are learned from every stored article of it, "
            "whatever the round."
        },
    )
    skip: tuple[str, ...] = field(
        default=(),
        metadata={
            "help": "Stages not run, by name (README 'Stages'), e.g. [\"actions\", "
            '"action_counts"]; a stage whose input only a skipped stage writes must be '
            "skipped too (the run says which)."
        },
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
    actions: ActionSettings = field(
        default_factory=ActionSettings, metadata={"help": "Action coding settings."}
    )
    store: StoreSettings = field(
        default_factory=StoreSettings, metadata={"help": "SQLite store settings."}
    )

    def workers(self) -> int:
        """How many worker processes `jobs` means on this machine."""
        return max(1, self.jobs or os.cpu_count() or 1)

    def processing_key(self) -> str:
        """What a stored article's processing depends on: wirewatch's version, the
        settings of the per-article stages and the stages skipped (not linking, the
        store or the worker count).

        Stored with each article, so that an input met again after an upgrade or a
        changed setting is processed again instead of kept as it was.
        """
        from wirewatch import __version__

        described = {name: dataclasses.asdict(getattr(self, name)) for name in ARTICLE_SECTIONS}
        described["wirewatch"] = __version__
        if self.skip:
            described["skip"] = sorted(self.skip)
        encoded = json.dumps(described, sort_keys=True, default=str).encode()
        return hashlib.sha256(encoded).hexdigest()[:16]


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


def override(settings: Settings, assignment: str) -> None:
    """Apply one `name=value` (dotted name, value as JSON or a bare word) to `settings`."""
    name, sep, raw = assignment.partition("=")
    if not sep:
        raise ValueError(f"Expected NAME=VALUE, got {assignment!r}")
    known = [row[0] for row in describe(settings)]
    if name.strip() not in known:
        raise ValueError(f"No setting {name.strip()!r}. Available: {', '.join(known)}")
    *sections, field_name = name.strip().split(".")
    section: Any = settings
    for part in sections:
        section = getattr(section, part)
    hint = typing.get_type_hints(type(section))[field_name]
    setattr(section, field_name, _parse(raw.strip(), hint, name.strip()))


def _parse(raw: str, hint: Any, name: str) -> Any:
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        value = raw  # a bare word: a string setting such as a model name
    if raw.lower() in ("none", "null"):
        value = None
    is_union = typing.get_origin(hint) in (typing.Union, types.UnionType)
    options = typing.get_args(hint) if is_union else (hint,)
    if isinstance(value, list) and any(typing.get_origin(o) is tuple for o in options):
        value = tuple(value)
    if isinstance(value, int) and float in options and int not in options:
        value = float(value)
    if not any(_fits(value, option) for option in options):
        raise ValueError(f"Setting {name} cannot be {raw!r}")
    return value


def _fits(value: Any, option: Any) -> bool:
    if option is type(None):
        return value is None
    origin = typing.get_origin(option) or option
    return isinstance(value, origin) and not (origin is int and isinstance(value, bool))
