"""Readable text reports of evaluation results: figure tables and confusion tables.

>>> print(table(["a", "b"], [[1, 0.5]]))
a  b
-  ------
1  0.5000
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .api import canonical_kind


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.4f}" if abs(value) < 100 else f"{value:.1f}"
    return str(value)


def _km(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """Left-aligned plain-text table with a rule under the header."""
    cells = [list(header), *[[_cell(v) for v in row] for row in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _prf_rows(named: Sequence[tuple[str, Mapping[str, Any]]]) -> str:
    rows = [[name, m["p"], m["r"], m["f1"], m.get("tp", m.get("gold_matched")), m["pred"], m["gold"]]
            for name, m in named]
    return table(["", "P", "R", "F1", "tp", "pred", "gold"], rows)


def _coverage(result: Mapping[str, Any]) -> str:
    c = result.get("coverage", {})
    return (f"documents: {c.get('gold_docs', 0)} gold, {c.get('matched_ids', 0)} with output, "
            f"{c.get('missing_ids', 0)} missing, {c.get('rejected', 0)} rejected, "
            f"{c.get('unparsable_lines', 0)} unparsable lines")


def _matrix(rows: Sequence[str], cols: Sequence[str], counts: Sequence[Sequence[int]],
            title: str) -> str:
    body = [[lab, *row] for lab, row in zip(rows, counts)]
    return f"{title} (rows gold, columns predicted)\n" + table(["gold \\ pred", *cols], body)


def _places(r: Mapping[str, Any]) -> str:
    res = r["resolution"]
    parts = [_prf_rows([("toponyms", r["recognition"]),
                        ("toponyms incl. unresolved gold", r["recognition_all_toponyms"]),
                        ("geo@161km", r["geo_f1_161"])]),
             table(["resolution", "value"], [
                 ["matched pairs", res["matched_pairs"]], ["acc@161km", res["acc_161km"]],
                 ["mean km", _km(res["mean_km"])], ["median km", _km(res["median_km"])],
                 ["AUC (0 best)", res["auc"]], ["matched without coords", res["matched_without_coords"]],
                 ["geonameid accuracy", res["geonameid_acc"]]])]
    return "\n\n".join(parts)


def _multilabel(r: Mapping[str, Any], title: str) -> str:
    per = [(lab, m) for lab, m in r["per_label"].items() if m["gold"] or m["pred"]]
    head = table(["figure", "value"], [
        ["micro P / R / F1", f"{r['micro']['p']:.4f} / {r['micro']['r']:.4f} / {r['micro']['f1']:.4f}"],
        ["macro P / R / F1", f"{r['macro']['p']:.4f} / {r['macro']['r']:.4f} / {r['macro']['f1']:.4f}"],
        ["top-1 accuracy", r["top1_accuracy"]], ["exact-set rate", r["exact_set_match"]],
        ["no-prediction rate", r["no_prediction_rate"]],
        ["invalid labels predicted", r["invalid_predicted_labels"]]])
    conf = r["confusions"][:15]
    conf_text = table(["gold", "predicted", "n"], [[c["gold"], c["pred"], c["n"]] for c in conf])
    return (f"{title} ({r['docs']} documents)\n{head}\n\nper type\n{_prf_rows(per)}"
            f"\n\nmost frequent confusions\n{conf_text}")


def _penta(r: Mapping[str, Any]) -> str:
    labels = list(r["per_class"])
    head = table(["figure", "value"], [["accuracy", r["accuracy"]], ["macro-F1", r["macro_f1"]],
                                       ["documents", r["docs"]]])
    return "\n\n".join([head, _prf_rows(list(r["per_class"].items())),
                        _matrix(labels, labels, r["confusion_rows_gold_cols_pred"], "confusion")])


def _actors(r: Mapping[str, Any]) -> str:
    c = r["country_code"]
    rows = [("source", r["source"]), ("target", r["target"]), ("combined", r["combined"]),
            ("role-agnostic", r["role_agnostic"])]
    extra = table(["figure", "value"], [
        ["documents with gold actors", r["docs"]], ["role swaps", r["role_swaps"]],
        ["country-code accuracy (matched)", c["accuracy"]],
        ["matched actors with a gold country", c["matched_with_gold_country"]],
        ["... predicted without country", c["pred_without_country"]]])
    return _prf_rows(rows) + "\n\n" + extra


def _factuality(r: Mapping[str, Any]) -> str:
    head = table(["figure", "value"], [
        ["items", r["items"]], ["found rate", r["found_rate"]],
        ["found by trigger / by evidence", f"{r['found_by_trigger']} / {r['found_by_evidence']}"],
        ["accuracy (found)", r["accuracy"]], ["macro-F1 (found)", r["macro_f1"]],
        ["accuracy (all items)", r["end_to_end_accuracy"]],
        ["PLOVER type accuracy (found)", r["plover_type_accuracy"]]])
    m = r["confusion_rows_gold_cols_pred"]
    rows = list(m)
    cols = list(m[rows[0]]) if rows else []
    matrix = _matrix(rows, cols, [[m[g][p] for p in cols] for g in rows], "confusion")
    return "\n\n".join([head, _prf_rows(list(r["per_class"].items())), matrix])


def _acled(r: Mapping[str, Any]) -> str:
    non = r["non_acled_items"]
    tail = table(["items without an ACLED event", "value"], [
        ["documents", non["docs"]], ["no-event rate", non["no_event_rate"]],
        ["no-ACLED-type rate", non["no_acled_type_rate"]]])
    return "\n\n".join([_multilabel(r["event_type"], "ACLED event type"),
                        _multilabel(r["sub_event_type"], "ACLED sub-event type"), tail])


def _no_event(r: Mapping[str, Any]) -> str:
    return table(["no-event documents", "value"], [
        ["documents", r["docs"]], ["with events emitted", r["docs_with_events"]],
        ["false-event rate", r["false_event_rate"]]])


_SECTIONS = {"places": _places, "plover": lambda r: _multilabel(r, "PLOVER type"),
             "penta": _penta, "actors": _actors, "factuality": _factuality, "acled": _acled,
             "no_event": _no_event}
_TITLES = {"places": "Places", "plover": "PLOVER event types", "penta": "CAMEO PentaClass",
           "actors": "Actors (event source / target)", "factuality": "Factuality",
           "acled": "ACLED event types", "no_event": "Documents that report no event"}


def format_report(kind: str, result: Mapping[str, Any]) -> str:
    """A readable report of :func:`~eventscope.evaluate.evaluate`'s result for ``kind``."""
    name = canonical_kind(kind)
    out = [_coverage(result)]
    parts = result.get("parts", []) if name == "events" else [name]
    for part in parts:
        body = result[part] if name == "events" else result
        title = _TITLES[part]
        out.append(f"{title}\n{'=' * len(title)}\n{_SECTIONS[part](body)}")
    return "\n\n".join(out) + "\n"


__all__ = ["format_report", "table"]
