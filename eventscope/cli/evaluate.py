"""``eventscope evaluate``: score the pipeline on your own gold data (same rules as score.py)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import click

from ..pipeline import load
from ._common import friendly_errors, make_config, pipeline_options

KINDS = ("places", "events", "plover", "actors", "penta", "factuality", "acled")


@click.command()
@click.argument("kind", type=click.Choice(KINDS))
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--predictions", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Score this contract output instead of running the pipeline.")
@click.option("--limit", type=int, default=None, help="Only the first N gold documents.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@pipeline_options
@friendly_errors
def evaluate_cli(kind: str, gold: Path, predictions: Path | None, limit: int | None,
                 as_json: bool, spacy_model: str | None, actor_files: tuple[Path, ...]) -> None:
    """Score KIND against GOLD.jsonl with the same rules as the reference scorer.

    KIND: places (toponyms and resolution), events (every part the gold has: PLOVER types,
    CAMEO PentaClass, actors, factuality, ACLED), or one part alone (plover, penta, actors,
    factuality, acled). Without --predictions the pipeline runs over the gold documents first.
    """
    from ..evaluate import evaluate, format_report, run_pipeline

    if predictions is None:
        out = Path(tempfile.mkdtemp(prefix="eventscope-eval-")) / "predictions.jsonl"
        run_pipeline(load(make_config(spacy_model, actor_files)), gold, out, limit=limit)
        predictions = out
    result = evaluate(kind, gold, predictions, limit=limit)
    click.echo(json.dumps(result, indent=2) if as_json else format_report(kind, result))
