"""Each export format parses back (csv module, json) with the expected values."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

import eventscope.export  # noqa: F401  (registers the exporters)
from eventscope.errors import ConfigError
from eventscope.export import export
from eventscope.export.acled import ACLED_COLUMNS
from eventscope.export.flatten import FLAT_COLUMNS
from eventscope.registry import exporters
from eventscope.store import EventFilter, Store


def run(fmt: str, events: list[dict[str, Any]]) -> tuple[int, str]:
    buf = io.StringIO()
    n = exporters.get(fmt)(iter(events), buf)
    return n, buf.getvalue()


def test_every_format_is_registered() -> None:
    assert {"jsonl", "csv", "geojson", "acled_csv", "table"} <= set(exporters.names())
    with pytest.raises(ConfigError, match="Available: acled_csv, csv"):
        export([], io.StringIO(), format="xlsx")


def test_jsonl_round_trips(events: list[dict[str, Any]]) -> None:
    n, out = run("jsonl", events)
    back = [json.loads(line) for line in out.splitlines()]
    assert n == 3 and back == events


def test_csv_has_flat_columns(events: list[dict[str, Any]]) -> None:
    n, out = run("csv", events)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert n == len(rows) == 3
    assert tuple(rows[0]) == FLAT_COLUMNS
    mob, assault, strike = rows
    assert mob["plover_type"] == "MOBILIZE" and mob["source_names"] == "Iran"
    assert mob["source_ids"] == "IRN" and mob["location_name"] == "Albu Kamal"
    assert float(mob["lat"]) == pytest.approx(34.4523) and mob["country_code"] == "SY"
    assert mob["date_start"] == "2020-03-10" and mob["url"] == "https://example.org/seed"
    assert assault["target_ids"] == "SYR_MIL" and assault["fatalities_min"] == "5"
    assert "killing 5 soldiers" in assault["evidence"]
    assert strike["lat"] == "" and strike["factuality"] == "speculative"


def test_csv_joins_several_actors_with_semicolons(events: list[dict[str, Any]]) -> None:
    e = dict(events[0])
    e["source"] = [*e["source"], {"text": "IRGC", "actor_id": "IRN_IRGC", "name": "IRGC"}]
    _, out = run("csv", [e])
    row = next(csv.DictReader(io.StringIO(out)))
    assert row["source_names"] == "Iran;IRGC" and row["source_ids"] == "IRN;IRN_IRGC"


def test_csv_quotes_hostile_text(events: list[dict[str, Any]]) -> None:
    e = dict(events[0])
    e["evidence"] = {"start": 0, "end": 1, "text": 'He said "no",\nthen left'}
    _, out = run("csv", [e])
    assert next(csv.DictReader(io.StringIO(out)))["evidence"] == 'He said "no",\nthen left'


def test_geojson_is_a_feature_collection(events: list[dict[str, Any]]) -> None:
    n, out = run("geojson", events)
    fc = json.loads(out)
    assert fc["type"] == "FeatureCollection" and n == len(fc["features"]) == 3
    first = fc["features"][0]
    assert first["geometry"] == {"type": "Point", "coordinates": [40.9185, 34.4523]}
    assert first["id"] == "seed:e0" and first["properties"]["plover_type"] == "MOBILIZE"
    assert fc["features"][2]["geometry"] is None


def test_geojson_of_nothing_is_still_valid() -> None:
    n, out = run("geojson", [])
    assert n == 0 and json.loads(out) == {"type": "FeatureCollection", "features": []}


def test_acled_csv_columns_and_values(events: list[dict[str, Any]]) -> None:
    n, out = run("acled_csv", events)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert n == len(rows) == 2  # the speculative strike has no ACLED type
    assert tuple(rows[0]) == ACLED_COLUMNS
    for col in ("event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
                "actor2", "country", "admin1", "location", "latitude", "longitude",
                "geo_precision", "source", "notes", "fatalities"):
        assert col in rows[0]
    mob, battle = rows
    assert mob["event_date"] == "2020-03-10" and mob["event_type"] == "Strategic developments"
    assert mob["actor1"] == "Iran" and mob["actor2"] == ""
    assert mob["country"] == "Syria" and mob["admin1"] == "Deir ez-Zor"
    assert mob["location"] == "Albu Kamal" and mob["geo_precision"] == "1"
    assert mob["source"] == "Example News" and mob["fatalities"] == "0"
    assert battle["event_type"] == "Battles" and battle["actor2"] == "Syrian Arab Army"
    assert battle["fatalities"] == "5" and "Daesh fighters attacked" in battle["notes"]
    assert battle["time_precision"] == "2"


def test_table_is_fixed_width(events: list[dict[str, Any]]) -> None:
    e = dict(events[1])
    e["evidence"] = {"start": 0, "end": 1, "text": "x" * 500}
    n, out = run("table", [events[0], e, events[2]])
    lines = out.splitlines()
    assert n == 3 and lines[0].startswith("date") and set(lines[1]) <= {"-", " "}
    assert "MOBILIZE" in lines[2] and "Iran" in lines[2] and "Albu Kamal" in lines[2]
    assert "…" in lines[3] and len(lines[3]) <= len(lines[1])
    assert lines[-1] == "(3 events)"


def test_exports_stream_from_the_store(export_store: Store) -> None:
    buf = io.StringIO()
    n = export(export_store.iter_events(EventFilter(plover_type="ASSAULT")), buf, format="csv")
    assert n == 2 and len(list(csv.DictReader(io.StringIO(buf.getvalue())))) == 2


def test_plain_event_dicts_without_document_fields_export(events: list[dict[str, Any]]) -> None:
    from eventscope.doc import Event

    plain = [Event.from_dict(e).to_dict() for e in events]
    for fmt in ("jsonl", "csv", "geojson", "acled_csv", "table"):
        n, _ = run(fmt, plain)
        assert n == (2 if fmt == "acled_csv" else 3), fmt


def test_csv_cells_that_look_like_formulas_are_neutralised() -> None:
    import csv as _csv
    import io as _io

    from eventscope.export.acled import write_acled_csv
    from eventscope.export.flat_csv import write_csv

    event = {"event_id": "d:e0", "plover_type": "ASSAULT", "acled_event_type": "Battles",
             "acled_sub_event_type": "Armed clash",
             "location": {"name": "Kansas", "lat": 39.7, "lon": -98.5, "text": "Kansas"},
             "evidence": {"text": '=HYPERLINK("http://x","click")', "start": 0, "end": 30},
             "source": [{"text": "@rebels", "name": "@rebels"}], "target": []}
    for writer in (write_csv, write_acled_csv):
        buf = _io.StringIO()
        writer([event], buf)
        rows = list(_csv.DictReader(_io.StringIO(buf.getvalue())))
        cells = [v for v in rows[0].values() if v]
        assert not any(v.startswith(("=", "@")) for v in cells), cells
        assert any(v.startswith("'=HYPERLINK") for v in cells)
    buf = _io.StringIO()
    write_csv([event], buf)
    assert list(_csv.DictReader(_io.StringIO(buf.getvalue())))[0]["lon"] == "-98.5"
