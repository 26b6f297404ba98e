"""Targets that hang off a measure, a request or a bare complement rather than the verb.

- A restriction names who it acts on, whatever is done with it: "lifted a boycott of X",
  "eased restrictions on X" (the measure's "of/on/against" party).
- A request or an offer names its party in its complement: "accepted an invitation to meet
  with X", "rejected appeals to release X".
- A border names the neighbour: "closed its borders with X".
- A feeling names whom it is for: "condolences to X", "solidarity with X".
- A threat is aimed at whoever must meet its condition: "threatened to X unless Y does".
- "set fire to X": X is attacked.
- A document acts for its author: "Amnesty put out a report accusing X" (Amnesty accuses).
- "allowed X to run": X is allowed (the parser makes X the subject of the 'to' clause).
- An office names its body: "resigned as president of X".
- A bare complement the parser took for a clause: "let free X", "helped rebuild X" (a ccomp
  with no subject of its own reads like an xcomp).

Split from :mod:`eventscope.events.arguments`, which calls these.
"""

from __future__ import annotations

from typing import Any

from ..actors import role_words as rw
from ..actors.party_nouns import is_party_noun
from .place_targets import lemma, prep_objects

Token = Any

#: what a party issues in its name: its participles ('a report accusing X') are its acts
DOCUMENT_NOUNS = {"report", "statement", "letter", "resolution", "declaration", "communique",
                  "message", "document", "petition", "study", "complaint"}
CONDITION_MARKS = {"unless", "if"}
SENTIMENT_PREPS = {"for", "to", "with", "towards", "toward"}
#: not "in": where a measure holds is a place, and only a country there is a party
#: (place_targets decides that: 'a curfew in Sudan' yes, 'a curfew in Kathmandu' no)
RESTRICTION_PREPS = {"of", "on", "against", "to", "between", "upon", "around"}


def is_restriction(tok: Token) -> bool:
    """A measure against a party ('sanctions', 'a boycott', 'travel curbs')."""
    return tok.pos_ == "NOUN" and lemma(tok) in rw.RESTRICTION_NOUNS


def restriction_targets(carriers: list[Token]) -> list[Token]:
    """Who a measure acts on: 'a boycott of X', 'restrictions on X', 'curbs to and from X',
    for the event's own nouns and a verb's restriction objects ('lifted the ban on X')."""
    objs = [g for c in carriers if c.pos_ in ("VERB", "AUX") for g in c.children
            if g.dep_ in ("dobj", "nsubjpass")]
    objs += [g for o in objs if lemma(o) in rw.QUANTITY_HEADS  # "eased some of its curbs"
             for g in prep_objects(o, {"of"})]
    nouns = [c for c in carriers + objs if is_restriction(c)]
    out: list[Token] = []
    for n in nouns:  # "sanctions imposed on X"
        out += [g for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"
                for g in prep_objects(c, {"on", "against", "upon"})]
        for c in n.children:  # "travel curbs to and from X": the last preposition holds X
            if c.dep_ == "prep" and str(c.lower_) in RESTRICTION_PREPS | {"from"}:
                objs = [g for g in c.children if g.dep_ == "pobj"]
                objs += [g for k in c.children if k.dep_ == "conj" for g in k.children
                         if g.dep_ == "pobj"]
                out += objs
    return out


def sentiment_targets(carriers: list[Token]) -> list[Token]:
    """Who a feeling is expressed towards: 'condolences to/for X', 'solidarity with X',
    'concern for X's health' (the party inside is found later)."""
    out: list[Token] = []
    for c in carriers:
        if c.pos_ == "NOUN" and lemma(c) in rw.SENTIMENT_NOUNS:
            out += prep_objects(c, SENTIMENT_PREPS)
    return out


def condition_subject(anchor: Token) -> list[Token]:
    """'threatened to strike unless Israel rescinded ...', 'threatened to quit if the US goes
    ahead': a threat is aimed at whoever must meet its condition."""
    out: list[Token] = []
    verbs = [anchor] + [c for c in anchor.children if c.dep_ == "xcomp"]
    for v in verbs:
        for c in v.children:
            marks = [g for g in c.children if g.dep_ == "mark"
                     and str(g.lower_) in CONDITION_MARKS]
            if c.dep_ != "advcl" or c.pos_ not in ("VERB", "AUX") or not marks:
                continue
            sp = c.doc
            out += [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and (
                g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
                or is_party_noun(lemma(g)))  # "if cooperation founders": no one
                and marks[0].i < g.i  # the subject right inside the clause, no comma before
                and not any(sp[k].is_punct for k in range(marks[0].i, g.i))]
    return out


def fire_target(anchor: Token) -> list[Token]:
    """'set fire to the offices of X', 'opened fire at/on X': the fire's target."""
    if not any(c.dep_ == "dobj" and lemma(c) == "fire" for c in anchor.children):
        return []
    return prep_objects(anchor, {"to", "on", "at", "upon"})


def document_author(tok: Token) -> Token | None:
    """'Amnesty put out a report accusing X': the report's author accuses, not the report."""
    if lemma(tok) not in DOCUMENT_NOUNS or tok.dep_ != "dobj":
        return None
    for c in tok.head.children:
        if c.dep_ == "nsubj" and c.pos_ != "PRON":
            return c
    return None


def raised_object(anchor: Token) -> list[Token]:
    """'allowed Ouattara to run', 'forced the rebels to withdraw': the parser makes the party
    the subject of the 'to' clause; it is the one allowed or forced."""
    return [g for c in anchor.children if c.dep_ == "ccomp" and any(
                str(k.lower_) == "to" and k.dep_ == "aux" for k in c.children)
            for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i]


def office_party(anchor: Token) -> list[Token]:
    """'resigned as president of Indonesia', 'stepped down as head of the agency': the body
    whose office it is."""
    out: list[Token] = []
    for office in prep_objects(anchor, {"as"}):
        if is_party_noun(lemma(office)):
            out += prep_objects(office, {"of"})
    return out


def border_parties(carriers: list[Token]) -> list[Token]:
    """'closed its borders with X, Y and Z': the neighbours are acted upon."""
    out: list[Token] = []
    nouns = [c for c in carriers if lemma(c) in rw.BORDER_NOUNS]
    nouns += [g for c in carriers if c.pos_ in ("VERB", "AUX") for g in c.children
              if g.dep_ == "dobj" and lemma(g) in rw.BORDER_NOUNS]
    for n in nouns:  # "closed its borders with X", also with "with X" hung on the verb
        out += prep_objects(n, {"with"})
        if n.dep_ == "dobj":
            out += prep_objects(n.head, {"with"})
    return out


def asking_complement(obj: Token) -> list[Token]:
    """'an invitation to meet with X' -> X; 'appeals to release X' -> X: the party named in
    the complement of a request or offer."""
    if lemma(obj) not in rw.ASKING_NOUNS:
        return []
    if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in obj.children) or \
            prep_objects(obj, {"from", "by"}):  # "X's request to extradite Y": X's, not Y
        return []
    out: list[Token] = []
    for c in obj.children:
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and any(
                str(g.lower_) == "to" and g.dep_ == "aux" for g in c.children):
            out += [g for g in c.children if g.dep_ in ("dobj", "dative")]
            out += prep_objects(c, {"with", "to", "against", "on"})
    return out


def bare_complement(c: Token) -> bool:
    """'let free X', 'made them leave': a subjectless base-form ccomp works like an xcomp."""
    return c.dep_ == "ccomp" and c.tag_ == "VB" and not any(
        g.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for g in c.children)


__all__ = ["asking_complement", "bare_complement", "border_parties", "condition_subject",
           "document_author", "fire_target", "is_restriction", "office_party", "raised_object",
           "restriction_targets", "sentiment_targets"]
