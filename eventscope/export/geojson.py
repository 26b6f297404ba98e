"""GeoJSON: a FeatureCollection of Point features, streamed one feature at a time.

Events without coordinates are kept with ``"geometry": null`` (valid GeoJSON), so the count
matches the other formats; properties are the flat CSV columns.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import IO, Any

from .flatten import flat_row


def feature(e: Mapping[str, Any]) -> dict[str, Any]:
    """One event as a GeoJSON Feature (``[lon, lat]`` order)."""
    props = flat_row(e)
    lat, lon = props["lat"], props["lon"]
    geometry = ({"type": "Point", "coordinates": [lon, lat]}
                if lat is not None and lon is not None else None)
    return {"type": "Feature", "id": props["event_id"], "geometry": geometry,
            "properties": props}


def write_geojson(events: Iterable[Mapping[str, Any]], out: IO[str]) -> int:
    """Write a FeatureCollection; returns the number of features.

    >>> import io, json; buf = io.StringIO()
    >>> write_geojson([{"event_id": "a:e0", "location": {"lat": 1.5, "lon": 2.5}}], buf)
    1
    >>> json.loads(buf.getvalue())["features"][0]["geometry"]["coordinates"]
    [2.5, 1.5]
    """
    out.write('{"type": "FeatureCollection", "features": [')
    n = 0
    for e in events:
        out.write(("\n" if n == 0 else ",\n") + json.dumps(feature(e), ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


__all__ = ["write_geojson", "feature"]
