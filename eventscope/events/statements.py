"""Statements: the speech acts PLOVER codes, and which CAMEO 01 comments have a PLOVER reading.

PLOVER dropped CAMEO's 01 ("make public statement") and 02 ("appeal") cue categories, so a
comment is an event only where what it says is an act one of the 16 types defines. Read
sub-code by sub-code from the PLOVER codebook (SUPPORT, ACCUSE, REQUEST, CONSULT) and
CAMEO's 01 list:

- 010 plain statements ("X said ...") and 011 "declined to comment": no event.
- 012 pessimistic comment: only "concern" voiced to someone or over an act with a party in
  it is an expression of disapproval (ACCUSE, the codebook's "express disapprovals,
  objections and complaints"), kept with root 01; worry about health, a fate, the future or
  an impact is no act: no event. Voiced outrage, dismay or displeasure is ACCUSE (root 11).
- 013 optimistic comment (hopes, optimism) and 014 consider policy option: no type fits.
- 015 claim responsibility: the claimed attack itself is the event (see
  :func:`.content.responsibility_noun`); the codebook makes no general recommendation for
  the claim, so it gets none.
- 016 deny responsibility: the denial is not an event; what is denied stays, negated.
- 017 symbolic act and 018 empathetic comment: condolences, sympathy and paying respects
  to someone are expressions of support for that actor (SUPPORT: "express support for ...
  actor"), kept with CAMEO root 01; tributes and homage are praise (SUPPORT, root 05).
- 019 express accord: "agreed with the Senate that ...", "agree with the recommendation"
  approve another's position (SUPPORT: "approve policy, action, or actor"), root 01.

Statements that carry a coded act keep it: "issued a statement calling on X to ..." is a
REQUEST whose source is who issued the statement (under root 01: the statement is what was
done, its content the type); "called X to discuss ..." is a
consultation by phone (CONSULT); "sought aid / refuge / the release of ..." is a REQUEST (the
PLOVER gold codes "sought refuge" so), as is "called for X to ..." parsed as a clause.

Comments (CAMEO root 01) rank below the coded acts of their document (:func:`rank_comments`),
so a document's class still comes from its real acts.
"""

from __future__ import annotations

from typing import Any

from .lexicon import Sense
from .nouns import lemma as _lemma

Token = Any  # spacy.tokens.Token

COMMENT_ROOT = "01"
EMPATHY = Sense("SUPPORT", None, COMMENT_ROOT)  # CAMEO 018: condolences, sympathy
TRIBUTE = Sense("SUPPORT", None, "05")  # paying tribute is praise (CAMEO 051)
CONCERN = Sense("ACCUSE", "disapprove", COMMENT_ROOT)  # CAMEO 012 voiced as a complaint
DISAPPROVAL = Sense("ACCUSE", "disapprove", "11")
PHONE = Sense("CONSULT", "phone", "04")
ACCORD = Sense("SUPPORT", None, COMMENT_ROOT)  # CAMEO 019 express accord
POSITIONS = {"recommendation", "decision", "proposal", "plan", "position", "stance", "ruling",
             "move", "policy", "approach", "assessment", "government", "president", "council",
             "committee", "court", "senate", "parliament", "administration", "party"}
SOUGHT = Sense("REQUEST", None, "02")  # CAMEO 02 appeal: "sought aid, support"
REFUGE = Sense("REQUEST", None, "10")  # CAMEO 1033 demand humanitarian aid: "sought refuge"
REFUGE_NOUNS = {"refuge", "asylum", "shelter", "sanctuary", "protection"}

EXPRESSING = {"express", "offer", "extend", "convey", "send", "voice", "pass", "give",
              "reiterate", "renew", "relay", "deliver"}
EMPATHY_NOUNS = {"condolence", "condolences", "sympathy", "sympathies", "commiseration"}
# "a condolence message", "a letter of sympathy": the carrier of an empathetic comment
CARRIER_NOUNS = {"message", "letter", "cable", "telegram", "note", "call", "wish", "word"}
TRIBUTE_NOUNS = {"tribute", "homage"}
DISAPPROVAL_NOUNS = {"outrage", "indignation", "displeasure", "disapproval", "dismay", "anger",
                     "disgust", "objection"}
OPPOSED = Sense("REJECT", None, "12")  # "voiced opposition to the plan", as "opposed" is
CONCERN_NOUNS = {"concern", "worry", "alarm", "unease", "disquiet", "misgiving", "reservation",
                 "apprehension", "anxiety"}
CONCERN_VERBS = {"express", "voice", "convey", "raise", "reiterate", "register", "air", "relay"}
# what a worry is about when it is no one's act: "concern for his health", "about the fate of"
NO_ACT = {"health", "fate", "future", "safety", "security", "well-being", "wellbeing", "life",
          "impact", "effect", "consequence", "situation", "state", "condition", "possibility",
          "prospect", "outlook", "economy", "whereabouts", "welfare", "plight", "level", "cost",
          "price", "spread", "weather", "risk", "lack", "shortage", "number", "rise", "increase"}
ACTOR_ENTS = {"GPE", "NORP", "ORG", "PERSON"}
# a phone call's purpose: "called his counterpart to discuss ..." (not "called X to resign")
CALL_PURPOSES = {"discuss", "talk", "assure", "reassure", "congratulate", "express", "convey",
                 "offer", "inform", "brief", "thank", "wish", "review", "exchange", "consult",
                 "confer", "update", "extend", "share", "explain", "apologize", "apologise",
                 "condole", "greet", "coordinate", "clarify", "raise", "follow", "check"}
CALLEES = {"minister", "president", "king", "leader", "premier", "chancellor", "ambassador",
           "prince", "emir", "counterpart", "secretary", "chief", "pope", "sultan", "envoy",
           "governor", "mayor", "commander", "general", "spokesman", "head", "monarch",
           "crown", "sheikh", "senator", "official"}
# what one seeks from another: an appeal (CAMEO 02) or a demand, PLOVER REQUEST
SOUGHT_NOUNS = {"aid", "help", "assistance", "support", "asylum", "refuge", "release",
                "protection", "cooperation", "loan", "funding", "fund", "extradition",
                "clarification", "explanation", "meeting", "talk", "talks", "access", "ceasefire",
                "truce", "permission", "approval", "backing", "compensation", "return", "apology",
                "investigation", "halt", "end", "withdrawal", "intervention", "mediation",
                "dialogue", "relief", "shelter", "sanctuary", "guarantee", "assurance",
                "donation", "contribution", "money", "resignation", "arrest", "probe",
                "inquiry", "audience", "answer", "information", "visa", "bailout", "credit",
                "reparation", "reparations", "justice", "clemency", "pardon", "amnesty"}
# documents whose participle carries what they say: "a statement calling on X to ..."
STATEMENT_NOUNS = {"statement", "communique", "communiqué", "declaration", "message", "letter",
                   "note", "memorandum", "resolution", "report", "video", "tweet"}
# participles under such a document that report its speech, not an act: "a statement saying"
SAYING = {"say", "state", "claim", "announce", "note", "confirm", "read", "add", "declare",
          "assert", "stress", "insist", "warn", "allege", "suggest", "explain", "indicate"}
VERBAL_ACTS = {"REQUEST", "ACCUSE", "SUPPORT", "REJECT", "THREATEN", "AGREE", "CONCEDE",
               "CONSULT"}


def _nouns_of(obj: Token) -> set[str]:
    """Lemmas of the object and its compounds / 'of' complement ('a message of sympathy')."""
    out = {_lemma(obj)} | {_lemma(c) for c in obj.children if c.dep_ in ("compound", "amod")}
    out |= {_lemma(g) for c in obj.children if c.dep_ == "prep" and str(c.lower_) == "of"
            for g in c.children if g.dep_ == "pobj"}
    return out


def _prep_objects(tok: Token, preps: set[str]) -> list[Token]:
    return [g for c in tok.children if c.dep_ == "prep" and str(c.lower_) in preps
            for g in c.children if g.dep_ in ("pobj", "pcomp")]


def _has_actor(tok: Token) -> bool:
    """A named party or a possessor inside a phrase ('Israel's settlements', 'force by police')."""
    return any(t.ent_type_ in ACTOR_ENTS or (t.dep_ == "poss" and t.pos_ != "PRON")
               or (t.dep_ == "pobj" and str(t.head.lower_) == "by") for t in tok.subtree)


def empathy_reading(tok: Token, lem: str, obj: Token | None) -> tuple[Sense, Token] | None:
    """'expressed condolences to X', 'sent a condolence message', 'paid tribute to X':
    (sense, the noun that says it)."""
    if obj is None or (lem not in EXPRESSING and lem != "pay"):
        return None
    nouns = _nouns_of(obj)
    if lem in EXPRESSING and nouns & EMPATHY_NOUNS and (
            _lemma(obj) in EMPATHY_NOUNS or _lemma(obj) in CARRIER_NOUNS):
        return EMPATHY, obj
    if lem == "pay" and _lemma(obj) in TRIBUTE_NOUNS:
        return TRIBUTE, obj
    if lem == "pay" and _lemma(obj) in ("respect", "respects") and _prep_objects(tok, {"to"}):
        return EMPATHY, obj  # "paid his respects to a soldier killed ...": CAMEO 017/018
    return None


def concern_reading(tok: Token, lem: str, obj: Token | None) -> tuple[Sense, Token] | None:
    """'voiced concern about the use of force by police', 'conveyed concerns to the Greek
    government': a complaint (ACCUSE, root 01). 'expressed outrage at' is disapproval (11).
    A worry that is no one's act ('concern for his health') is no event."""
    if obj is None or lem not in CONCERN_VERBS:
        return None
    olem = _lemma(obj)
    if olem in DISAPPROVAL_NOUNS and lem != "raise":
        return DISAPPROVAL, obj
    if olem == "opposition" and lem != "raise" and _prep_objects(obj, {"to"}):
        return OPPOSED, obj
    if olem not in CONCERN_NOUNS:
        return None
    if _prep_objects(tok, {"to", "with"}) or _prep_objects(obj, {"to", "with"}):
        return CONCERN, obj  # raised with / conveyed to someone: a complaint to them
    if lem == "raise":
        return None  # "the attack raised concerns about ...": no one complained
    topics = _prep_objects(tok, {"about", "over", "at", "regarding", "on"}) + \
        _prep_objects(obj, {"about", "over", "at", "regarding", "on", "for"})
    for t in topics:
        if _lemma(t) in NO_ACT or str(t.head.lower_) == "for":
            continue
        if _has_actor(t):
            return CONCERN, obj
    return None


def phone_call(tok: Token, lem: str, obj: Token | None) -> bool:
    """'called his Lebanese counterpart on Tuesday to assure him', 'called Lavrov to discuss':
    a consultation by phone (CONSULT phone), not 'called X to resign' (a request)."""
    if lem != "call" or obj is None or obj.dep_ != "dobj" or tok.dep_ == "amod":
        return False  # "called on X to ...": a request
    if any(c.dep_ in ("oprd", "attr", "ccomp", "prt") for c in tok.children) or any(
            c.dep_ in ("oprd", "attr", "amod", "acomp") and c.i > obj.i for c in obj.children):
        return False  # "called him a liar", "called off", "called it illegal"
    person = obj.ent_type_ in ("PERSON",) or _lemma(obj) in CALLEES
    purposes = [c for c in tok.children if c.dep_ in ("xcomp", "advcl") and
                any(g.dep_ == "aux" and str(g.lower_) == "to" for g in c.children)]
    if purposes:
        return (person or obj.ent_type_ in ("GPE", "ORG")) and \
            all(_lemma(c) in CALL_PURPOSES for c in purposes)
    return person and _lemma(obj) != "official"


def calls_for_clause(tok: Token, lem: str) -> bool:
    """'called on Friday for Britain to stay in the market': 'for X to do', parsed as a
    clause, is what 'call for' asks (REQUEST)."""
    return lem in ("call", "appeal") and any(
        c.dep_ in ("advcl", "ccomp", "xcomp") and any(
            m.dep_ == "mark" and str(m.lower_) == "for" for m in c.children)
        for c in tok.children)


def sought(tok: Token, lem: str, obj: Token | None) -> Sense | None:
    """'sought refuge in Germany', 'is seeking aid for war victims', 'seeks the release of':
    a request (PLOVER REQUEST); 'sought to ...', 'seek re-election' are not."""
    if lem != "seek" or obj is None or tok.dep_ == "amod" or _lemma(obj) not in SOUGHT_NOUNS:
        return None
    return REFUGE if _lemma(obj) in REFUGE_NOUNS else SOUGHT


def accord(tok: Token) -> bool:
    """'The government agreed with the Senate that ...', 'agree with the recommendation':
    CAMEO 019 express accord, an approval of the other's position (SUPPORT). Agreeing with
    a fact or an abstraction ('agree with what was said') is not."""
    for g in _prep_objects(tok, {"with"}):
        if g.ent_type_ in ACTOR_ENTS or _lemma(g) in CALLEES | POSITIONS or \
                any(c.dep_ == "poss" and c.pos_ != "PRON" for c in g.children):
            return True
    return False


def as_statement(sense: Sense) -> Sense:
    """An act told only as what a published statement does ('issued a statement calling on
    X to ...'): its PLOVER type, under CAMEO's 01 (the statement is what was done)."""
    return Sense(sense.plover_type, sense.mode, COMMENT_ROOT)


def carried_act(obj: Token | None) -> Token | None:
    """'issued a statement calling on X to ...': the participle that says what the
    statement does, when it is not a plain 'saying'."""
    if obj is None or _lemma(obj) not in STATEMENT_NOUNS:
        return None
    for c in obj.children:
        if c.dep_ in ("acl", "relcl") and c.tag_ in ("VBG", "VBZ", "VBD", "VBP") and \
                _lemma(c) not in SAYING:
            return c
    return None


def statement_content(inner: Token, outer: Token) -> bool:
    """Is ``inner`` what a published statement says ('issued a statement saying troops had
    withdrawn')? Such content is reported like the object of 'said', not swallowed."""
    cur = inner
    for _ in range(6):
        if cur.head.i == cur.i or cur.i == outer.i:
            return False
        if cur.dep_ in ("acl", "relcl") and _lemma(cur) in SAYING and \
                _lemma(cur.head) in STATEMENT_NOUNS and cur.i != inner.i:
            return True
        cur = cur.head
    return False


def said_in_statement(tok: Token) -> bool:
    """'... a statement saying (that) X': the clause is a statement's content, not background."""
    return tok.dep_ == "acl" and _lemma(tok) in SAYING and _lemma(tok.head) in STATEMENT_NOUNS


def is_comment(root: str | None) -> bool:
    """An event kept for a CAMEO 01 comment (condolences, concern)."""
    return root == COMMENT_ROOT


def rank_comments(events: list[Any]) -> None:
    """Give comments a confidence below every coded act of the document: the document's
    PentaClass (and any top-1 reading) must come from its acts, not its comments."""
    acts = [e.confidence for e in events if not is_comment(e.cameo_root)]
    if not acts:
        return
    ceiling = min(acts) - 0.05
    for e in events:
        if is_comment(e.cameo_root):
            e.confidence = round(max(0.01, min(e.confidence, ceiling)), 4)


__all__ = [
    "ACCORD", "CONCERN", "EMPATHY", "PHONE", "SOUGHT", "VERBAL_ACTS", "accord", "as_statement",
    "calls_for_clause", "carried_act", "concern_reading", "empathy_reading", "is_comment",
    "phone_call", "rank_comments", "said_in_statement", "sought", "statement_content",
]
