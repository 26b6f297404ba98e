"""The ``eventscope`` command line: verbs that read like sentences, each a thin layer over the
library (one module per verb)::

    eventscope extract pages.jsonl -o events.jsonl
    eventscope ingest pages/ --db news.db
    eventscope events --db news.db --near "Deir ez-Zor" --within 50
    eventscope demo
"""

from __future__ import annotations

import click

from .. import __version__
from .actors import actors_cli
from .batch import batch_cli
from .demo import demo_cli
from .evaluate import evaluate_cli
from .extract import extract_cli
from .incidents import incidents_cli
from .ingest import ingest_cli
from .query import events_cli, export_cli
from .serve import serve_cli
from .watch import watch_cli


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventscope")
def main() -> None:
    """eventscope: who did what to whom, where, when, how sure, and which sentence says so."""


main.add_command(extract_cli, "extract")
main.add_command(ingest_cli, "ingest")
main.add_command(events_cli, "events")
main.add_command(export_cli, "export")
main.add_command(demo_cli, "demo")
main.add_command(evaluate_cli, "evaluate")
main.add_command(actors_cli, "actors")
main.add_command(batch_cli, "batch")
main.add_command(incidents_cli, "incidents")
main.add_command(serve_cli, "serve")
main.add_command(watch_cli, "watch")

__all__ = ["main"]
