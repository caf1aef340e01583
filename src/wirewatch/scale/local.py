"""Runners for per-article work on one machine: in-process or a process pool.

A runner maps a batch function over batches and yields each result as soon
as it is ready, so the caller can store it (one transaction per batch) and
move a progress bar.  The batch functions come from `wirewatch.pipeline` and
do not know which runner calls them.  One pool serves a whole run, so each
worker loads spaCy once however many rounds of work it is given.  Workers die with
the process that started them, even when it is killed with SIGKILL (Linux).
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from itertools import islice
from typing import TypeVar

from wirewatch.settings import Settings

Item = TypeVar("Item")
Result = TypeVar("Result")
BatchFunction = Callable[[list[Item], Settings], list[Result]]
PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent(parent: int) -> None:
    """Run in each worker as it starts: the kernel kills it when `parent` dies.

    A pool's workers outlive a parent killed with SIGKILL otherwise (each still holds
    the pipes it waits on), keeping hundreds of MB of spaCy each, forever."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def batched(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Consecutive lists of at most `size` items."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class LocalRunner:
    """Runs batch functions in this process (one worker) or in a pool of `settings.workers()`.

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

    def run(
        self,
        function: BatchFunction,
        batches: Sequence[list[Item]],
        settings: Settings | None = None,
    ) -> Iterator[list[Result]]:
        """`function(batch, settings)` for every batch; results in the order of the batches.

        `settings` (default: the runner's) may carry what a round settled, such as its
        reference day; the pool's size stays the runner's.

        Order matters: articles are stored, and later linked, in the order they come, so a
        run gives the same events whatever the number of workers.  At most two batches per
        worker are in flight, so memory stays bounded however many batches there are.
        """
        settings = settings or self.settings
        workers = self.settings.workers()
        if workers <= 1 or len(batches) <= 1:
            for batch in batches:
                yield function(batch, settings)
            return
        if self.pool is None:
            self.pool = ProcessPoolExecutor(
                max_workers=workers, initializer=die_with_parent, initargs=(os.getpid(),)
            )
        queue = iter(batches)
        pending = deque(
            self.pool.submit(function, batch, settings) for batch in islice(queue, 2 * workers)
        )
        while pending:
            result = pending.popleft().result()
            following = islice(queue, 1)
            pending.extend(self.pool.submit(function, batch, settings) for batch in following)
            yield result
