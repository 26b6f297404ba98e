"""Actors the registry does not know, from spaCy entities (ORG, PERSON, NORP, GPE).

Each gets a stable id ("x:" + normalised name), a kind guessed from its words and titles,
and a country when a demonym or country name inside or just before it says so. Capitals and
other places count only where they act (subject, possessive, agent), not as locations.
"""

from __future__ import annotations

import re
from typing import Any

from .descriptors import slug
from .found import Found
from .lexicon import LOCATIVE_PREPS, NOT_ACTORS, TITLES
from .registry import ActorRegistry, normalise

#: words in an organisation's name -> (kind, sector)
_ORG_HINTS: tuple[tuple[str, str, str], ...] = (
    (r"\b(police|gendarmerie|guard service)\b", "police", "COP"),
    (r"\b(intelligence|security service|security agency)\b", "intelligence", "SPY"),
    (r"\b(liberation|front|rebels?|insurgen\w*|mujahideen|jihad|brigades?|battalions?|"
     r"martyrs|resistance|militia|army of)\b", "armed_group", "REB"),
    (r"\b(army|armed forces|air force|navy|military|corps|regiment|division|command)\b",
     "military", "MIL"),
    (r"\b(ministry|government|council|parliament|senate|congress|assembly|cabinet|"
     r"presidency|commission|committee|office|department|administration|authority)\b",
     "government", "GOV"),
    (r"\b(party|movement|coalition|alliance|union)\b", "party", "PTY"),
    (r"\b(news|times|post|agency|tv|television|radio|press|journal|daily|gazette|herald|"
     r"channel|media|observer|tribune)\b", "media", "MED"),
    (r"\b(court|tribunal)\b", "government", "JUD"),
    (r"\b(red cross|foundation|watch|amnesty|relief|aid|charity|institute|ngo)\b", "ngo", "NGO"),
    (r"\b(bank|company|corp|inc|ltd|airlines?|oil|group)\b", "other", "BUS"),
)

#: heads that make a place an actor: subject, possessor, agent, partner
_ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent", "appos"})
_PARTNER_PREPS = frozenset({"with", "by", "against", "of"})


def acts(sp: Any, ts: int, te: int, preps: frozenset[str] = LOCATIVE_PREPS) -> bool:
    """Is the place named by tokens ts:te used as an actor here ('Tehran wants', 'Moscow's')?"""
    head = sp[te - 1]
    for t in sp[ts:te]:
        if t.head.i < ts or t.head.i >= te:
            head = t
            break
    seen = 0
    while head.dep_ == "conj" and seen < 5:
        head, seen = head.head, seen + 1
    if te < len(sp) and sp[te].text in ("'s", "\u2019s"):
        return True
    if head.dep_ in _ACTOR_DEPS:
        return True
    if head.dep_ == "pobj":
        prep = head.head.lower_
        if prep == "of" and head.head.head.lemma_.lower() in _PARTS:
            return False
        return prep in _PARTNER_PREPS and prep not in preps
    if head.dep_ in ("dobj", "dative"):
        return head.head.lemma_.lower() not in {"enter", "reach", "visit", "leave", "cross",
                                                "tour", "invade", "bomb", "capture", "seize"}
    return False


def is_locative(sp: Any, ts: int, te: int, preps: frozenset[str]) -> bool:
    """Is the place named by tokens ts:te a location here ('in Syria', 'entered Syria')?"""
    head = sp[te - 1]
    for t in sp[ts:te]:
        if t.head.i < ts or t.head.i >= te:
            head = t
            break
    seen = 0
    while head.dep_ in ("conj", "compound", "appos") and seen < 5 and head.head.i != head.i:
        head, seen = head.head, seen + 1
        if head.dep_ == "pobj" or head.pos_ in ("ADP",):
            break
    if head.dep_ == "pobj":
        prep = head.head
        if prep.lower_ in preps:
            return True
        if prep.lower_ in ("to", "from") and prep.head.lemma_.lower() in _MOTION:
            return True
        if prep.lower_ == "of" and prep.head.lemma_.lower() in _PARTS:
            return True
    if ts > 0 and sp[ts - 1].lower_ in preps and sp[ts - 1].pos_ == "ADP":
        return True
    if head.dep_ in ("dobj",) and head.head.lemma_.lower() in {"enter", "reach", "visit", "leave",
                                                              "cross", "tour"}:
        return True
    return False


_MOTION = frozenset({"return", "go", "travel", "send", "flee", "move", "come", "head", "arrive",
                     "deploy", "fly", "drive", "march", "transfer", "deport", "smuggle", "bring",
                     "take", "return", "escape", "retreat", "withdraw", "walk", "sail"})
_PARTS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                    "southwest", "part", "area", "region", "province", "city", "border", "capital",
                    "centre", "center", "outskirts", "territory", "coast", "desert", "countryside",
                    "interior", "quadrant", "rest", "parts", "areas", "regions", "heart"})


class EntityActors:
    """Turns spaCy entities that no other rule covered into actor mentions."""

    def __init__(self, registry: ActorRegistry) -> None:
        self.registry = registry

    def _country_in(self, sp: Any, ts: int, te: int) -> str | None:
        for k in range(max(0, ts - 2), te):
            a3 = self.registry.demonyms.get(normalise(sp[k].text))
            if a3 is None:
                hits = self.registry.find(sp[k].text)
                a3 = next((h.id for h in hits if h.kind == "state"), None)
            if a3 is not None and sp[k].text[:1].isupper():
                row = self.registry.countries.get(a3)
                return row.alpha2 if row else None
        return None

    def find(self, sp: Any, taken: list[bool], found: list[Found],
             places: list[tuple[int, int]] | None = None) -> list[Found]:
        """Entities not yet covered; ``places`` are character spans the places stage resolved."""
        out: list[Found] = []
        places = places or []
        last_names: dict[str, Found] = {f.name.split()[-1].lower(): f
                                        for f in found if f.kind == "person" and f.name}
        for ent in sp.ents:
            ts, te = ent.start, ent.end
            while ts < te and sp[ts].lower_ in ("the", "a", "an"):
                ts += 1
            while te > ts and (sp[te - 1].is_punct or sp[te - 1].text in ("'s", "\u2019s")):
                te -= 1
            if te <= ts or any(taken[ts:te]):
                continue
            text = sp[ts:te].text
            low = normalise(text)
            if low in NOT_ACTORS or not any(c.isupper() for c in text) or "\n" in text or \
                    len(low) < 2 or low.replace(" ", "").isdigit():
                continue
            label = ent.label_
            start, end = sp[ts].idx, sp[te - 1].idx + len(sp[te - 1].text)
            if any(ps < end and start < pe for ps, pe in places) and not acts(sp, ts, te):
                continue
            if label in ("PERSON", "ORG") and is_locative(sp, ts, te, LOCATIVE_PREPS):
                continue
            if label == "PERSON":
                f = self._person(sp, ts, te, text, last_names)
            elif label == "ORG":
                f = self._org(sp, ts, te, text)
            elif label == "NORP":
                f = self._norp(sp, ts, te, text)
            elif label == "GPE":
                f = self._place(sp, ts, te, text)
            else:
                f = None
            if f is not None:
                out.append(f)
                for k in range(f.ts, f.te):
                    taken[k] = True
        out += self._surnames(sp, taken, last_names)
        return out

    @staticmethod
    def _surnames(sp: Any, taken: list[bool], last_names: dict[str, Found]) -> list[Found]:
        """A known person's surname alone, even where spaCy missed it: 'Okello denied'."""
        out: list[Found] = []
        for t in sp:
            if taken[t.i] or t.pos_ != "PROPN" or not t.text[:1].isupper():
                continue
            person = last_names.get(t.lower_)
            if person is None or person.ts <= t.i < person.te or person.ts > t.i:
                continue
            if t.i + 1 < len(sp) and sp[t.i + 1].pos_ == "PROPN":
                continue  # part of a longer name
            f = Found(ts=t.i, te=t.i + 1, actor_id="", name="", kind="person", via="ner")
            f.relink(person, "ner")
            out.append(f)
            taken[t.i] = True
        return out

    def _person(self, sp: Any, ts: int, te: int, text: str,
                last_names: dict[str, Found]) -> Found | None:
        words = text.split()
        if len(words) == 1 and words[0].lower() in last_names:
            f = Found(ts=ts, te=te, actor_id="", name="", kind="person", via="ner")
            f.relink(last_names[words[0].lower()], "ner")
            return f
        if sp[ts].lower_ in TITLES and te - ts == 1:
            return None
        f = Found(ts=ts, te=te, actor_id="x:" + slug(text), name=text, kind="person", via="ner")
        last_names[words[-1].lower()] = f
        f.country = self._country_in(sp, ts, te)
        return f

    def _org(self, sp: Any, ts: int, te: int, text: str) -> Found | None:
        low = text.lower()
        kind, sector = "other", None
        for pattern, k, s in _ORG_HINTS:
            if re.search(pattern, low):
                kind, sector = k, s
                break
        if kind == "other" and not any(c.isupper() for c in text[1:]) and te - ts == 1 \
                and sp[ts].pos_ != "PROPN":
            return None
        f = Found(ts=ts, te=te, actor_id="x:" + slug(text), name=text, kind=kind, via="ner",
                  sector=sector)
        f.country = self._country_in(sp, ts, te)
        return f

    def _norp(self, sp: Any, ts: int, te: int, text: str) -> Found | None:
        """'the Iranians', 'Israelis' act as their state; 'Kurds' as a community."""
        low = normalise(text)
        base = low[:-1] if low.endswith("s") else low
        a3 = self.registry.demonyms.get(base)
        if a3 is not None and low != base:
            entry = self.registry.get(a3)
            return Found.of(entry, ts, te, "ner") if entry else None
        if low.endswith("s") and sp[te - 1].pos_ in ("PROPN", "NOUN"):
            return Found(ts=ts, te=te, actor_id="x:" + slug(text), name=text, kind="civilians",
                         via="ner", sector="CVL")
        return None

    def _place(self, sp: Any, ts: int, te: int, text: str) -> Found | None:
        a3 = self.registry.capitals.get(normalise(text))
        if not acts(sp, ts, te):
            return None
        if a3 is not None:
            entry = self.registry.organ(a3, "GOV")
            return Found.of(entry, ts, te, "registry") if entry else None
        return Found(ts=ts, te=te, actor_id="x:" + slug(text), name=text, kind="government",
                     via="ner", sector="GOV")


__all__ = ["EntityActors", "acts", "is_locative"]
