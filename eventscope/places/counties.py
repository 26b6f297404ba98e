"""County names written without "County": lists ("Becker, Clay and Douglas counties") and
bare names ("unincorporated DeKalb").

Each name in a list that ends with a plural region word is a second-level region ("Douglas
County"), not the town of the same name: its candidates are replaced by the gazetteer's
entries for "<name> County" (or "<name> Parish"), and names that the recogniser missed in the
list are added. The list as a whole then votes for the state that has all of them.

Any other town name that is also a county's ("DeKalb", "Hall", "Charles City") gets those
counties as extra candidates, marked as another name of theirs (``kind=1``): the resolver
prefers them only when the text supports them (towns of that county, a county qualifier).

>>> LIST_HEAD.search("in Eastland and Callahan counties, said").group(0)
'Eastland and Callahan counties'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .gazetteer import Candidate, Gazetteer
from .recognize import Mention

# plural region word -> the singular that the gazetteer's names end with
PLURALS: dict[str, str] = {"counties": "County", "parishes": "Parish"}
_NAME = r"[A-Z][\w'\u2019.-]*(?:[ \t][A-Z][\w'\u2019.-]*){0,2}"
_LINK = r"(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)"
# the whole list, its last name right before the plural word
LIST_HEAD = re.compile(rf"{_NAME}(?:{_LINK}{_NAME})+[ \t]+(?:counties|parishes)\b")
_ITEM = re.compile(_NAME)


def _region_candidates(gaz: Gazetteer, name: str, singular: str) -> list[Candidate]:
    return [c for c in gaz.candidates(f"{name} {singular}", loose=False)
            if c.feature == "admin2" and c.cased]


def county_lists(text: str, mentions: Sequence[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with the names of region lists read as regions (a new list, in text
    order; the mentions passed in are updated in place)."""
    out = list(mentions)
    for hit in LIST_HEAD.finditer(text):
        plural = hit.group(0).rsplit(None, 1)[-1]
        singular = PLURALS[plural.lower()]
        body_end = hit.end() - len(plural)
        for item in _ITEM.finditer(text, hit.start(), body_end):
            start, end = item.start(), item.end()
            name = text[start:end]
            cands = _region_candidates(gaz, name, singular)
            if not cands:
                continue
            same = [m for m in out if m.start == start and m.end == end]
            if same:
                for m in same:
                    m.candidates = cands
                    m.role = "literal"
            elif not any(m.start < end and start < m.end for m in out):
                out.append(Mention(start, end, name, cands, "county-list"))
    out.sort(key=lambda m: m.start)
    return out


# A town this large is what its name means, not the county named after it ("Los Angeles").
BIG_TOWN = 100_000
_NOT_BARE = frozenset({"admin2", "admin1", "country", "continent"})


def bare_counties(mentions: Sequence[Mention], gaz: Gazetteer) -> None:
    """Add the counties a bare town name may stand for to its candidates (in place)."""
    for m in mentions:
        if m.role != "literal" or not m.candidates or m.text[:1].islower():
            continue
        if m.text.rsplit(None, 1)[-1].lower() in {"county", "parish"}:
            continue
        if any(c.feature in _NOT_BARE or c.source == "supplement" or c.population >= BIG_TOWN
               for c in m.candidates):
            continue
        known = {c.id for c in m.candidates}
        extra = [replace(c, kind=1) for singular in PLURALS.values()
                 for c in _region_candidates(gaz, m.text, singular) if c.id not in known]
        if extra:
            m.candidates = m.candidates + extra


__all__ = ["BIG_TOWN", "LIST_HEAD", "PLURALS", "bare_counties", "county_lists"]
