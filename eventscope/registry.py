"""Named, versioned backends: the one place a swappable part is looked up by name.

A component factory takes the :class:`~eventscope.config.Config` and returns a callable
``Doc -> Doc``. A changed behaviour gets a new ``.vN`` name; old configs keep working.

>>> @components.register("example.noop.v1")
... def noop(config):
...     return lambda doc: doc
>>> "example.noop.v1" in components
True
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from .errors import ConfigError

F = TypeVar("F", bound=Callable[..., Any])


class Registry(Generic[F]):
    """A mapping from a versioned name to a factory, filled by decorators at import."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[str, F] = {}

    def register(self, name: str) -> Callable[[F], F]:
        def deco(func: F) -> F:
            self._items[name] = func
            return func

        return deco

    def get(self, name: str) -> F:
        try:
            return self._items[name]
        except KeyError:
            known = ", ".join(sorted(self._items)) or "(none)"
            raise ConfigError(
                f"No {self.kind} named {name!r}. Available: {known}. "
                "Check the name in your config.") from None

    def names(self) -> list[str]:
        return sorted(self._items)

    def __contains__(self, name: object) -> bool:
        return name in self._items


components: Registry[Callable[..., Any]] = Registry("pipeline component")
gazetteers: Registry[Callable[..., Any]] = Registry("gazetteer")
event_classifiers: Registry[Callable[..., Any]] = Registry("event classifier")
exporters: Registry[Callable[..., Any]] = Registry("exporter")

__all__ = ["Registry", "components", "gazetteers", "event_classifiers", "exporters"]
