"""Throughput of the whole pipeline against bare spaCy on the same documents, in the same run.

    python eval/bench.py                      # the bundled sample, repeated to --docs pages
    python eval/bench.py --input ../shared/eval/events/plover_gsr_dev.jsonl --no-dask

Writes eval/out/bench.json with, for one process and for all cores (``--processes``):
docs/s and events/s of eventscope and of bare ``en_core_web_sm`` (``nlp.pipe`` with the same
number of processes) on the same cleaned texts, their ratio (machine-independent), the share
of time per stage (one process), peak RSS, and Dask throughput with 1 and 2 workers (warm
workers, so model loading is not counted) and its speed-up.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import eventscope
from eventscope.ingest import iter_inputs
from eventscope.ingest.records import RawDocument
from eventscope.scale import effective_processes


def load_inputs(path: str | None, config: eventscope.Config, n: int) -> list[RawDocument]:
    """The corpus: ``path`` or the bundled sample, repeated (with distinct ids) to ``n`` docs."""
    if path is None:
        from eventscope.ingest import sample_paths

        items = iter_inputs([str(p) for p in sample_paths()], config=config)
    else:
        items = iter_inputs([path], config=config)
    base = [r for r in items if isinstance(r, RawDocument)]
    if path is not None and len(base) >= n:
        return base[:n]
    out = []
    for i in range(n):
        r = base[i % len(base)]
        out.append(RawDocument(id=f"{r.id}#{i}", text=r.text, html=r.html, date=r.date,
                               title=r.title, url=r.url, source=r.source))
    return out


def rss_mb() -> dict[str, float]:
    """Peak resident memory of this process and of its largest finished child (MB)."""
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"self": round(me, 1), "largest_child": round(kids, 1)}


def bench_bare_spacy(nlp: Any, texts: list[str], n_process: int, batch_size: int
                     ) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) for bare spaCy over ``texts``."""
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in nlp.annotator.nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
        pass
    return time.perf_counter() - t0, time.process_time() - c0


def bench_pipeline(nlp: Any, raws: list[RawDocument], n_process: int
                   ) -> tuple[float, int, int, float]:
    """(wall seconds, docs, events, CPU seconds of this process) for the whole pipeline."""
    t0, c0 = time.perf_counter(), time.process_time()
    n_docs = n_events = 0
    for out in nlp.pipe(raws, n_process=n_process):
        n_docs += 1
        if isinstance(out, eventscope.Doc):
            n_events += len(out.events)
    return time.perf_counter() - t0, n_docs, n_events, time.process_time() - c0


def stage_shares(nlp: Any, raws: list[RawDocument]) -> dict[str, float]:
    """Share of one process's time per stage: clean, spaCy, then each component."""
    from eventscope.clean import clean_document

    stage_s: dict[str, float] = defaultdict(float)
    original = nlp.components
    timed = []
    for name, comp in original:
        def wrap(doc, comp=comp, name=name):  # type: ignore[no-untyped-def]
            t = time.perf_counter()
            out = comp(doc)
            stage_s[name] += time.perf_counter() - t
            return out
        timed.append((name, wrap))
    nlp.components = timed
    t0 = time.perf_counter()
    for r in raws:
        try:
            clean_document(r, nlp.config)
        except eventscope.InputError:
            pass
    stage_s["clean"] = time.perf_counter() - t0
    try:
        total, _, _, _ = bench_pipeline(nlp, raws, 1)
    finally:
        nlp.components = original
    stage_s["spacy"] = max(0.0, total - sum(stage_s.values()))
    return {k: round(v / total, 3) for k, v in sorted(stage_s.items())}


def bench_dask(raws: list[RawDocument], config: eventscope.Config,
               workers: tuple[int, ...] = (1, 2)) -> dict[str, Any]:
    """Docs/s through ``run_dask`` on a warm LocalCluster of each size."""
    from distributed import Client, LocalCluster

    from eventscope.scale.dask_engine import run_dask, warm_worker

    tmp = Path(tempfile.mkdtemp(prefix="eventscope-bench-"))
    src = tmp / "corpus.jsonl"
    with open(src, "w", encoding="utf-8") as f:
        for r in raws:
            f.write(json.dumps({"id": r.id, "text": r.text, "html": r.html, "date": r.date,
                                "title": r.title, "source": r.source}) + "\n")
    blocksize = max(4096, src.stat().st_size // 16)  # 16 partitions
    out: dict[str, Any] = {"partitions": 16}
    for n in workers:
        with LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                          memory_limit="2GiB", dashboard_address=None) as cluster, \
                Client(cluster) as client:
            client.run(warm_worker, config)  # load the model once per worker, untimed
            report = run_dask([str(src)], out_dir=tmp / f"out{n}",
                              scheduler=cluster.scheduler_address, config=config,
                              blocksize=blocksize)
            out[f"workers_{n}_docs_per_s"] = round(report.docs_per_second, 2)
    if len(workers) > 1:
        out["speedup"] = round(out[f"workers_{workers[-1]}_docs_per_s"]
                               / out[f"workers_{workers[0]}_docs_per_s"], 3)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--input", default=None, help="a file or directory; default: the sample")
    ap.add_argument("--docs", type=int, default=400, help="documents in the corpus")
    ap.add_argument("--processes", type=int, default=0, help="0 = every core")
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--dask-docs", type=int, default=None,
                    help="documents for the Dask runs [default: --docs]")
    ap.add_argument("--out", default="eval/out/bench.json")
    args = ap.parse_args()

    nlp = eventscope.load()
    config = nlp.config
    raws = load_inputs(args.input, config, args.docs)
    list(nlp.pipe(raws[:2]))  # warm-up: lazy loads (gazetteer, registry) happen here
    from eventscope.clean import clean_document

    texts = []
    for r in raws:
        try:
            texts.append(clean_document(r, config).text)
        except eventscope.InputError:
            pass
    n_proc = effective_processes(args.processes)
    result: dict[str, Any] = {
        "input": args.input or "bundled sample (repeated)", "docs": len(raws),
        "mean_chars": round(sum(map(len, texts)) / max(1, len(texts))),
        "cores": os.cpu_count(), "processes": n_proc,
    }
    for label, procs in (("one_process", 1), ("all_cores", n_proc)):
        spacy_s, spacy_cpu = bench_bare_spacy(nlp, texts, procs, config.batch_size)
        total_s, n_docs, n_events, total_cpu = bench_pipeline(nlp, raws, procs)
        result[label] = {
            "processes": procs,
            "eventscope_docs_per_s": round(n_docs / total_s, 2),
            "eventscope_events_per_s": round(n_events / total_s, 2),
            "bare_spacy_docs_per_s": round(len(texts) / spacy_s, 2),
            "ratio_to_bare_spacy": round((n_docs / total_s) / (len(texts) / spacy_s), 3),
            "events": n_events,
        }
        if procs == 1:  # CPU time: what a core does when nothing else competes for it
            result[label].update({
                "eventscope_docs_per_cpu_s": round(n_docs / total_cpu, 2),
                "bare_spacy_docs_per_cpu_s": round(len(texts) / spacy_cpu, 2),
                "ratio_to_bare_spacy_cpu": round((n_docs / total_cpu) / (len(texts) / spacy_cpu), 3),
            })
        if procs == n_proc and label == "one_process":
            break
    result["share_of_time_one_process"] = stage_shares(nlp, raws)
    result["peak_rss_mb"] = rss_mb()
    if not args.no_dask:
        result["dask"] = bench_dask(raws[:args.dask_docs] if args.dask_docs else raws, config)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
