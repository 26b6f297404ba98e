"""Span-level repairs to event arguments, where the parse splits or hides one party.

- Appositions the parser attached as two sibling objects ("received the UAE Ambassador to
  Bahrain, Abdulridha Khori"): one party, named by the name, spanning title and name.
- An indefinite description after a comma ("ties with Bhutan, a Buddhist nation"): the
  description is the named party, not a second one.
- An event noun's carriers: its appositive ("an operation, Operation Rah-e-Nijat, against X")
  and the first conjunct it is coordinated with ("air and artillery strikes on X": the
  parser hangs "on X" off "air").
- A contribution to a force or mission in a country ("troops to a peacekeeping force in
  Liberia"): the country is the party helped.
- Two mentions of one role whose spans overlap are one party: the longer one is kept.

Split from :mod:`eventscope.events.arguments`, which calls these.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from typing import Any

from ..actors import role_words as rw
from ..actors.party_nouns import is_party_noun
from ..actors.phrases import np_tokens
from ..doc import ActorMention, Doc
from .lexicon import NOUNS
from .place_targets import country_place, lemma, prep_objects

Token = Any

NAME_ENTS = {"PERSON", "ORG", "GPE", "NORP"}
#: bodies that act in a country on others' behalf: what is given to them is given to it
MISSION_NOUNS = {"force", "mission", "operation", "contingent", "deployment", "presence"}
#: prepositions of a title's own phrase ("Ambassador to Bahrain", "Minister of Defence")
TITLE_PREPS = {"to", "of", "for", "in", "at"}


def _named(tok: Token) -> bool:
    """A proper name: a PROPN (or a token) inside a named entity of a party kind."""
    if tok.ent_type_ in NAME_ENTS:
        return True
    lo, hi = np_tokens(tok)
    return tok.pos_ == "PROPN" and any(tok.doc[i].ent_type_ in NAME_ENTS for i in range(lo, hi))


def _title(tok: Token) -> bool:
    """A role word heading its phrase ('Ambassador', 'the foreign minister'), not a name."""
    return tok.ent_type_ not in NAME_ENTS and is_party_noun(lemma(tok))


def _own_phrase_end(tok: Token) -> int:
    """End token of ``tok``'s phrase with its title preposition ('Ambassador to Bahrain'),
    also when the parser hung that preposition on the verb right after it."""
    _, hi = np_tokens(tok)
    sp = tok.doc
    end = hi
    for c in list(tok.rights) + list(tok.head.rights):
        if c.dep_ == "prep" and c.i == end and str(c.lower_) in TITLE_PREPS:
            end = c.right_edge.i + 1
    return end if end < len(sp) else hi


def _comma_between(a_end: int, b: Token) -> bool:
    """Only a comma between the end of one phrase and the start of ``b``'s phrase."""
    sp = b.doc
    lo, _ = np_tokens(b)
    return lo - a_end == 1 and str(sp[a_end].text) == ","


def fold_appositions(heads: list[Token]) -> tuple[list[Token], dict[int, int]]:
    """Heads with a split apposition folded into its name: (heads, {name i: title start}).

    'received the UAE Ambassador to Bahrain, Abdulridha Khori' gives two sibling objects;
    they are one party, named by the name, whose span starts at the title."""
    out = list(heads)
    starts: dict[int, int] = {}
    ordered = sorted(heads, key=lambda t: t.i)
    for a0, b0 in pairwise(ordered):
        a, b = _phrase_head(a0), _phrase_head(b0)
        if b.dep_ == "conj" or a.dep_ == "conj":
            continue
        if any(c.dep_ == "conj" for c in a.children):
            continue
        if not _comma_between(_own_phrase_end(a), b):
            continue
        if _title(a) and _named(b) and b.ent_type_ == "PERSON":
            out = [b if t is b0 else t for t in out if t is not a0]
            starts[b.i] = np_tokens(a)[0]
        elif _named(a) and _title(b) and any(str(c.lower_) in ("a", "an") for c in b.lefts):
            out = [a if t is a0 else t for t in out if t is not b0]  # "Bhutan, a ... nation"
    return out, starts


def _phrase_head(tok: Token) -> Token:
    """The head of the phrase a modifier sits in ('UAE' in 'the UAE Ambassador')."""
    cur = tok
    for _ in range(3):
        if cur.dep_ in ("compound", "amod", "poss", "nmod") and cur.head.i > cur.i:
            cur = cur.head
        else:
            break
    return cur


def named_person(tok: Token) -> bool:
    """'the Omani Ambassador to Jordan, Khalid Al Harthy': a title with its holder's name in
    apposition is that person, not a stand-in for the state."""
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children)


def described_name(tok: Token) -> Token | None:
    """'ties with Bhutan, a majority-Buddhist nation': the parser made 'nation' an object of
    the verb; the named phrase right before the comma is the party it describes."""
    if tok.pos_ != "NOUN" or not any(str(c.lower_) in ("a", "an") and c.dep_ == "det"
                                     for c in tok.lefts):
        return None
    lo, _ = np_tokens(tok)
    sp = tok.doc
    if lo < 2 or str(sp[lo - 1].text) != ",":
        return None
    prev = sp[lo - 2]
    if prev.ent_type_ in NAME_ENTS and prev.pos_ == "PROPN" and prev.dep_ in ("pobj", "dobj") \
            and not any(c.dep_ == "conj" for c in prev.children):
        return prev
    return None


def noun_carriers(anchor: Token) -> list[Token]:
    """More words an event noun's arguments hang from: its appositive ('an operation,
    Operation X, against militants'), a participle that says what it does ('a statement
    urging X to'), and the noun it is coordinated after ('air and artillery strikes on X')."""
    out = [c for c in anchor.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")]
    out += [c for c in anchor.children if c.dep_ == "acl" and c.tag_ == "VBG"]
    head = first_conjunct(anchor)
    if head is not anchor:
        out.append(head)
    return out


def support_verb(anchor: Token) -> Token | None:
    """'launched air strikes on X', 'carried out attacks against X': the verb an event noun
    is the object of, whose own 'on/against' phrase is the noun's target."""
    cur = first_conjunct(anchor)
    if cur.dep_ == "dobj" and cur.head.pos_ == "VERB":
        return cur.head
    return None


def hit_objects(anchor: Token) -> list[Token]:
    """'Syrian air strikes hit the enclave', 'an airstrike destroyed a hospital': an event noun
    that is the subject of a verb acts on that verb's object."""
    cur = first_conjunct(anchor)
    if cur.dep_ != "nsubj" or cur.head.pos_ != "VERB":
        return []
    return [c for c in cur.head.children if c.dep_ == "dobj"]


def first_conjunct(tok: Token) -> Token:
    """'launched air and artillery strikes': 'strikes' stands where the bare 'air' stands
    (not after a full phrase or another event: 'X's comments and the killing of Y')."""
    cur = tok
    for _ in range(3):
        if cur.dep_ == "conj" and cur.head.pos_ in ("NOUN", "PROPN") and cur.head.i < cur.i \
                and lemma(cur.head) not in NOUNS and not any(  # a bare modifier noun ('air')
                    c.dep_ in ("det", "poss", "amod", "compound", "nummod")
                    for c in cur.head.children):
            cur = cur.head
        else:
            break
    return cur


def mission_country(doc: Doc, tok: Token) -> Token | None:
    """'contribute troops to a peacekeeping force in Liberia': Liberia is helped (the
    recipient of help only; 'an ultimatum to forces in Crimea' is aimed at the forces)."""
    if lemma(tok) not in MISSION_NOUNS or not (tok.dep_ == "pobj" and str(tok.head.lower_)
                                               in ("to", "for")):
        return None
    for t in prep_objects(tok, {"in"}):
        if country_place(doc, t):
            return t
    return None


def own_force(tok: Token) -> bool:
    """'agreed to an expansion of its peacekeeping force': one's own force ('its', 'their'),
    not a party acted upon."""
    return lemma(tok) in rw.OWN_FORCES and any(
        c.dep_ == "poss" and str(c.lower_) in ("its", "their", "our") for c in tok.children)


def force_country(doc: Doc, tok: Token) -> Token | None:
    """'its peacekeeping force in Afghanistan': the country the force is in."""
    for t in prep_objects(tok, {"in"}):
        if country_place(doc, t):
            return t
    return None


def widen_start(doc: Doc, m: ActorMention, start_char: int) -> ActorMention:
    """The mention spanning from ``start_char`` (a title before the name) to its end."""
    if start_char >= m.start:
        return m
    return replace(m, start=start_char, end=m.end, text=doc.text[start_char:m.end])


def drop_overlapping(ms: list[ActorMention]) -> list[ActorMention]:
    """One party per span region: of two mentions that overlap, the longer stays."""
    keep: list[ActorMention] = []
    for m in sorted(ms, key=lambda m: -(m.end - m.start)):
        if not any(m.start < k.end and k.start < m.end for k in keep):
            keep.append(m)
    return [m for m in ms if any(m is k for k in keep)]


__all__ = ["described_name", "drop_overlapping", "first_conjunct", "fold_appositions",
           "force_country", "hit_objects", "mission_country", "named_person", "noun_carriers",
           "own_force", "support_verb", "widen_start"]
