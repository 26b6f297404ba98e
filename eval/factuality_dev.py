"""Factuality on the dev set, given the gold trigger: accuracy and per-class / macro F1.

Runs only the spaCy annotator (no places, actors or events stage) and applies
``eventscope.events.factuality.factuality_of`` to each item's gold trigger span, so the figure
measures the factuality rules alone, not trigger finding.

    python eval/factuality_dev.py [../shared/eval/events/factuality_dev.jsonl] [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from eventscope.annotate.spacy_model import Annotator
from eventscope.config import Config
from eventscope.doc import FACTUALITIES, Doc, DocMeta
from eventscope.events.factuality import factuality_of

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "events" / "factuality_dev.jsonl"


def per_class_f1(pairs: list[tuple[str, str]]) -> dict[str, tuple[float, float, float, int]]:
    """Precision, recall, F1 and support per gold class, from (gold, predicted) pairs."""
    out: dict[str, tuple[float, float, float, int]] = {}
    for label in FACTUALITIES:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[label] = (prec, rec, f1, tp + fn)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--errors", action="store_true", help="print every wrong item")
    args = ap.parse_args(argv)
    items = [json.loads(line) for line in args.path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    annotator = Annotator(Config())
    docs = [Doc(id=it["id"], text=it["text"], meta=DocMeta(date=it.get("date")))
            for it in items]
    pairs: list[tuple[str, str]] = []
    for it, doc in zip(items, annotator.pipe(docs)):
        trig = it["gold_trigger"]
        label, cue = factuality_of(doc, trig["start"], trig["end"])
        gold = it["gold_factuality"]
        pairs.append((gold, label))
        if args.errors and label != gold:
            print(f"{it['id']}: gold={gold} pred={label} cue={cue.text if cue else None!r} "
                  f"trigger={trig['text']!r}\n    {it['text']}", file=sys.stderr)
    acc = sum(1 for g, p in pairs if g == p) / len(pairs)
    table = per_class_f1(pairs)
    present = [lab for lab in FACTUALITIES if table[lab][3]]
    macro = sum(table[lab][2] for lab in present) / len(present)
    print(f"items {len(pairs)}  accuracy {acc:.3f}  macro-F1 {macro:.3f}")
    for lab in FACTUALITIES:
        p, r, f, n = table[lab]
        print(f"  {lab:<12} P {p:.2f}  R {r:.2f}  F1 {f:.2f}  (n={n})")
    confusions = Counter((g, p) for g, p in pairs if g != p)
    if confusions:
        print("confusions (gold -> predicted): " + ", ".join(
            f"{g}->{p} x{n}" for (g, p), n in confusions.most_common(8)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
