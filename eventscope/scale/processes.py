"""All cores on one machine: the pipeline in a pool of worker processes, order kept, streaming.

Workers get the pipeline already loaded: on platforms with ``fork`` they inherit the parent's
(copy-on-write, no reload); elsewhere each loads it once from the config in its initializer.
Batches are submitted a few at a time (at most ``2 * n_process`` in flight), and results are
yielded in input order, so memory stays flat on inputs of any size.

>>> effective_processes(0) >= 1
True
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any

from ..config import Config
from ..doc import Doc, Rejection
from ..ingest.records import RawDocument

if TYPE_CHECKING:
    from ..pipeline import Pipeline

#: The pipeline of this worker process (set by fork inheritance or the initializer).
_WORKER_PIPELINE: "Pipeline | None" = None


def effective_processes(n_process: int | None) -> int:
    """``n_process`` if positive, else every core this process may use."""
    if n_process is not None and n_process > 0:
        return n_process
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _exit_with_parent(parent: int) -> None:
    """End this worker when the parent dies (a killed run must not leave workers behind)."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="eventscope-parent-watch", daemon=True).start()


def _init_worker(config: Config | None, parent: int) -> None:
    global _WORKER_PIPELINE
    _exit_with_parent(parent)
    if _WORKER_PIPELINE is None and config is not None:
        from ..pipeline import load

        _WORKER_PIPELINE = load(config)


def _run(batch: list[RawDocument | Rejection]) -> list[Doc | Rejection]:
    assert _WORKER_PIPELINE is not None, "worker started without a pipeline"
    return _WORKER_PIPELINE._run_batch(batch)


def pipe_processes(pipeline: "Pipeline", items: Iterable[RawDocument | Rejection], *,
                   n_process: int, batch_size: int) -> Iterator[Doc | Rejection]:
    """Like ``Pipeline.pipe`` over ``n_process`` worker processes; one result per input, in
    input order. Falls back to this process when the input fits in one batch."""
    global _WORKER_PIPELINE
    it = iter(items)
    first = list(islice(it, batch_size))
    second = list(islice(it, batch_size))
    if not second:  # a single batch: a pool would cost more than it saves
        yield from pipeline._run_batch(first) if first else ()
        return
    methods = mp.get_all_start_methods()
    if "fork" in methods:
        ctx: Any = mp.get_context("fork")
        _WORKER_PIPELINE = pipeline  # inherited by the forked workers
        pool = ctx.Pool(n_process, initializer=_init_worker, initargs=(None, os.getpid()))
    else:
        ctx = mp.get_context("spawn")
        pool = ctx.Pool(n_process, initializer=_init_worker,
                        initargs=(pipeline.config, os.getpid()))
    try:
        pending: deque[Any] = deque()
        pending.append(pool.apply_async(_run, (first,)))
        pending.append(pool.apply_async(_run, (second,)))
        for batch in iter(lambda: list(islice(it, batch_size)), []):
            pending.append(pool.apply_async(_run, (batch,)))
            while len(pending) >= 2 * n_process:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
    finally:
        pool.terminate()
        pool.join()
        if "fork" in methods:
            _WORKER_PIPELINE = None


__all__ = ["effective_processes", "pipe_processes"]
