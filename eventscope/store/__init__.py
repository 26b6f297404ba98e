"""The SQLite store: documents, places, actors, events and rejections in one database file.

Tables (browse them with any SQLite tool or datasette):

- ``documents``: one row per distinct content (``content_hash`` is unique; ``doc_id`` is not).
- ``places`` and ``actor_mentions``: every toponym and actor mention, with offsets.
- ``actors``: one row per actor identity (``actor_id``), shared by all its names.
- ``events``: one row per event with its filterable columns; ``event_json`` the whole event.
- ``event_args``: every span of an event by role (source, target, location, trigger, evidence,
  date, fatalities, attributed_to, factuality_cue, mention ...).
- ``rejected``: inputs that were not processed, with the reason; recorded once.
- ``events_fts``/``documents_fts``: FTS5 indexes of evidence and document text.
- ``schema_version``: the migrations applied (see :mod:`eventscope.store.schema`).

>>> from eventscope.store import Store, EventFilter
>>> with Store(":memory:") as store:
...     store.events(EventFilter(country="SY", since="2020-03-01"))
[]
"""

from .filters import EventFilter, FilterError, haversine_km
from .schema import MIGRATIONS, Migration, latest_version
from .store import Store

__all__ = ["Store", "EventFilter", "FilterError", "Migration", "MIGRATIONS", "latest_version",
           "haversine_km"]
