"""Pairwise precision/recall/F1 of incident clustering on a set of reports.

    python eval/incidents_dev.py [--set eval/incidents_heldout] [--threshold 2.0] [--show]

Scores eval/incidents_dev/ by default; ``--set DIR`` scores another directory of the same
format (reports.jsonl + gold.jsonl), e.g. the held-out set eval/incidents_heldout/, which
must never be tuned to. The figures are also written to eval/out/incidents_<label>.json
(label: the set directory's name without the ``incidents_`` prefix, or ``--label``).

The dev set (written for eventscope) has several reports of each incident in different words
plus look-alike distinct incidents (same place another day, same day another place, same
target another sender). Gold is per document: the incident it reports and the PLOVER types
that code it. Two documents are predicted to report one incident when an event of a gold type
in one shares its ``incident_id`` with an event of a gold type in the other. Pairs are over
documents, so extraction misses count against recall, as they do for users.
"""

from __future__ import annotations

import argparse
import itertools
import json
from pathlib import Path

import eventscope
from eventscope.incidents import IncidentIndex
from eventscope.ingest import read_jsonl

HERE = Path(__file__).parent / "incidents_dev"
OUT = Path(__file__).parent / "out"


def pairwise(gold: dict[str, str], predicted: dict[str, set[str]]) -> dict[str, float]:
    """Pairwise P/R/F1 over all document pairs."""
    tp = fp = fn = 0
    for a, b in itertools.combinations(sorted(gold), 2):
        same_gold = gold[a] == gold[b]
        same_pred = bool(predicted.get(a, set()) & predicted.get(b, set()))
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"pairs_true": tp + fn, "tp": tp, "fp": fp, "fn": fn,
            "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def pair_errors(gold: dict[str, str],
                predicted: dict[str, set[str]]) -> list[tuple[str, str, str]]:
    """('FN'|'FP', a, b) for each document pair the clustering got wrong."""
    out = []
    for a, b in itertools.combinations(sorted(gold), 2):
        same_gold = gold[a] == gold[b]
        same_pred = bool(predicted.get(a, set()) & predicted.get(b, set()))
        if same_gold != same_pred:
            out.append(("FN" if same_gold else "FP", a, b))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--show", action="store_true", help="print each document's incidents")
    ap.add_argument("--set", dest="set_dir", type=Path, default=HERE,
                    help="directory with reports.jsonl and gold.jsonl (default: the dev set)")
    ap.add_argument("--label", default=None, help="name of the output file's label")
    ap.add_argument("--errors", action="store_true", help="list missed and false pairs")
    args = ap.parse_args()
    set_dir: Path = args.set_dir
    label = args.label or set_dir.resolve().name.removeprefix("incidents_")
    gold_rows = [json.loads(line) for line in open(set_dir / "gold.jsonl", encoding="utf-8")]
    gold = {g["id"]: g["incident"] for g in gold_rows}
    types = {g["id"]: set(g["types"]) for g in gold_rows}
    nlp = eventscope.load()
    index = IncidentIndex() if args.threshold is None else IncidentIndex(threshold=args.threshold)
    predicted: dict[str, set[str]] = {}
    with open(set_dir / "reports.jsonl", "rb") as f:
        for out in nlp.pipe(read_jsonl(f, origin="dev", config=nlp.config)):
            if not isinstance(out, eventscope.Doc):
                continue
            index.assign(out)
            predicted[out.id] = {e.incident_id for e in out.events
                                 if e.plover_type in types[out.id] and e.incident_id}
            if args.show:
                print(out.id, gold[out.id], sorted(predicted[out.id]))
    result = {"set": label, "documents": len(gold), "incidents_gold": len(set(gold.values())),
              "incidents_predicted": len(index),
              "threshold": index.threshold, **pairwise(gold, predicted)}
    if args.errors:
        for kind, a, b in pair_errors(gold, predicted):
            print(kind, a, b, gold[a], gold[b])
    print(json.dumps(result, indent=2))
    OUT.mkdir(exist_ok=True)
    (OUT / f"incidents_{label}.json").write_text(json.dumps(result, indent=2) + "\n",
                                                 encoding="utf-8")


if __name__ == "__main__":
    main()
