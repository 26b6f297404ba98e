"""What two event reports must share to be one real-world incident, and how strongly they do.

An :class:`EventKey` is the part of an event that matters for matching (type, factuality, date
window, place, actor ids, fatalities, evidence text, outlet). :func:`match_score` returns None
when two keys cannot be the same incident (incompatible type, factuality, dates or places;
different named perpetrators) and otherwise a score: the sum of the evidence that they are
(dates, place, actors, death tolls, wording, and for attacks what was hit: see ``targets``).

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
from .targets import target_score

#: Score at or above which an event joins an incident.
MATCH_THRESHOLD = 2.0

#: Types that one outlet may code differently for the same incident (a raid that detains
#: people: ASSAULT or COERCE). Matching across them costs a little.
COMPATIBLE_TYPES: frozenset[frozenset[str]] = frozenset({
    frozenset({"ASSAULT", "COERCE"}),
    frozenset({"PROTEST", "REJECT"}),
})

#: Types whose parties are interchangeable between source and target (meetings, deals).
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})

#: Factualities that describe something that happened; the others are never merged with them.
_HAPPENED = frozenset({"asserted", "reported", "hedged"})

#: Coarseness of a location precision; the coarser of two places sets the distance allowed.
PRECISION_RANK: dict[str, int] = {"point": 0, "town": 1, "district": 2, "region": 3,
                                  "country": 4}
#: The greatest distance (km) at which two places of this (coarser) precision may be one site.
MAX_KM: dict[str, float] = {"point": 10.0, "town": 30.0, "district": 60.0, "region": 300.0}

#: Place evidence when both evidence sentences name the same (sub-country) place.
SHARED_SENTENCE_PLACE = 1.0
#: Place evidence when one report is located only at a country and the other elsewhere.
COUNTRY_CONFLICT = -0.5

#: Days either side of a day-precision date (overnight events, time zones, "on Tuesday"
#: written about a raid that began on Monday night).
DAY_TOLERANCE = 2
#: Two reports that both name the day: support by how many days apart they are; further apart,
#: they are different incidents (a strike on the same town three days later is another one).
DAY_GAP_SCORE: dict[int, float] = {0: 1.0, 1: 0.5}
#: What makes a report of the next (or previous) day plausibly the same event: it happened
#: overnight or at the edge of a day, so outlets date it differently.
_OVERNIGHT = re.compile(r"\b(?:overnight|night|midnight|late|early)\b", re.IGNORECASE)
#: Two days apart when the later day is its report's publication day (a statement's date).
STATEMENT_DAY_SCORE = 0.2
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
    def sited(self) -> bool:
        """Located finer than a whole country: only then does another country rule it out."""
        return self.country_code is not None and self.precision not in (None, "country")

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


def headline_day(date_precision: str | None, date_end: Date | None, earlier_same_type: int,
                 later_day: Date | None) -> Date | None:
    """The day of an undated headline event, or None.

    A headline ("US and Britain strike Houthi targets in Yemen") names no day, so its event
    is dated by publication; the story's first later event of the same type that names its
    day ("... struck Houthi targets early on Friday") is the same event. Taken only for the
    document's first event of that type, and only when that day is the publication day or
    the day before (news of the day)."""
    if date_precision != "publication" or earlier_same_type or later_day is None:
        return None
    if date_end is None or not 0 <= (date_end - later_day).days <= 1:
        return None
    return later_day


def _later_day(event: Event, doc: Doc) -> tuple[int, Date | None]:
    """Events of ``event``'s type before it, and the day of the first later one naming one."""
    same = [e for e in doc.events if e.plover_type == event.plover_type]
    i = next((k for k, e in enumerate(same) if e is event), 0)
    later = next((_date(e.date.start) for e in same[i + 1:]
                  if e.date is not None and e.date.precision == "day"), None)
    return i, later


def key_from_event(event: Event, doc: Doc) -> EventKey:
    """The matching features of ``event`` as extracted from ``doc``."""
    loc, date, fat = event.location, event.date, event.fatalities
    usable_loc = loc is not None and loc.role in (None, "literal", "demonym")
    start, end = (_date(date.start), _date(date.end)) if date else (None, None)
    precision = date.precision if date else None
    lead = headline_day(precision, end, *_later_day(event, doc)) if precision else None
    if lead is not None:
        start, end, precision = lead, lead, "day"
    return EventKey(
        event_id=event.event_id, doc=doc.id, outlet=doc.meta.source or doc.meta.url or doc.id,
        plover_type=event.plover_type, factuality=event.factuality,
        date_start=start, date_end=end, date_precision=precision,
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
        if not a.sited or not b.sited:
            # a bare country is often a party's nationality ("Russian forces", "Russia and
            # Ukraine sign"), not the site: it weighs against, it does not rule out
            return COUNTRY_CONFLICT
        return None
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return 0.0
    if a.geonameid is not None and a.geonameid == b.geonameid and a.precision != "country":
        return 2.0
    if (a.geonameid is not None and a.geonameid in b.sentence_places) or (
            b.geonameid is not None and b.geonameid in a.sentence_places):
        return 1.5
    if set(a.sentence_places) & set(b.sentence_places):
        return SHARED_SENTENCE_PLACE  # both sentences name one town, located more coarsely
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
    if a.date_precision == b.date_precision == "day" and a.date_start and b.date_start:
        # both reports name the day: the same day, or the next one for an overnight event
        gap = abs((a.date_start - b.date_start).days)
        later = a if a.date_start > b.date_start else b
        if gap == 2 and later.report_date and str(later.date_start) == later.report_date[:10]:
            # "..., officials said on Thursday": the day found may be the statement's, on the
            # day of publication, after an event a day or two earlier
            return STATEMENT_DAY_SCORE
        if gap == 1 and not (_OVERNIGHT.search(a.text) or _OVERNIGHT.search(b.text)):
            # two reports that name consecutive days are two events (a rally on Sunday, another
            # on Monday), unless one says it happened at night or early or late in the day
            return None
        return DAY_GAP_SCORE.get(gap)
    return 0.6


def actor_score(a: EventKey, b: EventKey) -> float | None:
    """None when both name different specific perpetrators; else the shared-actor evidence.

    For meetings and deals either party may be written as the subject ("Xi received Lavrov",
    "Lavrov met Xi"), so there the perpetrators are all the parties, whatever their role."""
    symmetric = a.plover_type in SYMMETRIC_TYPES and b.plover_type in SYMMETRIC_TYPES
    sa = {x for x in (a.actor_ids if symmetric else a.source_ids) if _specific(x)}
    sb = {x for x in (b.actor_ids if symmetric else b.source_ids) if _specific(x)}
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
    """Agreeing death tolls support a match; wildly different ones count against it, unless
    the higher toll was published later (tolls rise: "the death toll rose to 59")."""
    if a.fatalities_max is None or b.fatalities_max is None:
        return 0.0
    lo_a, hi_a = a.fatalities_min or 0, a.fatalities_max
    lo_b, hi_b = b.fatalities_min or 0, b.fatalities_max
    if lo_a <= hi_b and lo_b <= hi_a:
        return 0.5
    small, big = min(hi_a, hi_b), max(lo_a, lo_b)
    if big > 3 * max(small, 1) and big - small > 5:
        higher, lower = (a, b) if lo_a > hi_b else (b, a)
        if higher.report_date and lower.report_date and higher.report_date > lower.report_date:
            return 0.0  # tolls rise as the dead are counted: a later, higher toll is normal
        return -1.5
    return 0.2 if big <= 1.5 * max(small, 1) else 0.0


def same_text(a: EventKey, b: EventKey) -> bool:
    """The same evidence sentence, word for word (syndicated copy, a republished story)."""
    return bool(a.text) and folded_text(a.text) == folded_text(b.text)


def folded_text(text: str) -> str:
    return " ".join(text.casefold().split())


def text_score(a: EventKey, b: EventKey) -> float:
    """Word overlap of the two evidence sentences, from 0 to +1 (same words); +2 for the very
    same sentence. Low overlap is no evidence against: outlets paraphrase, and a headline
    shares few words with a body sentence about the same event."""
    if not a.text or not b.text:
        return 0.0
    if same_text(a, b):
        return 2.0
    from rapidfuzz import fuzz

    ratio = fuzz.token_set_ratio(a.text.casefold(), b.text.casefold())
    return max(0.0, min(1.0, (ratio - 50.0) / 40.0))


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
    score = (sum(parts) + fatalities_score(a, b) + text_score(a, b)
             + target_score(a.plover_type, a.text, b.plover_type, b.text))
    if a.plover_type != b.plover_type:
        score -= 0.5
    return score


__all__ = ["EventKey", "key_from_event", "match_score", "MATCH_THRESHOLD", "haversine",
           "types_compatible", "compatible_types", "place_score", "date_score", "actor_score",
           "fatalities_score", "text_score", "headline_day", "COMPATIBLE_TYPES",
           "SYMMETRIC_TYPES"]
