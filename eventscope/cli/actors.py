"""``eventscope actors list|show|check``: browse and validate actor registries."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ._common import friendly_errors, make_config


@click.group()
def actors_cli() -> None:
    """Browse the actor registry, or check a registry file of your own."""


@actors_cli.command("list")
@click.option("--kind", default=None, help="Only actors of this kind (e.g. armed_group).")
@click.option("--country", default=None, metavar="CC")
@click.option("--actors", "actor_files", multiple=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path))
@friendly_errors
def list_cli(kind: str | None, country: str | None, actor_files: tuple[Path, ...]) -> None:
    """List the registry's actors: id, kind, country and name."""
    from ..actors import load_registry

    for actor in load_registry(make_config(None, actor_files)):
        if kind and actor.kind != kind:
            continue
        if country and (actor.country or "").upper() != country.upper():
            continue
        click.echo(f"{actor.id:<28} {actor.kind:<14} {actor.country or '-':<4} {actor.name}")


@actors_cli.command("show")
@click.argument("name")
@click.option("--actors", "actor_files", multiple=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path))
@friendly_errors
def show_cli(name: str, actor_files: tuple[Path, ...]) -> None:
    """Show one actor, looked up by id or by any of its names."""
    from dataclasses import asdict, is_dataclass

    from ..actors import load_registry

    registry = load_registry(make_config(None, actor_files))
    actor = registry.get(name) or next(iter(registry.find(name)), None)
    if actor is None:
        raise click.ClickException(f"No actor with id or name {name!r}. "
                                   "Try `eventscope actors list`.")
    data = asdict(actor) if is_dataclass(actor) else {"id": actor.id, "name": actor.name}
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


@actors_cli.command("check")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def check_cli(path: Path) -> None:
    """Validate a registry file; exit 1 and list the problems if there are any."""
    from ..actors import check_registry_file

    problems = check_registry_file(path)
    for p in problems:
        click.echo(p, err=True)
    if problems:
        raise SystemExit(1)
    click.echo(f"{path}: ok")
