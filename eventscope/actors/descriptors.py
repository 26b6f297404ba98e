"""Descriptor phrases: 'Syrian soldiers' -> Syria's military, 'the army of Damascus' -> the
same, 'Iranian-backed militias' -> militias with patron Iran, 'Kurdish fighters', 'civilians'.

The head nouns come from the registry's descriptive entries (data/actors/generic.yaml);
the modifier says whose they are: a demonym, a country name or a capital.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .found import Found
from .lexicon import SECTOR_ORGAN
from .registry import ActorRegistry, normalise
from .schema import ActorEntry

#: words after a hyphen that make the country a patron: "Iranian-backed"
PATRON_WORDS = frozenset({"backed", "sponsored", "funded", "supported", "aligned", "allied",
                          "affiliated", "armed", "trained", "controlled", "led"})
#: adjectives that say which community a group belongs to, not which state
COMMUNITY = frozenset({
    "shiite", "shia", "shi'ite", "sunni", "kurdish", "alawite", "druze", "christian",
    "islamist", "arab", "tribal", "jihadist", "muslim", "baloch", "pashtun", "tuareg",
    "fulani", "hausa", "amhara", "oromo", "tigrayan", "rohingya", "yazidi", "turkmen",
    "houthi", "palestinian", "hindu", "jewish", "ethnic", "pro-government", "opposition",
    "anti-government", "government", "regime", "rebel", "separatist", "loyalist",
})
#: adjectives that may stand between the modifier and the noun without changing whose it is
SKIPPABLE = frozenset({
    "senior", "local", "top", "heavily", "armed", "foreign", "allied", "loyal", "rival",
    "former", "elite", "special", "regular", "unidentified", "suspected", "unknown", "several",
    "many", "some", "two", "three", "dozens", "hundreds", "thousands", "high-ranking", "new",
    "other", "retired", "fellow", "young", "masked", "federal", "national", "central",
})

_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """A stable lowercase id fragment: 'Kurdish fighters' -> 'kurdish-fighters'."""
    return _SLUG.sub("-", normalise(text)).strip("-")


@dataclass(slots=True)
class _Mod:
    ts: int
    te: int
    alpha3: str | None = None
    patron: str | None = None
    community: str | None = None
    found: Found | None = None


class Descriptors:
    """Finds descriptor phrases not already covered by registry names."""

    def __init__(self, registry: ActorRegistry) -> None:
        self.registry = registry
        self.nouns: dict[tuple[str, ...], ActorEntry] = {}
        for e in registry:
            if e.descriptive:
                for n in e.names:
                    words = normalise(n).replace("-", " - ").replace("/", " / ").split()
                    self.nouns.setdefault(tuple(words), e)
        self.max_len = max((len(k) for k in self.nouns), default=1)
        self.first_words = {k[0] for k in self.nouns}

    def noun_at(self, sp: Any, i: int, taken: list[bool]) -> tuple[int, ActorEntry] | None:
        """The longest descriptor noun phrase starting at token ``i``."""
        if sp[i].lower_ not in self.first_words:
            return None
        for length in range(min(self.max_len, len(sp) - i), 0, -1):
            if any(taken[i:i + length]):
                continue
            words = tuple(t.lower_ for t in sp[i:i + length])
            entry = self.nouns.get(words)
            if entry is None:
                continue
            head = sp[i + length - 1]
            if head.pos_ not in ("NOUN", "PROPN", "ADJ") or head.text.isupper() and len(head) > 3:
                continue
            # a noun modifying another noun ("police station", "army base") is not an actor
            if head.dep_ in ("compound", "amod") and head.head.i > head.i and \
                    head.head.pos_ in ("NOUN", "PROPN") and \
                    tuple([head.head.lower_]) not in self.nouns:
                continue
            return i + length, entry
        return None

    def country_of(self, sp: Any, i: int, j: int) -> str | None:
        """ISO3 when tokens i:j are a demonym or capital ('Syrian', 'Damascus')."""
        text = normalise(sp[i:j].text)
        if sp[i].lower_ == "the" or not sp[i].text[:1].isupper():
            return None
        return self.registry.demonyms.get(text) or self.registry.capitals.get(text)

    def _left_mods(self, sp: Any, i: int, found_at: dict[int, Found]) -> list[_Mod]:
        mods: list[_Mod] = []
        k = i - 1
        skipped = 0
        while k >= 0:
            t = sp[k]
            low = t.lower_
            f = found_at.get(k)
            # "Iranian-backed", "Iran-backed", "pro-Iranian"
            if low in PATRON_WORDS and k >= 2 and sp[k - 1].text == "-":
                g = found_at.get(k - 2)
                a3 = g.actor_id if g is not None and g.kind == "state" else self.country_of(sp, k - 2, k - 1)
                if a3:
                    mods.append(_Mod(g.ts if g else k - 2, k + 1, patron=a3, found=g))
                    k = (g.ts if g else k - 2) - 1
                    continue
                break
            if k >= 2 and sp[k - 1].text == "-" and sp[k - 2].lower_ == "pro":
                a3 = f.actor_id if f is not None and f.kind == "state" else self.country_of(sp, k, k + 1)
                if a3:
                    mods.append(_Mod(k - 2, k + 1, patron=a3, found=f))
                    k -= 3
                    continue
            if t.text in ("'s", "\u2019s") and not mods and k >= 1:
                g = found_at.get(k - 1)
                a3 = g.actor_id if g is not None and g.kind == "state" else None
                if a3:
                    mods.append(_Mod(g.ts, g.te, alpha3=a3, found=g))  # type: ignore[union-attr]
                    k = g.ts - 1  # type: ignore[union-attr]
                    continue
                break
            if f is not None:
                if f.kind == "state":
                    mods.append(_Mod(f.ts, f.te, alpha3=f.actor_id, found=f))
                    k = f.ts - 1
                    continue
                break
            a3 = None
            for length in (2, 1):
                s = k - length + 1
                if s >= 0 and (a3 := self.country_of(sp, s, k + 1)):
                    mods.append(_Mod(s, k + 1, alpha3=a3))
                    k = s - 1
                    break
            if a3:
                continue
            if low in COMMUNITY or normalise(t.text) in COMMUNITY or \
                    (t.ent_type_ in ("NORP", "GPE") and t.text[:1].isupper()):
                mods.append(_Mod(k, k + 1, community=t.text))
                k -= 1
                continue
            if low in ("and", ",", "&") and mods:
                k -= 1
                continue
            if (low in SKIPPABLE or t.like_num) and skipped < 3:
                skipped += 1
                k -= 1
                continue
            break
        return mods

    def _right_mod(self, sp: Any, j: int, found_at: dict[int, Found]) -> _Mod | None:
        """'army of Damascus', 'government of Iran'."""
        if j + 1 < len(sp) and sp[j].lower_ in ("of", "in"):
            k = j + 1 + (sp[j + 1].lower_ == "the")
            f = found_at.get(k)
            if f is not None and f.kind == "state":
                return _Mod(f.ts, f.te, alpha3=f.actor_id, found=f)
            for length in (2, 1):
                if k + length <= len(sp) and (a3 := self.country_of(sp, k, k + length)):
                    return _Mod(k, k + length, alpha3=a3)
        return None

    def organ(self, a3: str, generic: ActorEntry) -> tuple[str, str, str, str | None]:
        """(id, name, kind, code) of a country's actor of the generic entry's sector."""
        sector = generic.sector or "GOV"
        suffix, kind = SECTOR_ORGAN.get(sector, (sector, generic.kind))
        entry = self.registry.organ(a3, suffix)
        if entry is not None:
            return entry.id, entry.name, entry.kind, entry.code
        row = self.registry.countries.get(a3)
        demonym = row.demonyms[0] if row and row.demonyms else a3
        return f"{a3}.{suffix}", f"{demonym} {generic.name.lower()}", kind, f"{a3}{sector}"

    def find(self, sp: Any, found: list[Found], taken: list[bool]) -> tuple[list[Found], list[Found]]:
        """New descriptor mentions with a modifier, and bare ones (left for coreference)."""
        found_at = {i: f for f in found for i in range(f.ts, f.te)}
        new: list[Found] = []
        bare: list[Found] = []
        absorbed: set[int] = set()
        i = 0
        while i < len(sp):
            hit = self.noun_at(sp, i, taken)
            if hit is None:
                i += 1
                continue
            j, generic = hit
            mods = self._left_mods(sp, i, found_at)
            right = self._right_mod(sp, j, found_at)
            if right is not None and not any(m.alpha3 for m in mods):
                mods.append(right)
            made = self._build(sp, i, j, generic, mods, right, absorbed)
            if made:
                new += made
                for f in made:
                    for k in range(f.ts, f.te):
                        taken[k] = True
            else:
                bare.append(Found.of(generic, i, j, "descriptor"))
            i = j
        kept = [f for f in found if id(f) not in absorbed]
        found[:] = kept
        return new, bare

    def _build(self, sp: Any, i: int, j: int, generic: ActorEntry, mods: list[_Mod],
               right: _Mod | None, absorbed: set[int]) -> list[Found]:
        countries = [m for m in mods if m.alpha3]
        patrons = [m for m in mods if m.patron]
        community = [m for m in mods if m.community]
        out: list[Found] = []
        if len(countries) > 1:
            for m in countries:
                assert m.alpha3 is not None
                out.append(self._organ_found(m.alpha3, generic, m.ts, m.te))
                if m.found is not None:
                    absorbed.add(id(m.found))
            return out
        if countries:
            m = countries[0]
            assert m.alpha3 is not None
            ts, te = (i, m.te) if m is right else (min(x.ts for x in mods if x is not right), j)
            if m is right:
                ts = min([i, *[x.ts for x in mods if x is not right]])
            if m.found is not None:
                absorbed.add(id(m.found))
            return [self._organ_found(m.alpha3, generic, ts, te)]
        if patrons:
            p = patrons[0]
            assert p.patron is not None
            if p.found is not None:
                absorbed.add(id(p.found))
            row = self.registry.countries.get(p.patron)
            pname = row.name if row else p.patron
            f = Found.of(generic, min(x.ts for x in mods), j, "descriptor")
            f.actor_id = f"x:{p.patron.lower()}-backed-{generic.id}"
            f.name = f"{pname}-backed {generic.name.lower()}"
            f.descriptive = False
            return [f]
        if community:
            c = community[-1]
            f = Found.of(generic, min(x.ts for x in community), j, "descriptor")
            phrase = sp[f.ts:j].text
            f.actor_id = "x:" + slug(phrase)
            f.name = phrase[0].upper() + phrase[1:]
            f.descriptive = False
            del c
            return [f]
        return []

    def lone_demonyms(self, sp: Any, taken: list[bool]) -> list[Found]:
        """A demonym left over ('Israeli changes', 'the Palestinians') names the state."""
        out: list[Found] = []
        i = 0
        while i < len(sp):
            hit = None
            for length in (2, 1):
                j = i + length
                if j > len(sp) or any(taken[i:j]) or not sp[i].text[:1].isupper():
                    continue
                text = normalise(sp[i:j].text)
                a3 = self.registry.demonyms.get(text)
                if a3 is None and text.endswith("s") and sp[j - 1].pos_ in ("PROPN", "NOUN"):
                    a3 = self.registry.demonyms.get(text[:-1])
                if a3 is not None and (sp[j - 1].pos_ in ("ADJ", "PROPN", "NOUN")):
                    hit = (j, a3)
                    break
            entry = self.registry.get(hit[1]) if hit else None
            if hit and entry is not None:
                out.append(Found.of(entry, i, hit[0], "descriptor"))
                for k in range(i, hit[0]):
                    taken[k] = True
                i = hit[0]
            else:
                i += 1
        return out

    def _organ_found(self, a3: str, generic: ActorEntry, ts: int, te: int) -> Found:
        actor_id, name, kind, code = self.organ(a3, generic)
        row = self.registry.countries.get(a3)
        f = Found.of(generic, ts, te, "descriptor")
        f.actor_id, f.name, f.kind, f.code = actor_id, name, kind, code
        f.country = row.alpha2 if row else None
        f.parent = a3 if a3 in self.registry else None
        f.descriptive = False
        return f


__all__ = ["Descriptors", "slug"]
