"""``eventscope events`` (filter and show) and ``eventscope export`` (everything, one format)."""

from __future__ import annotations

import sys
from pathlib import Path
from collections.abc import Iterable
from typing import Any

import click

from ..errors import ConfigError
from ._common import db_option, friendly_errors

FORMATS = ("table", "json", "jsonl", "csv", "geojson", "acled_csv")


def _near(place: str | None, within: float | None) -> dict[str, Any]:
    if place is None:
        if within is not None:
            raise click.UsageError("--within needs --near PLACE.")
        return {}
    from ..places import geocode

    found = geocode(place)
    if found is None or found.lat is None or found.lon is None:
        raise ConfigError(f"No place named {place!r} in the gazetteer; try another spelling, "
                          "or a larger place nearby.")
    return {"near": (found.lat, found.lon), "within_km": within if within is not None else 50.0}


def _write(events: Iterable[dict[str, Any]], fmt: str, output: str) -> int:
    from .. import export  # noqa: F401  (registers the exporters)
    from ..registry import exporters

    writer = exporters.get("jsonl" if fmt == "json" else fmt)
    out = sys.stdout if output == "-" else open(output, "w", encoding="utf-8", newline="")
    try:
        return int(writer(events, out))
    finally:
        if out is not sys.stdout:
            out.close()


@click.command()
@db_option
@click.option("--type", "plover_type", multiple=True, metavar="PLOVER",
              help="PLOVER type, e.g. ASSAULT; repeatable.")
@click.option("--acled-type", default=None, help="ACLED event type, e.g. Battles.")
@click.option("--actor", default=None, help="Actor id or part of a name (source or target).")
@click.option("--country", default=None, metavar="CC", help="ISO country code of the location.")
@click.option("--since", default=None, metavar="YYYY-MM-DD")
@click.option("--until", default=None, metavar="YYYY-MM-DD")
@click.option("--near", "near_place", default=None, metavar="PLACE", help="A place name.")
@click.option("--within", "within_km", type=float, default=None, metavar="KM",
              help="Distance from --near [default: 50].")
@click.option("--factuality", multiple=True,
              type=click.Choice(["asserted", "reported", "hedged", "speculative", "negated",
                                 "future"]), help="Repeatable.")
@click.option("--min-confidence", type=float, default=None)
@click.option("--text", default=None, help="Full-text search in the evidence.")
@click.option("--content/--no-content", "include_content", default=True, show_default=True,
              help="Include embedded acts (the shelling in 'threatened to shell'); "
                   "--no-content counts each threat or refusal once.")
@click.option("--limit", type=click.IntRange(1, 1_000_000), default=100, show_default=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("-o", "--output", default="-", type=click.Path(allow_dash=True, dir_okay=False))
@friendly_errors
def events_cli(db_path: Path, plover_type: tuple[str, ...], acled_type: str | None,
               actor: str | None, country: str | None, since: str | None, until: str | None,
               near_place: str | None, within_km: float | None, factuality: tuple[str, ...],
               min_confidence: float | None, text: str | None, include_content: bool,
               limit: int, fmt: str, output: str) -> None:
    """List the events in --db that match every filter given."""
    from ..store import EventFilter, Store

    filters = EventFilter(
        plover_types=tuple(t.upper() for t in plover_type), acled_type=acled_type, actor=actor,
        country=country.upper() if country else None, since=since, until=until,
        factualities=factuality, min_confidence=min_confidence, text=text, limit=limit,
        include_content=include_content, **_near(near_place, within_km))
    with Store(db_path, readonly=True) as store:
        events = store.events(filters)
    _write(events, fmt, output)


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS[1:]), default="jsonl",
              show_default=True)
@click.option("-o", "--output", default="-", type=click.Path(allow_dash=True, dir_okay=False))
@friendly_errors
def export_cli(db_path: Path, fmt: str, output: str) -> None:
    """Export every event in --db as JSON Lines, CSV, GeoJSON or ACLED-style CSV."""
    from ..store import EventFilter, Store

    with Store(db_path, readonly=True) as store:
        n = _write(store.iter_events(EventFilter(limit=None)), fmt, output)
    click.echo(f"export: {n} events", err=True)
