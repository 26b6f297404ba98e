"""CAMEO PentaClass: one of five classes per document, from its highest-confidence event.

0 statement (CAMEO 01), 1 verbal cooperation (02-05), 2 material cooperation (06-08),
3 verbal conflict (09-13), 4 material conflict (14-20). An event's ``cameo_root`` decides;
without one its ``plover_type`` is mapped, and REQUEST counts as 1 or 3, whichever is gold.
A document with no usable event is class 0.

>>> penta_of_root(cameo_root("143"))
4
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .labels import plover_name
from .metrics import class_table
from .records import Predictions, Record, confidence, events_of

PENTA_NAMES: dict[int, str] = {0: "statement", 1: "verbal_coop", 2: "material_coop",
                               3: "verbal_conflict", 4: "material_conflict"}
PLOVER_PENTA: dict[str, frozenset[int]] = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT"), frozenset({1})),
    "REQUEST": frozenset({1, 3}),
    **dict.fromkeys(("COOPERATE", "AID", "CONCEDE", "RETREAT"), frozenset({2})),
    **dict.fromkeys(("ACCUSE", "REJECT", "THREATEN"), frozenset({3})),
    **dict.fromkeys(("PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"), frozenset({4})),
}
_ROOT_BOUNDS = ((1, 0), (5, 1), (8, 2), (13, 3), (20, 4))   # (highest root, class)


def cameo_root(value: Any) -> int | None:
    """The CAMEO root (1..20) of a code such as "14", "143", 19 or "0141"; None if not a code."""
    if value is None or isinstance(value, bool):
        return None
    digits = str(value).strip()
    if not digits.isdigit():
        return None
    root = int(digits[:2]) if len(digits) > 2 else int(digits)
    return root if 1 <= root <= 20 else None


def penta_of_root(root: int | None) -> int | None:
    """PentaClass of a CAMEO root."""
    if root is None:
        return None
    for highest, cls in _ROOT_BOUNDS:
        if root <= highest:
            return cls
    return None


def event_classes(event: Mapping[str, Any]) -> frozenset[int] | None:
    """The acceptable classes of one event, or None when it carries no usable code."""
    cls = penta_of_root(cameo_root(event.get("cameo_root")))
    if cls is not None:
        return frozenset({cls})
    ptype = event.get("plover_type")
    if isinstance(ptype, str):
        return PLOVER_PENTA.get(plover_name(ptype))
    return None


def predict_penta(prediction: Mapping[str, Any], gold: int | None = None) -> int:
    """The class of the highest-confidence event with a usable code (0 if there is none);
    when that event allows several classes, the gold one if allowed, else the lowest."""
    best: frozenset[int] | None = None
    best_conf = -1.0
    for e in events_of(prediction):
        classes = event_classes(e)
        if classes and confidence(e) > best_conf:
            best, best_conf = classes, confidence(e)
    if not best:
        return 0
    return gold if gold in best else min(best)


def _gold_class(record: Mapping[str, Any]) -> int | None:
    c = record.get("gold_pentaclass")
    return c if isinstance(c, int) and not isinstance(c, bool) and 0 <= c <= 4 else None


def score_penta(gold: list[Record], preds: Predictions) -> dict[str, Any]:
    """Five-way accuracy, per-class P/R/F1, macro-F1 and the confusion matrix (rows gold)."""
    g_classes: list[int] = []
    p_classes: list[int] = []
    for g in gold:
        gc = _gold_class(g)
        if gc is None:
            continue
        g_classes.append(gc)
        p_classes.append(predict_penta(preds.for_doc(g["id"]), gc))
    names = [f"{c}_{PENTA_NAMES[c]}" for c in range(5)]
    table = class_table([names[c] for c in g_classes], [names[c] for c in p_classes], names)
    res: dict[str, Any] = {
        "docs": table["n"], "accuracy": table["accuracy"], "macro_f1": table["macro_f1"],
        "per_class": table["per_class"],
        "confusion_rows_gold_cols_pred": [[table["confusion"][g][p] for p in names] for g in names],
    }
    res["summary"] = {"acc": res["accuracy"], "macro_F1": res["macro_f1"]}
    return res


__all__ = ["PENTA_NAMES", "PLOVER_PENTA", "cameo_root", "event_classes", "penta_of_root",
           "predict_penta", "score_penta"]
