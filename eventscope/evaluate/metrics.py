"""Counting metrics shared by every kind: P/R/F1, and document-level multi-label scoring.

Figures are rounded as they are reported (ratios to 4 places); a macro average is the mean of
the per-label figures shown in the table, so the report and the summary always agree, and so do
we with the reference scorer ``score.py``.

>>> prf(3, 4, 6)["f1"]
0.6
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

NONE_LABEL = "<none>"


def ratio(num: float, den: float) -> float:
    """``num / den`` rounded to 4 places, 0.0 for an empty denominator."""
    return round(num / den, 4) if den else 0.0


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    """Precision, recall and F1 from counts, with the counts kept for the report."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4),
            "tp": tp, "pred": n_pred, "gold": n_gold}


def mean4(values: Sequence[float]) -> float:
    """Mean rounded to 4 places; 0.0 for no values."""
    return round(sum(values) / len(values), 4) if values else 0.0


@dataclass(slots=True)
class LabelledDoc:
    """One document's gold label set, predicted label set and top (highest-confidence) label."""

    doc_id: str
    gold: frozenset[str]
    pred: frozenset[str]
    top: str | None


def confusions(item: LabelledDoc) -> list[tuple[str, str]]:
    """The (gold, predicted) confusions of one document.

    Missed and spurious labels are paired with each other; a missed label with nothing
    spurious pairs with ``<none>``; a spurious label pairs with the gold set (``<none>`` if empty).
    """
    missed = sorted(item.gold - item.pred)
    spurious = sorted(item.pred - item.gold)
    if missed and spurious:
        return [(m, s) for m in missed for s in spurious]
    if missed:
        return [(m, NONE_LABEL) for m in missed]
    context = "+".join(sorted(item.gold)) if item.gold else NONE_LABEL
    return [(context, s) for s in spurious]


def score_multilabel(items: Iterable[LabelledDoc], labels: Sequence[str]) -> dict[str, Any]:
    """Micro and macro P/R/F1 over ``labels`` plus exact-set, top-1 and confusion counts.

    A predicted label outside ``labels`` is a false positive in the micro figures and is counted
    under ``invalid_predicted_labels``. The macro average covers labels with gold support.
    """
    docs = list(items)
    known = set(labels)
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    invalid = exact = top_ok = empty = 0
    confusion: Counter[tuple[str, str]] = Counter()
    for d in docs:
        tp.update(d.gold & d.pred)
        fp.update(d.pred - d.gold)
        fn.update(d.gold - d.pred)
        invalid += len(d.pred - known)
        exact += d.gold == d.pred
        top_ok += d.top is not None and d.top in d.gold
        empty += not d.pred
        confusion.update(confusions(d))
    per_label = {lab: prf(tp[lab], tp[lab] + fp[lab], tp[lab] + fn[lab]) for lab in labels}
    supported = [per_label[lab] for lab in labels if tp[lab] + fn[lab] > 0]
    n = len(docs)
    n_tp = sum(tp.values())
    return {
        "docs": n,
        "micro": prf(n_tp, n_tp + sum(fp.values()), n_tp + sum(fn.values())),
        "macro": {"p": mean4([m["p"] for m in supported]), "r": mean4([m["r"] for m in supported]),
                  "f1": mean4([m["f1"] for m in supported]), "labels_with_gold": len(supported)},
        "exact_set_match": ratio(exact, n),
        "top1_accuracy": ratio(top_ok, n),
        "no_prediction_rate": ratio(empty, n),
        "invalid_predicted_labels": invalid,
        "per_label": per_label,
        "confusions": [{"gold": g, "pred": p, "n": c}
                       for (g, p), c in sorted(confusion.items(), key=lambda kv: (-kv[1], kv[0]))],
    }


def class_table(gold: Sequence[str], pred: Sequence[str], classes: Sequence[str]) -> dict[str, Any]:
    """Single-label accuracy, per-class P/R/F1, macro-F1 (classes with gold) and a confusion matrix.

    ``matrix[g][p]`` counts items of gold class ``g`` predicted as ``p`` (rows gold, columns pred).
    """
    matrix = {g: {p: 0 for p in classes} for g in classes}
    for g, p in zip(gold, pred, strict=True):
        matrix[g][p] += 1
    per_class = {}
    f1s = []
    for c in classes:
        n_gold = sum(matrix[c].values())
        m = prf(matrix[c][c], sum(matrix[g][c] for g in classes), n_gold)
        per_class[c] = m
        if n_gold:
            f1s.append(m["f1"])
    n = len(gold)
    return {"n": n, "accuracy": ratio(sum(matrix[c][c] for c in classes), n),
            "macro_f1": mean4(f1s), "per_class": per_class, "confusion": matrix}


__all__ = ["LabelledDoc", "NONE_LABEL", "class_table", "confusions", "mean4", "prf", "ratio",
           "score_multilabel"]
