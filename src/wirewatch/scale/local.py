"""Runners for per-article work on one machine: in-process or a process pool.

A runner maps a batch function over batches and yields each result as soon
as it is ready, so the caller can store it (one transaction per batch) and
move a progress bar.  The batch functions come from `wirewatch.pipeline` and
do not know which runner calls them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
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


def run_batches(
    function: BatchFunction,
    batches: Sequence[list[Item]],
    settings: Settings,
) -> Iterator[list[Result]]:
    """`function(batch, settings)` for every batch, in a pool when `settings.jobs > 1`.

    Results come in completion order.  At most two batches per worker are in
    flight, so memory stays bounded however many batches there are.
    """
    jobs = min(settings.jobs, len(batches))
    if jobs <= 1:
        for batch in batches:
            yield function(batch, settings)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending = set()
        queue = iter(batches)
        for batch in islice(queue, 2 * jobs):
            pending.add(pool.submit(function, batch, settings))
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
                for batch in islice(queue, 1):
                    pending.add(pool.submit(function, batch, settings))
