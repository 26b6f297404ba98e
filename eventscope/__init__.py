"""eventscope: structured, geocoded, sourced event data from conflict and political news.

The public API; everything else is reachable but not promised::

    import eventscope
    nlp = eventscope.load()
    doc = nlp(text, date="2020-03-12")
    for event in doc.events: ...
"""

from .config import Config
from .doc import ActorMention, DateRange, Doc, DocMeta, Event, Place, Quantity, Rejection, Span
from .errors import (
    ConfigError,
    EventscopeError,
    FilterError,
    InputError,
    ResourceError,
    SchemaVersionError,
    StoreError,
)
from .pipeline import Pipeline, load

__version__ = "0.1.0"

__all__ = [
    "load", "Pipeline", "Config",
    "Doc", "DocMeta", "Span", "Event", "Place", "ActorMention", "DateRange", "Quantity",
    "Rejection",
    "EventscopeError", "InputError", "ConfigError", "ResourceError", "StoreError",
    "SchemaVersionError", "FilterError", "__version__",
]
