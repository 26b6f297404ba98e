"""Which phrase is a party, and which party stands inside a phrase.

A noun phrase is a party when it names one (a name, a pronoun, an actor entity, a party noun,
a registered actor); an abstract noun stands for the party inside it ("calls by Belarus's
rulers" -> rulers, "an offer from Kabul" -> Kabul); goods point to their recipient ("gave
Tanzania a grant", "sent aid to X"). Split from :mod:`eventscope.events.arguments`, which reads
sources and targets with these.
"""

from __future__ import annotations

from typing import Any

from ..actors import role_words as rw
from ..actors.party_nouns import is_party_noun
from ..actors.phrases import is_pronoun, np_tokens, resolve_relative, valid_head
from ..doc import Doc
from .arg_complements import asking_complement
from .arg_spans import named_person
from .lexicon import AID_NOUNS, GIVING_VERBS, NOUNS, WEAPON_NOUNS
from .place_targets import lemma, prep_objects, setting_only

Token = Any

TARGET_PREPS = {"on", "against", "upon", "into", "toward", "towards"}
HOSTILE = {"ASSAULT", "COERCE"}
#: instruments, not parties: "pounded X with artillery"
INSTRUMENTS = WEAPON_NOUNS | rw.INSTRUMENT_WORDS
#: what is handed over: its recipient ("to X", "for X", the dative) is the target
GOODS = rw.FORCE_LIKE | AID_NOUNS | WEAPON_NOUNS | rw.GOODS_WORDS
GIVING = GIVING_VERBS | rw.GIVING_WORDS
#: place kinds that can be acted upon as a party: a country, a province ('a ceasefire in Idlib')
ACTOR_ENTS = {"GPE", "NORP", "ORG", "PERSON", "FAC", "LOC"}
#: what is hit, named only by where it is: "a target in the Gaza Strip's border regions"
VAGUE_OBJECTS = {"target", "objective"}


def agent_of(verb: Token) -> Token | None:
    """The object of a verb's 'by' agent phrase."""
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def via(tok: Token, prep: str) -> bool:
    """Is ``tok`` the object of the preposition ``prep``?"""
    return bool(tok.dep_ == "pobj" and str(tok.head.lower_) == prep)


def datives(tok: Token) -> list[Token]:
    """'gave Tanzania a grant': the nominal dative."""
    return [c for c in tok.children if c.dep_ == "dative" and c.pos_ != "ADP"]


def inner_party(obj: Token) -> list[Token] | None:
    """'expelled diplomats from Poland' -> Poland; 'rejected an offer from Kabul' -> Kabul."""
    if lemma(obj) not in rw.STAND_INS or named_person(obj):
        return None
    inner = prep_objects(obj, {"from", "of", "by"})
    inner += [c for c in obj.children if c.dep_ == "poss" and not is_pronoun(c)]
    inner = [t for t in inner if t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or t.pos_ == "PROPN"]
    if not inner:  # "dropped its demand that Kosovo dissolve": Kosovo is asked
        inner = [g for c in obj.children if c.dep_ in ("acl", "ccomp")
                 for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and not is_pronoun(g)
                 and (g.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or g.pos_ == "PROPN")]
    if not inner:  # "rejected a French proposal": France's
        inner = [c for c in obj.children if c.dep_ in ("amod", "compound", "nmod")
                 and (c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or c.pos_ == "PROPN")]
    if not inner:  # "accepted an invitation to meet with X", "appeals to release X"
        inner = asking_complement(obj)
    return inner or None


def actor_like(doc: Doc, tok: Token) -> bool:
    """Can this noun phrase be a party to an event (not 'elections', 'a ban', 'support')?"""
    if not valid_head(tok):
        return False
    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ACTOR_ENTS:
        return True
    if is_party_noun(lemma(tok)) or tok.pos_ == "NUM":
        return True
    lo, hi = np_tokens(tok)
    sp = tok.doc
    if any(sp[i].ent_type_ in ("NORP", "GPE", "ORG") for i in range(lo, hi)):
        return True
    start, end = sp[lo].idx, sp[hi - 1].idx + len(sp[hi - 1].text)
    return any(start <= a.start and a.end <= end for a in doc.actors)


def inner_parties(tok: Token) -> list[Token]:
    """Who is inside an abstract noun: 'calls by X', 'X's failure', 'crimes committed by X'."""
    inner = prep_objects(tok, {"by", "from", "of", "with", "against", "on", "to", "for",
                                "between"})
    if lemma(tok) not in GOODS:  # "promised Washington's support": the giver, not a target
        inner += [c for c in tok.children if c.dep_ == "poss"]
    for c in tok.children:
        if c.dep_ == "acl":
            agent = agent_of(c)
            if agent is not None:
                inner.append(agent)
    return inner


def actorize(doc: Doc, tok: Token, depth: int = 2, concrete: bool = False) -> list[Token]:
    """The actor a target phrase stands for: itself, or the party inside an abstract noun
    ('calls by Belarus's rulers' -> rulers, 'a ban by General Aoun' -> Aoun). With
    ``concrete`` (attacks), a concrete thing hit is a target too ('struck a bus')."""
    tok = resolve_relative(tok)
    if not valid_head(tok) or lemma(tok) == "behalf":  # "on behalf of X": who X speaks for
        return []
    if concrete and lemma(tok) in VAGUE_OBJECTS:  # "struck a target in X's border regions"
        where = prep_objects(tok, {"in", "inside", "near"})
        if not where and tok.dep_ == "dobj":  # "struck a target [in X]" hung on the verb
            where = prep_objects(tok.head, {"in", "inside", "near"})
        if where:
            return where[:1]
    counted = prep_objects(tok, {"of"}) if lemma(tok) in rw.QUANTITY_HEADS else []
    if counted and not actor_like(doc, counted[0]):  # "eased some of its restrictions"
        return []
    if lemma(tok) in GOODS and not is_party_noun(lemma(tok)) and any(
            c.dep_ == "poss" for c in tok.children):  # "promised Washington's support (for
        return [t for t in inner_parties(tok)     # X)": the possessor gives; X gets
                if valid_head(t) and actor_like(doc, t)]
    if concrete and tok.pos_ == "NOUN" and lemma(tok) not in INSTRUMENTS | rw.ABSTRACT | NOUNS.keys():
        inner = [t for t in inner_parties(tok) if valid_head(t) and actor_like(doc, t)
                 and t.dep_ != "poss" and not setting_only(doc, t)]  # "enclave of Ghouta"
        return [tok] if not inner or is_party_noun(lemma(tok)) else inner
    if actor_like(doc, tok) and (lemma(tok) not in rw.STAND_INS or named_person(tok)):
        return [tok]
    inner = [t for t in inner_parties(tok) if valid_head(t)]
    found = [t for t in inner if actor_like(doc, t)]
    if not found and depth > 1:
        found = [a for t in inner for a in actorize(doc, t, depth - 1)]
    if found:
        return found
    return [tok] if actor_like(doc, tok) else []


def recipients_of(verb: Token) -> tuple[list[Token], list[Token]]:
    """(recipients, goods) of a giving verb: 'gave Tanzania a grant', 'offered its troops to
    X', 'provide aid for Romania', '70 million dollars of aid to X'."""
    if lemma(verb) not in GIVING:
        return [], []
    goods = [c for c in verb.children if c.dep_ == "dobj" and lemma(c) in GOODS]
    out = datives(verb) + prep_objects(verb, {"to", "for"})
    for g in goods:
        out += prep_objects(g, {"to", "for"})
        for inner in prep_objects(g, {"of"}):
            out += prep_objects(inner, {"to", "for"})
    if not out:  # "returned a silver pendant to X" parsed with "to X" inside the object
        for obj in [c for c in verb.children if c.dep_ == "dobj"]:
            found = [g for t in obj.subtree if t.dep_ == "prep" and str(t.lower_) == "to"
                     for g in t.children if g.dep_ == "pobj"]
            if found:
                out += found[:1]
                goods = goods + [obj]
    if out:  # what is handed over is never the party: "offered its engineers to X"
        goods = [c for c in verb.children if c.dep_ == "dobj"]
    return out, goods
