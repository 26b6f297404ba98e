"""Places: an offline geoparser (toponym recognition and resolution to GeoNames).

Public surface:

- the ``eventscope.places.v1`` pipeline component (fills ``doc.places``);
- :func:`geocode` — the best place for a bare name ("Deir ez-Zor");
- :func:`location_for` — the place a clause attaches an event to;
- :func:`build_gazetteer` / :func:`open_gazetteer` — the compiled index.
"""

from __future__ import annotations

from collections.abc import Callable

from ..config import Config
from ..doc import Doc
from ..registry import components
from .api import geocode, location_for
from .build import build_gazetteer
from .component import PlaceResolver
from .gazetteer import (
    Candidate,
    Gazetteer,
    InMemoryGazetteer,
    gazetteer_for,
    open_gazetteer,
)


@components.register("eventscope.places.v1")
def make_component(config: Config) -> Callable[[Doc], Doc]:
    """The places component for a pipeline: opens (or first builds) the gazetteer."""
    return PlaceResolver(gazetteer_for(config))


__all__ = [
    "Candidate",
    "Gazetteer",
    "InMemoryGazetteer",
    "PlaceResolver",
    "build_gazetteer",
    "geocode",
    "location_for",
    "make_component",
    "open_gazetteer",
]
