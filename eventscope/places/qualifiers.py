"""Explicit qualifiers after a place name: "Homs, Syria", "Alton, Ill.", "Lima, OH".

A qualifier is a mention (or a US postal code) that follows the name after a comma or an
opening parenthesis and names the country or first-level region the place lies in. Postal
codes ("OH", "TX") are read only in that position: standing alone they are too often other
words ("OR", "IN", "ME") to be toponyms.

>>> US_POSTAL["OH"]
'Ohio'
"""

from __future__ import annotations

import re

from ..geodesy import distance_km
from .gazetteer import Candidate

# USPS codes of the states, DC and the territories; GeoNames uses them as US admin1 codes.
US_POSTAL: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
    "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota",
    "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "PR": "Puerto Rico",
}
_POSTAL_AFTER = re.compile(r"[ \t]*,[ \t]*([A-Z]{2})\b(?![.'\w-][A-Za-z]|['\w-])")
QUALIFIED_NEAR_KM = 40.0  # "Washington, D.C.": the qualifier is a town at the same spot


def separated(text: str, end: int, start: int) -> bool:
    """True when only a comma or an opening parenthesis lies between two mentions."""
    return text[end:start].strip() in {",", "("}


_LIST_LINK = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|and[ \t]+|or[ \t]+|&[ \t]*)")


def continues_list(text: str, end: int, start: int | None) -> bool:
    """True when another name follows after a list link (", ", " and ", ", or ").

    "Cleveland, Columbus, Dayton and Cincinnati" is a list, so "Dayton" does not qualify
    "Columbus" the way "D.C." qualifies "Washington".
    """
    if start is None:
        return False
    m = _LIST_LINK.fullmatch(text, end, start)
    return m is not None


def postal_after(text: str, end: int) -> str | None:
    """The US postal code right after a name ("Lima, OH"), or None."""
    m = _POSTAL_AFTER.match(text, end)
    if m is None or m.group(1) not in US_POSTAL:
        return None
    return m.group(1)


def qualifies(c: Candidate, q: Candidate, *, towns: bool = True) -> bool:
    """Whether place ``c`` lies in (or, for a town, at) the qualifier ``q``; ``towns=False``
    accepts only countries and regions as qualifiers (the name is in a list of towns)."""
    if q.feature == "country":
        return c.country_code == q.country_code and c.id != q.id
    if q.feature == "admin1":
        return (c.country_code == q.country_code and c.admin1code == q.admin1code
                and c.id != q.id)
    if towns and q.feature == "city" and c.feature == "city":
        return distance_km(c.lat, c.lon, q.lat, q.lon) <= QUALIFIED_NEAR_KM
    return False


def in_postal(c: Candidate, code: str) -> bool:
    """Whether place ``c`` lies in the US state with this postal code."""
    return c.country_code == "US" and c.admin1code == code and c.feature != "admin1"


__all__ = ["US_POSTAL", "continues_list", "in_postal", "postal_after", "qualifies", "separated"]
