"""Attacks told as circumstance that are still news: the only report of an attack is often
a subordinate phrase of a sentence about something else.

:func:`.clauses.is_background` drops events in relative clauses and after 'after', 'since'
... because they are usually told again in their own sentence. Three shapes are the
exception in conflict reporting, and keep their ASSAULT:

- a dated or attributed attack in a relative clause or reduced relative: "the ruins of a
  building that a missile destroyed on Saturday", "the theatre hit by Russian aircraft on
  Wednesday" (a date or an attacker makes it a concrete act, not a description);
- a completed attack in an 'after' clause: "suspended flights after Israel launched an air
  strike" (the strike is the cause, and an event of its own);
- an attack noun whose toll is reported: "the death toll from Saturday's bombing of X has
  risen to 14", "the number killed in Thursday's bombing has risen".

Casualty verbs in reduced relatives ("people killed in the raid") describe victims, not the
attack, and stay background.
"""

from __future__ import annotations

from typing import Any

from .dates import MONTHS, WEEKDAYS
from .nouns import lemma as _lemma

Token = Any  # spacy.tokens.Token

#: nouns that count the dead of an attack: "the death toll from ...", "the number killed in"
TOLL_NOUNS = {"toll", "number", "count", "tally", "casualty", "figure"}
#: verbs that say a toll changed or stands
TOLL_VERBS = {"rise", "climb", "reach", "increase", "jump", "stand", "mount", "grow", "soar",
              "hit", "top", "exceed", "surpass", "pass", "be"}
#: verbs that describe victims rather than the attack ("civilians killed in the raid")
CASUALTY_VERBS = {"kill", "wound", "injure", "hurt", "die", "maim"}
#: heads of clauses that state a condition or a hypothesis, not an act
HYPOTHETICAL_HEADS = {"case", "event", "possibility", "scenario", "risk", "threat", "fear",
                      "danger", "chance", "likelihood", "prospect"}
#: subordinators after which a completed attack is still reported as news
CAUSE_MARKS = {"after", "following"}
#: words that make the actor of a relative clause an attacker
ATTACKERS = {"missile", "rocket", "drone", "bomb", "shell", "aircraft", "jet", "warplane",
             "artillery", "force", "troop", "army", "soldier", "militant", "rebel", "fighter",
             "helicopter", "strike", "airstrike", "plane", "gunman", "militia", "tank"}


#: words of a date that make it recent news ('on Saturday', 'overnight', 'on March 3'); a
#: bare year ('destroyed in the 2014 war') is history, not a new event
RECENT_DATE_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS) | {
    "yesterday", "today", "tonight", "overnight", "morning", "afternoon", "evening", "night",
    "week", "weekend", "earlier"}


def _has_date(tok: Token) -> bool:
    """A recent date or time inside ``tok``'s own clause ('destroyed on Saturday')."""
    return any(t.ent_type_ in ("DATE", "TIME") and t.lower_ in RECENT_DATE_WORDS
               for t in tok.subtree if t.i != tok.i)


def _attacker(tok: Token) -> bool:
    """An agent ('hit by Russian aircraft') or a subject naming a weapon, force or party."""
    for c in tok.children:
        if c.dep_ == "agent" and any(g.dep_ == "pobj" for g in c.children):
            return True
        if c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who") and (
                _lemma(c) in ATTACKERS or c.ent_type_ in ("NORP", "GPE", "ORG")):
            return True
    return False


def _relative_attack(tok: Token) -> bool:
    """'a building that a missile destroyed on Saturday', 'the theatre hit by aircraft'."""
    if tok.dep_ not in ("relcl", "acl") or _lemma(tok) in CASUALTY_VERBS:
        return False
    if _lemma(tok.head) in TOLL_NOUNS | HYPOTHETICAL_HEADS:
        return False  # "in case the army attacked": a condition, not an act
    if tok.tag_ not in ("VBD", "VBN"):
        return False  # "a campaign targeting ...", "forces attacking the town": descriptions
    if any(c.dep_ == "nsubj" and c.lower_ in ("who", "that", "which") for c in tok.children):
        return False  # "the man who shot the president in 1981": says who the head is
    return _has_date(tok) or _attacker(tok) or _lemma(tok.head) in ATTACKERS


def _cause_clause(tok: Token) -> bool:
    """'after Israel launched an air strike': a completed attack that set off the main act."""
    if tok.dep_ != "advcl" or tok.tag_ not in ("VBD", "VBN"):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in CAUSE_MARKS for c in tok.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def news_in_circumstance(anchor: Token, plover_type: str) -> bool:
    """True when an ASSAULT that :func:`.clauses.is_background` drops is still reported news."""
    if plover_type != "ASSAULT":
        return False
    if _relative_attack(anchor) or _cause_clause(anchor):
        return True
    return toll_attack(anchor)


def toll_count(verb: Token) -> bool:
    """'the number killed in the bombing': the verb counts victims; the bombing is the event."""
    return verb.dep_ == "acl" and _lemma(verb) in CASUALTY_VERBS and \
        _lemma(verb.head) in TOLL_NOUNS


def toll_attack(noun: Token) -> bool:
    """'the death toll from Saturday's bombing has risen', 'the number killed in the bombing'."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ not in ("from", "in", "of"):
        return False
    head = prep.head
    if head.dep_ == "acl" and _lemma(head) in CASUALTY_VERBS:  # "the number killed in"
        head = head.head
    if _lemma(head) not in TOLL_NOUNS or head.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr"):
        return False
    if _lemma(head) in ("number", "figure", "count") and not any(
            _lemma(t) in ("death", "dead", "kill", "killed", "casualty", "fatality")
            for t in head.subtree):
        return False  # "the number of attacks" is no toll
    return _lemma(head.head) in TOLL_VERBS


__all__ = ["TOLL_NOUNS", "news_in_circumstance", "toll_attack", "toll_count"]
