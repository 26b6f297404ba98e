"""``evaluate(kind, gold, predictions)``: one entry point for every kind of figure.

Kinds: ``places`` (alias ``geo``), ``plover``, ``penta``, ``actors``, ``factuality``, ``acled``,
``no_event``, and ``events``, which scores every event kind the gold file has labels for
(PLOVER types, PentaClass, actors, factuality, ACLED types, no-event items).

>>> sorted(KINDS)[:3]
['acled', 'actors', 'events']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from .actors import score_actors
from .factuality import score_factuality
from .geo import score_places
from .labels import has_acled_gold, no_event_gold, plover_gold, score_acled, score_no_event, score_plover
from .penta import score_penta
from .records import Predictions, Record, load_predictions, pair, read_gold

Scorer = Callable[[list[Record], Predictions], dict[str, Any]]

SCORERS: dict[str, Scorer] = {
    "places": score_places,
    "plover": score_plover,
    "penta": score_penta,
    "actors": score_actors,
    "factuality": score_factuality,
    "acled": score_acled,
    "no_event": score_no_event,
}
ALIASES = {"geo": "places"}
KINDS: tuple[str, ...] = (*SCORERS, "events", *ALIASES)

#: Which event kinds a gold set supports, judged from its gold fields.
EVENT_PARTS: dict[str, Callable[[list[Record]], bool]] = {
    "plover": lambda gold: any(plover_gold(g) for g in gold),
    "penta": lambda gold: any("gold_pentaclass" in g for g in gold),
    "actors": lambda gold: any(g.get("gold_actors") is not None for g in gold),
    "factuality": lambda gold: any("gold_factuality" in g for g in gold),
    "acled": has_acled_gold,
    "no_event": lambda gold: any(no_event_gold(g) for g in gold),
}


def canonical_kind(kind: str) -> str:
    """The scorer name for ``kind``; raises :class:`ConfigError` listing the valid kinds."""
    name = ALIASES.get(kind, kind)
    if name not in SCORERS and name != "events":
        raise ConfigError(f"Unknown evaluation kind {kind!r}. Available: {', '.join(KINDS)}.")
    return name


def event_parts(gold: list[Record]) -> list[str]:
    """The event kinds that ``gold`` has labels for, in report order."""
    return [name for name, present in EVENT_PARTS.items() if present(gold)]


def evaluate_records(kind: str, gold: list[Record],
                     predictions: Path | str | Iterable[Mapping[str, Any]], *,
                     limit: int | None = None) -> dict[str, Any]:
    """Like :func:`evaluate`, for gold records already in memory."""
    name = canonical_kind(kind)
    if limit is not None:
        gold = gold[:limit]
    preds = pair(gold, load_predictions(predictions))
    result: dict[str, Any] = {"kind": name, "coverage": preds.coverage}
    if name != "events":
        result.update(SCORERS[name](gold, preds))
        return result
    parts = event_parts(gold)
    if not parts:
        raise ConfigError("This gold file has no event labels (gold_event_types_plover2023, "
                          "gold_pentaclass, gold_actors, gold_factuality, gold_acled_event_type). "
                          "For places use `evaluate places`.")
    summary: dict[str, Any] = {}
    for part in parts:
        result[part] = SCORERS[part](gold, preds)
        for key, value in result[part].get("summary", {}).items():
            summary[f"{part}.{key}"] = value
        if part == "no_event":
            summary["no_event.false_event_rate"] = result[part]["false_event_rate"]
    result["parts"] = parts
    result["summary"] = summary
    return result


def evaluate(kind: str, gold_path: Path | str,
             predictions: Path | str | Iterable[Mapping[str, Any]], *,
             limit: int | None = None) -> dict[str, Any]:
    """Score ``predictions`` (a contract output JSONL path, or its parsed lines) against a gold
    JSONL file (its first ``limit`` documents when given, as :func:`run_pipeline` does).
    Returns a JSON-serialisable dict with ``kind``, ``coverage`` and the figures.

    >>> evaluate("places", "lgl.jsonl", "out.jsonl")["summary"]["F1"]   # doctest: +SKIP
    0.81
    """
    return evaluate_records(kind, read_gold(gold_path), predictions, limit=limit)


__all__ = ["EVENT_PARTS", "KINDS", "SCORERS", "canonical_kind", "evaluate", "evaluate_records",
           "event_parts"]
