"""wirewatch: turn a pile of scraped news into a sourced picture of what happened.

The public API lives in `wirewatch.api`; its main functions are available
here too (`wirewatch.analyze`, `wirewatch.search`, ...), imported on first
use so that `import wirewatch` stays fast.  `ingest` and `link` are only in
`wirewatch.api`: here those names are the stage packages.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_API = ("analyze", "export", "search", "summary", "Analysis", "IngestReport")
__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    if name in _API:
        from wirewatch import api

        return getattr(api, name)
    raise AttributeError(f"module 'wirewatch' has no attribute {name!r}")
