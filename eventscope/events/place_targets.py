"""Places as event arguments: when a named place stands for a party, and when it is only
where the event happened.

"A curfew in Sudan" and "withdrew its forces from Chad" act upon a country, so the country
is the target when no party is named; "met in Havana" or "drills in the Sea of Japan" only
set the scene. Split from :mod:`eventscope.events.arguments`, which asks these questions.
"""

from __future__ import annotations

from typing import Any

from ..actors import role_words as rw
from ..doc import Doc
from .nouns import lemma

Token = Any

#: place features that can stand for a party (a state or a province), not a town or a sea
PARTY_PLACES = {"country", "admin1"}
#: event types whose town is a party ('a curfew in Abidjan'), not only the setting
RESTRICTING = {"COERCE", "SANCTION", "ASSAULT"}
#: help and truce given to a region is given to its country ('a ceasefire in eastern Ukraine',
#: 'assistance in northern Iraq'); an attack there only happens there
HELPING = {"AGREE", "CONCEDE", "AID", "SUPPORT", "COOPERATE", "RETREAT"}
#: help and forces that arrive somewhere: the town they go to is the party helped or faced
ARRIVING = {"AID", "MOBILIZE"}


def prep_objects(tok: Token, preps: set[str]) -> list[Token]:
    """Objects of ``tok``'s prepositions in ``preps`` (a 'dative' 'to' counts as 'to')."""
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("prep", "dative") and c.pos_ == "ADP" and str(c.lower_) in preps:
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def country_place(doc: Doc, tok: Token) -> bool:
    """Is ``tok`` a whole country or province ('Sudan', 'Idlib'), not a town, a sea or a part
    of one ('eastern Congo')? Only these stand for a party; the rest is the setting."""
    if directional(tok):
        return False
    return any(p.start <= tok.idx < p.end and p.feature in PARTY_PLACES for p in doc.places)


def setting_only(doc: Doc, tok: Token) -> bool:
    """A named place that is not a country ('the Sea of Japan', 'the eastern Mediterranean',
    'Havana'): the setting of an event, never its party."""
    return tok.ent_type_ == "LOC" and not country_place(doc, tok)


def place_target(doc: Doc, anchor: Token, noun: Token | None, ptype: str) -> list[Token]:
    """No party named: the country acted upon ('invasion of South Lebanon', 'curfew in Sudan',
    'withdrawal of forces from Panama'). A town is a party when it is coerced ('a curfew in
    Abidjan') or what an agreement covers ('agreed to a ceasefire in Idlib'); where a
    concession, a meeting or a drill happens ('agreed in Havana') is only the setting."""
    found = place_target_any(doc, anchor, noun, ptype)
    return [t for t in found if country_place(doc, t) or (
        (ptype in RESTRICTING or ancestor_place(t) not in (anchor, noun))
        and t.ent_type_ == "GPE" and not directional(t)) or (
        ptype in HELPING and ancestor_place(t) not in (anchor, noun) and _whole_place(doc, t))
        or (ptype in ARRIVING and t.ent_type_ == "GPE" and _destination(t, anchor))]


def _destination(t: Token, anchor: Token) -> bool:
    """'peacekeepers arrived in Monrovia', 'sent aid to Goma': where help or forces go."""
    prep = str(t.head.lower_) if t.dep_ == "pobj" else ""
    return prep in ("to", "into") or (prep == "in" and lemma(anchor) in rw.ARRIVE_VERBS)


def _whole_place(doc: Doc, tok: Token) -> bool:
    """A country or province, also when only a part of it is meant ('northern Iraq')."""
    return any(p.start <= tok.idx < p.end and p.feature in PARTY_PLACES for p in doc.places)


def ancestor_place(t: Token) -> Token:
    """The word a place phrase hangs off ('ceasefire' in 'a ceasefire in Idlib')."""
    up = t.head.head if t.dep_ == "pobj" else t.head
    if lemma(up) in rw.AREA_NOUNS and up.dep_ == "pobj":  # "from the town of Jenin"
        up = up.head.head
    return up


def directional(tok: Token) -> bool:
    """'eastern Congo', 'north-western Syria': a part of the place, not the place."""
    return any(c.dep_ == "amod" and str(c.lower_).rstrip("-").endswith(rw.DIRECTION_SUFFIXES)
               for c in tok.children)


def place_target_any(doc: Doc, anchor: Token, noun: Token | None, ptype: str) -> list[Token]:
    """The place an event with no party is about, whatever its size."""
    carriers = [anchor] + ([noun] if noun is not None else [])
    carriers += [c for c in anchor.children if c.dep_ in ("dobj", "xcomp")]
    carriers += [g for c in anchor.children if c.dep_ == "xcomp" for g in c.children
                 if g.dep_ == "dobj"]
    carriers += [g for c in carriers[1:] for g in c.children if g.dep_ == "conj"]  # "X and Y to Z"
    carriers += [g for c in list(carriers) for g in prep_objects(c, {"of", "to", "for"})
                 if g.ent_type_ not in ("GPE", "LOC")]  # "agreed to a ceasefire in X"
    carriers += [g for c in list(carriers) for g in c.children if g.dep_ == "acl"]
    leaving = ptype == "RETREAT" or lemma(anchor) in rw.WITHDRAW_VERBS
    for carrier in carriers:
        preps = {"in", "of", "into", "to"}
        if leaving or lemma(carrier) in rw.WITHDRAW_VERBS:  # "withdraw troops from X"
            preps.add("from")
        for t in prep_objects(carrier, preps):
            if t.ent_type_ in ("GPE", "LOC") or country_place(doc, t):  # Niger as FAC
                return [t]
            inner = [g for g in prep_objects(t, {"of"}) if g.ent_type_ in ("GPE", "LOC")]
            if inner and lemma(t) in rw.AREA_NOUNS:  # "in northern parts of South Sudan"
                return inner[:1]
    return []


def is_place(doc: Doc, tok: Token) -> bool:
    """Is ``tok`` a place name the places stage found ('Berlin', 'Sudan')?"""
    return tok.ent_type_ in ("GPE", "LOC", "FAC") and any(
        p.start <= tok.idx < p.end for p in doc.places)


__all__ = ["PARTY_PLACES", "RESTRICTING", "ancestor_place", "country_place", "directional",
           "is_place", "lemma", "place_target", "place_target_any", "prep_objects",
           "setting_only"]
