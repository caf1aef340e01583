"""Runners for per-article work on one machine: in-process or a process pool.

A runner maps a batch function over batches and yields each result as soon
as it is ready, so the caller can store it (one transaction per batch) and
move a progress bar.  The batch functions come from `wirewatch.pipeline` and
do not know which runner calls them.  One pool serves a whole run, so each
worker loads spaCy once however many rounds of work it is given.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, ProcessPoolExecutor, wait
from itertools import islice
from typing import TypeVar

from wirewatch.settings import Settings

Item = TypeVar("Item")
Result = TypeVar("Result")
BatchFunction = Callable[[list[Item], Settings], list[Result]]


def batched(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Consecutive lists of at most `size` items."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class LocalRunner:
    """Runs batch functions in this process (`jobs == 1`) or in a pool of `jobs` workers.

    Use it as a context manager: the pool starts lazily on first use and
    stops when the block ends.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.pool: Executor | None = None

    def __enter__(self) -> LocalRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown()
            self.pool = None

    def run(self, function: BatchFunction, batches: Sequence[list[Item]]) -> Iterator[list[Result]]:
        """`function(batch, settings)` for every batch; results in completion order.

        At most two batches per worker are in flight, so memory stays bounded
        however many batches there are.
        """
        if self.settings.jobs <= 1 or len(batches) <= 1:
            for batch in batches:
                yield function(batch, self.settings)
            return
        if self.pool is None:
            self.pool = ProcessPoolExecutor(max_workers=self.settings.jobs)
        queue = iter(batches)
        pending = {
            self.pool.submit(function, batch, self.settings)
            for batch in islice(queue, 2 * self.settings.jobs)
        }
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
                pending.update(
                    self.pool.submit(function, batch, self.settings) for batch in islice(queue, 1)
                )
