"""Fill in what a mention leaves implicit from its neighbours: the country of an unknown
person or group ('President Omar al-Bashir ... in Sudan'), and titles before a new person."""

from __future__ import annotations

from typing import Any

from .found import Found

_COUNTRY_KINDS = frozenset({"state", "government", "military", "police", "intelligence"})
_NEEDS_COUNTRY = frozenset({"person", "armed_group", "militia", "party", "civilians",
                            "government", "military", "police", "other"})


def _alpha3(alpha2: str) -> str:
    import pycountry

    c = pycountry.countries.get(alpha_2=alpha2)
    return str(c.alpha_3) if c else alpha2


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


def acronyms_in_brackets(sp: Any, found: list[Found]) -> None:
    """'National Security Agency (NSA)': an unknown acronym in brackets is the name before it."""
    by_end = {f.te: f for f in found}
    named: dict[str, Found] = {}
    for f in found:
        if f.via != "ner" or f.ts < 2 or f.te >= len(sp):
            continue
        if sp[f.ts - 1].text == "(" and sp[f.te].text == ")" and f.te - f.ts == 1:
            prev = by_end.get(f.ts - 1)
            if prev is not None and prev.kind != "person":
                f.relink(prev, "ner")
                named.setdefault(sp[f.ts].text, prev)
    for f in found:  # later uses of the same acronym
        prev = named.get(sp[f.ts:f.te].text)
        if prev is not None and f.via == "ner" and f.actor_id.startswith("x:"):
            f.relink(prev, "ner")


def context_countries(sp: Any, found: list[Found],
                      places: list[tuple[int, str]] | None = None) -> None:
    """Give unknown (ner/descriptor) actors without a country the one their sentence names:
    a state actor there, else the places stage's resolved places there (``(char, alpha-2)``)."""
    sent_of: dict[int, int] = {}
    sent_places: dict[int, set[str]] = {}
    for n, s in enumerate(sp.sents):
        for i in range(s.start, s.end):
            sent_of[i] = n
        sent_places[n] = {cc for c, cc in places or [] if s.start_char <= c < s.end_char}
    for f in found:
        if f.country or f.via not in ("ner", "descriptor") or f.kind not in _NEEDS_COUNTRY:
            continue
        here = sent_of.get(f.ts, -1)
        near = [g for g in found if g is not f and g.country and g.kind in _COUNTRY_KINDS
                and sent_of.get(g.ts, -2) == here]
        if len({g.country for g in near}) == 1:
            f.country = near[0].country
        elif not near and len(sent_places.get(here, ())) == 1:
            f.country = next(iter(sent_places[here]))
        if f.country and f.sector:
            f.code = _alpha3(f.country) + f.sector


__all__ = ["merge_titled_persons", "context_countries", "acronyms_in_brackets"]
