from __future__ import annotations

import os

from wirewatch.scale.local import batched, run_batches
from wirewatch.settings import Settings


def double_with_pid(numbers: list[int], settings: Settings) -> list[tuple[int, int]]:
    return [(number * 2, os.getpid()) for number in numbers]


def test_local_batched_splits_in_order():
    assert list(batched(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(batched([], 3)) == []


def test_local_runs_in_process_with_one_job():
    settings = Settings(jobs=1)
    results = list(run_batches(double_with_pid, [[1, 2], [3]], settings))
    assert [value for batch in results for value, _ in batch] == [2, 4, 6]
    assert {pid for batch in results for _, pid in batch} == {os.getpid()}


def test_local_pool_returns_every_batch_from_workers():
    settings = Settings(jobs=2)
    batches = [[n] for n in range(10)]
    results = list(run_batches(double_with_pid, batches, settings))
    assert sorted(value for batch in results for value, _ in batch) == [n * 2 for n in range(10)]
    assert os.getpid() not in {pid for batch in results for _, pid in batch}
