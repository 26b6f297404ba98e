"""Dask part of the benchmark: 1 vs 2 workers on the same documents, warm, in the same run.

For each cluster size a ``LocalCluster`` of processes (one thread each) is started and every
worker loads the pipeline and parses a page before the clock starts (``client.run``). Then:

- ``compute``: every partition submitted at once, results (pipeline Docs) gathered on the
  driver: the engine's own scaling; run with Dask's default settings and with the settings
  :func:`~eventscope.scale.dask_engine.local_cluster` uses (the engine as shipped);
- ``end to end``: :func:`~eventscope.scale.dask_engine.run_dask` writing Parquet, incident ids
  assigned on the driver: what a user of ``eventscope batch --engine dask`` gets.

Beside them, bare spaCy's own 1 -> 2 process speed-up on the same texts, measured here: on a
machine with 2 cores that is the ceiling for any engine (the driver and scheduler share them).

Wall-clock figures need an otherwise idle machine. CPU seconds (every process: workers, and
the driver, which hosts the scheduler and the nannies) do not, so each run also reports them
and a CPU-bound estimate of its throughput on idle cores: with 1 worker the worker is the
bottleneck (the driver has the other core); with 2, the busiest worker or the whole run's CPU
shared by 2 cores, whichever is slower.
"""

from __future__ import annotations

import json
import multiprocessing
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import eventscope
from eventscope.ingest.records import RawDocument


def _cpu_s() -> float:
    import psutil

    t = psutil.Process().cpu_times()
    return t.user + t.system


def _rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def _children_cpu_s() -> float:
    multiprocessing.active_children()  # reap finished children so their time is counted
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _write_corpus(raws: list[RawDocument], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(json.dumps({"id": r.id, "text": r.text, "html": r.html, "date": r.date,
                                "title": r.title, "source": r.source}) + "\n" for r in raws)


def cpu_bound_rate(docs: int, per_process_cpu: list[float], cores: int = 2) -> float:
    """Docs/s on ``cores`` idle cores if CPU were the only limit: the busiest process, or all
    the CPU spread over the cores, whichever takes longer."""
    seconds = max(max(per_process_cpu), sum(per_process_cpu) / cores)
    return docs / seconds if seconds > 0 else 0.0


def _bare_speedup(bare: Any, texts: list[str], batch_size: int) -> dict[str, float]:
    out: dict[str, float] = {}
    for n in (1, 2):
        c0, k0, t0 = _cpu_s(), _children_cpu_s(), time.perf_counter()
        for _ in bare.pipe(texts, batch_size=batch_size, n_process=n):
            pass
        wall = time.perf_counter() - t0
        parent, kids = _cpu_s() - c0, _children_cpu_s() - k0
        out[f"bare_spacy_{n}_docs_per_s"] = round(len(texts) / wall, 2)
        # n = 2: the parent only feeds texts and receives docs; the children parse
        per_proc = [parent] if n == 1 else [kids / 2, kids / 2, parent]
        out[f"bare_spacy_{n}_cpu_bound_docs_per_s"] = round(cpu_bound_rate(len(texts), per_proc), 2)
    out["bare_spacy_speedup"] = round(out["bare_spacy_2_docs_per_s"] / out["bare_spacy_1_docs_per_s"], 3)
    out["bare_spacy_cpu_bound_speedup"] = round(out["bare_spacy_2_cpu_bound_docs_per_s"]
                                                / out["bare_spacy_1_cpu_bound_docs_per_s"], 3)
    return out


def _compute(client: Any, tasks: list[Any]) -> tuple[list[Any], dict[str, float]]:
    """Run every partition, results gathered here; wall and CPU figures of the run."""
    w0, d0, t0 = client.run(_cpu_s), _cpu_s(), time.perf_counter()
    results = client.gather(client.compute(tasks))
    wall = time.perf_counter() - t0
    w1, d1 = client.run(_cpu_s), _cpu_s()
    docs = sum(len(part) for part in results)
    workers = [w1[k] - w0[k] for k in w1]
    driver = d1 - d0
    return results, {
        "docs_per_s": round(docs / wall, 2),
        "worker_cpu_ms_per_doc": round(1000 * sum(workers) / docs, 1),
        "driver_cpu_ms_per_doc": round(1000 * driver / docs, 1),
        "cpu_bound_docs_per_s": round(cpu_bound_rate(docs, [*workers, driver]), 2),
    }


def _clusters(settings: str) -> Callable[[int], Any]:
    from distributed import LocalCluster

    from eventscope.scale.dask_engine import local_cluster

    if settings == "tuned":
        return local_cluster
    return lambda n: LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                  memory_limit="2GiB", dashboard_address=None)


def bench_dask(raws: list[RawDocument], texts: list[str], config: eventscope.Config, bare: Any,
               *, workers: tuple[int, ...] = (1, 2), n_partitions: int = 16) -> dict[str, Any]:
    """Docs/s on warm LocalClusters of each size: compute-only with Dask's default settings and
    with the engine's, and end to end with the engine's."""
    from distributed import Client

    from eventscope.scale.dask_engine import partitions, run_dask, warm_worker

    tmp = Path(tempfile.mkdtemp(prefix="eventscope-bench-"))
    src = tmp / "corpus.jsonl"
    _write_corpus(raws, src)
    blocksize = max(4096, -(-src.stat().st_size // n_partitions))
    out: dict[str, Any] = {"docs": len(raws)}
    out.update(_bare_speedup(bare, texts, config.batch_size))
    worker_rss: list[float] = []
    results: list[list[Any]] = []
    first, last = workers[0], workers[-1]
    for settings in ("dask_defaults", "tuned"):
        runs: dict[str, Any] = {}
        for n in workers:
            with _clusters(settings)(n) as cluster, Client(cluster) as client:
                client.run(warm_worker, config)  # the model loaded once per worker, untimed
                tasks = partitions([str(src)], config, blocksize=blocksize)
                out["partitions"] = len(tasks)
                results, runs[f"workers_{n}"] = _compute(client, tasks)
                if settings == "tuned":
                    report = run_dask([str(src)], out_dir=tmp / f"out{n}",
                                      scheduler=cluster.scheduler_address, config=config,
                                      blocksize=blocksize)
                    runs[f"workers_{n}"]["end_to_end_docs_per_s"] = round(
                        report.docs_per_second, 2)
                    worker_rss.extend(client.run(_rss_mb).values())
        a, b = runs[f"workers_{first}"], runs[f"workers_{last}"]
        runs["speedup"] = round(b["docs_per_s"] / a["docs_per_s"], 3)
        runs["cpu_bound_speedup"] = round(b["cpu_bound_docs_per_s"] / a["cpu_bound_docs_per_s"],
                                          3)
        out[settings] = runs
    tuned = out["tuned"]
    for n in workers:
        out[f"workers_{n}_docs_per_s"] = tuned[f"workers_{n}"]["docs_per_s"]
        out[f"workers_{n}_end_to_end_docs_per_s"] = tuned[f"workers_{n}"]["end_to_end_docs_per_s"]
    out["speedup"] = tuned["speedup"]
    out["cpu_bound_speedup"] = tuned["cpu_bound_speedup"]
    out["end_to_end_speedup"] = round(out[f"workers_{last}_end_to_end_docs_per_s"]
                                      / out[f"workers_{first}_end_to_end_docs_per_s"], 3)
    out["driver_sink_docs_per_s"] = round(_sink_rate(results, tmp / "sink"), 1)
    out["worker_rss_mb"] = [round(x, 1) for x in worker_rss]
    return out


def _sink_rate(results: list[list[Any]], out_dir: Path) -> float:
    """Docs/s of the driver's share of a run (incident ids, Parquet rows) on one core."""
    from eventscope.scale.sink import BatchSink

    sink = BatchSink(out_dir=out_dir)
    n = 0
    t0 = time.process_time()
    for part in results:
        for result, content_hash in part:
            sink.add(result, content_hash)
            n += 1
        sink.end_part()
    return n / max(1e-9, time.process_time() - t0)


__all__ = ["bench_dask", "cpu_bound_rate"]
