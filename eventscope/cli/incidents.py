"""``eventscope incidents``: incidents in the database, most reported first, or one in full."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ._common import db_option, friendly_errors


@click.command()
@db_option
@click.argument("incident_id", required=False)
@click.option("--min-sources", type=click.IntRange(1), default=1, show_default=True,
              help="Only incidents reported by at least this many outlets.")
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True)
@friendly_errors
def incidents_cli(db_path: Path, incident_id: str | None, min_sources: int, limit: int,
                  fmt: str) -> None:
    """List incidents in --db (events of several reports counted once), or show INCIDENT_ID
    with every report of it."""
    from ..store import Store

    with Store(db_path, readonly=True) as store:
        if incident_id is not None:
            found = store.incident(incident_id)
            if found is None:
                raise click.ClickException(f"No incident {incident_id!r} in {db_path}; list "
                                           "them with `eventscope incidents --db FILE`.")
            click.echo(json.dumps(found, ensure_ascii=False, indent=2))
            return
        rows = store.incidents(min_sources=min_sources, limit=limit)
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    click.echo(f"{'incident':28}  {'type':9}  {'date':10}  {'place':16}  src  docs  fatalities")
    for r in rows:
        fat = r["fatalities"]
        toll = "" if fat is None else (f"{fat['min']}" if fat["min"] == fat["max"]
                                       else f"{fat['min']}-{fat['max']}")
        click.echo(f"{r['incident_id'][:28]:28}  {r['plover_type']:9}  "
                   f"{(r['date_start'] or ''):10}  {(r['location_name'] or '')[:16]:16}  "
                   f"{r['n_sources']:3}  {r['n_documents']:4}  {toll}")
    click.echo(f"({len(rows)} incident{'s' if len(rows) != 1 else ''})")
