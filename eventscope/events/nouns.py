"""Event nouns: which nouns report an event ("offensive", "talks", "sanctions"), and how the
verb that governs them changes their meaning ("lifted the sanctions" is a concession).

>>> # needs a parsed token; see tests/events/test_detect.py
"""

from __future__ import annotations

from typing import Any

from ..annotate.memo import children as _kids
from ..annotate.memo import lower_lemma, sent_of, tokens_of
from ..annotate.memo import subtree as _subtree
from . import lexicon as lx
from .cues import OPINION_HOLDERS, OPINION_VERBS
from .lexicon import Sense

Token = Any  # spacy.tokens.Token

LABOUR_CONTEXT = {"worker", "employee", "lecturer", "teacher", "union", "pay", "wage", "salary",
                  "driver", "doctor", "nurse", "miner", "staff", "labour", "labor", "pension"}
NON_MILITARY_OPERATION = {"peacekeeping", "rescue", "relief", "humanitarian", "business", "search",
                          "surgery", "sting", "mining", "commercial"}


# building a military facility is a military build-up (PLOVER MOBILIZE)
CONSTRUCTION_NOUNS = {"construction", "building", "establishment", "expansion"}
MILITARY_FACILITIES = {"base", "airbase", "airport", "airfield", "outpost", "barracks",
                       "fortification", "bunker", "camp", "runway", "depot", "post"}
INHERENTLY_MILITARY = {"airbase", "barracks", "fortification", "bunker", "outpost"}
VAGUE_HEADS = {"sort", "kind", "type", "form", "number", "series", "network"}


def _military_facility(noun: Token) -> bool:
    """'the construction of a (sort of) military airport': the object is a military facility."""
    for prep in _kids(noun):
        if prep.dep_ != "prep" or str(prep.lower_) != "of":
            continue
        for obj in _kids(prep):
            if obj.dep_ != "pobj":
                continue
            if lemma(obj) in VAGUE_HEADS:
                return _military_facility(obj)
            mods = {lemma(c) for c in _kids(obj) if c.dep_ in ("amod", "compound")}
            if lemma(obj) in INHERENTLY_MILITARY or (
                    lemma(obj) in MILITARY_FACILITIES and mods & {"military", "army", "air",
                                                                  "naval", "missile"}):
                return True
    return False


# the small English model's lemmatizer slips on a few event verbs
LEMMA_FIXES = {"stag": "stage", "staging": "stage", "rioted": "riot", "shelled": "shell",
               "airlifted": "airlift", "bombarded": "bombard", "fin": "fine"}


def lemma(tok: Token) -> str:
    """Lower-cased lemma of a token, with the model's known slips repaired."""
    lem = lower_lemma(tok)  # remembered by the lemma's hash: this runs ~700 times a page
    return LEMMA_FIXES.get(lem, lem)


def _sentence_lemmas(tok: Token) -> set[str]:
    """The lemmas of the token's sentence."""
    return {lemma(t) for t in tokens_of(sent_of(tok))}


def _strike_sense(noun: Token) -> Sense | None:
    """'hunger strike' / 'general strike' are protests; 'air strike' / 'drone strike' attacks."""
    mods = {lemma(c) for c in _kids(noun) if c.dep_ in ("compound", "amod", "nmod")}
    sent_words = _sentence_lemmas(noun)
    if mods & lx.LABOUR_STRIKE_HINTS or sent_words & LABOUR_CONTEXT:
        return Sense("PROTEST", "strike", "14")
    if "drone" in mods:
        return Sense("ASSAULT", "drone", "18")
    if mods & {"missile", "rocket", "artillery"}:
        return Sense("ASSAULT", "missile", "18")
    return lx.NOUNS["strike"]


def noun_key(noun: Token) -> str:
    """Lemma of a noun, rejoined with a hyphenated prefix ("cease-fire", "sit-in")."""
    lem = lemma(noun)
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 1].whitespace_:
        joined = f"{str(doc[noun.i - 2].lower_)}-{lem}"
        if joined in lx.NOUNS:
            return joined
    return lem


ACCIDENT_PRONE = {"explosion", "blast", "detonation", "fire", "shooting"}
ACCIDENTS = {"gas", "boiler", "industrial", "accidental", "factory", "mine", "chemical", "methane",
             "tanker", "fireworks", "firework", "kitchen", "electrical"}
CAPTIVE_WORDS = {"prisoner", "hostage", "captive", "detainee", "body", "pow", "soldier"}
JOINT = {"joint", "bilateral", "multinational", "combined", "trilateral", "multilateral",
         "coordinated"}
# verbs under which an event noun names something talked about, not something that happened
NOT_REALIZING = {"include", "contain", "need", "require", "lack", "mention", "cover", "debate",
                 "discuss", "cost", "fund", "finance", "earmark", "propose", "envisage", "foresee",
                 "list", "involve", "seek", "want", "consider", "allocate", "budget"}
EVALUATIVE = {"costly", "expensive", "necessary", "unnecessary", "important", "essential",
              "counterproductive", "controversial", "needed", "unpopular", "popular", "wrong",
              "useful", "unacceptable", "vital", "crucial", "inevitable", "unlikely", "possible",
              "key", "welcome", "overdue", "urgent"}


def _with_partner(noun: Token) -> bool:
    """'exercises with the US navy': a partner named in a with-phrase."""
    return any(c.dep_ == "prep" and str(c.lower_) == "with" for c in _kids(noun)) or any(
        c.dep_ == "prep" and str(c.lower_) == "with" for c in _kids(noun.head)
        if noun.dep_ == "dobj")


def not_realized(noun: Token) -> bool:
    """An event noun that names a topic ('the budget includes aid for X', 'the deployment is
    costly'), not an event the sentence reports."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and lemma(head) in NOT_REALIZING:
        return True
    for anc in noun.ancestors:  # "analysts agree that the sanctions have failed": opinion
        if lemma(anc) in OPINION_VERBS and any(
                c.dep_ == "nsubj" and lemma(c) in OPINION_HOLDERS for c in _kids(anc)):
            return True
    if noun.dep_ == "nsubj" and lemma(head) in ("be", "remain", "seem") and any(
            lemma(c) in EVALUATIVE for c in _kids(head) if c.dep_ in ("acomp", "attr")):
        return True
    return False


def noun_sense(noun: Token, verb_lemma: str | None = None) -> Sense | None:
    """The event sense of a noun, given the light verb it is the object of (if any)."""
    lem = noun_key(noun)
    if lem in CONSTRUCTION_NOUNS:
        return Sense("MOBILIZE", None, "15") if _military_facility(noun) else None
    if lem == "talk" and str(noun.lower_) == "talk":
        return None  # "the talk of stricter rules": only "talks" are negotiations
    if verb_lemma and (verb_lemma, lem) in lx.LIGHT_OVERRIDES:
        return lx.LIGHT_OVERRIDES[(verb_lemma, lem)]
    if verb_lemma:
        for c in _kids(noun):  # "suspended aid deliveries": the compound decides
            if c.dep_ == "compound" and (verb_lemma, lemma(c)) in lx.LIGHT_OVERRIDES:
                return lx.LIGHT_OVERRIDES[(verb_lemma, lemma(c))]
    mods = {lemma(c) for c in _kids(noun) if c.dep_ in ("compound", "amod", "nmod")}
    if lem in ("exercise", "drill", "game", "maneuver", "manoeuvre", "wargame", "patrol"):
        # the codebook: joint exercises are COOPERATE, single-country ones MOBILIZE
        if mods & JOINT or _with_partner(noun):
            return Sense("COOPERATE", "military", "06")
        if lem == "patrol":
            return lx.NOUNS["patrol"]
        if mods & {"military", "war", "naval", "air", "fire", "live", "missile", "combat",
                   "artillery", "nuclear", "amphibious", "army"} or (
                verb_lemma in ("hold", "conduct", "stage", "carry", "launch", "begin", "start")
                and lem in ("drill", "maneuver", "manoeuvre", "wargame")):
            return Sense("MOBILIZE", "weapons", "15")
        return None
    if lem in ("call", "conversation", "conference") and mods & {
            "phone", "telephone", "video", "conference", "telephonic", "virtual"}:
        return Sense("CONSULT", "phone", "04")
    if lem in lx.GENERIC_EVENT_NOUNS:
        for c in _kids(noun):
            if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i:
                sense = noun_sense(c, verb_lemma) if c.pos_ in ("NOUN", "PROPN") else None
                if sense is not None:
                    return sense
        return None
    if lem in ACCIDENT_PRONE and (mods & ACCIDENTS or _sentence_lemmas(noun) & {
            "accident", "accidental", "accidentally", "leak", "malfunction", "fault"}):
        return None  # "a gas explosion at a factory": an accident, no event
    if lem in ("swap", "exchange") and not {lemma(t) for t in _subtree(noun)} & CAPTIVE_WORDS:
        return None  # only prisoner swaps are RETREAT
    if lem == "strike":
        if verb_lemma in ("go", "stage", "hold", "call", "organize", "organise", "begin", "start",
                          "end", "join", "cancel", "stop", "continue"):
            return Sense("PROTEST", "strike", "14")
        return _strike_sense(noun)
    if lem == "operation":
        mods = {lemma(c) for c in _kids(noun) if c.dep_ in ("compound", "amod")}
        if mods & NON_MILITARY_OPERATION or verb_lemma is None:
            return None
        return Sense("ASSAULT", "attack", "18")
    if lem == "warfare" and any(lemma(c) == "cyber" for c in _kids(noun)):
        return Sense("COERCE", "cyber", "17")
    if lem in ("march", "rally") and verb_lemma in ("launch",):
        return None
    if lem == "raid" and any(lemma(c) == "air" for c in _kids(noun)):
        return Sense("ASSAULT", "aerial", "18")
    if verb_lemma in lx.LIGHT_VERBS and lem in ("release",) and verb_lemma not in (
            "announce", "order", "approve", "secure", "demand"):
        return None
    return lx.NOUNS.get(lem)


__all__ = ["not_realized", "noun_key", "noun_sense"]
