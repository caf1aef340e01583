from __future__ import annotations

import os

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
