"""The worker pool of the batch steps: input order, one process for 1, a dying worker costs its item."""

from __future__ import annotations

import os
import time

import pytest

from redaction.parallel import WorkerDied, ordered_map, worker_count


def test_results_come_back_in_input_order_from_several_processes() -> None:
    def work(item: int) -> tuple[int, int]:
        time.sleep(0.02 * (item % 3))  # later items finish first now and then
        return item * item, os.getpid()

    results = list(ordered_map(work, range(20), processes=2))
    assert [square for square, _ in results] == [i * i for i in range(20)]
    pids = {pid for _, pid in results}
    assert os.getpid() not in pids and len(pids) == 2


def test_one_process_runs_in_this_process_and_reads_items_lazily() -> None:
    seen: list[int] = []

    def items() -> object:
        for i in range(3):
            seen.append(i)
            yield i

    results = ordered_map(lambda item: (item, os.getpid()), items(), processes=1)  # type: ignore[arg-type]
    assert next(results) == (0, os.getpid())
    assert seen == [0]  # nothing read ahead in this process
    assert list(results) == [(1, os.getpid()), (2, os.getpid())]


def test_a_worker_that_dies_costs_its_item_only() -> None:
    def work(item: int) -> int:
        if item == 5:
            os._exit(9)  # what the kernel's OOM killer or a crash in C code looks like from here
        return item + 100

    results = list(ordered_map(work, range(12), processes=2))
    assert results[5] == WorkerDied()
    assert [r for i, r in enumerate(results) if i != 5] == [i + 100 for i in range(12) if i != 5]


def test_an_exception_in_the_work_reaches_the_caller() -> None:
    def work(item: int) -> int:
        if item == 3:
            raise KeyError("kapot")
        return item

    with pytest.raises(KeyError):
        list(ordered_map(work, range(6), processes=2))


def test_worker_count_defaults_to_every_core_and_never_exceeds_the_items() -> None:
    assert worker_count(None) == (os.cpu_count() or 1)
    assert worker_count(0, items=1) == 1
    assert worker_count(8, items=3) == 3
    assert worker_count(1, items=100) == 1
