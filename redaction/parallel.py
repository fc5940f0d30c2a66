"""Per-item work over the machine's cores, results in input order, one failure costing one item.

`ordered_map` forks its worker processes from the calling process, so whatever that process has
loaded (the spaCy pipeline, the lexicons, the policy) is shared with the workers instead of loaded
again per worker; the work function travels by the fork, never pickled, so it may be a closure.
Items and results travel through pipes and must pickle: keep them small (ids, paths, counts) and
let the work read and write its own files.

Chosen over ``multiprocessing.Pool`` (which the engine used before): a worker killed by the kernel
(out of memory, a crash in a PDF library's C code) leaves ``Pool.imap`` waiting for ever, while
``concurrent.futures.ProcessPoolExecutor`` reports it as a broken pool, after which the items that
were in flight are retried each in a pool of its own, so only the item that kills its worker fails.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sized
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from typing import TypeVar

_T = TypeVar("_T")
_R = TypeVar("_R")

# Items handed out ahead per worker. Results come back in input order, so a slow item (a scan of
# twenty pages OCR'd in the leak check: twenty seconds) holds back the results after it; with a
# small window the other workers soon sit idle until it is done (with 4 per worker, 2 workers
# checked a batch only 1.2x faster than one). Items and results are small (ids, counts, a
# document's view), so a few hundred of them held at once still keep memory flat.
AHEAD_PER_WORKER = 64

# The work of a running ordered_map, set before the fork so the workers inherit it.
_TASK: Callable[[object], object] | None = None


@dataclass(frozen=True, slots=True)
class WorkerDied:
    """In the place of an item's result: the worker process running it stopped (killed for memory,
    or a crash in native code). A one-line reason without any of the item's content."""

    reason: str = "the worker process stopped (out of memory or a crash) / verwerking afgebroken"


def worker_count(requested: int | None, items: int | None = None) -> int:
    """How many processes: ``requested`` (None or 0: every core), never more than there are items."""
    count = requested or os.cpu_count() or 1
    if items is not None:
        count = min(count, items)
    return max(1, count)


def ordered_map(work: Callable[[_T], _R], items: Iterable[_T], processes: int | None = None
                ) -> Iterator[_R | WorkerDied]:  # fmt: skip
    """``work(item)`` for every item in forked worker processes; each result is yielded in input
    order as soon as it and every item before it are done.

    ``processes``: None or 0 for every core; 1 runs everything in this process (no fork: the path for
    debugging and tests), as does a platform without fork. ``items`` is read lazily, a few items per
    worker ahead, so a generator of a large batch is never held whole. An exception inside ``work``
    propagates as it would in a loop; a worker that dies yields `WorkerDied` for its item.
    """
    processes = worker_count(processes, len(items) if isinstance(items, Sized) else None)
    if processes <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        for item in items:
            yield work(item)
        return
    global _TASK
    if _TASK is not None:
        raise RuntimeError("ordered_map does not nest: a worker runs its items one by one")
    _TASK = work  # type: ignore[assignment]
    # Everything alive now (a loaded pipeline and lexicons: ~110,000 objects) lives as long as the
    # workers do. Frozen, the workers' full collections skip it instead of walking it again and
    # again (3-4 % of their time), and do not write to those pages, which the fork shares.
    gc.freeze()
    _return_free_memory()
    try:
        yield from _in_pool(items, processes)
    finally:
        gc.unfreeze()
        _TASK = None


def _return_free_memory() -> None:
    """Hand the C heap's free pages back to the system before the fork (glibc's ``malloc_trim``).

    Loading the engine frees much of what it built on the way (files read whole, parse tables);
    glibc keeps those pages, and every worker forked after would count them in its resident size
    too: 7 MB in each of the three processes of ``woo analyze --jobs 2``. Elsewhere a no-op."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _in_pool(items: Iterable[_T], processes: int) -> Iterator[_R | WorkerDied]:
    source = iter(items)
    context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(processes, mp_context=context)
    pending: deque[tuple[_T, Future[_R]]] = deque()
    try:
        while True:
            for item in islice(source, processes * AHEAD_PER_WORKER - len(pending)):
                pending.append((item, pool.submit(_run, item)))
            if not pending:
                return
            item, future = pending.popleft()
            try:
                yield future.result()
            except BrokenProcessPool:
                # Which of the items in flight killed the worker is unknown: each is run again
                # alone, so the one at fault fails and the others get their results.
                pool.shutdown(wait=True, cancel_futures=True)
                retry = [item, *(other for other, _ in pending)]
                pending.clear()
                for again in retry:
                    yield _alone(again, context)
                pool = ProcessPoolExecutor(processes, mp_context=context)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _alone(item: _T, context: multiprocessing.context.BaseContext) -> _R | WorkerDied:
    with ProcessPoolExecutor(1, mp_context=context) as single:
        try:
            return single.submit(_run, item).result()
        except BrokenProcessPool:
            return WorkerDied()


def _run(item: object) -> object:
    assert _TASK is not None, "ordered_map sets the task before forking"
    return _TASK(item)
