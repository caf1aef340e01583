from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from wirewatch.scale.local import LocalRunner, batched
from wirewatch.settings import Settings


def double_with_pid(numbers: list[int], settings: Settings) -> list[tuple[int, int]]:
    return [(number * 2, os.getpid()) for number in numbers]


def test_local_batched_splits_in_order():
    assert list(batched(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(batched([], 3)) == []


def test_local_runs_in_process_with_one_job():
    with LocalRunner(Settings(jobs=1)) as runner:
        results = list(runner.run(double_with_pid, [[1, 2], [3]]))
        assert runner.pool is None
    assert [value for batch in results for value, _ in batch] == [2, 4, 6]
    assert {pid for batch in results for _, pid in batch} == {os.getpid()}


def test_local_pool_returns_every_batch_from_workers_and_is_reused():
    batches = [[n] for n in range(10)]
    with LocalRunner(Settings(jobs=2)) as runner:
        first = list(runner.run(double_with_pid, batches))
        pool = runner.pool
        second = list(runner.run(double_with_pid, batches))
        assert runner.pool is pool
    assert runner.pool is None
    for results in (first, second):
        assert sorted(value for batch in results for value, _ in batch) == [
            n * 2 for n in range(10)
        ]
        assert os.getpid() not in {pid for batch in results for _, pid in batch}


def slow_first(numbers: list[int], settings: Settings) -> list[int]:
    import time

    time.sleep(0.3 if numbers[0] == 0 else 0.0)  # the first batch finishes last
    return numbers


def test_local_pool_yields_in_the_order_of_the_batches():
    # stored, then linked, in this order: the events must not depend on which worker ran first
    batches = [[n] for n in range(6)]
    with LocalRunner(Settings(jobs=2)) as runner:
        assert list(runner.run(slow_first, batches)) == batches


# A parent that starts two workers, prints their process ids, and waits for a SIGKILL.
ORPHANING_PARENT = textwrap.dedent("""
    import os, time
    from wirewatch.scale.local import LocalRunner
    from wirewatch.settings import Settings

    def pid_of_worker(numbers, settings):
        time.sleep(0.5)  # long enough for both workers to take a batch
        return [os.getpid()]

    with LocalRunner(Settings(jobs=2)) as runner:
        pids = {pid for batch in runner.run(pid_of_worker, [[1], [2], [3], [4]]) for pid in batch}
        print(*pids, flush=True)
        time.sleep(60)
""")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as stat:  # a zombie is dead, only not yet reaped
        return stat.read().split(")")[-1].split()[0] != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_local_workers_die_when_the_parent_is_killed():
    parent = subprocess.Popen(
        [sys.executable, "-c", ORPHANING_PARENT], stdout=subprocess.PIPE, text=True
    )
    workers = [int(pid) for pid in parent.stdout.readline().split()]
    assert len(workers) == 2 and all(_alive(pid) for pid in workers)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 5
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    survivors = [pid for pid in workers if _alive(pid)]
    for pid in survivors:  # leave no orphan behind when the test fails
        os.kill(pid, signal.SIGKILL)
    assert survivors == []
