"""What an attack or a hand-back acts on, when its object says otherwise.

- The toll of an attack is not a second target: "stormed a police headquarters, killing five
  officers" is one attack on the headquarters.
- What explodes is the weapon (or the bomber): "detonated his vehicle near an army base" hits
  the base; "blew themselves up in X".
- Things given back go to whom they were taken from: "return the weapons seized from UN
  peacekeepers".

Split from :mod:`eventscope.events.arguments`, which calls these.
"""

from __future__ import annotations

from typing import Any

from ..doc import Doc
from .arg_parties import HOSTILE, actorize
from .detect import Candidate
from .lexicon import NOUNS, VERBS
from .place_targets import lemma, prep_objects

Token = Any

#: participles that count an attack's toll: "..., killing five officers"
TOLL_VERBS = {"kill", "injure", "wound", "maim", "capture"}
DETONATE_VERBS = {"detonate", "explode"}
#: where a bomb goes off is whom it is aimed at: "near an army base", "outside the embassy"
NEAR_PREPS = {"near", "outside", "inside", "at", "beside"}
#: giving back: the party things were taken from is the target
RETURN_VERBS = {"return", "restore"}
TAKING_VERBS = {"seize", "take", "capture", "confiscate", "steal", "loot", "grab"}


def toll_of_attack(doc: Doc, cand: Candidate) -> bool:
    """'stormed a police headquarters, killing five officers': the participle tells the toll
    of the attack on the headquarters, which is the one target of the one event."""
    anchor = cand.anchor
    if cand.kind != "verb" or cand.sense.plover_type not in HOSTILE or anchor.tag_ != "VBG" \
            or lemma(anchor) not in TOLL_VERBS:
        return False
    cur = anchor
    while cur.dep_ == "conj" and cur.head.tag_ == "VBG":  # "killing and capturing dozens"
        cur = cur.head
    if cur.dep_ != "advcl" or cur.head.pos_ != "VERB":
        return False
    attack = cur.head
    hostile = lemma(attack) in VERBS and VERBS[lemma(attack)].plover_type in HOSTILE
    objs = [g for g in attack.children if g.dep_ == "dobj"]
    hostile = hostile or any(lemma(g) in NOUNS and NOUNS[lemma(g)].plover_type in HOSTILE
                             for g in objs)
    return hostile and any(actorize(doc, g, concrete=True) for g in objs)


def _taken_from(goods: Token) -> list[Token]:
    """'weapons seized last year from UN peacekeepers', 'bases it has taken from X': whom
    the things were taken from (and go back to)."""
    out: list[Token] = []
    for g in [goods] + [c for c in goods.children if c.dep_ == "conj"]:
        for c in g.children:
            if c.dep_ in ("acl", "relcl"):
                out += prep_objects(c, {"from"})
    return out


def detonation(verb: Token) -> bool:
    """'detonated a car bomb', 'blew themselves up': what explodes is the weapon (or the
    bomber), not what is attacked."""
    if lemma(verb) in DETONATE_VERBS:
        return True
    return lemma(verb) == "blow" and any(c.dep_ == "prt" and str(c.lower_) == "up"
                                         for c in verb.children) and any(
        c.dep_ == "dobj" and str(c.lower_) in ("himself", "herself", "themselves", "itself")
        for c in verb.children)


def returned_to(verb: Token) -> list[Token]:
    """'return the bases it has seized from the government': the government."""
    if lemma(verb) not in RETURN_VERBS:
        return []
    objs = [g for g in verb.children if g.dep_ == "dobj"]
    if prep_objects(verb, {"to"}) or any(t.dep_ in ("prep", "dative") and str(t.lower_) == "to"
                                         for g in objs for t in g.subtree):
        return []  # "returned the stolen painting to X": X gets it back
    owners = [t for g in objs for t in _taken_from(g)]
    if not owners and any(c.dep_ in ("acl", "relcl") and lemma(c) in TAKING_VERBS
                          for g in objs for c in g.children):  # "from X" hung on the verb
        owners = prep_objects(verb, {"from"})
    return owners


__all__ = ["NEAR_PREPS", "detonation", "returned_to", "toll_of_attack"]
