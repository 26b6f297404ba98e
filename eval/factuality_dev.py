"""Factuality on the dev set, given the gold trigger: accuracy and per-class / macro F1.

Runs only the spaCy annotator (no places, actors or events stage) and applies
``eventscope.events.factuality.factuality_of`` to each item's gold trigger span, so the figure
measures the factuality rules alone, not trigger finding.

    python eval/factuality_dev.py [../shared/eval/events/factuality_dev.jsonl] [--errors]
    python eval/factuality_dev.py --pipeline     # end to end: the full pipeline's own events

With ``--pipeline`` the whole pipeline runs and its events are matched to the gold trigger as
the README says (trigger overlap, else an evidence span containing it): it reports the found
rate and factuality on the found items.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

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
    ap.add_argument("--pipeline", action="store_true", help="score the full pipeline's events")
    args = ap.parse_args(argv)
    items = [json.loads(line) for line in args.path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    if args.pipeline:
        return end_to_end(items, show_errors=args.errors)
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
    report(pairs)
    return 0


def end_to_end(items: list[dict[str, Any]], *, show_errors: bool) -> int:
    """Run the full pipeline and score factuality on the events that match a gold trigger."""
    import eventscope

    nlp = eventscope.load(Config())
    pairs: list[tuple[str, str]] = []
    for it in items:
        doc = nlp(it["text"], date=it.get("date"), id=it["id"])
        g = it["gold_trigger"]
        match = next((e for e in doc.events
                      if e.trigger.start < g["end"] and g["start"] < e.trigger.end), None)
        if match is None:
            match = next((e for e in doc.events
                          if e.evidence.start <= g["start"] and g["end"] <= e.evidence.end), None)
        if match is None:
            if show_errors:
                print(f"{it['id']}: not found {g['text']!r}", file=sys.stderr)
            continue
        pairs.append((it["gold_factuality"], match.factuality))
        if show_errors and match.factuality != it["gold_factuality"]:
            print(f"{it['id']}: gold={it['gold_factuality']} pred={match.factuality} "
                  f"event trigger={match.trigger.text!r}\n    {it['text']}", file=sys.stderr)
    print(f"found {len(pairs)}/{len(items)} ({len(pairs) / len(items):.3f})")
    if pairs:
        report(pairs)
    return 0


def report(pairs: list[tuple[str, str]]) -> None:
    """Print accuracy, macro-F1 over the gold classes, per-class figures and confusions."""
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


if __name__ == "__main__":
    raise SystemExit(main())
