"""Event types scored per document as label sets: PLOVER types and ACLED (sub-)event types.

The gold set of a document is compared with the set of distinct values its events predict;
the top label is the one of the highest-confidence event (the first on ties). Old PLOVER 0.5
names are mapped to the 16 current ones on both sides.

>>> plover_gold({"gold_event_types": ["DEMAND", "FIGHT"]}) == {"REQUEST", "ASSAULT"}
True
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..doc import PLOVER_TYPES
from .metrics import LabelledDoc, ratio, score_multilabel
from .records import Predictions, Record, confidence, events_of

PLOVER_RENAMED: dict[str, str] = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE",
                                  "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
ACLED_TYPES: tuple[str, ...] = (
    "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
    "Strategic developments")
ACLED_SUB_TYPES: tuple[str, ...] = (
    "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
    "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED", "Grenade",
    "Sexual violence", "Attack", "Abduction/forced disappearance",
    "Peaceful protest", "Protest with intervention", "Excessive force against protesters",
    "Violent demonstration", "Mob violence",
    "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
    "Headquarters or base established", "Looting/property destruction",
    "Non-violent transfer of territory", "Other")


def _key(label: str) -> str:
    return re.sub(r"[^a-z]", "", label.lower())


class LabelNames:
    """Spelling-tolerant lookup of a closed label list ("air drone strike" -> "Air/drone strike")."""

    def __init__(self, labels: tuple[str, ...]) -> None:
        self.labels = labels
        self._by_key = {_key(lab): lab for lab in labels}

    def __call__(self, value: Any) -> str | None:
        if not isinstance(value, str):
            return None
        return self._by_key.get(_key(value), value.strip())


ACLED_NAMES = LabelNames(ACLED_TYPES)
ACLED_SUB_NAMES = LabelNames(ACLED_SUB_TYPES)


def plover_name(value: str) -> str:
    """Upper-cased PLOVER type with old names mapped to the current ones."""
    up = value.strip().upper()
    return PLOVER_RENAMED.get(up, up)


def plover_gold(record: Mapping[str, Any]) -> set[str]:
    """Gold PLOVER set: ``gold_event_types_plover2023`` or else ``gold_event_types``, valid types only."""
    raw = record.get("gold_event_types_plover2023") or record.get("gold_event_types") or []
    return {t for t in (plover_name(str(x)) for x in raw) if t in PLOVER_TYPES}


def predicted_labels(prediction: Mapping[str, Any], field: str,
                     names: LabelNames | None = None) -> tuple[set[str], str | None]:
    """Distinct non-empty values of ``field`` over the events, and the top event's value."""
    values: set[str] = set()
    top, top_conf = None, -1.0
    for e in events_of(prediction):
        raw = e.get(field)
        if not isinstance(raw, str) or not raw.strip():
            continue
        value = names(raw) if names else raw.strip().upper()
        if value is None:
            continue
        values.add(value)
        if confidence(e) > top_conf:
            top, top_conf = value, confidence(e)
    return values, top


def score_plover(gold: list[Record], preds: Predictions) -> dict[str, Any]:
    """Multi-label PLOVER scoring over the 16 types."""
    items = []
    for g in gold:
        values, top = predicted_labels(preds.for_doc(g["id"]), "plover_type")
        items.append(LabelledDoc(str(g["id"]), frozenset(plover_gold(g)),
                                 frozenset(PLOVER_RENAMED.get(v, v) for v in values),
                                 PLOVER_RENAMED.get(top, top) if top else None))
    res = score_multilabel(items, PLOVER_TYPES)
    res["summary"] = {"micro_F1": res["micro"]["f1"], "macro_F1": res["macro"]["f1"],
                      "top1_acc": res["top1_accuracy"], "exact_set": res["exact_set_match"]}
    return res


def has_acled_gold(gold: list[Record]) -> bool:
    """Whether a gold set carries ACLED labels at all."""
    return any("gold_acled_event_type" in g for g in gold)


def score_acled(gold: list[Record], preds: Predictions) -> dict[str, Any]:
    """ACLED event and sub-event types as label sets, plus how often items with no ACLED-type
    event (disasters, crime, diplomacy) get no ACLED type and no event at all."""
    types, subs = [], []
    non_docs = non_no_event = non_no_type = 0
    false_types: dict[str, int] = {}
    for g in gold:
        pred = preds.for_doc(g["id"])
        values, top = predicted_labels(pred, "acled_event_type", ACLED_NAMES)
        sub_values, sub_top = predicted_labels(pred, "acled_sub_event_type", ACLED_SUB_NAMES)
        gold_type = ACLED_NAMES(g.get("gold_acled_event_type"))
        if gold_type:
            gold_sub = ACLED_SUB_NAMES(g.get("gold_acled_sub_event_type"))
            types.append(LabelledDoc(str(g["id"]), frozenset({gold_type}), frozenset(values), top))
            subs.append(LabelledDoc(str(g["id"]), frozenset({gold_sub} if gold_sub else ()),
                                    frozenset(sub_values), sub_top))
            continue
        non_docs += 1
        non_no_event += not events_of(pred)
        non_no_type += not values
        for v in values:
            false_types[v] = false_types.get(v, 0) + 1
    res: dict[str, Any] = {
        "event_type": score_multilabel(types, ACLED_TYPES),
        "sub_event_type": score_multilabel(subs, ACLED_SUB_TYPES),
        "non_acled_items": {
            "docs": non_docs,
            "no_event_rate": ratio(non_no_event, non_docs) if non_docs else None,
            "no_acled_type_rate": ratio(non_no_type, non_docs) if non_docs else None,
            "false_acled_types": dict(sorted(false_types.items(), key=lambda kv: (-kv[1], kv[0]))),
        },
    }
    res["summary"] = {"type_micro_F1": res["event_type"]["micro"]["f1"],
                      "type_macro_F1": res["event_type"]["macro"]["f1"],
                      "sub_micro_F1": res["sub_event_type"]["micro"]["f1"],
                      "sub_macro_F1": res["sub_event_type"]["macro"]["f1"],
                      "nonacled_no_acled_rate": res["non_acled_items"]["no_acled_type_rate"]}
    return res


def no_event_gold(record: Mapping[str, Any]) -> bool:
    """Whether a gold record says its text reports no event: ``gold_no_event: true`` or an
    explicitly empty PLOVER type list."""
    if record.get("gold_no_event") is True:
        return True
    for key in ("gold_event_types_plover2023", "gold_event_types"):
        if key in record:
            return bool(record[key] == [])
    return False


def score_no_event(gold: list[Record], preds: Predictions) -> dict[str, Any]:
    """The rate of documents with at least one event among gold documents that report none
    (lower is better; ``None`` when the gold set has no such documents)."""
    docs = [g for g in gold if no_event_gold(g)]
    with_events = [str(g["id"]) for g in docs if events_of(preds.for_doc(g["id"]))]
    return {"docs": len(docs), "docs_with_events": len(with_events),
            "false_event_rate": ratio(len(with_events), len(docs)) if docs else None,
            "ids_with_events": with_events[:50]}


__all__ = ["ACLED_NAMES", "ACLED_SUB_NAMES", "ACLED_SUB_TYPES", "ACLED_TYPES", "LabelNames",
           "PLOVER_RENAMED", "has_acled_gold", "no_event_gold", "plover_gold", "plover_name",
           "predicted_labels", "score_acled", "score_no_event", "score_plover"]
