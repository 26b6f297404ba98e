"""Verbs whose event reading depends on what they act on: "dropped grenades" (ASSAULT),
"breached the email systems" (COERCE cyber), "breached the ceasefire" (REJECT), "retaliated
with sanctions" (SANCTION). Kept apart from the plain lexicon because each needs its object.

The types follow the PLOVER codebook: dropping or throwing munitions is an ASSAULT; a cyber
intrusion is COERCE (mode cyber); violating an agreement is REJECT; breaking through
defences is an ASSAULT; a retaliation is coded as what it is carried out with, and a bare
retaliation in conflict news is an ASSAULT.
"""

from __future__ import annotations

from typing import Any

from .lexicon import Sense
from .nouns import lemma as _lemma
from .nouns import noun_sense

Token = Any  # spacy.tokens.Token

# verbs that deliver a munition by hand or from the air: "dropped bombs", "hurled grenades"
DELIVERY_VERBS = {"drop", "hurl", "throw", "lob", "toss", "plant"}
MUNITIONS = {"bomb", "grenade", "explosive", "munition", "mortar", "shell", "bomblet", "barrel",
             "incendiary", "molotov", "cocktail", "ied", "mine", "charge", "firebomb",
             "petrol-bomb", "missile", "rocket", "warhead", "device"}
EXPLOSIVE_HINTS = {"explosive", "incendiary", "improvised", "bomb", "firebomb", "molotov"}
# what a breach breaks into
CYBER_OBJECTS = {"system", "network", "server", "account", "database", "email", "e-mail",
                 "computer", "website", "site", "mailbox", "infrastructure", "software", "cloud",
                 "phone", "device", "data"}
AGREEMENT_OBJECTS = {"ceasefire", "cease-fire", "truce", "agreement", "accord", "deal", "treaty",
                     "armistice", "resolution", "sanction", "embargo", "law", "rule", "sovereignty",
                     "airspace", "border", "line", "commitment"}
DEFENCES = {"defence", "defense", "wall", "perimeter", "fortification", "barrier", "fence",
            "front", "cordon"}
RETALIATION_VERBS = {"retaliate", "respond", "react", "hit", "strike"}


def _with_noun(tok: Token) -> Token | None:
    """The noun after 'with' ('retaliated with airstrikes')."""
    for c in tok.children:
        if c.dep_ == "prep" and str(c.lower_) == "with":
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"):
                    return g
    return None


def delivered_munition(tok: Token, lem: str, obj: Token | None) -> Sense | None:
    """'dropped tear-gas grenades on trenches', 'hurled a petrol bomb': an ASSAULT."""
    if lem not in DELIVERY_VERBS or obj is None:
        return None
    words = {_lemma(t) for t in obj.subtree if t.i <= obj.i}
    if _lemma(obj) not in MUNITIONS:
        return None
    if _lemma(obj) in ("device", "charge", "mine") and not words & (EXPLOSIVE_HINTS | {"land",
                                                                                     "depth"}):
        return None  # "dropped charges" (legal), "planted a device" need an explosive hint
    if lem == "plant":
        return Sense("ASSAULT", "explosion", "18")
    return Sense("ASSAULT", "aerial" if lem == "drop" else "explosion", "18")


def breach_sense(lem: str, obj: Token | None) -> Sense | None:
    """'breached the email systems' (cyber), 'breached the truce' (REJECT), 'the defences'."""
    if lem != "breach" or obj is None:
        return None
    words = {_lemma(t) for t in obj.subtree if t.i <= obj.i}
    olem = _lemma(obj)
    if olem in CYBER_OBJECTS or words & {"email", "e-mail", "computer", "it", "cyber"}:
        return Sense("COERCE", "cyber", "17")
    if olem in AGREEMENT_OBJECTS:
        return Sense("REJECT", None, "12")
    if olem in DEFENCES:
        return Sense("ASSAULT", "attack", "18")
    return None


def retaliation(tok: Token, lem: str) -> tuple[Sense, Token | None] | None:
    """'would respond with new sanctions' is a SANCTION said by its noun; a bare 'retaliate'
    is an ASSAULT (the noun, when there is one, is returned as the trigger)."""
    if lem not in RETALIATION_VERBS or any(
            c.dep_ == "prep" and str(c.lower_) == "by" and any(g.dep_ == "pcomp" for g in c.children)
            for c in tok.children):
        return None  # "retaliate by striking ...": the means says the event
    noun = _with_noun(tok)
    if noun is not None:
        sense = noun_sense(noun)
        hostile = ("SANCTION", "COERCE") if lem in ("hit", "strike") else (
            "ASSAULT", "SANCTION", "COERCE", "MOBILIZE")  # "hit Russia with sanctions"
        if sense is not None and sense.plover_type in hostile:
            return sense, noun
    if lem == "retaliate":
        return Sense("ASSAULT", "attack", "18"), None
    return None


def object_reading(tok: Token, lem: str, obj: Token | None) -> tuple[Sense, Token] | None:
    """The sense of verb ``tok`` read from what it acts on, and the token that says it."""
    sense = delivered_munition(tok, lem, obj) or breach_sense(lem, obj)
    if sense is not None:
        return sense, tok
    ret = retaliation(tok, lem)
    if ret is not None:
        return ret[0], ret[1] if ret[1] is not None else tok
    return None


__all__ = ["breach_sense", "delivered_munition", "object_reading", "retaliation"]
