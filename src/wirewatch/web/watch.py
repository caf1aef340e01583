"""Work for a request that stops when its client leaves.

A search can take most of a second on a large store; when the browser gives up (a closed tab,
a new query typed over the old one), finishing it would only keep a worker thread and the
database busy for an answer nobody reads.  The work runs in a worker thread with a flag it
polls (the store checks it from SQLite's progress handler), while the event loop polls the
connection and raises the flag as soon as the client has gone.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

import anyio
from starlette.requests import Request

Answer = TypeVar("Answer")

# How often the connection is looked at while the work runs: the client's leaving is
# noticed within this time (a look costs microseconds).
POLL_SECONDS = 0.05


async def unless_client_leaves(
    request: Request, work: Callable[[Callable[[], bool]], Answer]
) -> Answer:
    """`work(gone)` in a worker thread; `gone()` turns true once the client has disconnected.

    The work decides what to do about it (the store's search stops its statement and
    raises SearchAbandoned)."""
    left = threading.Event()

    async def watch() -> None:
        while not await request.is_disconnected():
            await anyio.sleep(POLL_SECONDS)
        left.set()

    failure: Exception | None = None
    async with anyio.create_task_group() as tasks:
        tasks.start_soon(watch)
        try:
            answer = await anyio.to_thread.run_sync(work, left.is_set)
        except Exception as error:  # raised as itself below, not wrapped in a group
            failure = error
        tasks.cancel_scope.cancel()
    if failure is not None:
        raise failure
    return answer
