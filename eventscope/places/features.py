"""Phrases that grow a mention into the feature it names: "the Qaim crossing" (our entry for
the crossing, not the town), "Niger River" (the river, not the country), "Lake Chad".

Called by :func:`eventscope.places.recognize.find_mentions` on each mention it keeps.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gazetteer import Gazetteer

if TYPE_CHECKING:
    from .recognize import Mention

AREA_FEATURES = frozenset({"country", "admin1", "continent"})


_KIND_WORD = re.compile(r"[ \t]+(border crossing|crossing|air ?base|airport|base|river|"
                        r"desert|oil ?field|gas field|mountains?|valley)\b", re.IGNORECASE)


def extend_with_kind_word(gaz: Gazetteer, text: str, m: Mention) -> None:
    """"the Qaim crossing": prefer our entry for the crossing over the town it is named after."""
    hit = _KIND_WORD.match(text, m.end)
    if hit is None:
        return
    cands = [c for c in gaz.candidates(text[m.start:hit.end()], loose=False) if c.cased]
    if cands:
        m.end = hit.end()
        m.text = text[m.start:m.end]
        m.candidates = cands


# Natural features named after a place: "Niger River", "Red Sea", "Jordan Valley" (words after
# the name) and "Lake Chad", "Gulf of Aden", "Sea of Azov" (words before it).
_FEATURE_AFTER = re.compile(r"[ \t]+(River|Sea|Lake|Gulf|Straits?|Mountains|Valley|Canal|Ocean|"
                            r"Delta|Basin|Gorge|Bay)\b")
_FEATURE_BEFORE = re.compile(r"\b(?:Lake|Gulf of(?: the)?|Sea of|Bay of|Straits? of)[ \t]+$")
NATURAL_FEATURES = frozenset({"sea", "river", "lake", "strait", "valley", "mountains", "canal",
                              "ocean", "desert", "peninsula"})
# A bay named after a state lies by it ("Delaware Bay"): only these words make an unknown
# feature phrase lose the country or region inside it.
_NOT_THE_AREA = frozenset({"river", "sea", "lake", "gulf", "strait", "straits", "mountains",
                           "valley", "canal", "ocean", "delta", "basin", "gorge"})


def feature_phrase(gaz: Gazetteer, text: str, m: Mention) -> None:
    """"Niger River" is the river, not Niger; "the Red Sea" the sea, not the Sudanese state.

    The mention grows to the whole feature phrase. Known to the gazetteer (our supplement
    lists the major seas, rivers, straits, valleys and ranges), it takes those entries, natural
    features first. Unknown, it keeps the place inside only when that is a town (a river or
    lake named after a town is next to it); a country, region or demonym inside is dropped
    and the phrase stays an unresolved toponym.
    """
    after = _FEATURE_AFTER.match(text, m.end)
    before = _FEATURE_BEFORE.search(text, max(0, m.start - 16), m.start)
    start = before.start() if before else m.start
    end = after.end() if after else m.end
    if (start, end) != (m.start, m.end):
        cands = [c for c in gaz.candidates(text[start:end], loose=False) if c.cased]
        word = (after.group(1) if after else before.group(0).split()[0]).lower()  # type: ignore[union-attr]
        area = m.role == "demonym" or any(c.feature in AREA_FEATURES for c in m.candidates)
        if not cands and not (area and word in _NOT_THE_AREA):
            return
        m.start, m.end, m.text = start, end, text[start:end]
        m.candidates = cands
        if cands:
            m.role = "literal"
    last = m.text.rsplit(None, 1)[-1].lower()
    first = m.text.split(None, 1)[0].lower()
    if last in _NOT_THE_AREA or first in {"lake", "gulf", "sea", "bay", "strait", "straits"}:
        natural = [c for c in m.candidates if c.feature in NATURAL_FEATURES]
        if natural:
            m.candidates = natural


__all__ = ["AREA_FEATURES", "NATURAL_FEATURES", "extend_with_kind_word", "feature_phrase"]
