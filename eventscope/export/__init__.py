"""Exporters: each writes events (contract-shaped dicts) to a text stream and returns a count.

Registered in :data:`eventscope.registry.exporters` when this package is imported::

    >>> import io
    >>> from eventscope.registry import exporters
    >>> import eventscope.export
    >>> exporters.names()
    ['acled_csv', 'csv', 'geojson', 'jsonl', 'table']
    >>> exporters.get("jsonl")([{"event_id": "a:e0"}], io.StringIO())
    1

A writer has the signature ``write(events: Iterable[dict], out: IO[str]) -> int``; a plugin adds
a format with ``@exporters.register("name")``.
"""

from collections.abc import Iterable, Mapping
from typing import IO, Any

from ..registry import exporters
from .acled import write_acled_csv
from .flat_csv import write_csv
from .geojson import write_geojson
from .jsonl import write_jsonl
from .table import write_table

exporters.register("jsonl")(write_jsonl)
exporters.register("csv")(write_csv)
exporters.register("geojson")(write_geojson)
exporters.register("acled_csv")(write_acled_csv)
exporters.register("table")(write_table)


def export(events: Iterable[Mapping[str, Any]], out: IO[str], *, format: str) -> int:
    """Write ``events`` in the named format (a ConfigError lists the known names)."""
    writer = exporters.get(format)
    return int(writer(events, out))


__all__ = ["export", "write_jsonl", "write_csv", "write_geojson", "write_acled_csv", "write_table"]
