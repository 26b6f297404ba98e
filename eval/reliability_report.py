"""Reliability report (issue 8): hostile input, SIGKILLed ingests, concurrent ingests, repeats.

    python eval/reliability_report.py --n 10000 --kills 50      # writes eval/out/reliability.json

Phases, all through real ``python -m eventscope`` processes:

1. **abuse**: a generated corpus of about N inputs (the named nasty files of issue 8, a
   ``--big-bytes`` text and zip bombs, then JSONL lines of junk, foreign pages and made-up
   stories) through ``eventscope ingest`` into a fresh database and its JSONL part through
   ``eventscope extract``. Every input must be processed, skipped as a repeat, or rejected with
   a catalogued reason; every extract line answered once.
2. **idempotency**: the same ingest again on that database must change nothing.
3. **crash**: a smaller corpus ingested again and again, each run SIGKILLed at a random moment
   (``--kills`` times); after every kill the database must pass ``PRAGMA integrity_check`` and
   every document in it must match the uninterrupted reference run (no partial documents). When
   a run finishes before its kill, the set must be complete, exactly once, and a new round starts.
4. **concurrency**: two ingests of the crash corpus into one fresh database at once.

crashes = runs that exited non-zero or printed a traceback (kills excluded); lost = inputs not
accounted for, plus reference documents or rejections missing after a completed run.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "reliability"))

from harness import (Reference, kill_ingest, problems, read_db, read_report,  # noqa: E402
                     run_extract, run_ingest, start_ingest, wait_all)
from nasty import write_corpus  # noqa: E402

from eventscope.ingest import REJECTION_REASONS  # noqa: E402


def _crashed(rc: int, stderr: str) -> bool:
    return rc != 0 or "Traceback" in stderr


def reference_run(ingest_dir: Path, db: Path, report: Path) -> Reference:
    t0 = time.perf_counter()
    proc = run_ingest([ingest_dir], db, report=report, timeout=7200)
    wall = time.perf_counter() - t0
    figures = read_report(report) if report.exists() else {"seconds": wall}
    return Reference(db=db, state=read_db(db), report=figures, stderr=proc.stderr,
                     returncode=proc.returncode, wall_seconds=wall)


def check_extract(src: Path, out: Path) -> dict[str, Any]:
    """Run extract and count its answers; every line must get exactly one, in order."""
    t0 = time.perf_counter()
    proc = run_extract(src, out, timeout=7200)
    lines_in = src.read_bytes().split(b"\n")[:-1]
    results = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()] \
        if out.exists() else []
    by_reason: Counter[str] = Counter()
    bad: list[str] = []
    for number, result in enumerate(results, start=1):
        if result.get("status") == "ok":
            text = result["text"]
            for span in [*result["places"], *result["actors"]]:
                if text[span["start"]:span["end"]] != span["text"]:
                    bad.append(f"line {number}: span {span['start']}:{span['end']} is off")
        elif result.get("status") == "rejected":
            by_reason[result.get("reason", "?")] += 1
            if result.get("reason") not in REJECTION_REASONS or not result.get("error"):
                bad.append(f"line {number}: rejection without a catalogued reason")
            if result.get("line") != number:
                bad.append(f"line {number}: answered as line {result.get('line')}")
        else:
            bad.append(f"line {number}: status {result.get('status')!r}")
    return {"inputs": len(lines_in), "outputs": len(results),
            "ok": sum(r.get("status") == "ok" for r in results),
            "rejected": sum(by_reason.values()), "rejected_by_reason": dict(by_reason),
            "lost": max(0, len(lines_in) - len(results)),
            "extra_outputs": max(0, len(results) - len(lines_in)), "bad_lines": bad[:20],
            "crashed": _crashed(proc.returncode, proc.stderr),
            "stderr_tail": proc.stderr[-500:] if _crashed(proc.returncode, proc.stderr) else "",
            "seconds": round(time.perf_counter() - t0, 1)}


def abuse_phase(work: Path, n: int, big_bytes: int, story_weight: float) -> dict[str, Any]:
    corpus = write_corpus(work / "abuse", n=n, seed=8, big_bytes=big_bytes,
                          story_weight=story_weight)
    ref = reference_run(corpus.ingest_dir, work / "abuse.db", work / "abuse-report.json")
    figures = ref.report
    accounted = figures.get("processed", 0) + figures.get("skipped", 0) + figures.get("rejected", 0)
    state = ref.state
    db_problems = problems(state)
    if state.totals["documents"] != figures.get("processed"):
        db_problems.append(f"{state.totals['documents']} documents stored for "
                           f"{figures.get('processed')} processed")
    if state.totals["rejected"] != figures.get("rejected"):
        db_problems.append(f"{state.totals['rejected']} rejections stored for "
                           f"{figures.get('rejected')} rejected")
    unknown = set(state.rejected_reasons) - set(REJECTION_REASONS)
    print(f"abuse ingest: {accounted}/{corpus.ingest_inputs} accounted for in "
          f"{ref.wall_seconds:.0f} s", file=sys.stderr)

    again_report = work / "again-report.json"
    t0 = time.perf_counter()
    again = run_ingest([corpus.ingest_dir], ref.db, report=again_report, timeout=7200)
    again_figures = read_report(again_report) if again_report.exists() else {}
    after = read_db(ref.db)
    print(f"idempotency re-run: {time.perf_counter() - t0:.0f} s", file=sys.stderr)

    extract = check_extract(corpus.extract_file, work / "extract-out.jsonl")
    print(f"extract: {extract['outputs']}/{extract['inputs']} lines in {extract['seconds']} s",
          file=sys.stderr)
    return {
        "ingest": {
            "inputs_tried": corpus.ingest_inputs, "processed": figures.get("processed"),
            "skipped_repeats": figures.get("skipped"), "rejected": figures.get("rejected"),
            "rejected_by_reason": figures.get("rejected_by_reason"),
            "lost": corpus.ingest_inputs - accounted, "crashed": _crashed(ref.returncode,
                                                                           ref.stderr),
            "unknown_reasons": sorted(unknown), "db_problems": db_problems[:20],
            "integrity": state.integrity, "events": figures.get("events"),
            "seconds": round(ref.wall_seconds, 1), "big_bytes": big_bytes},
        "idempotency": {
            "crashed": _crashed(again.returncode, again.stderr),
            "processed_again": again_figures.get("processed"),
            "inputs": again_figures.get("inputs"), "database_unchanged": after == state},
        "extract": extract,
        "corpus_kinds": corpus.kinds,
    }


def crash_phase(work: Path, kills: int, n: int, seed: int) -> dict[str, Any]:
    corpus = write_corpus(work / "crash", n=n, seed=seed + 1, big_bytes=2_000_000)
    ref = reference_run(corpus.ingest_dir, work / "crash-ref.db", work / "crash-ref.json")
    rng = random.Random(seed)
    startup, busy = ref.startup_seconds, float(ref.report["seconds"])
    out: dict[str, Any] = {"inputs": corpus.ingest_inputs, "kills": 0, "kills_survived": 0,
                           "kills_before_first_write": 0, "integrity_failures": 0,
                           "partial_or_wrong_documents": 0, "runs_finished_before_kill": 0,
                           "rounds_completed_exactly_once": 0, "rounds_failed": 0,
                           "crashes": int(_crashed(ref.returncode, ref.stderr)), "lost": 0,
                           "problems": [], "reference_documents": len(ref.state.docs),
                           "reference_startup_s": round(startup, 1),
                           "reference_work_s": round(busy, 1)}
    round_no, db = 0, work / "crash-0.db"
    attempts = 0
    while out["kills"] < kills and attempts < kills * 3:
        attempts += 1
        stored = len(read_db(db).docs) if db.exists() else 0
        remaining = busy * max(0.1, 1 - stored / max(1, len(ref.state.docs)))
        after_start = rng.random() < 0.7
        if after_start:  # the clock starts at the run's first stored result
            delay = rng.uniform(0, remaining)
        else:  # from process start: may hit loading, migration or the first batch
            delay = rng.uniform(0.3 * startup, startup + remaining)
        result = kill_ingest([corpus.ingest_dir], db, delay=delay, after_start=after_start)
        state = read_db(db) if db.exists() else None
        found = problems(state, ref.state) if state is not None else []
        if result.killed:
            out["kills"] += 1
            out["kills_before_first_write"] += not result.started_work
            if state is not None and state.integrity != "ok":
                out["integrity_failures"] += 1
            out["partial_or_wrong_documents"] += sum("document" in p for p in found)
            out["kills_survived"] += not found
        else:
            out["runs_finished_before_kill"] += 1
            out["crashes"] += _crashed(result.returncode, "")
            if state is not None:
                found = problems(state, ref.state, complete=True)
                lost = len(ref.state.docs.keys() - state.docs.keys())
                out["lost"] += lost
                if found:
                    out["rounds_failed"] += 1
                else:
                    out["rounds_completed_exactly_once"] += 1
            round_no += 1
            db = work / f"crash-{round_no}.db"
        out["problems"] += found[:3]
        print(f"kill {out['kills']}/{kills}: {delay:.1f} s after "
              f"{'first write' if after_start else 'start'}, killed={result.killed}, "
              f"problems={len(found)}", file=sys.stderr)
    if db.exists():  # finish the last round
        proc = run_ingest([corpus.ingest_dir], db, timeout=3600)
        out["crashes"] += _crashed(proc.returncode, proc.stderr)
        state = read_db(db)
        found = problems(state, ref.state, complete=True)
        out["lost"] += len(ref.state.docs.keys() - state.docs.keys())
        out["rounds_completed_exactly_once" if not found else "rounds_failed"] += 1
        out["problems"] += found[:3]

    two = work / "two.db"
    procs = [start_ingest([corpus.ingest_dir], two) for _ in range(2)]
    ends = wait_all(procs, timeout=3600)
    state = read_db(two)
    found = problems(state, ref.state, complete=True)
    out["concurrent"] = {"processes": 2, "crashes": sum(_crashed(rc, err) for rc, err in ends),
                         "integrity": state.integrity, "problems": found[:5],
                         "documents": len(state.docs), "duplicate_doc_ids": sum(
                             n - 1 for n in state.doc_ids.values() if n > 1),
                         "same_as_reference": state.totals == ref.state.totals}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="inputs in the abuse corpus")
    parser.add_argument("--kills", type=int, default=50, help="SIGKILLs in the crash phase")
    parser.add_argument("--kill-inputs", type=int, default=300, help="inputs in the crash corpus")
    parser.add_argument("--big-bytes", type=int, default=50_000_000,
                        help="size of the big text and the zip bombs")
    parser.add_argument("--story-weight", type=float, default=0.5,
                        help="scale of the share of real stories (the expensive inputs)")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--skip", choices=["abuse", "crash"], action="append", default=[])
    parser.add_argument("--out", type=Path, default=HERE / "out" / "reliability.json")
    args = parser.parse_args()
    t0 = time.perf_counter()
    result: dict[str, Any] = {"args": {k: (str(v) if isinstance(v, Path) else v)
                                       for k, v in vars(args).items()}}
    previous = json.loads(args.out.read_text()) if args.out.exists() else {}
    for phase in args.skip:  # keep a skipped phase's figures from the previous report
        if phase in previous:
            result[phase] = {**previous[phase], "from_previous_run": True}
    with tempfile.TemporaryDirectory(prefix="eventscope-reliability-") as tmp:
        work = Path(tmp)
        if "abuse" not in args.skip:
            result["abuse"] = abuse_phase(work, args.n, args.big_bytes, args.story_weight)
        if "crash" not in args.skip:
            result["crash"] = crash_phase(work, args.kills, args.kill_inputs, args.seed)
    abuse, crash = result.get("abuse", {}), result.get("crash", {})
    ingest = abuse.get("ingest", {})
    result["summary"] = {
        "inputs_tried": ingest.get("inputs_tried", 0) + abuse.get("extract", {}).get("inputs", 0),
        "ingest_inputs": ingest.get("inputs_tried"), "processed": ingest.get("processed"),
        "skipped_repeats": ingest.get("skipped_repeats"), "rejected": ingest.get("rejected"),
        "rejected_by_reason": ingest.get("rejected_by_reason"),
        "extract_lines": abuse.get("extract", {}).get("inputs"),
        "crashes": int(bool(ingest.get("crashed"))) + int(bool(abuse.get("extract", {}).get(
            "crashed"))) + int(bool(abuse.get("idempotency", {}).get("crashed")))
        + crash.get("crashes", 0) + crash.get("concurrent", {}).get("crashes", 0),
        "lost": (ingest.get("lost") or 0) + abuse.get("extract", {}).get("lost", 0)
        + crash.get("lost", 0),
        "kills": crash.get("kills"), "kills_survived": crash.get("kills_survived"),
        "integrity_failures": crash.get("integrity_failures", 0)
        + int(ingest.get("integrity", "ok") != "ok")
        + int(crash.get("concurrent", {}).get("integrity", "ok") != "ok"),
        "partial_documents": crash.get("partial_or_wrong_documents"),
        "rounds_completed_exactly_once": crash.get("rounds_completed_exactly_once"),
        "idempotent": abuse.get("idempotency", {}).get("database_unchanged"),
        "concurrent_ok": crash.get("concurrent", {}).get("same_as_reference"),
        "seconds": round(time.perf_counter() - t0, 1),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(result["summary"], indent=2))
    print(f"written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
