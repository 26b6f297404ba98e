"""``eventscope ingest``: pages, JSONL, .gz and directories into the SQLite store."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..batch import Progress, ingest
from ..pipeline import load
from ._common import db_option, friendly_errors, make_config, pipeline_options


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@db_option
@click.option("-q", "--quiet", is_flag=True, help="No progress on stderr.")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the run's figures as JSON to this file.")
@pipeline_options
@friendly_errors
def ingest_cli(paths: tuple[str, ...], db_path: Path, quiet: bool, report_path: Path | None,
               spacy_model: str | None, actor_files: tuple[Path, ...]) -> None:
    """Ingest PATHS (files, directories, '-') into the database at --db.

    Each document is written in one transaction; content already there is skipped, so
    re-running after an interruption completes the set and a repeat changes nothing.
    """
    from ..store import Store

    pipeline = load(make_config(spacy_model, actor_files))
    with Store(db_path) as store:
        report = ingest(pipeline, list(paths), store, progress=Progress("ingest", enabled=not quiet))
    if report_path:
        report_path.write_text(json.dumps(report.to_dict(), indent=2) + "\n")
