"""Parquet output of a batch run: documents, events, places and actors tables, one file per part.

Rows come from the same serialisers as every other output (``Event.to_dict`` and the export
flattener), so a Parquet event row says what ``extract`` and ``export`` say. Column types are
fixed here (not inferred), so every part of a run has one schema however sparse it is.

    OUT_DIR/documents/part-00000.parquet   id, status, title, url, source, date, n_events, error
    OUT_DIR/events/part-00000.parquet      doc_id + the flat export columns + json (whole event)
    OUT_DIR/places/part-00000.parquet      doc_id + every Place field
    OUT_DIR/actors/part-00000.parquet      doc_id + every ActorMention field
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..doc import ActorMention, Doc, Place, Rejection
from ..export.flatten import FLAT_COLUMNS, flat_row

_INT = {"start", "end", "geonameid", "fatalities_min", "fatalities_max", "n_events", "line"}
_FLOAT = {"lat", "lon", "score", "confidence"}

DOCUMENT_COLUMNS: tuple[str, ...] = ("id", "status", "title", "url", "source", "date",
                                     "n_events", "reason", "error", "line")
EVENT_COLUMNS: tuple[str, ...] = (*FLAT_COLUMNS, "json")
PLACE_COLUMNS: tuple[str, ...] = ("doc_id", *Place.__dataclass_fields__)
ACTOR_COLUMNS: tuple[str, ...] = ("doc_id", *ActorMention.__dataclass_fields__)
TABLES: dict[str, tuple[str, ...]] = {"documents": DOCUMENT_COLUMNS, "events": EVENT_COLUMNS,
                                      "places": PLACE_COLUMNS, "actors": ACTOR_COLUMNS}


def _schema(columns: Iterable[str]) -> Any:
    import pyarrow as pa

    def kind(c: str) -> Any:
        return pa.int64() if c in _INT else pa.float64() if c in _FLOAT else pa.string()

    return pa.schema([(c, kind(c)) for c in columns])


def rows_for(result: Doc | Rejection) -> dict[str, list[dict[str, Any]]]:
    """The rows one pipeline result adds to each table."""
    if isinstance(result, Rejection):
        return {"documents": [{"id": result.id, "status": "rejected", "reason": result.reason,
                               "error": result.error, "line": result.line}],
                "events": [], "places": [], "actors": []}
    m = result.meta
    events = []
    for e in result.events:
        d = e.to_dict()
        row = flat_row(d)
        row["doc_id"], row["title"], row["url"], row["pub_date"] = (
            result.id, m.title, m.url, m.date)
        row["json"] = json.dumps(d, ensure_ascii=False, sort_keys=True)
        events.append(row)
    return {
        "documents": [{"id": result.id, "status": "ok", "title": m.title, "url": m.url,
                       "source": m.source, "date": m.date, "n_events": len(result.events)}],
        "events": events,
        "places": [{"doc_id": result.id, **{f: getattr(p, f) for f in Place.__dataclass_fields__}}
                   for p in result.places],
        "actors": [{"doc_id": result.id,
                    **{f: getattr(a, f) for f in ActorMention.__dataclass_fields__}}
                   for a in result.actors],
    }


class ParquetWriter:
    """Collects rows of one part and writes each table's ``part-NNNNN.parquet`` file."""

    def __init__(self, out_dir: str | Path) -> None:
        self.out_dir = Path(out_dir)
        for table in TABLES:
            (self.out_dir / table).mkdir(parents=True, exist_ok=True)
        self._rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}

    def add(self, result: Doc | Rejection) -> None:
        for table, rows in rows_for(result).items():
            self._rows[table].extend(rows)

    def flush(self, part: int) -> None:
        """Write the collected rows as part ``part`` (an empty part still gets its files)."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        for table, columns in TABLES.items():
            rows = self._rows[table]
            data = {c: [r.get(c) for r in rows] for c in columns}
            pq.write_table(pa.Table.from_pydict(data, schema=_schema(columns)),
                           self.out_dir / table / f"part-{part:05d}.parquet")
            rows.clear()


def read_table(out_dir: str | Path, table: str) -> list[dict[str, Any]]:
    """All rows of one table of a run's output, parts in order (for tests and small runs)."""
    import pyarrow.parquet as pq

    rows: list[dict[str, Any]] = []
    for path in sorted((Path(out_dir) / table).glob("part-*.parquet")):
        rows.extend(pq.read_table(path).to_pylist())
    return rows


__all__ = ["ParquetWriter", "rows_for", "read_table", "TABLES", "EVENT_COLUMNS"]
