"""Run the pipeline on the held-out event sets (eval/heldout/) and write their figures.

    python eval/heldout_dev.py              # run the pipeline, score, write the figures
    python eval/heldout_dev.py --reuse      # score the existing eval/out/heldout_*.jsonl only
    python eval/heldout_dev.py --errors     # also print every wrong item
    python eval/heldout_dev.py --heldout eval/heldout2 --label heldout2   # the second held-out set

The held-out sets were written for eventscope without looking at its rules (see
eval/heldout/README.md), so their figures estimate how the event rules generalise, unlike the
dev figures. Scoring is the project's own ``eventscope.evaluate`` (which agrees with the
reference ``score.py``; where that script is found, the PLOVER, PentaClass and actor figures
are checked against it as eval/run_dev.py does). Writes eval/out/<label>_<set>.jsonl (contract
output) and eval/out/<label>_figures.json; the label is "heldout" unless --label says otherwise
(give each held-out folder its own label, so that their outputs do not overwrite each other).
Nothing here is collected by pytest.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
HELDOUT = REPO / "eval" / "heldout"
OUT = REPO / "eval" / "out"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from run_dev import DEFAULT_SHARED, differences, reference

#: held-out set -> (file under eval/heldout, our kinds, kinds score.py can check)
SETS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "plover": ("plover_heldout.jsonl", ("plover", "penta", "actors"), ("plover", "penta", "actors")),
    "factuality": ("factuality_heldout.jsonl", ("factuality",), ()),
    "no_event": ("no_event_heldout.jsonl", ("no_event",), ()),
}


def headline(results: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The figures asked for in issue 5, pulled from the full results."""
    out: dict[str, Any] = {}
    plover = results.get("plover", {})
    if "plover" in plover:
        p = plover["plover"]
        out["plover_macro_F1"] = p["macro"]["f1"]
        out["plover_micro_F1"] = p["micro"]["f1"]
        out["plover_top1_acc"] = p["top1_accuracy"]
        out["plover_no_prediction_rate"] = p["no_prediction_rate"]
        out["plover_per_type"] = {t: {k: m[k] for k in ("p", "r", "f1", "gold", "pred")}
                                  for t, m in p["per_label"].items() if m["gold"] or m["pred"]}
        out["plover_top_confusions"] = p["confusions"][:15]
    if "penta" in plover:
        out["penta_acc"] = plover["penta"]["accuracy"]
        out["penta_macro_F1"] = plover["penta"]["macro_f1"]
    if "actors" in plover:
        a = plover["actors"]
        out["actor_source_F1"] = a["source"]["f1"]
        out["actor_target_F1"] = a["target"]["f1"]
        out["actor_combined_F1"] = a["combined"]["f1"]
        out["actor_role_swaps"] = a["role_swaps"]
    fact = results.get("factuality", {}).get("factuality")
    if fact:
        out["factuality_found_rate"] = fact["found_rate"]
        out["factuality_acc"] = fact["accuracy"]
        out["factuality_macro_F1"] = fact["macro_f1"]
        out["factuality_per_class_F1"] = {c: m["f1"] for c, m in fact["per_class"].items()}
        out["factuality_missed_ids"] = fact["missed_ids"]
    none = results.get("no_event", {}).get("no_event")
    if none:
        out["no_event_rate"] = none["false_event_rate"]
        out["no_event_ids_with_events"] = none["ids_with_events"]
    return out


def print_errors(name: str, gold_path: Path, out_path: Path) -> None:
    """Every item whose prediction differs from gold (types, or factuality of the target)."""
    from eventscope.evaluate import read_gold, read_jsonl
    from eventscope.evaluate.factuality import find_event, gold_trigger
    from eventscope.evaluate.labels import plover_gold

    preds = {str(r.get("id")): r for r in read_jsonl(out_path).rows}
    for g in read_gold(gold_path):
        events = [e for e in preds.get(str(g["id"]), {}).get("events") or [] if isinstance(e, dict)]
        got = sorted({str(e.get("plover_type")) for e in events})
        if name == "factuality":
            trig = gold_trigger(g)
            e = find_event(events, trig, g["text"]) if trig else None
            label = e.get("factuality") if e else "<not found>"
            if label != g["gold_factuality"]:
                print(f"  {g['id']}: gold={g['gold_factuality']} pred={label} "
                      f"trigger={g['gold_trigger']['text']!r}  | {g['text']}")
            continue
        want = sorted(plover_gold(g))
        if got != want:
            print(f"  {g['id']}: gold={want} pred={got}  | {g['text']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reuse", action="store_true", help="score existing outputs, no pipeline run")
    ap.add_argument("--errors", action="store_true", help="print every wrong item")
    ap.add_argument("--heldout", type=Path, default=HELDOUT, help="the folder of held-out files")
    ap.add_argument("--label", default="heldout",
                    help="prefix of the files written under eval/out (e.g. heldout2 for eval/heldout2)")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                    help="the shared eval folder (for score.py)")
    args = ap.parse_args(argv)

    from eventscope.evaluate import evaluate, format_report, run_pipeline

    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="eventscope-heldout-"))
    score_py = args.shared / "score.py"
    nlp = None
    results: dict[str, dict[str, Any]] = {}
    runs: dict[str, Any] = {}
    for name, (file, kinds, ref_kinds) in SETS.items():
        gold = args.heldout / file
        out = OUT / f"{args.label}_{name}.jsonl"
        if not args.reuse:
            if nlp is None:
                import eventscope

                nlp = eventscope.load()
            t0 = time.perf_counter()
            run_pipeline(nlp, gold, out)
            runs[name] = {"seconds": round(time.perf_counter() - t0, 2)}
        elif not out.exists():
            print(f"{name}: {out} not found (run without --reuse first)", file=sys.stderr)
            continue
        results[name] = {}
        print(f"\n##### held-out {name} ({file})")
        for kind in kinds:
            ours = evaluate(kind, gold, out)
            results[name][kind] = ours
            if kind in ref_kinds:
                ref = reference(score_py, kind, gold, out, None, tmp)
                if ref is not None:
                    diff = differences(ref, ours)
                    ours["agrees_with_score_py"] = not diff
                    if diff:
                        print(f"!! {kind}: {len(diff)} figures differ from score.py: {diff[:5]}")
            if kind == "no_event":
                print(f"-- no-event: {ours['docs_with_events']}/{ours['docs']} documents with "
                      f"events (rate {ours['false_event_rate']})")
            else:
                print(format_report(kind, ours))
        if args.errors:
            print(f"-- wrong items ({name})")
            print_errors(name, gold, out)
    figures = {"headline": headline(results), "runs": runs, "full": results}
    path = OUT / f"{args.label}_figures.json"
    path.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    print("\nheadline:", json.dumps({k: v for k, v in figures["headline"].items()
                                    if not isinstance(v, (dict, list))}, indent=1))
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
