"""Run the full pipeline on the shared dev sets and print our figures beside score.py's.

    python eval/run_dev.py                       # all five dev sets
    python eval/run_dev.py --set plover --limit 50
    python eval/run_dev.py --reuse               # score existing eval/out/*.jsonl, no pipeline

Writes eval/out/<set>.jsonl (contract output) and eval/out/dev_figures.json (figures, docs/s).
The dev sets live beside the repository in ../shared/eval (see its README); nothing here is
collected by pytest. Figures on data the system was tuned on are optimistic: report them as dev.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared" / "eval"
OUT = REPO / "eval" / "out"

#: dev set -> (gold file under shared/eval, our kinds, score.py kinds)
SETS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "lgl": ("geo/lgl.jsonl", ("places",), ("geo",)),
    "trnews": ("geo/trnews.jsonl", ("places",), ("geo",)),
    "plover": ("events/plover_gsr_dev.jsonl", ("plover", "actors", "no_event"), ("plover", "actors")),
    "conflibert": ("events/conflibert_cameo_dev.jsonl", ("penta", "actors"), ("penta", "actors")),
    "factuality": ("events/factuality_dev.jsonl", ("factuality",), ()),
}
OUR_TO_REF = {"places": "geo"}


def reference(score_py: Path, kind: str, gold: Path, out: Path, limit: int | None,
              tmp: Path) -> dict[str, Any] | None:
    """score.py's result, on the same first ``limit`` gold documents."""
    if not score_py.exists():
        return None
    if limit is not None:
        lines = gold.read_text(encoding="utf-8").splitlines()[:limit]
        gold = tmp / f"gold-{gold.stem}-{limit}.jsonl"
        gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(score_py), kind, str(gold), str(out)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        print(f"score.py {kind} failed: {done.stderr.strip()[-500:]}", file=sys.stderr)
        return None
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def differences(ref: Any, ours: Any, path: str = "") -> list[str]:
    """Figures where score.py and ours differ by more than 1e-6 (confusion order ignored)."""
    if isinstance(ref, dict):
        if not isinstance(ours, dict):
            return [path]
        out: list[str] = []
        for key, value in ref.items():
            if key in ("kind", "top_confusions"):
                continue
            out += differences(value, ours.get(key), f"{path}.{key}") if key in ours else [f"{path}.{key}"]
        return out
    if isinstance(ref, list):
        if not isinstance(ours, list) or len(ref) != len(ours):
            return [path]
        return [d for i, (a, b) in enumerate(zip(ref, ours)) for d in differences(a, b, f"{path}[{i}]")]
    if isinstance(ref, (int, float)) and not isinstance(ref, bool):
        ok = isinstance(ours, (int, float)) and abs(ref - ours) <= 1e-6
        return [] if ok else [f"{path}: {ref} != {ours}"]
    return [] if ref == ours else [f"{path}: {ref!r} != {ours!r}"]


def side_by_side(ours: dict[str, Any], ref: dict[str, Any] | None) -> list[tuple[str, Any, Any]]:
    """(figure, ours, score.py) for every summary figure."""
    rows = []
    for key, value in ours.get("summary", {}).items():
        rows.append((key, value, (ref or {}).get("summary", {}).get(key, "")))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=sorted(SETS), action="append",
                    help="a dev set (repeatable); default: all")
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents of each")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared eval folder")
    ap.add_argument("--reuse", action="store_true",
                    help="score the existing eval/out/<set>.jsonl instead of running the pipeline")
    ap.add_argument("--batch-size", type=int, default=None)
    args = ap.parse_args(argv)

    from eventscope.evaluate import evaluate, format_report, run_pipeline

    names = args.set or list(SETS)
    OUT.mkdir(parents=True, exist_ok=True)
    score_py = args.shared / "score.py"
    tmp = Path(tempfile.mkdtemp(prefix="eventscope-dev-"))
    nlp = None
    figures: dict[str, Any] = {}
    summary_path = OUT / "dev_figures.json"
    if summary_path.exists() and args.set:
        figures = json.loads(summary_path.read_text(encoding="utf-8"))
    for name in names:
        rel, ours_kinds, ref_kinds = SETS[name]
        gold = args.shared / rel
        if not gold.exists():
            print(f"{name}: {gold} not found, skipped", file=sys.stderr)
            continue
        out = OUT / f"{name}.jsonl"
        entry: dict[str, Any] = {"gold": rel, "limit": args.limit}
        if not args.reuse:
            if nlp is None:
                import eventscope

                t0 = time.perf_counter()
                nlp = eventscope.load()
                figures["_load_seconds"] = round(time.perf_counter() - t0, 2)
            t0 = time.perf_counter()
            run_pipeline(nlp, gold, out, limit=args.limit, batch_size=args.batch_size)
            seconds = time.perf_counter() - t0
            docs = sum(1 for _ in open(out, encoding="utf-8"))
            entry.update(docs=docs, seconds=round(seconds, 2),
                         docs_per_s=round(docs / seconds, 1) if seconds else None)
        elif not out.exists():
            print(f"{name}: {out} not found (run without --reuse first)", file=sys.stderr)
            continue
        print(f"\n##### {name} ({rel})" + (f": {entry.get('docs')} docs, {entry.get('docs_per_s')} docs/s"
                                           if "docs" in entry else ""))
        for kind in ours_kinds:
            ours = evaluate(kind, gold, out, limit=args.limit)
            ref_kind = OUR_TO_REF.get(kind, kind)
            ref = reference(score_py, ref_kind, gold, out, args.limit, tmp) if ref_kind in ref_kinds else None
            entry[kind] = {"ours": ours.get("summary", ours), "score_py": (ref or {}).get("summary")}
            entry[kind]["coverage"] = ours["coverage"]
            if ref is not None:
                diff = differences(ref, ours)
                entry[kind]["agrees_with_score_py"] = not diff
                if diff:
                    print(f"!! {kind}: {len(diff)} figures differ from score.py: {diff[:5]}")
            if kind == "no_event":
                entry[kind]["ours"] = {k: ours[k] for k in ("docs", "docs_with_events", "false_event_rate")}
                print(f"-- no-event documents: {entry[kind]['ours']}")
                continue
            print(f"-- {kind}")
            print(f"{'figure':<22}{'ours':>12}{'score.py':>12}")
            for key, a, b in side_by_side(ours, ref):
                print(f"{key:<22}{a!s:>12}{b!s:>12}")
            if kind in ("plover", "penta", "factuality"):
                print(format_report(kind, ours).split("\n\n", 1)[1])
        figures[name] = entry
    summary_path.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    print(f"\nwrote {summary_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
