"""Flattening a contract event dict into one row of scalar columns (shared by CSV, GeoJSON).

Works on events from the store (which add ``doc_id``, ``url`` ...) and on plain
``Event.to_dict()`` output alike; missing parts give empty values.

>>> row = flat_row({"event_id": "d:e0", "plover_type": "MOBILIZE",
...                 "source": [{"name": "Iran", "actor_id": "IRN", "text": "Iran"}]})
>>> row["source_names"], row["source_ids"], row["lat"]
('Iran', 'IRN', None)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

FLAT_COLUMNS: tuple[str, ...] = (
    "event_id", "date_start", "date_end", "date_precision", "plover_type", "plover_mode",
    "cameo_root", "acled_event_type", "acled_sub_event_type", "source_names", "source_ids",
    "target_names", "target_ids", "location_name", "lat", "lon", "country_code",
    "location_precision", "factuality", "attributed_to", "confidence", "fatalities_min",
    "fatalities_max", "trigger", "evidence", "incident_id", "doc_id", "title", "url", "pub_date",
    "content_of", "content_type",
)


def _get(d: Mapping[str, Any] | None, key: str) -> Any:
    return d.get(key) if isinstance(d, Mapping) else None


def actor_label(a: Mapping[str, Any]) -> str:
    """An actor's display name: its canonical name, else the text that mentions it."""
    return str(a.get("name") or a.get("text") or a.get("actor_id") or "")


def join_names(actors: list[Mapping[str, Any]] | None, sep: str = ";") -> str:
    return sep.join(actor_label(a) for a in actors or [])


def join_ids(actors: list[Mapping[str, Any]] | None, sep: str = ";") -> str:
    return sep.join(str(a.get("actor_id") or "") for a in actors or [])


def evidence_text(e: Mapping[str, Any]) -> str:
    return str(_get(e.get("evidence"), "text") or "")


def flat_row(e: Mapping[str, Any]) -> dict[str, Any]:
    """One event as ``FLAT_COLUMNS`` -> scalar (str, int, float or None)."""
    loc, date, fat = e.get("location"), e.get("date"), e.get("fatalities")
    attributed = e.get("attributed_to")
    return {
        "event_id": e.get("event_id"),
        "date_start": _get(date, "start"),
        "date_end": _get(date, "end"),
        "date_precision": _get(date, "precision"),
        "plover_type": e.get("plover_type"),
        "plover_mode": e.get("plover_mode"),
        "cameo_root": e.get("cameo_root"),
        "acled_event_type": e.get("acled_event_type"),
        "acled_sub_event_type": e.get("acled_sub_event_type"),
        "source_names": join_names(e.get("source")),
        "source_ids": join_ids(e.get("source")),
        "target_names": join_names(e.get("target")),
        "target_ids": join_ids(e.get("target")),
        "location_name": _get(loc, "name") or _get(loc, "text"),
        "lat": _get(loc, "lat"),
        "lon": _get(loc, "lon"),
        "country_code": _get(loc, "country_code"),
        "location_precision": _get(loc, "precision"),
        "factuality": e.get("factuality"),
        "attributed_to": actor_label(attributed) if isinstance(attributed, Mapping) else None,
        "confidence": e.get("confidence"),
        "fatalities_min": _get(fat, "min"),
        "fatalities_max": _get(fat, "max"),
        "trigger": _get(e.get("trigger"), "text"),
        "evidence": evidence_text(e),
        "incident_id": e.get("incident_id"),
        "doc_id": e.get("doc_id"),
        "title": e.get("title"),
        "url": e.get("url"),
        "pub_date": e.get("pub_date"),
        # an embedded act (the shelling in "threatened to shell"): drop rows with a
        # content_of to count each threat once
        "content_of": e.get("content_of"),
        "content_type": e.get("content_type"),
    }




FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(row: Mapping[str, Any]) -> dict[str, Any]:
    """Neutralise text cells a spreadsheet would run as a formula ("=HYPERLINK(...)").

    Page text is hostile input: a text cell that starts with ``= + - @`` (or a tab/CR) gets a
    leading apostrophe, which spreadsheets show as text. Numbers are left alone.

    >>> spreadsheet_safe({"evidence": "=cmd()", "lon": -98.5, "title": "-5 dead"})["evidence"]
    "'=cmd()"
    """
    return {k: ("'" + v if isinstance(v, str) and v.startswith(FORMULA_STARTS) else v)
            for k, v in row.items()}

__all__ = ["FLAT_COLUMNS", "FORMULA_STARTS", "actor_label", "evidence_text", "flat_row", "join_ids",
           "join_names", "spreadsheet_safe"]
