"""Targets found when an event names none directly: the fallback chain.

Tried in order, each only when the ones before found nothing: a protest's purpose ("to
protest X's failure"), a participle of the attack ("exploded near a convoy, killing two
soldiers"), a complement ("threatened to shell X"), the party inside a stand-in noun, a
request's subject ("called for Britain to stay", "demanded that X do"), a gift's purpose
("to help people in Yemen"), a raised object ("allowed X to run"), "set fire to X", the
place a threat would act on ("to ban voting in East Jerusalem"), a threat's condition
("unless Israel rescinds"), an office ("resigned as president of X"), a visit's host place,
the bloc left ("withdrew from ECOWAS"), the request a refusal defies ("despite X's
request"), the host of a refuge ("sought refuge in Amman"), the place acted upon
(:func:`eventscope.events.place_targets.place_target`), and last the place a help's purpose
is in ("funds to fight the epidemic in Guinea"). Split from
:mod:`eventscope.events.arguments`.
"""

from __future__ import annotations

from typing import Any

from ..actors import role_words as rw
from ..doc import Doc
from .arg_complements import (
    bare_complement,
    condition_subject,
    fire_target,
    office_party,
    raised_object,
)
from .arg_parties import (
    HOSTILE,
    TARGET_PREPS,
    actor_like,
    actorize,
    datives,
    inner_party,
    recipients_of,
)
from .detect import Candidate
from .lexicon import SPEECH_VERBS
from .place_targets import (
    is_place,
    lemma,
    place_target,
    place_within,
    prep_objects,
    purpose_place,
    refuge_place,
)

Token = Any

#: what a refusal can defy: "despite X's request", "under pressure from X"
PRESSURE_NOUNS = {"request", "demand", "call", "pressure", "appeal", "plea", "ultimatum",
                  "order", "warning", "defiance", "urging", "insistence"}
#: help whose purpose clause can name the place helped
PURPOSE_HELP = {"AID", "SUPPORT", "AGREE", "COOPERATE", "CONCEDE"}

def complement_targets(doc: Doc, verb: Token, depth: int = 2) -> list[Token]:
    """Targets inside a verb's complement: 'threatened to break relations with Russia',
    'agreed to provide aid for Romania and Poland', 'ready to host a meeting between X and Y'."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ != "xcomp" and not bare_complement(c):  # "let free X"
            continue
        recipients, goods = recipients_of(c)
        out += recipients
        out += [g for g in c.children if g.dep_ == "dobj" and lemma(g) not in rw.FORCE_LIKE
                and lemma(c) not in rw.CREATE_VERBS  # "agreed to set up field hospitals"
                and g not in goods]
        out += datives(c)
        out += prep_objects(c, TARGET_PREPS | {"to", "with", "between"})
        for g in c.children:
            if g.dep_ == "dobj":
                out += prep_objects(g, {"on", "against", "with", "to", "between"})
        out = [t for t in out if actorize(doc, t)]
        if not out and depth > 1:
            out = complement_targets(doc, c, depth - 1)
        if out:
            return out
    return out


def protest_targets(carriers: list[Token]) -> list[Token]:
    """What a protest is against: its purpose clause ('to protest X's failure', 'to demand
    reforms by X'), 'in protest against/of X', 'in defiance of X'."""
    out: list[Token] = []
    for carrier in carriers:
        for c in carrier.children:
            if c.dep_ in ("advcl", "xcomp") and any(str(g.lower_) == "to" and g.dep_ == "aux"
                                                      for g in c.children):
                out += [g for g in c.children if g.dep_ == "dobj"]
                out += prep_objects(c, {"against", "on", "at", "from", "to"})
                for g in c.children:
                    if g.dep_ == "dobj":
                        out += prep_objects(g, {"for", "from", "by", "of", "against"})
        for p in prep_objects(carrier, {"in"}):
            if lemma(p) in rw.PROTEST_NOUNS:
                out += prep_objects(p, {"against", "of", "at", "over", "to"})
    return out


def purpose_objects(carriers: list[Token]) -> list[Token]:
    """'donated ventilators to assist Ethiopia', 'provided funds to help people in Yemen':
    who a gift's purpose clause is for."""
    out: list[Token] = []
    for carrier in carriers + [g for c in carriers for g in c.children if g.dep_ == "dobj"]:
        for c in carrier.children:
            if c.dep_ in ("advcl", "xcomp", "acl") and lemma(c) in rw.HELP_VERBS and any(
                    str(g.lower_) == "to" and g.dep_ == "aux" for g in c.children):
                out += [g for g in c.children if g.dep_ == "dobj"]
                out += prep_objects(c, {"for", "to"})
    return out


def for_subjects(noun: Token) -> list[Token]:
    """'a grant for Bangladesh to support refugees', parsed as a 'for X to do' clause: X."""
    out: list[Token] = []
    for c in noun.children:
        if c.dep_ in ("advcl", "acl", "relcl") and any(
                g.dep_ == "mark" and str(g.lower_) == "for" for g in c.children):
            out += [g for g in c.children if g.dep_ == "nsubj"]
    return out


def visit_targets(anchor: Token) -> list[Token]:
    """'arrived in Amman on a visit': the host place is the target of a visit."""
    cur = anchor
    for _ in range(3):
        for t in prep_objects(cur, {"in", "to"}):
            if t.ent_type_ in ("GPE", "LOC"):
                return [t]
        if cur.dep_ in ("pobj",) or cur.head.dep_ == "prep":
            cur = cur.head.head if cur.dep_ == "pobj" else cur.head
            continue
        break
    return []


def defied_party(anchor: Token) -> list[Token]:
    """'declined to resign despite President Biden's request', 'refused under pressure from
    others in his party': a refusal is aimed at whoever asked."""
    out: list[Token] = []
    for verb in [anchor] + [c for c in anchor.children if c.dep_ == "xcomp"]:
        preps = [c for c in verb.children if c.dep_ == "prep"
                 and str(c.lower_) in ("despite", "under", "in")]  # "despite" may be SCONJ
        for p in [g for c in preps for g in c.children if g.dep_ == "pobj"]:
            if lemma(p) in PRESSURE_NOUNS:
                out += [c for c in p.children if c.dep_ == "poss"]
                out += prep_objects(p, {"from", "by", "of"})
    return out


def fallback_targets(doc: Doc, cand: Candidate, carriers: list[Token],
                     heads: list[Token]) -> list[Token]:
    """The targets of a candidate whose direct targets are ``heads`` (maybe none), after the
    fallbacks."""
    ptype = cand.sense.plover_type
    anchor = cand.anchor
    if ptype == "PROTEST" and not heads:
        heads = [a for t in protest_targets(carriers) for a in actorize(doc, t)]
    if not heads and cand.kind != "noun":
        if ptype == "ASSAULT":  # "exploded near a convoy, killing two soldiers"
            for c in anchor.children:
                if c.dep_ == "advcl" and c.tag_ == "VBG":
                    heads += [a for g in c.children if g.dep_ == "dobj" for a in actorize(doc, g)]
        if not heads:  # "threatened to shell X": X is the target
            heads = [a for t in complement_targets(doc, anchor) for a in actorize(doc, t)]
    noun = anchor if cand.kind == "noun" else cand.noun
    if not heads and noun is not None and lemma(noun) in rw.STAND_INS:
        heads = [a for t in inner_party(noun) or [] for a in actorize(doc, t)]
    if ptype == "REQUEST" and not heads:  # "called for Britain to stay": Britain
        heads = [a for t in for_subjects(anchor) for a in actorize(doc, t)]
    if ptype == "REQUEST" and not heads:  # "demanded that X do": X is the target
        for c in anchor.children:  # "its demand that US ease sanctions" (a noun's clause)
            if c.dep_ == "ccomp" or (c.dep_ == "acl" and any(
                    g.dep_ == "mark" and str(g.lower_) == "that" for g in c.children)):
                heads += [a for g in c.children if g.dep_ in ("nsubj", "nsubjpass")
                          for a in actorize(doc, g)]
    if not heads and cand.kind in ("verb", "phrasal") and lemma(anchor) not in SPEECH_VERBS:
        for c in anchor.children:  # "will not accept refugees fleeing X": the refugees
            if c.dep_ == "ccomp" and c.tag_ == "VBG" and not any(g.dep_ == "mark"
                                                                 for g in c.children):
                heads += [a for g in c.children if g.dep_ == "nsubj" for a in actorize(doc, g)]
    if not heads and ptype in ("AID", "SUPPORT", "AGREE", "COOPERATE"):
        heads = [a for t in purpose_objects(carriers) for a in actorize(doc, t)]
    if not heads and cand.kind != "noun":  # "allowed Ouattara to run"
        heads = [a for t in raised_object(anchor) for a in actorize(doc, t)]
    if not heads and ptype in HOSTILE:  # "set fire to the offices of X"
        heads = [a for t in fire_target(anchor) for a in actorize(doc, t, concrete=True)]
    if not heads and ptype == "THREATEN":  # "threatened to ban voting in East Jerusalem"
        acts = [anchor] + [c for c in anchor.children if c.dep_ == "xcomp"]
        heads = [t for t in place_within(doc, acts + [g for c in acts for g in c.children
                                                      if g.dep_ == "dobj"], 1)
                 if t.ent_type_ == "GPE"]
    if not heads and ptype == "THREATEN" and not any(  # "to strike unless Israel rescinds"
            actor_like(doc, g) for c in anchor.children if c.dep_ == "xcomp"
            for g in c.children if g.dep_ == "dobj"):
        heads = [a for t in condition_subject(anchor) for a in actorize(doc, t)]
    if not heads:  # "resigned as president of Indonesia"
        heads = [a for t in office_party(anchor) for a in actorize(doc, t)]
    if not heads and cand.sense.mode == "visit":
        heads = visit_targets(anchor)
    if not heads and lemma(anchor) in rw.WITHDRAW_VERBS:  # "withdrew from the ECOWAS bloc"
        heads = [t for t in prep_objects(anchor, {"from"}) if not is_place(doc, t) and (
            t.ent_type_ == "ORG" or any(g.ent_type_ == "ORG" or g.pos_ == "PROPN"
                                        for g in t.lefts))]
    if not heads and ptype == "REQUEST":  # "sought refuge in Amman": the host
        heads = refuge_place(doc, anchor, cand.noun)
    if not heads and ptype == "REJECT":  # "declined to resign despite Biden's request"
        heads = [a for t in defied_party(anchor) for a in actorize(doc, t) or (
            [t] if lemma(t) == "other" else [])]  # "pressure from others in his party"
    if ptype == "MOBILIZE":  # what is mobilised is one's own; where it goes may be a party
        heads = [t for t in heads if t.dep_ != "dobj"]
    if not heads and ptype not in ("CONSULT", "PROTEST"):
        heads = place_target(doc, anchor, cand.noun, ptype)
    if not heads and ptype in PURPOSE_HELP:  # "funds to fight Ebola in West Africa"
        heads = purpose_place(doc, carriers)
    return heads
