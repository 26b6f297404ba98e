"""What two event reports must share to be one real-world incident, and how strongly they do.

An :class:`EventKey` is the part of an event that matters for matching (type, factuality, date
window, place, actor ids, fatalities, evidence text, outlet). :func:`match_score` returns None
when two keys cannot be the same incident (incompatible type, factuality, dates or places;
different named perpetrators) and otherwise a score: the sum of the evidence that they are.

>>> a = EventKey(event_id="a:e0", doc="a", outlet="x", plover_type="ASSAULT",
...              date_start=Date(2023, 6, 10), date_end=Date(2023, 6, 10), date_precision="day",
...              lat=46.6, lon=32.6, precision="town", country_code="UA", source_ids=("RUS",))
>>> b = EventKey(event_id="b:e0", doc="b", outlet="y", plover_type="ASSAULT",
...              date_start=Date(2023, 6, 10), date_end=Date(2023, 6, 10), date_precision="day",
...              lat=46.62, lon=32.61, precision="town", country_code="UA", source_ids=("RUS",))
>>> match_score(a, b) >= MATCH_THRESHOLD
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date
from datetime import timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..doc import Doc, Event
from ..geodesy import distance_km

#: Score at or above which an event joins an incident.
MATCH_THRESHOLD = 2.0

#: Types that one outlet may code differently for the same incident (a raid that detains
#: people: ASSAULT or COERCE). Matching across them costs a little.
COMPATIBLE_TYPES: frozenset[frozenset[str]] = frozenset({
    frozenset({"ASSAULT", "COERCE"}),
    frozenset({"PROTEST", "REJECT"}),
})

#: Factualities that describe something that happened; the others are never merged with them.
_HAPPENED = frozenset({"asserted", "reported", "hedged"})

#: Coarseness of a location precision; the coarser of two places sets the distance allowed.
PRECISION_RANK: dict[str, int] = {"point": 0, "town": 1, "district": 2, "region": 3,
                                  "country": 4}
#: The greatest distance (km) at which two places of this (coarser) precision may be one site.
MAX_KM: dict[str, float] = {"point": 10.0, "town": 30.0, "district": 60.0, "region": 300.0}

#: Days either side of a day-precision date (overnight events, time zones, "on Tuesday"
#: written about a raid that began on Monday night).
DAY_TOLERANCE = 2
#: How far back from publication an undated event may have happened.
PUBLICATION_WINDOW = 3
#: Events whose date window is longer than this are too vague to match (month, year).
MAX_WINDOW_DAYS = 35


@lru_cache(maxsize=1)
def generic_actor_ids() -> frozenset[str]:
    """Ids of the descriptive actors ("civilians", "police"): weak evidence when shared."""
    path = Path(__file__).resolve().parents[1] / "data" / "actors" / "generic.yaml"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(re.findall(r"\{\s*id:\s*([\w.-]+)", text))


def _specific(actor_id: str) -> bool:
    return not actor_id.startswith("x:") and actor_id not in generic_actor_ids()


def _root(actor_id: str) -> str:
    """'RUS.MIL' -> 'RUS': organs of one state share a root."""
    return actor_id.split(".", 1)[0]


@dataclass(frozen=True, slots=True)
class EventKey:
    """The matching features of one event report."""

    event_id: str
    doc: str
    outlet: str
    plover_type: str
    factuality: str = "asserted"
    date_start: Date | None = None
    date_end: Date | None = None
    date_precision: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None
    country_code: str | None = None
    admin1: str | None = None
    geonameid: int | None = None
    source_ids: tuple[str, ...] = ()
    target_ids: tuple[str, ...] = ()
    fatalities_min: int | None = None
    fatalities_max: int | None = None
    text: str = ""
    report_date: str | None = None
    #: geonameids of the places the evidence sentence names (its location may be coarser:
    #: "Somali soldiers were killed ... in the capital, Mogadishu" is located in Somalia).
    sentence_places: tuple[int, ...] = ()

    @property
    def window(self) -> tuple[Date, Date] | None:
        """The days the event may have happened on, tolerance included; None if too vague."""
        if self.date_start is None or self.date_end is None:
            return None
        if self.date_precision == "publication":
            start, end = self.date_end - timedelta(days=PUBLICATION_WINDOW), self.date_end
        else:
            tol = timedelta(days=DAY_TOLERANCE if self.date_precision in ("day", "range") else 0)
            start, end = self.date_start - tol, self.date_end + tol
        if (end - start).days > MAX_WINDOW_DAYS:
            return None
        return start, end

    @property
    def actor_ids(self) -> frozenset[str]:
        return frozenset(self.source_ids) | frozenset(self.target_ids)


def _date(value: Any) -> Date | None:
    if not value:
        return None
    try:
        return Date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def key_from_event(event: Event, doc: Doc) -> EventKey:
    """The matching features of ``event`` as extracted from ``doc``."""
    loc, date, fat = event.location, event.date, event.fatalities
    usable_loc = loc is not None and loc.role in (None, "literal", "demonym")
    return EventKey(
        event_id=event.event_id, doc=doc.id, outlet=doc.meta.source or doc.meta.url or doc.id,
        plover_type=event.plover_type, factuality=event.factuality,
        date_start=_date(date.start) if date else None,
        date_end=_date(date.end) if date else None,
        date_precision=date.precision if date else None,
        lat=loc.lat if usable_loc and loc else None, lon=loc.lon if usable_loc and loc else None,
        precision=loc.precision if usable_loc and loc else None,
        country_code=loc.country_code if usable_loc and loc else None,
        admin1=loc.admin1 if usable_loc and loc else None,
        geonameid=loc.geonameid if usable_loc and loc else None,
        source_ids=tuple(a.actor_id for a in event.source if a.actor_id),
        target_ids=tuple(a.actor_id for a in event.target if a.actor_id),
        fatalities_min=fat.min if fat else None, fatalities_max=fat.max if fat else None,
        text=event.evidence.text, report_date=doc.meta.date,
        sentence_places=tuple(
            p.geonameid for p in doc.places
            if p.geonameid is not None and p.role in (None, "literal")
            and p.precision not in (None, "country")
            and event.evidence.start <= p.start and p.end <= event.evidence.end))


haversine = distance_km

def compatible_types(plover_type: str) -> list[str]:
    """``plover_type`` and the types it may match, sorted."""
    out = {plover_type}
    for pair in COMPATIBLE_TYPES:
        if plover_type in pair:
            out |= pair
    return sorted(out)


def types_compatible(a: str, b: str) -> bool:
    return a == b or frozenset({a, b}) in COMPATIBLE_TYPES


def place_score(a: EventKey, b: EventKey) -> float | None:
    """None when the places cannot be one site; else how much they agree (0 = unknown)."""
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return None
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return 0.0
    if a.geonameid is not None and a.geonameid == b.geonameid and a.precision != "country":
        return 2.0
    if (a.geonameid is not None and a.geonameid in b.sentence_places) or (
            b.geonameid is not None and b.geonameid in a.sentence_places):
        return 1.5
    coarse = max((a.precision or "country", b.precision or "country"),
                 key=lambda p: PRECISION_RANK.get(p, 4))
    if coarse not in MAX_KM:  # country level: same or unknown country says little
        return 0.3
    if coarse == "region":
        if a.admin1 and b.admin1:
            return 0.8 if _fold(a.admin1) == _fold(b.admin1) else None
    km = haversine(a.lat, a.lon, b.lat, b.lon)
    if km > MAX_KM[coarse]:
        return None
    return {"point": 2.0, "town": 1.5, "district": 1.2, "region": 0.8}[coarse]


def _fold(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.casefold())


def date_score(a: EventKey, b: EventKey) -> float | None:
    """None when the date windows do not overlap; else how precisely they agree."""
    wa, wb = a.window, b.window
    if wa is None or wb is None:
        return None
    if wa[0] > wb[1] or wb[0] > wa[1]:
        return None
    if "publication" in (a.date_precision, b.date_precision):
        return 0.2
    if a.date_precision == b.date_precision == "day" and a.date_start == b.date_start:
        return 1.0
    return 0.6


def actor_score(a: EventKey, b: EventKey) -> float | None:
    """None when both name different specific perpetrators; else the shared-actor evidence."""
    sa = {x for x in a.source_ids if _specific(x)}
    sb = {x for x in b.source_ids if _specific(x)}
    if sa and sb and not ({_root(x) for x in sa} & {_root(x) for x in sb}):
        return None
    ids_a, ids_b = a.actor_ids, b.actor_ids
    shared = ids_a & ids_b
    if any(_specific(x) for x in shared):
        return 1.0
    roots_a = {_root(x) for x in ids_a if _specific(x)}
    roots_b = {_root(x) for x in ids_b if _specific(x)}
    if roots_a & roots_b:
        return 0.7
    if shared:
        return 0.3
    return 0.0


def fatalities_score(a: EventKey, b: EventKey) -> float:
    """Agreeing death tolls support a match; wildly different ones count against it."""
    if a.fatalities_max is None or b.fatalities_max is None:
        return 0.0
    lo_a, hi_a = a.fatalities_min or 0, a.fatalities_max
    lo_b, hi_b = b.fatalities_min or 0, b.fatalities_max
    if lo_a <= hi_b and lo_b <= hi_a:
        return 0.5
    small, big = min(hi_a, hi_b), max(lo_a, lo_b)
    if big > 3 * max(small, 1) and big - small > 5:
        return -1.5
    return 0.2 if big <= 1.5 * max(small, 1) else 0.0


def same_text(a: EventKey, b: EventKey) -> bool:
    """The same evidence sentence, word for word (syndicated copy, a republished story)."""
    return bool(a.text) and folded_text(a.text) == folded_text(b.text)


def folded_text(text: str) -> str:
    return " ".join(text.casefold().split())


def text_score(a: EventKey, b: EventKey) -> float:
    """Word overlap of the two evidence sentences, from -0.5 (unrelated) to +1 (same words);
    +2 for the very same sentence."""
    if not a.text or not b.text:
        return 0.0
    if same_text(a, b):
        return 2.0
    from rapidfuzz import fuzz

    ratio = fuzz.token_set_ratio(a.text.casefold(), b.text.casefold())
    return max(-0.5, min(1.0, (ratio - 50.0) / 40.0))


def vague_duplicates(a: EventKey, b: EventKey) -> bool:
    """Two reports too vaguely dated to compare ("since April") that say the same thing in the
    same words about the same dates: one claim, republished."""
    return (a.window is None and b.window is None and a.date_start == b.date_start
            and a.date_end == b.date_end and same_text(a, b))


def match_score(a: EventKey, b: EventKey) -> float | None:
    """How strongly two reports describe one incident; None when they cannot."""
    if not types_compatible(a.plover_type, b.plover_type):
        return None
    if (a.factuality in _HAPPENED) != (b.factuality in _HAPPENED):
        return None
    if a.factuality not in _HAPPENED and a.factuality != b.factuality:
        return None
    parts = []
    for part in (date_score, place_score, actor_score):
        s = part(a, b)
        if s is None and part is date_score and vague_duplicates(a, b):
            s = 0.0
        if s is None:
            return None
        parts.append(s)
    score = sum(parts) + fatalities_score(a, b) + text_score(a, b)
    if a.plover_type != b.plover_type:
        score -= 0.5
    return score


__all__ = ["EventKey", "key_from_event", "match_score", "MATCH_THRESHOLD", "haversine",
           "types_compatible", "compatible_types", "place_score", "date_score", "actor_score", "COMPATIBLE_TYPES"]
