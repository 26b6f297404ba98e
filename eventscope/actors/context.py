"""Fill in what a mention leaves implicit from its neighbours: the country of an unknown
person or group ('President Omar al-Bashir ... in Sudan'), and titles before a new person."""

from __future__ import annotations

from typing import Any

from .found import Found

_COUNTRY_KINDS = frozenset({"state", "government", "military", "police", "intelligence"})
_NEEDS_COUNTRY = frozenset({"person", "armed_group", "militia", "party", "civilians",
                            "government", "military", "police", "other"})


def merge_titled_persons(found: list[Found]) -> list[Found]:
    """'Iraqi President' + 'Saddam Hussein' -> one person mention of Iraq's government."""
    by_end = {f.te: f for f in found if f.via == "descriptor" and f.kind in _COUNTRY_KINDS}
    drop: set[int] = set()
    for f in found:
        if f.kind != "person" or f.via != "ner":
            continue
        organ = by_end.get(f.ts)
        if organ is not None and id(organ) not in drop:
            f.ts = organ.ts
            f.country = f.country or organ.country
            f.sector = f.sector or organ.sector
            f.parent = f.parent or organ.actor_id
            drop.add(id(organ))
    return [f for f in found if id(f) not in drop]


def context_countries(sp: Any, found: list[Found]) -> None:
    """Give unknown (ner/descriptor) actors without a country the one their sentence names."""
    sent_of: dict[int, int] = {}
    for n, s in enumerate(sp.sents):
        for i in range(s.start, s.end):
            sent_of[i] = n
    for f in found:
        if f.country or f.via not in ("ner", "descriptor") or f.kind not in _NEEDS_COUNTRY:
            continue
        here = sent_of.get(f.ts, -1)
        near = [g for g in found if g is not f and g.country and g.kind in _COUNTRY_KINDS
                and sent_of.get(g.ts, -2) == here]
        if len({g.country for g in near}) == 1:
            f.country = near[0].country
            if f.sector and near[0].code:
                f.code = near[0].code[:3] + f.sector


__all__ = ["merge_titled_persons", "context_countries"]
