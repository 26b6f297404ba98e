"""Trigger detection: find the words of a parsed sentence that report an event, and type them.

Rules over the spaCy parse, lemma based: a verb from the lexicon, a phrasal verb ("pull
out"), a light verb with an event noun ("launched an offensive"), a verb typed by its
object ("sent troops"), a motion verb whose subject is a force ("reinforcements arrived"),
or an event noun that is the core of a clause with no verb trigger ("Perhaps an attack on
..."). Complements of verbal events are absorbed by them, as PLOVER codes them: "threatened
to shell" is one THREATEN, "agreed to provide aid" one AGREE. Speech, deliberation and
denials of accusations are not events ("rejected accusations", "is considering sending
aid"); events told as circumstance ("after the army withdrew") are left to their own
sentences.

Example (with a loaded pipeline)::

    >>> [c.sense.plover_type for c in find_candidates(next(nlp("Iran sent troops.").sents))]
    ... # doctest: +SKIP
    ['MOBILIZE']
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import lexicon as lx
from . import statements as st
from .circumstance import news_in_circumstance, toll_attack, toll_count
from .clauses import (
    hypothesis_content,
    in_proposition,
    inverted_condition,
    is_background,
    is_headline,
    natural_cause,
    noun_position,
)
from .codebook import NO_EVENT, codebook_sense, fired_projectile
from .content import as_content, content_noun_senses, is_content, responsibility_noun
from .cues import (
    CARRIERS,
    CONFLICT_DEMANDS,
    COOPERATIVE,
    DELIBERATION,
    DEMAND_SPEECH,
    DOCUMENTS,
    DURATION_VERBS,
    DURATIONS,
    GATHERING,
    HOSTILE,
    INFRASTRUCTURE,
    MILITARY_TARGETS,
    MUST_AUX,
    OBSTRUCTABLE,
    OPINION_HOLDERS,
    PROTESTERS,
    PUBLISHED,
    UNMEETABLE,
    VOWS,
)
from .lexicon import Sense
from .nouns import CONSTRUCTION_NOUNS, not_realized, noun_key, noun_sense
from .nouns import lemma as _lemma
from .verbs_extra import object_reading

Token = Any  # spacy.tokens.Token
SpacySpan = Any  # spacy.tokens.Span

# governors whose complement is part of their own event in PLOVER coding
VERBAL_GOVERNORS = {"AGREE", "REQUEST", "THREATEN", "REJECT", "ACCUSE", "SUPPORT", "CONCEDE"}
# dependency labels through which a complement hangs under its governor
COMPLEMENT_DEPS = {"xcomp", "ccomp", "dobj", "pobj", "pcomp", "acl", "prep", "relcl", "nsubj",
                   "nsubjpass", "advcl", "attr", "oprd", "dative", "appos", "compound", "amod"}
NOUN_CORE_DEPS = {"ROOT", "nsubj", "nsubjpass", "dobj", "attr", "conj", "appos"}


@dataclass(slots=True)
class Candidate:
    """A trigger in a sentence: the word(s) that say it, its sense, and where arguments hang.

    ``anchor`` is the token whose dependants carry the arguments: the verb itself, the light
    verb of an event noun, or the noun for a verbless clause. ``noun`` is the event noun when
    there is one. ``kind`` says which rule found it (verb, phrasal, light, object, motion,
    visit, noun).
    """

    anchor: Token
    trigger_tokens: list[Token]
    sense: Sense
    kind: str
    noun: Token | None = None
    main: bool = True
    content: bool = False  # the content of a threat, refusal or accusation (see _absorbed)
    content_type: str | None = None  # for content: the PLOVER type of the act itself
    governor: tuple[int, int] | None = None  # for content: the governing trigger's offsets

    @property
    def start_char(self) -> int:
        return min(t.idx for t in self.trigger_tokens)

    @property
    def end_char(self) -> int:
        return max(t.idx + len(t.text) for t in self.trigger_tokens)


def _particle(tok: Token) -> set[str]:
    """Particles and objects that complete a phrasal verb ('call for', 'open fire'); a
    preposition that only introduces a date ('on Tuesday') does not count."""
    out = set()
    for c in tok.children:
        if c.dep_ not in ("prt", "prep", "dobj", "acomp", "advmod", "oprd", "ccomp"):
            continue
        if c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.children):
            continue
        out.add(str(c.text).lower())
    return out


def _object_of(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            return c
    for c in verb.children:  # "went on strike", "carried out attacks"
        if c.dep_ == "prep" and str(c.text).lower() in ("on", "into", "out"):
            for g in c.children:
                if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME"):
                    return g  # ("on Monday" is a date, not what was acted on)
    return None


def _subject_of(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("nsubj",):
            return c
    return None


STATEMENT = Sense("_STATEMENT", None, "01")  # marks a clause that reports speech, not an event
DENIAL = Sense("_DENIAL", None, "01")  # a denial: no event itself; what it denies is kept


def _money_target(obj: Token) -> Token:
    """'$33 million in assistance', 'a contribution of 5 million': the noun after the amount."""
    packages = ("contribution", "package", "tranche", "batch", "shipment")
    if obj.pos_ == "NUM" or obj.ent_type_ in ("MONEY", "PERCENT", "QUANTITY") or \
            _lemma(obj) in packages or _lemma(obj) in DURATIONS and \
            _lemma(obj.head) in DURATION_VERBS:  # "held three hours of talks"
        for c in obj.children:
            if c.dep_ == "prep" and str(c.lower_) in ("in", "of"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
    return obj


def _has_aux(tok: Token, words: set[str]) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and str(c.lower_) in words for c in tok.children)


def _object_sense(tok: Token, lem: str, obj: Token) -> Sense | None:
    olem = _lemma(obj)
    words = {_lemma(t) for t in obj.subtree} | {olem}
    if olem in lx.FORCE_NOUNS and lem not in ("sign", "impose", "offer", "pledge", "give", "hand"):
        if words & lx.AID_FORCE_HINTS:
            return Sense("AID", "peacekeeping", "07")
        return Sense("MOBILIZE", "troops", "15")
    if olem in lx.WEAPON_NOUNS:
        return Sense("MOBILIZE", "weapons", "15") if lem == "move" else Sense("AID", "military", "07")
    if olem in lx.AID_NOUNS and lem not in ("sign", "impose"):
        return Sense("AID", "humanitarian" if words & {"food", "medicine", "humanitarian"} else
                     "economic", "07")
    if olem in lx.AGREEMENT_NOUNS and lem in ("sign", "extend"):
        return Sense("AGREE", None, "05")
    if olem in lx.SANCTION_NOUNS and lem in ("impose", "extend"):
        return Sense("COERCE", "restrict", "17") if olem in ("curfew", "ban") else \
            Sense("SANCTION", None, "16")
    if olem in ("information", "evidence", "intelligence", "data", "expertise") and lem in (
            "share", "provide", "give"):
        return Sense("COOPERATE", "intelligence", "06")
    if lem in lx.GIVING_VERBS and any(_lemma(g) in lx.AID_NOUNS or g.ent_type_ == "MONEY"
                                      for c in tok.children if c.dep_ == "prep"
                                      and str(c.lower_) == "with" for g in c.children):
        return Sense("AID", "economic", "07")  # "provided Egypt with ... assistance"
    if lem in lx.GIVING_VERBS and olem not in lx.FORCE_NOUNS and (
            any(c.dep_ == "dative" for c in tok.children)
            or any(c.dep_ == "prep" and str(c.lower_) == "to" for c in tok.children)
            or obj.ent_type_ == "MONEY"):
        return Sense("AID", "economic", "07")
    return None


def _verb_candidate(tok: Token) -> Candidate | None:
    lem = _lemma(tok)
    if tok.dep_ == "amod" or (tok.dep_ == "acl" and lem in ("back", "support", "hold", "base")):
        return None  # "Iran-backed militias", "rebel-held town": a modifier, not an event
    if toll_count(tok):
        return None  # "the number killed in the bombing": a count of victims
    obj = _object_of(tok)
    olem = _lemma(obj) if obj is not None else ""
    coded = codebook_sense(tok, lem, obj)
    if coded is NO_EVENT:
        return None
    if coded is not None:
        return Candidate(tok, [tok], coded, "verb")
    # speech and opinion that look like events: "rejected accusations", "agree with the view"
    if lem in ("reject", "deny", "dismiss", "refute", "rebuff") and (
            olem in lx.DENIED_CLAIMS or any(_lemma(t) in lx.DENIED_CLAIMS for t in tok.children
                                            if t.dep_ in ("dobj", "prep", "oprd"))
            or any(_lemma(g) in lx.DENIED_CLAIMS for c in tok.children if c.dep_ == "prep"
                   for g in c.children)):
        return Candidate(tok, [tok], DENIAL, "statement")  # "rejected accusations"
    if lem == "deny":
        return Candidate(tok, [tok], DENIAL, "statement")  # what is denied stays, negated
    if lem == "force" and obj is not None and any(
            c.dep_ in ("xcomp", "prt") or (c.dep_ == "prep" and str(c.lower_) in ("from", "out"))
            for c in tok.children):
        return Candidate(tok, [tok], Sense("COERCE", "deport", "17"), "verb")
    if lem == "fire" and (any(c.dep_ == "prep" and str(c.lower_) in ("on", "at", "into", "upon")
                              for c in tok.children) or fired_projectile(tok)
                          or olem in lx.WEAPON_NOUNS | {
                                  "shot", "round", "shell", "rocket", "missile", "bullet",
                                  "mortar", "gas", "tear", "volley"}):
        return Candidate(tok, [tok], Sense("ASSAULT", "firearms", "18"), "verb")
    read = object_reading(tok, lem, obj)  # "dropped grenades", "breached", "retaliated with"
    if read is not None:
        return Candidate(tok, [read[1]], read[0], "verb" if read[1] is tok else "light",
                         noun=None if read[1] is tok else read[1])
    if lem == "talk" and any(c.dep_ == "prep" and str(c.lower_) in ("to", "with")
                             for c in tok.children):
        return Candidate(tok, [tok], Sense("CONSULT", "meet", "04"), "verb")
    if lem == "agree" and any(c.dep_ == "prep" and str(c.lower_) == "with" for c in tok.children) \
            and not any(c.dep_ in ("xcomp", "dobj") or (c.dep_ == "prep" and str(c.lower_) in (
                "to", "on", "upon")) for c in tok.children):
        if st.accord(tok):  # "agreed with the Senate that ...": approval (CAMEO 019)
            return Candidate(tok, [tok], st.ACCORD, "verb")
        return Candidate(tok, [tok], STATEMENT, "statement")
    said = st.empathy_reading(tok, lem, obj) or st.concern_reading(tok, lem, obj)
    if said is not None:  # "expressed condolences to X", "voiced concern over X's ..."
        return Candidate(tok, [said[1]], said[0], "light", noun=said[1])
    if lem in ("offer", "send", "extend", "convey", "express") and olem in lx.OFFER_STATEMENTS:
        return Candidate(tok, [tok], STATEMENT, "statement")  # "sent his sympathy"
    if lem in ("release", "issue", "publish") and olem in PUBLISHED:
        act = st.carried_act(obj)  # "issued a statement calling on X to ...": the REQUEST
        said_act = _verb_candidate(act) if act is not None else None
        if said_act is not None and said_act.sense.plover_type in st.VERBAL_ACTS:
            return Candidate(tok, said_act.trigger_tokens, st.as_statement(said_act.sense),
                             "light", noun=obj)
        return Candidate(tok, [tok], STATEMENT, "statement")  # "released a statement"
    if st.phone_call(tok, lem, obj):
        return Candidate(tok, [tok], st.PHONE, "verb")  # "called his counterpart to discuss"
    if st.calls_for_clause(tok, lem):
        return Candidate(tok, [tok], st.SOUGHT, "phrasal")  # "called for Britain to stay"
    asked_for = st.sought(tok, lem, obj)
    if asked_for is not None:
        return Candidate(tok, [tok], asked_for, "verb")  # "sought refuge", "seeks aid for"
    if lem == "return" and olem in ("call", "message", "email", "phone", "e-mail", "favor",
                                    "favour", "fire", "verdict", "ball"):
        return None  # "did not return a message"
    if lem == "ask" and (tok.dep_ in ("advcl", "ccomp") and tok.tag_ == "VBN" and
                         _subject_of(tok) is None or obj is None and
                         not any(c.dep_ in ("dative", "xcomp", "prep") for c in tok.children)):
        return None  # "Asked why he ...", "he asked": a question, not a request
    if lem == "call" and _subject_of(tok) is not None and \
            _lemma(_subject_of(tok)) in DOCUMENTS:
        return None  # "the plan calls for cutting ...": what a text says
    if lem in ("warn", "predict", "caution") and _subject_of(tok) is not None and \
            _lemma(_subject_of(tok)) in OPINION_HOLDERS:
        return None  # "analysts warned (that strikes could resume)": a forecast; its content stays
    if lem in DELIBERATION:
        return Candidate(tok, [tok], STATEMENT, "statement")  # "is considering sending aid"
    if lem == "meet" and olem in UNMEETABLE:
        if olem in ("demand", "condition", "requirement", "request"):
            return Candidate(tok, [tok], Sense("CONCEDE", "policy", "08"), "verb")
        return None  # "meet the deadline"
    if lem == "call" and obj is not None and obj.ent_type_ in ("PERSON", "GPE", "ORG") and not any(
            c.dep_ in ("oprd", "attr", "xcomp", "ccomp") for c in tok.children) and not any(
            c.dep_ in ("oprd", "attr", "amod", "acomp") for c in obj.children):
        return Candidate(tok, [tok], Sense("CONSULT", "phone", "04"), "verb")  # "called Erdogan"
    if lem in DEMAND_SPEECH:
        for c in tok.children:  # "X said Y must drop barriers": a demand
            if c.dep_ == "ccomp" and _has_aux(c, MUST_AUX) and not inverted_condition(c):
                return Candidate(tok, [tok], Sense("REQUEST", None, "10"), "verb")
    parts = _particle(tok)
    if lem == "blow" and "up" in parts and obj is not None and olem in INFRASTRUCTURE:
        return Candidate(tok, [tok], Sense("ASSAULT", "destroy", "17"), "phrasal")
    for part in parts:
        if (lem, part) in lx.PHRASAL:
            return Candidate(tok, [tok], lx.PHRASAL[(lem, part)], "phrasal")
    for c in tok.children:  # "remained on alert", "put on high alert"
        if c.dep_ == "prep" and str(c.lower_) == "on" and any(
                _lemma(g) == "alert" for g in c.children):
            return Candidate(tok, [tok], Sense("MOBILIZE", "alert", "15"), "phrasal")
    if lem in lx.LIGHT_VERBS and obj is not None:
        target = _money_target(obj)
        sense = noun_sense(target, lem)
        if sense is not None:
            return Candidate(tok, [target], sense, "light", noun=target)
    if lem in lx.OBJECT_VERBS and obj is not None:
        sense = _object_sense(tok, lem, _money_target(obj))
        if sense is not None:
            return Candidate(tok, [tok], sense, "object")
    for c in tok.children:  # "joined talks", "gathered for a meeting", "stopped work in a strike"
        if c.dep_ == "prep" and str(c.lower_) in ("for", "on", "in"):
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ == "NOUN":
                    sense = noun_sense(g)
                    if sense is not None and sense.plover_type in ("CONSULT", "PROTEST",
                                                                   "COOPERATE") and \
                            lem not in lx.VERBS and lem not in lx.SPEECH_VERBS:
                        return Candidate(tok, [g], sense, "light", noun=g)
    subj = _subject_of(tok)
    if subj is not None and lem in GATHERING and _lemma(subj) in PROTESTERS:
        return Candidate(tok, [tok], Sense("PROTEST", "demo", "14"), "verb")
    if subj is None and tok.dep_ == "acl" and lem in lx.MOTION_VERBS:
        head = tok.head
        inner = [g for c in head.children if c.dep_ == "prep" and str(c.lower_) == "of"
                 for g in c.children if g.dep_ == "pobj"]
        if _lemma(head) in lx.FORCE_NOUNS or any(_lemma(g) in lx.FORCE_NOUNS for g in inner):
            subj = head
    if lem in lx.MOTION_VERBS and subj is not None and (_lemma(subj) in lx.FORCE_NOUNS or any(
            _lemma(g) in lx.FORCE_NOUNS for c in subj.children if c.dep_ == "prep"
            and str(c.lower_) == "of" for g in c.children if g.dep_ == "pobj")):
        hints = {_lemma(t) for t in subj.subtree} & lx.AID_FORCE_HINTS
        if hints:  # "peacekeepers arrived", "an aid convoy reached Mekelle"
            mode = "humanitarian" if hints & lx.RELIEF_GOODS else "peacekeeping"
            return Candidate(tok, [tok], Sense("AID", mode, "07"), "motion")
        return Candidate(tok, [tok], Sense("MOBILIZE", "troops", "15"), "motion")
    if lem in lx.VISIT_VERBS and subj is not None and (
            _lemma(subj) in lx.VISITOR_HINTS or subj.ent_type_ == "PERSON"):
        return Candidate(tok, [tok], Sense("CONSULT", "visit", "04"), "visit")
    if lem in lx.PARTICLE_ONLY:
        return None
    sense = lx.VERBS.get(lem)
    if sense is None:
        return None
    if (sense.plover_type == "ASSAULT" or sense.mode == "destroy") and natural_cause(tok):
        return None  # "an earthquake struck the region, killing 30 people"
    if lem == "target" and tok.dep_ in ("acl", "relcl", "advcl"):
        return None  # "tweets targeting lawmakers"
    if lem == "fight" and obj is not None and obj.ent_type_ not in ("NORP", "ORG", "GPE", "PERSON") \
            and olem not in lx.FORCE_NOUNS and olem not in MILITARY_TARGETS:
        return None  # "fight the epidemic", "fighting extradition"
    if lem == "visit":
        sense = Sense("CONSULT", "visit", "04")
    if sense.mode == "obstruct" and obj is not None and olem not in OBSTRUCTABLE:
        sense = Sense("COERCE", "restrict", "17")  # "blocked aid convoys": not a protest
    if lem == "deploy" and obj is not None and {_lemma(t) for t in obj.subtree} & lx.AID_FORCE_HINTS:
        sense = Sense("AID", "peacekeeping", "07")
    if lem in ("return", "allow", "permit", "train", "release", "free") and obj is None and \
            not any(c.dep_ in ("nsubjpass", "xcomp", "ccomp") for c in tok.children):
        return None  # "returned home", "he returned to Iraq": no one handed anything back
    if lem in ("charge",) and obj is None and \
            not any(c.dep_ == "nsubjpass" for c in tok.children):
        return None  # "charge" needs someone charged
    return Candidate(tok, [tok], sense, "verb")


def _ready_candidate(tok: Token) -> Candidate | None:
    """'France is ready to contribute troops': an offer, PLOVER AGREE."""
    if _lemma(tok) not in lx.READY_ADJECTIVES or tok.dep_ not in ("acomp", "amod", "ROOT", "conj"):
        return None
    if any(c.dep_ in ("xcomp",) or (c.dep_ == "prep" and str(c.lower_) == "to") for c in tok.children):
        return Candidate(tok, [tok], Sense("AGREE", "intent", "03"), "verb")
    return None


def _is_verbal(tok: Token) -> bool:
    """A verb, including verbs the tagger calls something else but tags VB*."""
    return tok.pos_ == "VERB" or (str(tok.tag_).startswith("VB") and tok.pos_ != "AUX")


def _noun_candidate(tok: Token, sent: SpacySpan) -> Candidate | None:
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    sense = noun_sense(tok)
    if sense is None:
        return None
    if tok.dep_ == "ROOT":
        return Candidate(tok, [tok], sense, "noun")
    head = tok.head
    if not_realized(tok) or _lemma(tok) in lx.DENIED_CLAIMS and _lemma(head) in (
            "reject", "deny", "dismiss", "refute", "rebuff"):
        return None  # "rejected accusations": the accusation is what is denied, no event
    if tok.dep_ in NOUN_CORE_DEPS and (head.dep_ == "ROOT" or head.head.dep_ == "ROOT"):
        return Candidate(tok, [tok], sense, "noun", noun=tok)
    pos = noun_position(tok)  # "the hypothesis that the fire was an act of sabotage"
    if pos.dep_ in NOUN_CORE_DEPS and pos.head.dep_ == "ROOT" or in_proposition(pos.head) and (
            pos.dep_ == "attr" or _lemma(pos.head) in ("happen", "occur", "take")):
        return Candidate(tok, [tok], sense, "noun", noun=tok)
    if not any(_is_verbal(t) for t in sent) and sense.plover_type == "MOBILIZE" \
            and noun_key(tok) in CONSTRUCTION_NOUNS:  # verbless: "..., of the construction of X"
        return Candidate(tok, [tok], sense, "noun", noun=tok)
    if responsibility_noun(tok) or sense.plover_type == "ASSAULT" and toll_attack(tok):
        # "claimed responsibility for the bombing", "the death toll from the bombing rose"
        return Candidate(tok, [tok], sense, "noun", noun=tok)
    if tok.dep_ == "pobj" and str(head.lower_) == "of" and _lemma(head.head) in CARRIERS and \
            head.head.dep_ in NOUN_CORE_DEPS and head.head.head.dep_ in ("ROOT", "ccomp"):
        return Candidate(tok, [tok], sense, "noun", noun=tok)  # "fear an escalation of fighting"
    if tok.dep_ == "pobj" and head.dep_ == "agent":  # "compounded by the visit of ..."
        return Candidate(tok, [tok], sense, "noun", noun=tok)
    if any(c.dep_ == "amod" and _lemma(c) in lx.LIGHT_VERBS for c in tok.children) and any(
            c.dep_ == "prep" and str(c.lower_) in ("on", "against") for c in tok.children):
        return Candidate(tok, [tok], sense, "noun", noun=tok)  # "increased attacks on X"
    return None


def _path_to(tok: Token, ancestor: Token) -> list[str] | None:
    """Dependency labels from ``tok`` up to ``ancestor`` (None if it is not an ancestor)."""
    labels: list[str] = []
    cur = tok
    while cur.i != ancestor.i:
        if cur.head.i == cur.i:
            return None
        labels.append(cur.dep_)
        cur = cur.head
    return labels


def _absorbed(inner: Candidate, outer: Candidate) -> bool:
    """True when ``inner`` is part of ``outer``'s event (its complement, or a duplicate)."""
    if inner.content:
        return False
    if inner.anchor.i == outer.anchor.i:
        return True
    path = _path_to(inner.anchor, outer.anchor)
    if path and outer.sense is STATEMENT and _lemma(outer.anchor) in DELIBERATION and \
            path[-1] in ("xcomp", "ccomp"):  # "considering sending aid and to retaliate"
        return not hypothesis_content(inner.anchor)
    if path is None or "conj" in path:
        return False
    if outer.sense is STATEMENT:  # "studying the possibility that ...", "a statement saying"
        return not hypothesis_content(inner.anchor) and \
            not st.statement_content(inner.anchor, outer.anchor)
    if inner.sense.plover_type == outer.sense.plover_type:
        return True
    if outer.sense.plover_type == "PROTEST" and (inner.sense.plover_type in (
            "REQUEST", "ACCUSE", "REJECT") or inner.sense.mode == "destroy"):
        return True  # "demonstrated to demand reforms", "rioted, setting fire to ...": the
        # protest's aim, or destruction incidental to a riot (the codebook)
    if is_content(inner, outer, path):
        as_content(inner, outer)
        return False  # "refused to withdraw", "vowed to block": kept, negated or future
    if outer.sense.plover_type in VERBAL_GOVERNORS and outer.kind != "noun":
        return path[-1] in COMPLEMENT_DEPS and "advcl" not in path[:-1] and path[-1] != "advcl"
    return False


def _is_background(c: Candidate) -> bool:
    if c.kind == "motion" and c.anchor.dep_ == "acl":
        return False  # "dozens of trucks coming from Iraq": the movement is the news
    return is_background(c.anchor) and not news_in_circumstance(c.anchor, c.sense.plover_type)


def _promise(c: Candidate) -> Candidate:
    """'will provide aid' is a promise (AGREE), 'will not lift the ban' a refusal (REJECT),
    as are 'will not accept refugees' and 'failed to reach agreement'."""
    if c.kind == "noun":
        return c
    if c.sense.plover_type in COOPERATIVE and (
            (any(ch.dep_ == "neg" for ch in c.anchor.children)
             and _has_aux(c.anchor, {"will", "would", "can", "could", "ca", "wo", "shall"}))
            or (c.anchor.dep_ == "xcomp" and _lemma(c.anchor.head) in ("fail", "decline"))):
        c.sense = Sense("REJECT", c.sense.mode, "12")
        return c
    if c.sense.plover_type in ("ASSAULT", "COERCE", "SANCTION") and _has_aux(
            c.anchor, {"will", "would", "may", "might", "could", "'ll"}) and any(
            ch.dep_ == "advcl" and any(m.dep_ == "mark" and str(m.lower_) in ("if", "unless")
                                       for m in ch.children) for ch in c.anchor.children):
        c.sense = Sense("THREATEN", "violence" if c.sense.plover_type == "ASSAULT" else
                        "restrict", "13")  # a conditional hostile act is a threat (codebook)
        return c
    if c.sense.plover_type not in lx.PROMISABLE | lx.CONCEDABLE:
        return c
    if not _has_aux(c.anchor, {"will", "would", "shall", "'ll"}):
        return c
    if any(ch.dep_ == "neg" for ch in c.anchor.children):
        c.sense = Sense("REJECT", c.sense.mode, "12")
    elif c.sense.plover_type in lx.CONCEDABLE:
        c.sense = Sense("CONCEDE", c.sense.mode, "08")  # "announced it would withdraw"
    else:
        c.sense = Sense("AGREE", "intent", "03")
    return c


def find_candidates(sent: SpacySpan) -> list[Candidate]:
    """Every event trigger of one parsed sentence, complements absorbed, in text order."""
    found: list[Candidate] = []
    used_nouns: set[int] = set()
    for tok in sent:
        cand = _verb_candidate(tok) if _is_verbal(tok) else _ready_candidate(tok) \
            if tok.pos_ == "ADJ" else None
        if cand is not None:
            found.append(_promise(cand))
            if cand.noun is not None:
                used_nouns.add(cand.noun.i)
    if not [c for c in found if c.sense is not STATEMENT and c.sense is not DENIAL
            and not _is_background(c)]:
        for tok in sent:
            if tok.i in used_nouns:
                continue
            cand = _noun_candidate(tok, sent)
            if cand is not None:
                found.append(cand)
    for o in found:  # "vowed to keep attacking", "swore to fight": a threat, not a promise
        if _lemma(o.anchor) in VOWS and any(
                c is not o and c.sense.plover_type in HOSTILE and _path_to(c.anchor, o.anchor)
                for c in found):
            o.sense = Sense("THREATEN", "violence", "13")
        elif _lemma(o.anchor) in VOWS and any(
                c.dep_ == "xcomp" and _lemma(c) in ("fight", "kill", "attack", "destroy", "avenge")
                for c in o.anchor.children):
            o.sense = Sense("THREATEN", "violence", "13")
    for o in list(found):  # "accused X of the bombing": the bombing is X's, reported
        for noun, sense in content_noun_senses(o, used_nouns):
            inner = Candidate(noun, [noun], sense, "noun", noun=noun)
            as_content(inner, o)
            found.append(inner)
            used_nouns.add(noun.i)
    keep: list[Candidate] = []
    for c in found:
        if any(o is not c and _absorbed(c, o) and (o.anchor.i != c.anchor.i or found.index(o) <
                                                  found.index(c)) for o in found):
            continue
        if c.sense is STATEMENT or c.sense is DENIAL or _is_background(c) or _is_purpose(c):
            continue
        keep.append(c)
    for c in keep:
        c.main = c.main and _is_main(c.anchor)
        if c.sense.plover_type == "REQUEST" and not st.is_comment(c.sense.cameo_root):
            c.sense = Sense("REQUEST", c.sense.mode, _request_root(c))
    return keep


def _is_purpose(c: Candidate) -> bool:
    """'raised money to support refugees': a cooperative aim, not an act that took place."""
    a = c.anchor
    return c.kind in ("verb", "light", "object") and a.dep_ == "advcl" and \
        c.sense.plover_type in COOPERATIVE and \
        any(ch.dep_ == "aux" and str(ch.lower_) == "to" for ch in a.children)


def _request_root(c: Candidate) -> str:
    """CAMEO splits requests: an appeal (02) or a demand (10, verbal conflict) - 'demanded',
    or a call for sanctions, withdrawal or resignation."""
    if _lemma(c.anchor) in ("demand", "insist", "pressure", "press") or c.sense.cameo_root == "10" \
            and _lemma(c.anchor) not in lx.SPEECH_VERBS:
        return "10"
    words = {_lemma(t) for t in c.anchor.subtree}
    return "10" if words & CONFLICT_DEMANDS else "02"


def _is_main(tok: Token) -> bool:
    """A main-clause event: the root, its coordinated verbs, or the complement of a speech verb."""
    cur = tok
    while cur.dep_ in ("conj", "xcomp") and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ == "ROOT":
        return True
    if cur.dep_ == "ccomp" and str(cur.head.lemma_).lower() in lx.SPEECH_VERBS:
        return True
    return False


__all__ = ["Candidate", "find_candidates", "is_headline", "noun_sense", "VERBAL_GOVERNORS"]
