"""Actors: predicted event sources and targets against gold actors of the same role.

A predicted span matches a gold actor when they share a content word (stopwords such as "the"
and "of" don't count); matching is one-to-one, same role first and larger word overlap first.
A gold role "source/target" (reciprocal) matches either role. Diagnostics: a role-agnostic F1
and the number of role swaps. Our addition: on matched actors whose gold ``code`` begins with
an ISO 3166 alpha-3 country (PLOVER GSR), the accuracy of the predicted ``country_code``
(alpha-2).

>>> gold_country("IRNMIL"), gold_country("IGO")
('IR', None)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pycountry

from .matching import SpanTuple, WordIndex, max_matching, span_of
from .metrics import prf, ratio
from .records import Predictions, Record, as_list, events_of

ROLES = ("source", "target")
RECIPROCAL = "reciprocal"
#: CAMEO country codes that are not ISO 3166 alpha-3.
CAMEO_COUNTRY_ALIASES: dict[str, str] = {"JAP": "JP", "KOS": "XK", "KSV": "XK"}


@lru_cache(maxsize=1024)
def iso2(code: str) -> str | None:
    """ISO 3166 alpha-2 of an alpha-2 or alpha-3 code (case-insensitive), else None."""
    up = code.strip().upper()
    if up in CAMEO_COUNTRY_ALIASES:
        return CAMEO_COUNTRY_ALIASES[up]
    if len(up) == 2:
        return up if pycountry.countries.get(alpha_2=up) is not None or up == "XK" else None
    if len(up) == 3:
        country = pycountry.countries.get(alpha_3=up)
        return country.alpha_2 if country is not None else None
    return None


def gold_country(code: Any) -> str | None:
    """The country (alpha-2) named by the first three letters of a CAMEO-style gold code."""
    if not isinstance(code, str) or len(code) < 3:
        return None
    return iso2(code[:3])


def norm_role(role: Any) -> str | None:
    """source, target, reciprocal (both named), or None for anything else."""
    r = (role or "").lower() if isinstance(role, str) or role is None else ""
    if r in ROLES:
        return r
    if "source" in r and "target" in r:
        return RECIPROCAL
    return None


@dataclass(slots=True)
class Mention:
    """A gold actor or a deduplicated predicted source/target, reduced to its content words."""

    role: str
    words: frozenset[int]
    text: Any
    obj: Mapping[str, Any] | None = None


def predicted_mentions(prediction: Mapping[str, Any], text: str) -> list[tuple[str, SpanTuple, Mapping[str, Any]]]:
    """Distinct (role, span) of every event's source and target, in order of appearance."""
    seen: set[tuple[str, SpanTuple]] = set()
    found = []
    for e in events_of(prediction):
        for role in ROLES:
            value = e.get(role)
            items = value if isinstance(value, list) else [value] if isinstance(value, dict) else []
            for a in items:
                span = span_of(a, text)
                if span is None or (role, span) in seen:
                    continue
                seen.add((role, span))
                found.append((role, span, a))
    return found


def _preferences(preds: list[Mention], golds: list[Mention], *, same_role: bool) -> list[list[int]]:
    prefs = []
    for p in preds:
        options = []
        for gi, g in enumerate(golds):
            shared = len(p.words & g.words)
            if not shared:
                continue
            if same_role:
                if g.role not in (p.role, RECIPROCAL):
                    continue
                options.append((g.role != p.role, -shared, gi))
            else:
                options.append((False, -shared, gi))
        prefs.append([gi for *_, gi in sorted(options)])
    return prefs


def score_actors(gold: list[Record], preds: Predictions) -> dict[str, Any]:
    """Source, target and combined P/R/F1, role-agnostic F1, role swaps, country accuracy."""
    n_pred: Counter[str] = Counter()
    tp_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    hit_gold: Counter[str] = Counter()
    agnostic_tp = swaps = docs = unlocated = 0
    country = Counter({"n": 0, "correct": 0, "pred_none": 0, "gold_not_country": 0})
    for g in gold:
        actors = g.get("gold_actors")
        if actors is None:
            continue
        docs += 1
        text = g.get("text", "")
        index = WordIndex(text)
        golds: list[Mention] = []
        for a in actors:
            role = norm_role(a.get("role"))
            spans = [tuple(s) for s in as_list(a.get("spans"))]
            if not spans and isinstance(a.get("start"), int):
                spans = [(a["start"], a["end"])]
            if role is None:
                continue
            if not spans:
                unlocated += 1
                continue
            words = frozenset[int]().union(*(index.words((s[0], s[1])) for s in spans))
            golds.append(Mention(role, words, a.get("text"), a))
            n_gold[role] += 1
        predicted = [Mention(r, index.words(s), a.get("text"), a)
                     for r, s, a in predicted_mentions(preds.for_doc(g["id"]), text)]
        n_pred.update(p.role for p in predicted)
        match = max_matching(_preferences(predicted, golds, same_role=True))
        for gi, pi in match.items():
            tp_pred[predicted[pi].role] += 1
            hit_gold[golds[gi].role] += 1
            _count_country(country, golds[gi], predicted[pi])
        loose = max_matching(_preferences(predicted, golds, same_role=False))
        agnostic_tp += len(loose)
        swaps += sum(1 for gi, pi in loose.items() if gi not in match
                     and golds[gi].role != RECIPROCAL and predicted[pi].role != golds[gi].role)
    res: dict[str, Any] = {"docs": docs, "gold_unlocated_skipped": unlocated}
    for role in ROLES:
        p = tp_pred[role] / n_pred[role] if n_pred[role] else 0.0
        r = hit_gold[role] / n_gold[role] if n_gold[role] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        res[role] = {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "pred": n_pred[role],
                     "gold": n_gold[role], "gold_matched": hit_gold[role]}
    if n_gold[RECIPROCAL]:
        res["reciprocal_gold"] = {"gold": n_gold[RECIPROCAL],
                                  "r": ratio(hit_gold[RECIPROCAL], n_gold[RECIPROCAL])}
    all_pred, all_gold = sum(n_pred.values()), sum(n_gold.values())
    res["combined"] = prf(sum(tp_pred.values()), all_pred, all_gold)
    res["role_agnostic"] = prf(agnostic_tp, all_pred, all_gold)
    res["role_swaps"] = swaps
    res["country_code"] = {
        "matched_with_gold_country": country["n"], "correct": country["correct"],
        "pred_without_country": country["pred_none"],
        "matched_gold_without_country": country["gold_not_country"],
        "accuracy": ratio(country["correct"], country["n"]) if country["n"] else None}
    res["summary"] = {"source_F1": res["source"]["f1"], "target_F1": res["target"]["f1"],
                      "combined_F1": res["combined"]["f1"],
                      "role_agnostic_F1": res["role_agnostic"]["f1"],
                      "country_acc": res["country_code"]["accuracy"]}
    return res


def _count_country(tally: Counter[str], gold: Mention, pred: Mention) -> None:
    """Add one matched pair to the country-code tally (only when gold names a country)."""
    if gold.obj is None or "code" not in gold.obj:
        return
    expected = gold_country(gold.obj.get("code"))
    if expected is None:
        tally["gold_not_country"] += 1
        return
    raw = pred.obj.get("country_code") if pred.obj is not None else None
    got = iso2(raw) if isinstance(raw, str) and raw.strip() else None
    tally["n"] += 1
    tally["correct"] += got == expected
    tally["pred_none"] += got is None


__all__ = ["CAMEO_COUNTRY_ALIASES", "RECIPROCAL", "gold_country", "iso2", "norm_role",
           "predicted_mentions", "score_actors"]
