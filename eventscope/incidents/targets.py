"""What was hit: the kind of site or object an evidence sentence names (a market, a hospital).

Two strikes by one army on one day in one country are often different incidents, and what
tells them apart in the text is what was hit: "a missile hit an apartment block" and "a
missile hit an energy facility" are two events, "a market" and "a covered market full of
shoppers" one. :func:`target_kinds` maps the words of a sentence to coarse kinds, written
so that different outlets' words for one site fall in one kind.

>>> sorted(target_kinds("Russian bombs hit a crowded market in Kherson"))
['market']
>>> sorted(target_kinds("A missile struck a nine-storey apartment block"))
['housing']
"""

from __future__ import annotations

import re
from functools import lru_cache

#: kind -> words (singular, lower case) that name a site of that kind
TARGET_WORDS: dict[str, frozenset[str]] = {
    "market": frozenset({"market", "bazaar", "marketplace", "shopper", "supermarket",
                         "hypermarket", "mall", "store", "superstore", "shop"}),
    "housing": frozenset({"apartment", "residential", "house", "housing", "neighbourhood",
                          "neighborhood"}),
    "health": frozenset({"hospital", "clinic", "maternity", "ambulance"}),
    "school": frozenset({"school", "university", "kindergarten", "student", "pupil",
                         "classroom"}),
    "worship": frozenset({"mosque", "church", "cathedral", "synagogue", "temple", "shrine",
                          "worshipper", "prayer", "monastery"}),
    "hotel": frozenset({"hotel", "guesthouse"}),
    "airport": frozenset({"airport", "airfield", "runway", "airbase", "flight"}),
    # not "port": "the port city of Odesa" describes a town, not what was hit
    "port": frozenset({"harbour", "harbor", "dock", "terminal", "grain"}),
    "military": frozenset({"base", "barracks", "garrison", "outpost", "camp", "checkpoint",
                           "position", "convoy"}),
    "energy": frozenset({"energy", "power", "substation", "electricity", "grid", "dam"}),
    "fuel": frozenset({"oil", "fuel", "refinery", "depot", "petroleum", "pipeline"}),
    "boat": frozenset({"boat", "ship", "vessel", "ferry", "tanker"}),
    "venue": frozenset({"theatre", "theater", "stadium", "concert", "wedding", "ceremony",
                        "funeral", "restaurant", "cafe"}),
    # not "ministry" or "office": they are mostly who spoke ("the health ministry said")
    "government": frozenset({"parliament", "court", "embassy", "consulate", "palace"}),
    "factory": frozenset({"factory", "plant", "warehouse", "industrial", "printing"}),
    "vehicle": frozenset({"car", "vehicle", "bus", "train", "truck", "lorry", "minibus"}),
}

#: Types whose reports name what was hit.
TARGETED_TYPES = frozenset({"ASSAULT"})
#: Evidence when both name what was hit: the same kind of site, or only different kinds.
SAME_TARGET, OTHER_TARGET = 0.5, -1.0

_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _kind_of() -> dict[str, str]:
    return {w: kind for kind, words in TARGET_WORDS.items() for w in words}


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def target_kinds(text: str) -> frozenset[str]:
    """The kinds of site that ``text`` names (empty when it names none)."""
    kind_of = _kind_of()
    found = set()
    for word in _WORD.findall(text.casefold()):
        kind = kind_of.get(word) or kind_of.get(_singular(word))
        if kind:
            found.add(kind)
    return frozenset(found)


def target_score(type_a: str, text_a: str, type_b: str, text_b: str) -> float:
    """Support from what two attack reports say was hit: +0.5 when they name a site of one
    kind, -1 when both name sites and no kind is shared (a market and a power station)."""
    if type_a not in TARGETED_TYPES or type_b not in TARGETED_TYPES:
        return 0.0
    ka, kb = target_kinds(text_a), target_kinds(text_b)
    if not ka or not kb:
        return 0.0
    return SAME_TARGET if ka & kb else OTHER_TARGET


__all__ = ["TARGETED_TYPES", "TARGET_WORDS", "target_kinds", "target_score"]
