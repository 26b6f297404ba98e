"""Actors: one identity for every actor across names, descriptions and pronouns.

The component ``eventscope.actors.v1`` fills ``doc.actors`` with one
:class:`~eventscope.doc.ActorMention` per mention, in text order. The registry it links to
is shipped in ``eventscope/data/actors/`` and extended by ``Config.actor_files``.

>>> reg = load_registry()                                   # doctest: +SKIP
>>> reg.get("irgc.asf").parent                              # doctest: +SKIP
'irgc'
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from ..config import Config
from ..doc import Doc
from ..registry import components
from .linker import ActorLinker, actor_at
from .registry import ActorRegistry, check_registry_file, load_registry
from .schema import KINDS, ActorEntry, Role


@lru_cache(maxsize=4)
def _linker(actor_files: tuple[tuple[str, float], ...]) -> ActorLinker:
    """One linker per set of user files (and their mtimes): registry and index built once."""
    config = Config(actor_files=tuple(Path(p) for p, _ in actor_files))
    return ActorLinker(load_registry(config))


def _stamp(path: Path) -> tuple[str, float]:
    try:
        return str(path), path.stat().st_mtime
    except OSError:
        return str(path), -1.0  # load_registry reports the missing file


@components.register("eventscope.actors.v1")
def make_component(config: Config) -> Callable[[Doc], Doc]:
    """The actors component: registry names, descriptors, coreference and spaCy entities.

    Raises :class:`~eventscope.errors.ResourceError` when a user registry file is invalid.
    """
    return _linker(tuple(_stamp(Path(p)) for p in config.actor_files))


__all__ = ["ActorRegistry", "ActorEntry", "ActorLinker", "Role", "KINDS", "load_registry",
           "check_registry_file", "actor_at", "make_component"]
