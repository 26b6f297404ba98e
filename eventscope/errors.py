"""The one exception tree of eventscope.

EventscopeError
  InputError          bad line, unknown format, not English: rejected, never fatal
  ConfigError         unknown registry name, missing spaCy model, bad setting
  ResourceError       actor registry or gazetteer file missing or invalid
  StoreError          the database could not be read or written
    SchemaVersionError  the database was made by a newer eventscope
  FilterError         a query filter has a bad value (also a ValueError): a 4xx, never a 500

Every message says what happened and what to do next.
"""

from __future__ import annotations


class EventscopeError(Exception):
    """Base class of every error eventscope raises on purpose."""


class InputError(EventscopeError):
    """An input document cannot be processed; it is recorded as rejected with this reason.

    ``reason`` is a short machine-readable code (``not_json``, ``missing_id``, ``not_english`` ...)
    so rejections can be counted by kind.
    """

    def __init__(self, message: str, *, reason: str = "invalid_input") -> None:
        super().__init__(message)
        self.reason = reason


class ConfigError(EventscopeError):
    """A setting names something that does not exist (a model, a backend) or has a bad value."""


class ResourceError(EventscopeError):
    """A shipped or user-supplied data file is missing or does not validate."""


class StoreError(EventscopeError):
    """The SQLite store could not be opened, read or written."""


class SchemaVersionError(StoreError):
    """The database was written by a newer eventscope than this one."""


class FilterError(EventscopeError, ValueError):
    """A filter value is invalid (unknown type, bad date, near without within_km ...).

    Raised before any query runs, so a server can answer it with a 4xx.
    """


__all__ = [
    "EventscopeError",
    "InputError",
    "ConfigError",
    "ResourceError",
    "StoreError",
    "SchemaVersionError",
    "FilterError",
]
