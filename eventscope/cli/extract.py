"""``eventscope extract``: the batch contract, JSONL in, one JSON line out per line in."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..batch import Progress, extract
from ..pipeline import load
from ._common import friendly_errors, make_config, pipeline_options


@click.command()
@click.argument("input_path", metavar="INPUT.jsonl", type=click.Path(allow_dash=True))
@click.option("-o", "--output", "output_path", default="-", show_default=True,
              type=click.Path(allow_dash=True, dir_okay=False), help="Output JSONL ('-' = stdout).")
@click.option("-q", "--quiet", is_flag=True, help="No progress on stderr.")
@pipeline_options
@friendly_errors
def extract_cli(input_path: str, output_path: str, quiet: bool, spacy_model: str | None,
                actor_files: tuple[Path, ...]) -> None:
    """Extract events from INPUT.jsonl into contract JSONL (see contract.md).

    Exits 0 when every line was handled: bad lines become "rejected" output lines, in place.
    """
    pipeline = load(make_config(spacy_model, actor_files))
    progress = Progress("extract", enabled=not quiet)
    src = sys.stdin.buffer if input_path == "-" else open(input_path, "rb")
    dst = sys.stdout if output_path == "-" else open(output_path, "w", encoding="utf-8")
    try:
        extract(pipeline, src, dst, origin=input_path, progress=progress)
    finally:
        if src is not sys.stdin.buffer:
            src.close()
        if dst is not sys.stdout:
            dst.close()
