"""Factuality of one target event per gold item (asserted, reported, hedged, speculative,
negated, future).

The system event for an item is found by trigger-span overlap with the gold trigger (largest
overlap, then highest confidence); failing that, by an evidence span that contains the gold
trigger (nearest trigger, then highest confidence). Scored: the found rate, and accuracy,
per-class P/R/F1, macro-F1 (classes with gold support) and a confusion table on found items,
plus the PLOVER type accuracy of the found events.

>>> find_event([{"trigger": {"start": 0, "end": 4}, "factuality": "future"}], (2, 6))["factuality"]
'future'
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..doc import FACTUALITIES
from .labels import plover_name
from .matching import SpanTuple, overlap, span_of
from .metrics import class_table, ratio
from .records import Predictions, Record, confidence, events_of

UNKNOWN = "<invalid>"


def gold_trigger(record: Mapping[str, Any]) -> SpanTuple | None:
    """The gold trigger span of a factuality item (offsets, else the trigger text's first hit)."""
    return span_of(record.get("gold_trigger"), record.get("text") or "")


def find_event(events: Sequence[Mapping[str, Any]], trigger: SpanTuple,
               text: str | None = None) -> Mapping[str, Any] | None:
    """The system event that reports the gold trigger, or None (see the module docstring)."""
    best: tuple[Any, ...] | None = None
    chosen = None
    for i, e in enumerate(events):
        span = span_of(e.get("trigger"), text)
        shared = overlap(span, trigger) if span else 0
        if shared:
            key = (0, -shared, -confidence(e), i)
        else:
            evidence = span_of(e.get("evidence"))
            if evidence is None or not (evidence[0] <= trigger[0] and trigger[1] <= evidence[1]):
                continue
            distance = abs(span[0] - trigger[0]) if span else len(text or "") + 1
            key = (1, distance, -confidence(e), i)
        if best is None or key < best:
            best, chosen = key, e
    return chosen


def _label(value: Any) -> str:
    if isinstance(value, str) and value.strip().lower() in FACTUALITIES:
        return value.strip().lower()
    return UNKNOWN


def score_factuality(gold: list[Record], preds: Predictions) -> dict[str, Any]:
    """Found rate, then factuality accuracy, macro-F1 and confusions on the found items."""
    g_labels: list[str] = []
    p_labels: list[str] = []
    items = found_by_trigger = type_ok = 0
    missed: list[str] = []
    for g in gold:
        expected = g.get("gold_factuality")
        trigger = gold_trigger(g)
        if not isinstance(expected, str) or expected not in FACTUALITIES or trigger is None:
            continue
        items += 1
        text = g.get("text") or ""
        event = find_event(events_of(preds.for_doc(g["id"])), trigger, text)
        if event is None:
            missed.append(str(g["id"]))
            continue
        span = span_of(event.get("trigger"), text)
        found_by_trigger += bool(span and overlap(span, trigger))
        g_labels.append(expected)
        p_labels.append(_label(event.get("factuality")))
        ptype = event.get("plover_type")
        gtype = g.get("gold_plover_type")
        type_ok += (isinstance(ptype, str) and isinstance(gtype, str)
                    and plover_name(ptype) == plover_name(gtype))
    classes = [*FACTUALITIES, UNKNOWN]
    table = class_table(g_labels, p_labels, classes)
    found = len(g_labels)
    per_class = {c: table["per_class"][c] for c in FACTUALITIES}
    res: dict[str, Any] = {
        "items": items, "found": found, "found_rate": ratio(found, items),
        "found_by_trigger": found_by_trigger, "found_by_evidence": found - found_by_trigger,
        "accuracy": table["accuracy"], "macro_f1": table["macro_f1"],
        "end_to_end_accuracy": ratio(sum(a == b for a, b in zip(g_labels, p_labels)), items),
        "plover_type_accuracy": ratio(type_ok, found),
        "invalid_predicted": sum(p == UNKNOWN for p in p_labels),
        "per_class": per_class,
        "labels": list(FACTUALITIES),
        "confusion_rows_gold_cols_pred": {g: {p: table["confusion"][g][p] for p in classes}
                                          for g in FACTUALITIES},
        "missed_ids": missed[:50],
    }
    res["summary"] = {"found_rate": res["found_rate"], "acc": res["accuracy"],
                      "macro_F1": res["macro_f1"]}
    return res


__all__ = ["find_event", "gold_trigger", "score_factuality"]
