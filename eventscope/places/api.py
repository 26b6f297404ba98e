"""Helpers other stages use: geocode a bare name, find where a clause puts its event.

>>> geocode("Deir ez-Zor").country_code                              # doctest: +SKIP
'SY'
>>> location_for(doc, 0, 40).text  # "Iran sent troops to Abu Kamal"   # doctest: +SKIP
'Abu Kamal'
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..doc import Doc, Place
from .gazetteer import Gazetteer, open_gazetteer
from .resolve import prior

# Prepositions that put an event somewhere, best first. "from"/"via" name an origin or a
# route, so they count only when nothing better is there.
_PREPS: dict[str, int] = {
    "in": 0, "inside": 0, "at": 0, "near": 1, "outside": 1, "around": 1, "on": 2,
    "into": 2, "to": 3, "towards": 3, "toward": 3, "across": 3, "over": 3, "from": 5,
    "via": 6, "through": 6,
}
_BEFORE = re.compile(
    r"\b(" + "|".join(sorted(_PREPS, key=len, reverse=True)) +
    r")\s+(?:the\s+)?(?:(?:town|city|village|province|governorate|region|area|district|"
    r"desert|countryside|outskirts|suburbs?|border|capital)\s+(?:of\s+)?(?:the\s+)?)?"
    r"(?:[A-Z][\w'\u2019-]*\s+){0,2}$", re.IGNORECASE)
_PRECISION_RANK = {"point": 0, "town": 1, "district": 2, "region": 3, "country": 4}


def geocode(name: str, *, country: str | None = None,
            gazetteer: Gazetteer | None = None) -> Place | None:
    """The most likely place for a bare name, or None when the gazetteer has nothing.

    ``country`` (ISO 3166 alpha-2) restricts the choice. Used by ``--near "Deir ez-Zor"``.

    >>> geocode("Homs", country="SY").lat                            # doctest: +SKIP
    34.72405
    """
    gaz = gazetteer or open_gazetteer()
    cands = [c for c in gaz.candidates(name.strip(), country=country) if c.kind != 2]
    if not cands:
        return None
    best = max(cands, key=prior)
    text = name
    return Place(start=0, end=len(text), text=text, name=best.name, geonameid=best.geonameid,
                 lat=best.lat, lon=best.lon, country_code=best.country_code,
                 admin1=best.admin1, feature=best.feature, precision=best.precision,
                 score=1.0, role="literal")


def _rank(doc: Doc, p: Place, lo: int) -> tuple[int, int, int] | None:
    """(preposition rank, precision rank, distance back) of a place, None if not locative."""
    window = doc.text[max(lo, p.start - 60):p.start]
    m = _BEFORE.search(window)
    if m is None:
        return None
    return (_PREPS[m.group(1).lower()], _PRECISION_RANK.get(p.precision or "", 5),
            len(window) - m.start())


def location_for(doc: Doc, start: int, end: int,
                 exclude: Sequence[tuple[int, int]] = ()) -> Place | None:
    """The place that the clause ``doc.text[start:end]`` attaches its event to, or None.

    Looks for a resolved, literal place that is the object of a locative preposition
    ("in/near/at/to X", "in the town of X") inside the clause, then inside the rest of its
    sentence; prefers "in/at" over "near" over "to" over "from/via", then the finer place.
    Places inside the ``exclude`` ranges (another event's clause: "... and then returned to
    Iraq") are never chosen. Returns None when there is none: the events stage decides any
    document-level fallback.
    """
    usable = [p for p in doc.places
              if p.lat is not None and (p.role or "literal") == "literal"
              and not any(a <= p.start < b for a, b in exclude)]
    ranges = [(start, end)]
    sent = doc.sentence_at(start)
    if sent is not None:
        ranges.append((sent.start, sent.end))
    for lo, hi in ranges:
        ranked = []
        for p in usable:
            if lo <= p.start and p.end <= hi:
                r = _rank(doc, p, lo)
                if r is not None:
                    ranked.append((r, p))
        if ranked:
            return min(ranked, key=lambda t: t[0])[1]
    return None


__all__ = ["geocode", "location_for"]
