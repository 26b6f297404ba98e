"""``eventscope batch``: many JSONL/Parquet shards through the pipeline, on all local cores or
on a Dask cluster, into Parquet tables and/or the database."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..batch import Progress
from ._common import friendly_errors, make_config, pipeline_options


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--engine", type=click.Choice(["processes", "dask"]), default="processes",
              show_default=True, help="processes: this machine's cores; dask: a Dask cluster.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Dask scheduler address (tcp://host:8786); default: start a LocalCluster.")
@click.option("--workers", "n_workers", type=click.IntRange(1), default=None,
              help="Worker processes (LocalCluster or --engine processes) [default: all cores].")
@click.option("--memory-limit", default="2GiB", show_default=True,
              help="Memory limit of each LocalCluster worker.")
@click.option("--blocksize", default=None, metavar="BYTES",
              help="Split JSONL files into partitions of about this size (e.g. 64MiB); "
                   "default: about 4 partitions per worker (gzip files stay whole).")
@click.option("-o", "--output-dir", "out_dir", default=None,
              type=click.Path(file_okay=False, path_type=Path),
              help="Write Parquet tables (documents, events, places, actors) here.")
@click.option("--db", "db_path", default=None, type=click.Path(dir_okay=False, path_type=Path),
              help="Also (or instead) store the results in this SQLite database.")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the run's figures as JSON to this file.")
@click.option("-q", "--quiet", is_flag=True, help="No progress on stderr.")
@pipeline_options
@friendly_errors
def batch_cli(inputs: tuple[str, ...], engine: str, scheduler: str | None,
              n_workers: int | None, memory_limit: str, blocksize: str | None,
              out_dir: Path | None, db_path: Path | None, report_path: Path | None,
              quiet: bool, spacy_model: str | None, actor_files: tuple[Path, ...]) -> None:
    """Run INPUT... (JSONL, .jsonl.gz or Parquet shards) through the pipeline.

    Results go to Parquet tables in -o OUT_DIR and/or the database --db; events that report
    the same incident share an incident_id across the whole run.

        eventscope batch shards/*.jsonl --engine dask -o out/ --db news.db
    """
    from ..scale.dask_engine import run_dask, run_local

    if out_dir is None and db_path is None:
        raise click.UsageError("Say where results go: -o OUT_DIR (Parquet), --db FILE, or both.")
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask.")
    config = make_config(spacy_model, actor_files)
    progress = Progress("batch", enabled=not quiet)
    store = None
    if db_path is not None:
        from ..store import Store

        store = Store(db_path)
    try:
        if engine == "dask":
            report = run_dask(list(inputs), out_dir=out_dir, store=store, scheduler=scheduler,
                              n_workers=n_workers, config=config, memory_limit=memory_limit,
                              blocksize=blocksize, progress=progress)
        else:
            report = run_local(list(inputs), out_dir=out_dir, store=store, config=config,
                               n_process=n_workers, progress=progress)
    finally:
        if store is not None:
            store.close()
    if report_path:
        report_path.write_text(json.dumps(report.to_dict(), indent=2) + "\n")
