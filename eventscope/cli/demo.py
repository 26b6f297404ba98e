"""``eventscope demo``: ingest the bundled sample into a database and print what it found."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..batch import Progress, ingest
from ..pipeline import load
from ._common import friendly_errors, make_config

SEED_ID = "abu-kamal-reinforcements"


def format_summary(summary: dict[str, Any], seed_events: list[dict[str, Any]]) -> str:
    """A readable report of a store's contents, for people rather than programs."""
    lines: list[str] = []
    docs = summary.get("documents", 0)
    lines.append(f"{docs} documents, {summary.get('events', 0)} events, "
                 f"{summary.get('rejected', 0)} rejected inputs")

    def block(title: str, rows: Any) -> None:
        items = list(rows.items()) if isinstance(rows, dict) else list(rows or [])
        if not items:
            return
        lines.append("")
        lines.append(title)
        for item in items[:10]:
            if isinstance(item, dict):
                label = item.get("name") or item.get("actor_id") or item.get("label")
                count = item.get("count", item.get("n"))
            else:
                label, count = item
            lines.append(f"  {count:>5}  {label}")

    block("Events by PLOVER type", summary.get("events_by_type"))
    block("Top actors", summary.get("top_actors"))
    block("Top places", summary.get("top_places"))
    if seed_events:
        lines.append("")
        lines.append("The seed page's events, with their evidence:")
        for e in seed_events:
            src = ", ".join(a.get("name") or a["text"] for a in e.get("source") or []) or "-"
            tgt = ", ".join(a.get("name") or a["text"] for a in e.get("target") or []) or "-"
            loc = (e.get("location") or {}).get("name") or "-"
            lines.append(f"  [{e['plover_type']}/{e.get('factuality')}] {src} -> {tgt} @ {loc}")
            evidence = " ".join(e["evidence"]["text"].split())
            lines.append(f"      \u201c{evidence}\u201d")
    return "\n".join(lines)


@click.command()
@click.option("--db", "db_path", default="eventscope.db", show_default=True,
              type=click.Path(dir_okay=False, path_type=Path))
@friendly_errors
def demo_cli(db_path: Path) -> None:
    """Ingest the bundled sample pages into --db and print a summary of what was found."""
    from ..ingest import sample_paths
    from ..store import EventFilter, Store

    pipeline = load(make_config(None, ()))
    with Store(db_path) as store:
        ingest(pipeline, [str(p) for p in sample_paths()], store, progress=Progress("demo"))
        summary = store.summary()
        seed = [e for e in store.events(EventFilter(limit=None)) if e.get("doc_id") == SEED_ID]
    click.echo(format_summary(summary, seed))
    click.echo(f"\nDatabase: {db_path}. Next: eventscope events --db {db_path} --type ASSAULT")
