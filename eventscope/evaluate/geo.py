"""Places: toponym recognition (span overlap) and resolution (distance to the gold point).

Gold toponyms without coordinates (streets, buildings the annotators could not resolve) are
neutral: a prediction on one is neither right nor wrong and they are left out of recall;
``recognition_all_toponyms`` counts them as ordinary gold instead. Resolution is measured on
matched pairs; a matched place without coordinates gets the maximum error, half the Earth's
circumference. ``geo_f1_161`` needs both overlap and an error of at most 161 km (100 miles).

>>> round(haversine_km(0, 0, 0, 1), 1)
111.2
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from typing import Any

from .matching import match_largest_overlap, span_of
from .metrics import prf
from .records import Predictions, Record, as_list, number
from ..geodesy import EARTH_RADIUS_KM, distance_km

MAX_ERROR_KM = 20039.0
HIT_KM = 161.0


haversine_km = distance_km  # the scorer's name for it


def error_auc(errors_km: Sequence[float]) -> float | None:
    """Area under the sorted curve of log(1 + km) / log(20039), trapezoids of unit width over
    ``n - 1`` steps (Gritta et al.): 0 is perfect, 1 the worst. ``None`` without errors."""
    if not errors_km:
        return None
    ys = sorted(math.log(1 + min(e, MAX_ERROR_KM)) / math.log(MAX_ERROR_KM) for e in errors_km)
    if len(ys) == 1:
        return ys[0]
    return sum((a + b) / 2 for a, b in zip(ys, ys[1:])) / (len(ys) - 1)


def _resolved(place: Record) -> bool:
    return place.get("lat") is not None and place.get("lon") is not None


def score_places(gold: list[Record], preds: Predictions) -> dict[str, Any]:
    """Recognition, resolution and geo-F1@161 over every gold document's ``gold_places``."""
    tp = neutral = n_pred = n_gold = n_unresolved = tp161 = 0
    no_coords = id_pairs = id_same = no_offsets = 0
    errors: list[float] = []
    for g in gold:
        gold_places = as_list(g.get("gold_places"))
        predicted = [p for p in as_list(preds.for_doc(g["id"]).get("places")) if isinstance(p, dict)]
        spans = [span_of(p) for p in predicted]
        no_offsets += sum(s is None for s in spans)
        n_pred += len(predicted)
        matched = match_largest_overlap([(p["start"], p["end"]) for p in gold_places], spans)
        for gi, gp in enumerate(gold_places):
            resolved = _resolved(gp)
            n_gold += resolved
            n_unresolved += not resolved
            if gi not in matched:
                continue
            if not resolved:
                neutral += 1
                continue
            tp += 1
            pp = predicted[matched[gi]]
            lat, lon = number(pp.get("lat")), number(pp.get("lon"))
            if lat is None or lon is None:
                km = MAX_ERROR_KM
                no_coords += 1
            else:
                km = haversine_km(gp["lat"], gp["lon"], lat, lon)
            errors.append(km)
            tp161 += km <= HIT_KM
            if gp.get("geonameid") and pp.get("geonameid"):
                id_pairs += 1
                id_same += str(gp["geonameid"]) == str(pp["geonameid"])
    recognition = prf(tp, n_pred - neutral, n_gold)
    auc = error_auc(errors)
    result: dict[str, Any] = {
        "recognition": recognition,
        "recognition_all_toponyms": prf(tp + neutral, n_pred, n_gold + n_unresolved),
        "gold_unresolved_neutral": n_unresolved,
        "pred_matched_to_unresolved": neutral,
        "pred_without_offsets": no_offsets,
        "resolution": {
            "matched_pairs": len(errors),
            "acc_161km": round(sum(e <= HIT_KM for e in errors) / len(errors), 4) if errors else 0.0,
            "mean_km": round(statistics.mean(errors), 1) if errors else None,
            "median_km": round(statistics.median(errors), 1) if errors else None,
            "auc": round(auc, 4) if auc is not None else None,
            "matched_without_coords": no_coords,
            "geonameid_pairs": id_pairs,
            "geonameid_acc": round(id_same / id_pairs, 4) if id_pairs else None,
        },
        "geo_f1_161": prf(tp161, n_pred - neutral, n_gold),
    }
    res = result["resolution"]
    result["summary"] = {"P": recognition["p"], "R": recognition["r"], "F1": recognition["f1"],
                         "acc161": res["acc_161km"], "mean_km": res["mean_km"],
                         "median_km": res["median_km"], "AUC": res["auc"],
                         "geo_F1_161": result["geo_f1_161"]["f1"]}
    return result


__all__ = ["EARTH_RADIUS_KM", "HIT_KM", "MAX_ERROR_KM", "error_auc", "haversine_km", "score_places"]
