"""Dask: the same pipeline over partitions of JSONL or Parquet shards, on a cluster.

Each partition is a JSONL file (or a ``blocksize`` slice of one) or a Parquet row group set;
a worker turns it into pipeline results with the pipeline it loaded once (cached per worker
process). The driver consumes partitions in input order, a bounded number in flight, and hands
the results to a :class:`~eventscope.scale.sink.BatchSink` (incident ids, database, Parquet).
Without a scheduler address a :class:`distributed.LocalCluster` of processes is started, tuned
for throughput on a small machine (:data:`LOCAL_CLUSTER_CONFIG`); JSONL inputs are split into
about :data:`PARTITIONS_PER_WORKER` partitions per worker unless ``blocksize`` says otherwise.

>>> from eventscope.scale.dask_engine import run_dask                   # doctest: +SKIP
>>> run_dask(["shards/"], out_dir="out/", n_workers=2).to_dict()         # doctest: +SKIP
"""

from __future__ import annotations

import io
import json
import math
import time
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ..batch import Progress
from ..config import Config
from ..doc import Doc, Rejection
from ..errors import ConfigError
from .processes import effective_processes
from .sink import BatchSink

#: Pipelines loaded in this (worker) process, by config: loaded once, reused by every task.
_PIPELINES: dict[Config, Any] = {}

#: Dask settings for the LocalCluster this module starts. Measured idle on 2 cores, Dask's
#: defaults cost ~6% of a core in the driver (scheduler, nannies: the 20 ms tick) and ~5% in
#: each worker (the 10 ms statistical profiler, which also samples the busy task thread);
#: with these ~1% and ~0.5%. A batch run has no dashboard to show the profiles anyway.
LOCAL_CLUSTER_CONFIG: dict[str, Any] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}

#: Default split of JSONL inputs: partitions per worker (so a slow partition does not leave
#: the other workers idle at the end), within these sizes (a 64 KiB block holds ~25 pages).
PARTITIONS_PER_WORKER = 4
MIN_BLOCKSIZE = 64 * 1024
MAX_BLOCKSIZE = 64 * 1024 * 1024

Result = tuple[Doc | Rejection, str | None]


def worker_pipeline(config: Config) -> Any:
    """This process's pipeline for ``config`` (loaded on first use)."""
    if config not in _PIPELINES:
        from ..pipeline import load

        _PIPELINES[config] = load(config)
    return _PIPELINES[config]


def warm_worker(config: Config) -> None:
    """Load the pipeline on a worker and run it once (``client.run(warm_worker, config)``), so
    model loading is not counted in timings."""
    worker_pipeline(config)("Warm-up: troops were sent to Kherson on Tuesday.",
                            date="2023-06-10")


def _results(raws: list[Any], config: Config) -> list[Result]:
    from ..ingest.records import RawDocument

    pipeline = worker_pipeline(config)
    hashes = [r.content_hash if isinstance(r, RawDocument) else None for r in raws]
    return list(zip(pipeline.pipe(raws, n_process=1), hashes))


def process_lines(lines: Sequence[str | bytes], origin: str, config: Config, *,
                  first_line: int = 1) -> list[Result]:
    """One partition of JSONL lines -> (result, content hash) per line, in order."""
    from ..ingest import read_jsonl

    return _results(list(read_jsonl(iter(lines), origin=origin, config=config,
                                    first_line=first_line)), config)


def process_block(path: str, start: int, end: int, first_line: int, config: Config
                  ) -> list[Result]:
    """One partition of a local JSONL file: bytes ``start:end`` (whole lines), read on the
    worker exactly as the single-process path reads them (bytes, lines numbered in the file);
    a ``.gz`` file is always one whole partition."""
    import gzip

    from ..ingest import read_jsonl

    if path.endswith(".gz"):
        with gzip.open(path, "rb") as f:
            return _results(list(read_jsonl(f, origin=path, config=config)), config)
    with open(path, "rb") as f:
        f.seek(start)
        data = f.read(end - start)
    return _results(list(read_jsonl(io.BytesIO(data), origin=path, config=config,
                                    first_line=first_line)), config)


def jsonl_blocks(path: str, blocksize: int | None) -> list[tuple[int, int, int]]:
    """(start byte, end byte, number of the first line) of each partition of a local JSONL
    file, cut at line ends after about ``blocksize`` bytes (None: the whole file)."""
    size = Path(path).stat().st_size
    if blocksize is None or path.endswith(".gz") or size <= blocksize:
        return [(0, size, 1)]
    blocks: list[tuple[int, int, int]] = []
    start = pos = 0
    first = line = 1
    with open(path, "rb") as f:
        for chunk in f:
            pos += len(chunk)
            line += 1
            if pos - start >= blocksize:
                blocks.append((start, pos, first))
                start, first = pos, line
    if pos > start:
        blocks.append((start, pos, first))
    return blocks


def _json_value(v: Any) -> Any:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    if hasattr(v, "isoformat"):
        return v.isoformat()[:10]
    return v


def process_frame(frame: Any, origin: str, config: Config) -> list[Result]:
    """One partition of a Parquet input (a pandas DataFrame with the JSONL input's columns)."""
    lines = [json.dumps({k: _json_value(v) for k, v in row.items()}, ensure_ascii=False)
             for row in frame.to_dict(orient="records")]
    return process_lines(lines, origin, config)


def _is_parquet(path: str) -> bool:
    p = Path(path)
    return p.suffix == ".parquet" or (p.is_dir() and any(p.glob("*.parquet")))


def _jsonl_files(path: str) -> list[str]:
    """The JSONL files a local input names: a file, a folder of them, or a glob pattern."""
    import glob

    p = Path(path)
    if p.is_file():
        return [path]
    if p.is_dir():
        found = sorted(str(f) for f in p.iterdir()
                       if f.is_file() and f.name.endswith((".jsonl", ".jsonl.gz", ".ndjson")))
    else:
        found = sorted(glob.glob(path)) if glob.has_magic(path) else []
    if not found:
        raise ConfigError(f"No input at {path}: give JSONL (.jsonl, .jsonl.gz) or "
                          "Parquet files or folders.")
    return found


def partitions(inputs: Sequence[str], config: Config, *,
               blocksize: str | int | None = None) -> list[Any]:
    """Delayed tasks, one per partition, in input order."""
    import dask
    import dask.bag as db
    import dask.dataframe as dd
    from dask.utils import parse_bytes

    tasks: list[Any] = []
    for path in inputs:
        if _is_parquet(path):
            for part in dd.read_parquet(path).to_delayed():
                tasks.append(dask.delayed(process_frame)(part, str(path), config))
        else:
            size = parse_bytes(blocksize) if isinstance(blocksize, str) else blocksize
            if "://" in str(path):  # remote: Dask reads it (lines numbered per partition)
                bag = db.read_text(str(path), blocksize=size, encoding="utf-8")
                for part in bag.to_delayed():
                    tasks.append(dask.delayed(process_lines)(part, str(path), config))
                continue
            for file in _jsonl_files(str(path)):
                for start, end, first in jsonl_blocks(file, size):
                    tasks.append(dask.delayed(process_block)(file, start, end, first, config))
    return tasks


def auto_blocksize(inputs: Sequence[str], workers: int) -> int | None:
    """A blocksize giving about ``PARTITIONS_PER_WORKER`` partitions per worker over the local,
    uncompressed JSONL ``inputs``; None (one partition per file) when there are none."""
    total = 0
    for path in inputs:
        if "://" in str(path) or _is_parquet(path):
            continue
        try:
            files = _jsonl_files(str(path))
        except ConfigError:
            continue  # partitions() says what is missing
        total += sum(Path(f).stat().st_size for f in files if not f.endswith(".gz"))
    if total == 0:
        return None
    want = -(-total // (PARTITIONS_PER_WORKER * max(1, workers)))
    return max(MIN_BLOCKSIZE, min(MAX_BLOCKSIZE, want))


def local_cluster(n_workers: int | None = None, memory_limit: str = "2GiB") -> Any:
    """A LocalCluster of single-threaded worker processes with :data:`LOCAL_CLUSTER_CONFIG`."""
    import dask
    from distributed import LocalCluster

    with dask.config.set(LOCAL_CLUSTER_CONFIG):
        return LocalCluster(n_workers=n_workers or effective_processes(0), threads_per_worker=1,
                            processes=True, memory_limit=memory_limit, dashboard_address=None)


def _client(scheduler: str | None, n_workers: int | None, memory_limit: str) -> tuple[Any, Any]:
    import dask
    from distributed import Client

    if scheduler:
        return Client(scheduler), None
    cluster = local_cluster(n_workers, memory_limit)
    with dask.config.set(LOCAL_CLUSTER_CONFIG):
        return Client(cluster), cluster


def iter_results(client: Any, tasks: list[Any], *, in_flight: int) -> Iterator[list[Result]]:
    """Partition results in task order, with at most ``in_flight`` partitions submitted."""
    pending: deque[Any] = deque()
    it = iter(tasks)
    for task in it:
        pending.append(client.compute(task))
        if len(pending) >= in_flight:
            break
    while pending:
        fut = pending.popleft()
        yield fut.result()
        fut.release()
        nxt = next(it, None)
        if nxt is not None:
            pending.append(client.compute(nxt))


def run_dask(inputs: Sequence[str], *, out_dir: str | Path | None = None, store: Any = None,
             scheduler: str | None = None, n_workers: int | None = None,
             config: Config | None = None, memory_limit: str = "2GiB",
             blocksize: str | int | None = None, progress: Progress | None = None) -> Any:
    """Run the pipeline over ``inputs`` on Dask; results to ``out_dir`` (Parquet) and/or
    ``store``. Returns the run's :class:`~eventscope.batch.BatchReport`."""
    config = config or Config.from_env()
    sink = BatchSink(out_dir=out_dir, store=store, progress=progress)
    t0 = time.perf_counter()
    client, cluster = _client(scheduler, n_workers, memory_limit)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or (n_workers or 1))
        if blocksize is None:
            blocksize = auto_blocksize(inputs, workers)
        tasks = partitions(inputs, config, blocksize=blocksize)
        for results in iter_results(client, tasks, in_flight=2 * workers):
            for result, content_hash in results:
                sink.add(result, content_hash)
            sink.end_part()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return sink.close(time.perf_counter() - t0)


def run_local(inputs: Sequence[str], *, out_dir: str | Path | None = None, store: Any = None,
              config: Config | None = None, n_process: int | None = None,
              part_size: int = 1000, progress: Progress | None = None) -> Any:
    """The same run without Dask: this machine's cores (``Config.n_process``); Parquet parts of
    ``part_size`` documents. Same results as :func:`run_dask` on the same input."""
    from ..batch import _pipe_with_hashes
    from ..ingest import iter_inputs

    config = config or Config.from_env()
    pipeline = worker_pipeline(config)
    sink = BatchSink(out_dir=out_dir, store=store, progress=progress)
    t0 = time.perf_counter()
    n = 0
    items = iter_inputs(list(inputs), config=config)
    n_proc = config.n_process if n_process is None else n_process
    for result, content_hash in _pipe_with_hashes(pipeline, items, n_process=n_proc):
        sink.add(result, content_hash)
        n += 1
        if n % part_size == 0:
            sink.end_part()
    if n % part_size or n == 0:
        sink.end_part()
    return sink.close(time.perf_counter() - t0)


__all__ = [
    "LOCAL_CLUSTER_CONFIG",
    "auto_blocksize",
    "iter_results",
    "jsonl_blocks",
    "local_cluster",
    "partitions",
    "process_block",
    "process_frame",
    "process_lines",
    "run_dask",
    "run_local",
    "warm_worker",
    "worker_pipeline",
]
