"""Refine registry matches: sub-units ("IRGC aerospace forces"), group nouns ("Daesh
jihadists") and titles before a person ("Iranian General Amir Haji Zada")."""

from __future__ import annotations

from typing import Any

from .found import Found
from .lexicon import GROUP_NOUNS, TITLE_CONNECTORS, TITLES
from .registry import ActorRegistry, normalise


def _unit_table(registry: ActorRegistry, parent_id: str) -> dict[tuple[str, ...], str]:
    table: dict[tuple[str, ...], str] = {}
    for child in registry.children(parent_id):
        for u in child.units:
            table[tuple(u.lower().split())] = child.id
    return table


def _match_unit(sp: Any, start: int, table: dict[tuple[str, ...], str]) -> tuple[int, str] | None:
    for length in (3, 2, 1):
        words = tuple(t.lower_ for t in sp[start:start + length])
        if len(words) == length and words in table:
            return start + length, table[words]
    return None


def sub_units(sp: Any, found: list[Found], registry: ActorRegistry) -> list[Found]:
    """Replace or add mentions of a child unit named relative to its parent."""
    out: list[Found] = []
    n = len(sp)
    for f in found:
        table = _unit_table(registry, f.actor_id) if f.kind != "person" else {}
        if not table:
            out.append(f)
            continue
        # "PARENT unit" or "PARENT (ACR) unit" or "PARENT's unit"
        k = f.te
        paren = False
        if k < n and sp[k].text == ")":
            k, paren = k + 1, True
        if k < n and sp[k].text in ("'s", "\u2019s"):
            k += 1
        hit = _match_unit(sp, k, table)
        if hit is not None:
            end, child_id = hit
            child = registry.get(child_id)
            assert child is not None
            if paren:
                out.append(f)
                out.append(Found.of(child, k, end, "registry"))
            else:
                out.append(Found.of(child, f.ts, end, "registry"))
            continue
        # "unit of (the) PARENT"
        k = f.ts - 1
        if k >= 0 and sp[k].lower_ == "the":
            k -= 1
        if k >= 1 and sp[k].lower_ == "of":
            for length in (3, 2, 1):
                s = k - length
                if s >= 0 and tuple(t.lower_ for t in sp[s:k]) in table:
                    child = registry.get(table[tuple(t.lower_ for t in sp[s:k])])
                    assert child is not None
                    out.append(Found.of(child, s, f.te, "registry"))
                    break
            else:
                out.append(f)
            continue
        out.append(f)
    # drop a plain mention now inside a longer child mention
    out.sort(key=lambda x: (x.ts, -(x.te - x.ts)))
    kept: list[Found] = []
    for f in out:
        if kept and f.ts >= kept[-1].ts and f.te <= kept[-1].te and f is not kept[-1]:
            continue
        kept.append(f)
    return kept


def group_nouns(sp: Any, found: list[Found], taken: list[bool]) -> None:
    """Extend an organisation's mention over a following group noun: 'Hezbollah fighters'."""
    for f in found:
        if f.kind in ("state", "person") or f.te >= len(sp) or taken[f.te]:
            continue
        t = sp[f.te]
        if t.lower_ in GROUP_NOUNS and t.text.islower() and t.pos_ in ("NOUN", "PROPN"):
            taken[f.te] = True
            f.te += 1


def titles(sp: Any, found: list[Found], registry: ActorRegistry, taken: list[bool]) -> None:
    """Pull titles and a demonym before a person into the mention; note the country they give."""
    for f in found:
        if f.kind != "person":
            continue
        k = f.ts - 1
        sector = ""
        start = f.ts  # leftmost token of a complete title chain
        country = None
        while k >= 0 and not taken[k]:
            low = sp[k].lower_
            if low in TITLES and (sp[k].text[:1].isupper() or low in ("former", "senior", "of")):
                sector = sector or TITLES[low]
                if low not in TITLE_CONNECTORS:
                    start = k
                k -= 1
            elif normalise(sp[k].text) in registry.demonyms and sp[k].text[:1].isupper() \
                    and sp[k].lower_ != "the":
                row = registry.countries.get(registry.demonyms[normalise(sp[k].text)])
                country = country or (row.alpha2 if row else None)
                start = k
                k -= 1
            else:
                break
        k = start - 1
        if f.country is None:
            f.country = country
        if k + 1 < f.ts:
            for i in range(k + 1, f.ts):
                taken[i] = True
            f.ts = k + 1
            if f.sector is None and sector:
                f.sector = sector


__all__ = ["sub_units", "group_nouns", "titles"]
