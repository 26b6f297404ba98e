"""Incidents: events from different documents that report the same real-world event.

:class:`IncidentIndex` clusters a stream of documents incrementally in memory (``extract``);
:mod:`eventscope.incidents.sqlite` does the same against a database (``ingest``), so a new
document joins an incident stored earlier without recomputing anything else.
"""

from .features import MATCH_THRESHOLD, EventKey, key_from_event, match_score
from .index import Incident, IncidentIndex, incident_id_for

__all__ = ["EventKey", "Incident", "IncidentIndex", "MATCH_THRESHOLD", "incident_id_for",
           "key_from_event", "match_score"]
