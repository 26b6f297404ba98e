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
#: a truce names the area it covers: 'announced a ceasefire in Idlib'
TRUCE_NOUNS = {"ceasefire", "cease-fire", "truce", "armistice"}
#: a place as a verb's own subject or object is acted upon, not where something happens
CORE_DEPS = {"dobj", "nsubj", "nsubjpass", "dative"}
#: what is sought from a host: "sought refuge in Amman" asks Jordan (the host place)
REFUGE_NOUNS = {"refuge", "asylum", "shelter", "sanctuary", "haven"}


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
    if tok.dep_ in CORE_DEPS:  # "urged Europe to press X": a direct argument is a party
        return False
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
        or (ptype in ARRIVING and t.ent_type_ == "GPE" and _destination(t, anchor))
        or (ptype in HELPING and t.ent_type_ == "GPE" and not directional(t) and (
            lemma(ancestor_place(t)) in TRUCE_NOUNS or _sent_to(t)))]


def _sent_to(t: Token) -> bool:
    """'returned the skulls to Peru', 'back into the Brazilian wild': where a thing goes."""
    return t.dep_ == "pobj" and str(t.head.lower_) in ("to", "into")


def purpose_place(doc: Doc, carriers: list[Token]) -> list[Token]:
    """'provided funds to fight the epidemic in West Africa', 'a ceasefire initiative to halt
    the fighting in Yemen': help with no party named goes to the place its purpose is in."""
    for carrier in carriers:
        for c in carrier.subtree:
            if c.dep_ not in ("advcl", "xcomp", "acl", "relcl") or not any(
                    str(g.lower_) == "to" and g.dep_ == "aux" for g in c.children) or \
                    _other_clause(c, carrier):
                continue
            objs = [g for g in c.children if g.dep_ == "dobj"]
            if any(g.ent_type_ == "GPE" for g in objs):  # "to help Haiti cope"
                return [g for g in objs if g.ent_type_ == "GPE"][:1]
            found = place_within(doc, [c] + objs, 3)
            if found:
                return found
    return []


def _other_clause(tok: Token, top: Token) -> bool:
    """Does ``tok`` sit in a clause of its own below ``top`` ('agreed that their countries
    should cooperate to encourage refugees in X': the purpose is the countries')?"""
    cur = tok.head
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ in ("ccomp", "relcl") or any(c.dep_ == "nsubj" for c in cur.children):
            return True
        cur = cur.head
    return False


def place_within(doc: Doc, heads: list[Token], depth: int) -> list[Token]:
    """A place in an 'in/to' phrase of ``heads``, following 'of/to' phrases down ('to the
    normalization of the situation in Mali')."""
    for h in heads:
        for t in prep_objects(h, {"in", "to"}):
            if t.ent_type_ in ("GPE", "LOC") or country_place(doc, t):
                return [t]
    if depth > 1:
        inner = [t for h in heads for t in prep_objects(h, {"of", "to", "for", "on", "alongside"})]
        return place_within(doc, inner, depth - 1) if inner else []
    return []


def refuge_place(doc: Doc, anchor: Token, noun: Token | None) -> list[Token]:
    """'sought refuge in Amman', 'asylum in Niger's Maradi region', 'arrived in Kyrgyzstan
    seeking refuge': the place that takes refugees in is the one asked."""
    words = [anchor] + ([noun] if noun is not None else [])
    words += [c for c in anchor.children if c.dep_ == "dobj"]
    if not any(lemma(w) in REFUGE_NOUNS for w in words):
        return []
    if anchor.tag_ == "VBG" and anchor.dep_ in ("advcl", "xcomp", "conj"):
        words.append(anchor.head)  # "arrived in X seeking refuge"
    for w in words:
        for t in prep_objects(w, {"in", "to", "into"}):
            if t.ent_type_ == "GPE" or country_place(doc, t):
                return [t]
            inner = prep_objects(t, {"of"}) + [c for c in t.children
                                               if c.dep_ in ("poss", "compound")]
            if (lemma(t) in rw.AREA_NOUNS | {"state"} or t.ent_type_ == "LOC") and any(
                    g.ent_type_ in ("GPE", "LOC") or country_place(doc, g) for g in inner):
                return [t]  # "Niger's Maradi region", "the state of Mizoram"
    return []


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
           "is_place", "lemma", "place_target", "place_target_any", "place_within",
           "prep_objects", "purpose_place", "refuge_place", "setting_only"]
