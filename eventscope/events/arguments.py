"""Source and target of an event, read from the dependency parse.

Active subject is the source and object the target; a passive subject is the target and
the ``by`` agent the source ("is opposed to X" is active); "attacks on X", "against X",
"with X", "between X and Y", "investigation into X" give targets; goods go to a recipient
("gave Tanzania a grant", "sent aid to X", "aid for X": the recipient, not the goods, is the
target); a complement carries the target of the verb that governs it ("threatened to break
relations with Russia", "agreed to provide aid for Romania"); a protest's target is what its
purpose clause is against ("to protest X's failure", "in protest against X"); an event noun's
possessor, nationality adjective or ``by`` phrase gives its source, and "its attack" is the
attack of the clause's subject. Coordinated actors become compound arguments; each noun
phrase is one party (:func:`eventscope.actors.phrases.mentions_for`). Split appositions,
event nouns whose arguments hang elsewhere and help to a region are repaired in
:mod:`eventscope.events.arg_spans`; measures, requests, conditions, offices and bare
complements that name a party are read in :mod:`eventscope.events.arg_complements`.
"""

from __future__ import annotations

from typing import Any

from ..actors import role_words as rw
from ..actors.party_nouns import is_party_noun
from ..actors.phrases import (
    is_pronoun,
    mentions_for,
    np_tokens,
    resolve_relative,
    valid_head,
)
from ..doc import ActorMention, Doc
from .arg_complements import (
    asking_complement,
    bare_complement,
    border_parties,
    condition_subject,
    document_author,
    fire_target,
    office_party,
    raised_object,
    restriction_targets,
    sentiment_targets,
)
from .arg_spans import (
    described_name,
    drop_overlapping,
    first_conjunct,
    fold_appositions,
    force_country,
    hit_objects,
    mission_country,
    named_person,
    noun_carriers,
    own_force,
    support_verb,
    widen_start,
)
from .detect import Candidate
from .lexicon import AID_NOUNS, GIVING_VERBS, NOUNS, SPEECH_VERBS, VERBS, WEAPON_NOUNS
from .place_targets import (
    country_place,
    is_place,
    lemma,
    place_target,
    prep_objects,
    setting_only,
)

Token = Any

TARGET_PREPS = {"on", "against", "upon", "into", "toward", "towards"}
HOSTILE_PREPS = {"at"}  # "fired at X"; "met at the Kremlin" is where
WITH_TYPES = {"CONSULT", "AGREE", "COOPERATE", "ASSAULT", "REJECT", "SANCTION", "THREATEN",
              "SUPPORT"}  # "agreed with the Senate", "sided with X"
TO_TYPES = {"AID", "SUPPORT", "REQUEST", "THREATEN", "COOPERATE", "CONCEDE", "ACCUSE", "REJECT",
            "SANCTION", "AGREE", "RETREAT"}
OF_TYPES = {"ASSAULT", "COERCE", "ACCUSE"}
HOSTILE = {"ASSAULT", "COERCE"}
#: help given to a body in a country is given to the country
HELPING = {"AID", "AGREE", "SUPPORT", "COOPERATE"}
SUPPORT_PREPS = {"on", "against", "upon", "into"}
#: "X received / hosted Y": Y visits X, so Y is the source (PLOVER's visit direction)
HOST_VERBS = {"host", "receive"}
#: measures imposed on a place's people: the town itself is acted upon ("curfew in Abidjan")
TOPIC_TYPES = {"CONSULT", "AGREE"}
BETWEEN_TYPES = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "REJECT"}
#: instruments, not parties: "pounded X with artillery"
INSTRUMENTS = WEAPON_NOUNS | rw.INSTRUMENT_WORDS
#: what is handed over: its recipient ("to X", "for X", the dative) is the target
GOODS = rw.FORCE_LIKE | AID_NOUNS | WEAPON_NOUNS | rw.GOODS_WORDS
GIVING = GIVING_VERBS | rw.GIVING_WORDS
#: place kinds that can be acted upon as a party: a country, a province ('a ceasefire in Idlib')
ACTOR_ENTS = {"GPE", "NORP", "ORG", "PERSON", "FAC", "LOC"}


def _subject(verb: Token) -> tuple[Token | None, bool]:
    """(subject head, passive?) of a verb, inherited through xcomp/conj/acl when it has none."""
    cur = verb
    for _ in range(4):
        for c in cur.children:
            if c.dep_ in ("nsubj", "csubj"):
                return c, False
            if c.dep_ == "nsubjpass":
                return c, True
        if cur.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acomp") and cur.head.i != cur.i:
            cur = cur.head
            continue
        if cur.dep_ == "acl":  # "civilians killed by ...", "trucks coming from ..."
            return cur.head, cur.tag_ == "VBN"
        if cur.dep_ == "relcl":
            return cur.head, False
        break
    return None, False


def _speaker_for(pron: Token) -> Token | None:
    """'Hungary has said it will support': 'it' is Hungary; 'the government has made it
    clear it will not lift the ban': 'it' (a subject) is the governing clause's subject."""
    low = str(pron.lower_)
    if low not in ("it", "they", "he", "she", "we"):
        return None
    cur = pron.head
    for _ in range(5):
        if cur.head.i == cur.i:
            return None
        speech = cur.dep_ == "ccomp" and lemma(cur.head) in SPEECH_VERBS
        if speech:
            for c in cur.head.children:
                if c.dep_ == "nsubj" and not is_pronoun(c) and c.i < pron.i:
                    return c
            if speech:
                return None
        cur = cur.head
    return None


def _agent(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _via(tok: Token, prep: str) -> bool:
    """Is ``tok`` the object of the preposition ``prep``?"""
    return bool(tok.dep_ == "pobj" and str(tok.head.lower_) == prep)


def _datives(tok: Token) -> list[Token]:
    """'gave Tanzania a grant': the nominal dative."""
    return [c for c in tok.children if c.dep_ == "dative" and c.pos_ != "ADP"]


def _inner_party(obj: Token) -> list[Token] | None:
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
        inner = [c for c in obj.children if c.dep_ in ("amod", "compound")
                 and c.ent_type_ in ("NORP", "GPE", "ORG")]
    if not inner:  # "accepted an invitation to meet with X", "appeals to release X"
        inner = asking_complement(obj)
    return inner or None


def _actor_like(doc: Doc, tok: Token) -> bool:
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


def _inner_parties(tok: Token) -> list[Token]:
    """Who is inside an abstract noun: 'calls by X', 'X's failure', 'crimes committed by X'."""
    inner = prep_objects(tok, {"by", "from", "of", "with", "against", "on", "to", "for",
                                "between"})
    if lemma(tok) not in GOODS:  # "promised Washington's support": the giver, not a target
        inner += [c for c in tok.children if c.dep_ == "poss"]
    for c in tok.children:
        if c.dep_ == "acl":
            agent = _agent(c)
            if agent is not None:
                inner.append(agent)
    return inner


def _actorize(doc: Doc, tok: Token, depth: int = 2, concrete: bool = False) -> list[Token]:
    """The actor a target phrase stands for: itself, or the party inside an abstract noun
    ('calls by Belarus's rulers' -> rulers, 'a ban by General Aoun' -> Aoun). With
    ``concrete`` (attacks), a concrete thing hit is a target too ('struck a bus')."""
    tok = resolve_relative(tok)
    if not valid_head(tok):
        return []
    counted = prep_objects(tok, {"of"}) if lemma(tok) in rw.QUANTITY_HEADS else []
    if counted and not _actor_like(doc, counted[0]):  # "eased some of its restrictions"
        return []
    if lemma(tok) in GOODS and not is_party_noun(lemma(tok)) and any(
            c.dep_ == "poss" for c in tok.children):  # "promised Washington's support (for
        return [t for t in _inner_parties(tok)     # X)": the possessor gives; X gets
                if valid_head(t) and _actor_like(doc, t)]
    if concrete and tok.pos_ == "NOUN" and lemma(tok) not in INSTRUMENTS | rw.ABSTRACT | NOUNS.keys():
        inner = [t for t in _inner_parties(tok) if valid_head(t) and _actor_like(doc, t)
                 and t.dep_ != "poss" and not setting_only(doc, t)]  # "enclave of Ghouta"
        return [tok] if not inner or is_party_noun(lemma(tok)) else inner
    if _actor_like(doc, tok) and (lemma(tok) not in rw.STAND_INS or named_person(tok)):
        return [tok]
    inner = [t for t in _inner_parties(tok) if valid_head(t)]
    found = [t for t in inner if _actor_like(doc, t)]
    if not found and depth > 1:
        found = [a for t in inner for a in _actorize(doc, t, depth - 1)]
    if found:
        return found
    return [tok] if _actor_like(doc, tok) else []


def _noun_source(noun: Token) -> list[Token]:
    """Source of an event noun: possessor, nationality modifier, or a 'by' phrase."""
    out = [c for c in noun.children if c.dep_ == "poss"]
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ in ("NORP", "GPE", "ORG")):
            out.append(c)
        elif c.dep_ == "compound" and lemma(c) in INSTRUMENTS:  # "an [Israeli drone] strike"
            out += [g for g in c.children if g.dep_ in ("amod", "compound")
                    and g.ent_type_ in ("NORP", "GPE", "ORG")]
    out.extend(prep_objects(noun, {"by", "from"}))
    if lemma(noun) in rw.MOVEMENT_NOUNS:  # "the deployment of NATO troops": who moves
        out.extend(prep_objects(noun, {"of"}))
    return out


def _clause_subject(noun: Token) -> Token | None:
    """'Israel mounted its invasion', 'the army intensified its bombardment': the subject of
    the verb whose object the event noun is."""
    cur = first_conjunct(noun)
    for _ in range(3):
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep":
            cur = cur.head.head
            continue
        if cur.dep_ in ("dobj", "attr", "nsubjpass") or cur.pos_ in ("VERB", "AUX"):
            verb = cur if cur.pos_ in ("VERB", "AUX") else cur.head
            subj, passive = _subject(verb)
            if subj is not None and not passive and not is_pronoun(subj):
                return subj
            return None
        break
    return None


def _recipients(verb: Token) -> tuple[list[Token], list[Token]]:
    """(recipients, goods) of a giving verb: 'gave Tanzania a grant', 'offered its troops to
    X', 'provide aid for Romania', '70 million dollars of aid to X'."""
    if lemma(verb) not in GIVING:
        return [], []
    goods = [c for c in verb.children if c.dep_ == "dobj" and lemma(c) in GOODS]
    out = _datives(verb) + prep_objects(verb, {"to", "for"})
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


def _complement_targets(doc: Doc, verb: Token, depth: int = 2) -> list[Token]:
    """Targets inside a verb's complement: 'threatened to break relations with Russia',
    'agreed to provide aid for Romania and Poland', 'ready to host a meeting between X and Y'."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ != "xcomp" and not bare_complement(c):  # "let free X"
            continue
        recipients, goods = _recipients(c)
        out += recipients
        out += [g for g in c.children if g.dep_ == "dobj" and lemma(g) not in rw.FORCE_LIKE
                and lemma(c) not in rw.CREATE_VERBS  # "agreed to set up field hospitals"
                and g not in goods]
        out += _datives(c)
        out += prep_objects(c, TARGET_PREPS | {"to", "with", "between"})
        for g in c.children:
            if g.dep_ == "dobj":
                out += prep_objects(g, {"on", "against", "with", "to", "between"})
        out = [t for t in out if _actorize(doc, t)]
        if not out and depth > 1:
            out = _complement_targets(doc, c, depth - 1)
        if out:
            return out
    return out


def _protest_targets(carriers: list[Token]) -> list[Token]:
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


def _purpose_objects(carriers: list[Token]) -> list[Token]:
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


def _nested_targets(carrier: Token, preps: set[str]) -> list[Token]:
    """'suspension of air links with Serbia', 'called for sanctions against Nigeria', 'lifted
    restrictions imposed on X': the party hangs off the noun the event is about."""
    out: list[Token] = []
    for c in carrier.children:  # "restrictions imposed on X", "a ban placed on X"
        if c.dep_ == "acl" and c.tag_ == "VBN":
            out += prep_objects(c, {"on", "against", "upon"})
    for g in carrier.children:
        if g.dep_ == "dobj":
            for c in g.children:
                if c.dep_ == "acl" and c.tag_ == "VBN":
                    out += prep_objects(c, {"on", "against", "upon"})
    for g in prep_objects(carrier, {"by", "over", "via", "on"}):
        if lemma(g) in rw.CHANNEL_NOUNS:  # "spoke by telephone with X"
            out += prep_objects(g, {"with"})
    for g in prep_objects(carrier, {"near", "along", "on", "at", "to", "across"}):
        if lemma(g) in rw.BORDER_NOUNS:  # "massed near the border with Armenia"
            out += prep_objects(g, {"with"})
    inner = prep_objects(carrier, {"of"}) if carrier.pos_ in ("NOUN", "PROPN") else []
    inner += [g for g in prep_objects(carrier, {"for"}) if lemma(g) in NOUNS]
    for g in inner:
        out += prep_objects(g, preps & {"with", "against", "on", "to", "between", "into"})
    return out


def _visit_targets(anchor: Token) -> list[Token]:
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


def _circumstance_actor(verb: Token) -> list[Token]:
    """'11 soldiers were killed after the Islamic State attacked a camp', 'X was released after
    President Y pardoned him': who did it is the subject of the act told in the 'after/when/as'
    clause."""
    for c in verb.children:
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and str(g.lower_) in ("after", "when", "as")
                                     for g in c.children):
            subj, passive = _subject(c)
            if subj is not None and not passive and not is_pronoun(subj) and (
                    lemma(c) in VERBS or any(g.dep_ == "dobj" and lemma(g) in NOUNS
                                              for g in c.children)):
                return [subj]
    return []


def _state_of_place(verb: Token) -> list[Token]:
    """An arrest or expulsion with no agent: the country it happened in or from did it."""
    for t in prep_objects(verb, {"in", "from"}):
        if t.ent_type_ == "GPE":
            return [t]
    return []


def _source_heads(doc: Doc, cand: Candidate) -> tuple[list[Token], list[Token]]:
    """(source heads, target heads found on the way: passive subjects, attack objects)."""
    src: list[Token] = []
    tgt: list[Token] = []
    anchor = cand.anchor
    if cand.kind == "noun":
        src += [t for t in _noun_source(anchor) if not is_pronoun(t)]
        if not src:
            owner = _clause_subject(anchor)
            if owner is not None:
                src.append(owner)
        if not src:
            src += [t for t in _noun_source(anchor) if is_pronoun(t)]
        root = anchor.sent.root
        if not src and root.i < anchor.i and root.pos_ in ("NOUN", "PROPN") and \
                _actor_like(doc, root):
            src.append(root)  # "The Daesh jihadists, in fact, have ... attacks on X"
        return src, tgt
    subj, passive = _subject(anchor)
    agent = _agent(anchor)
    if passive and agent is None and lemma(anchor) in rw.STATIVE_PASSIVES:
        passive = False  # "Israel is opposed to French mediation"
    if passive:
        handed = lemma(anchor) in GIVING and prep_objects(anchor, {"to"})
        if subj is not None and cand.kind != "light" and not handed:
            tgt.append(subj)  # "suspects were handed over to X": the goods, not the party
        if agent is not None:
            src.append(agent)
        else:  # "was killed in an Israeli drone strike": the strike's author
            for p in prep_objects(anchor, {"in", "during"}):
                if lemma(p) in NOUNS or lemma(p) in INSTRUMENTS:
                    src += [t for t in _noun_source(p) if not is_pronoun(t)]
    elif subj is not None:
        if (lemma(subj) in NOUNS or lemma(subj) in rw.MOVEMENT_NOUNS) and subj.pos_ == "NOUN":
            src += _noun_source(subj)  # "the attack killed ...": the attack's author
            tgt += prep_objects(subj, {"on", "against"})
        else:
            src.append(document_author(subj) or _speaker_for(subj) or subj)
    if not src and passive and agent is None:
        src += _circumstance_actor(anchor)
        if not src and cand.sense.plover_type in ("COERCE", "SANCTION"):
            src += _state_of_place(anchor)  # "was arrested in Niger": Niger's authorities
    if cand.noun is not None:
        if not src:
            src += _noun_source(cand.noun)
        else:
            src += [c for c in cand.noun.children if c.dep_ == "poss" and not is_pronoun(c)]
    return src, tgt


def _for_subjects(noun: Token) -> list[Token]:
    """'a grant for Bangladesh to support refugees', parsed as a 'for X to do' clause: X."""
    out: list[Token] = []
    for c in noun.children:
        if c.dep_ in ("advcl", "acl", "relcl") and any(
                g.dep_ == "mark" and str(g.lower_) == "for" for g in c.children):
            out += [g for g in c.children if g.dep_ == "nsubj"]
    return out


def _own_forces(tok: Token) -> bool:
    """'its remaining troops', '500 soldiers', 'tens of thousands of reservists': forces that
    someone moves are their own, not the party acted on."""
    for _ in range(2):
        if lemma(tok) in rw.FORCE_LIKE or lemma(tok) in rw.OWN_FORCES:
            return True
        inner = prep_objects(tok, {"of"})
        if not inner or (lemma(tok) not in rw.QUANTITY_HEADS and tok.pos_ != "NUM"):
            return False
        tok = inner[0]
    return False


def _guest_of(tok: Token, verb: Token) -> bool:
    """'received Zelenskiy', 'Zelenskiy was hosted by': the one hosted, not an event noun."""
    return tok.head.i == verb.i and tok.dep_ in ("dobj", "nsubjpass")


def _target_preps(ptype: str) -> set[str]:
    preps = set(TARGET_PREPS) | (HOSTILE_PREPS if ptype in HOSTILE | {"THREATEN"} else set())
    if ptype in WITH_TYPES:
        preps.add("with")
    if ptype in TO_TYPES:
        preps.add("to")
    if ptype in BETWEEN_TYPES:
        preps.add("between")
    if ptype == "CONSULT":
        preps |= {"between", "from"}
    if ptype == "REQUEST":
        preps |= {"from", "for"}  # "called for the resignation of X": X (inside the noun)
    if ptype == "MOBILIZE":
        preps = {"against"}
    return preps


def _target_heads(doc: Doc, cand: Candidate, tgt: list[Token]) -> list[Token]:
    """Target heads of one candidate, most direct first, falling back to complements."""
    ptype = cand.sense.plover_type
    anchor = cand.anchor
    goods: list[Token] = []
    if cand.kind != "noun" and ptype != "MOBILIZE":
        recipients, goods = _recipients(anchor)
        tgt += recipients
    if cand.kind in ("verb", "phrasal"):
        if lemma(anchor) in (rw.WITHDRAW_VERBS | rw.DEPLOY_VERBS) - rw.EXPEL_VERBS:  # own
            goods += [c for c in anchor.children if c.dep_ == "dobj" and _own_forces(c)]
        tgt += [c for c in anchor.children if c.dep_ == "dobj" and c not in goods]
    tgt += _datives(anchor)
    if cand.kind == "noun" and anchor.dep_ == "dobj":  # "gave the gangs an ultimatum"
        tgt += _datives(anchor.head)
        if lemma(anchor.head) in GIVING:  # the same, parsed with two objects
            tgt += [c for c in anchor.head.children if c.dep_ == "dobj" and c.i < anchor.i
                    and _actor_like(doc, c)]
    preps = _target_preps(ptype)
    carriers = [anchor] + ([cand.noun] if cand.noun is not None and cand.noun is not anchor else [])
    carriers += [c for n in carriers if n.pos_ in ("NOUN", "PROPN") for c in noun_carriers(n)]
    tgt += [g for c in carriers if c.dep_ == "acl" and c.tag_ == "VBG" and c is not anchor
            for g in c.children if g.dep_ == "dobj"]  # "a statement urging X to ..."
    tgt += [t for t in sentiment_targets(carriers) if t not in tgt]  # "condolences to X"
    for carrier in carriers:
        tgt += prep_objects(carrier, preps)
        tgt += _nested_targets(carrier, preps)
        if ptype == "AID" and carrier.pos_ == "NOUN" and lemma(carrier) in GOODS:
            tgt += prep_objects(carrier, {"for"})  # "a $500 million grant for Bangladesh"
            tgt += _for_subjects(carrier)
        if ptype in OF_TYPES and carrier.pos_ in ("NOUN", "PROPN") and \
                lemma(carrier) in NOUNS:  # "its bombardment of a neighbourhood"
            tgt += prep_objects(carrier, {"of"})
    tgt += [t for t in restriction_targets(carriers) if t not in tgt]  # "a boycott of X"
    tgt += [t for t in border_parties(carriers) if t not in tgt]  # "its borders with X"
    if cand.kind == "noun" and ptype in HOSTILE:  # "air strikes hit the enclave"
        tgt += [t for t in hit_objects(anchor) if t not in tgt]
    verb = support_verb(anchor) if cand.kind == "noun" and ptype in HOSTILE else None
    if verb is not None:  # "launched air strikes on X" with "on X" hung on the verb
        tgt += [t for t in prep_objects(verb, SUPPORT_PREPS) if t not in tgt]
    if cand.kind != "noun":
        stood_in: list[Token] = []
        for obj in [t for t in tgt if t.dep_ in ("dobj", "nsubjpass")]:
            inner = _inner_party(obj)
            if inner is not None:
                tgt = [t for t in tgt if t is not obj] + inner
                stood_in.append(obj)
        for obj in [c for c in anchor.children if c.dep_ == "dobj"]:
            if obj not in tgt:  # the event noun or the goods: its "with"/"to" party; a
                # stand-in's "on" phrase is its topic ("Trump's comments on seizures")
                own = {"with", "to", "against"} if obj in stood_in else \
                    {"with", "to", "against", "on", "between"}
                tgt += prep_objects(obj, own & (preps | {"with"}))
    if ptype in TOPIC_TYPES:  # "talks on the disputed border": the topic, not a party
        tgt = [t for t in tgt if not (str(t.head.lower_) in ("on", "upon", "about")
                                      and t.pos_ == "NOUN" and not is_party_noun(lemma(t)))]
    if any(not _via(t, "at") for t in tgt):  # "fired on X at a checkpoint": where, not whom
        tgt = [t for t in tgt if not _via(t, "at")]
    if ptype in HOSTILE:
        tgt = [t for t in tgt if not (lemma(t) in INSTRUMENTS and t.head.dep_ == "prep"
                                      and str(t.head.lower_) == "with")]
    heads = [a for t in tgt for a in (
        _actorize(doc, t, concrete=ptype in HOSTILE) if not _via(t, "with")
        else [t] if _actor_like(doc, t) else [])]  # "with the approval of X": not X
    if ptype == "PROTEST" and not heads:
        heads = [a for t in _protest_targets(carriers) for a in _actorize(doc, t)]
    if not heads and cand.kind != "noun":
        if ptype == "ASSAULT":  # "exploded near a convoy, killing two soldiers"
            for c in anchor.children:
                if c.dep_ == "advcl" and c.tag_ == "VBG":
                    heads += [a for g in c.children if g.dep_ == "dobj" for a in _actorize(doc, g)]
        if not heads:  # "threatened to shell X": X is the target
            heads = [a for t in _complement_targets(doc, anchor) for a in _actorize(doc, t)]
    noun = anchor if cand.kind == "noun" else cand.noun
    if not heads and noun is not None and lemma(noun) in rw.STAND_INS:
        heads = [a for t in _inner_party(noun) or [] for a in _actorize(doc, t)]
    if ptype == "REQUEST" and not heads:  # "called for Britain to stay": Britain
        heads = [a for t in _for_subjects(anchor) for a in _actorize(doc, t)]
    if ptype == "REQUEST" and not heads:  # "demanded that X do": X is the target
        for c in anchor.children:
            if c.dep_ == "ccomp":
                heads += [a for g in c.children if g.dep_ in ("nsubj", "nsubjpass")
                          for a in _actorize(doc, g)]
    if not heads and ptype in ("AID", "SUPPORT", "AGREE", "COOPERATE"):
        heads = [a for t in _purpose_objects(carriers) for a in _actorize(doc, t)]
    if not heads and cand.kind != "noun":  # "allowed Ouattara to run"
        heads = [a for t in raised_object(anchor) for a in _actorize(doc, t)]
    if not heads and ptype in HOSTILE:  # "set fire to the offices of X"
        heads = [a for t in fire_target(anchor) for a in _actorize(doc, t, concrete=True)]
    if not heads and ptype == "THREATEN" and not any(  # "to strike unless Israel rescinds"
            _actor_like(doc, g) for c in anchor.children if c.dep_ == "xcomp"
            for g in c.children if g.dep_ == "dobj"):
        heads = [a for t in condition_subject(anchor) for a in _actorize(doc, t)]
    if not heads:  # "resigned as president of Indonesia"
        heads = [a for t in office_party(anchor) for a in _actorize(doc, t)]
    if not heads and cand.sense.mode == "visit":
        heads = _visit_targets(anchor)
    if not heads and lemma(anchor) in rw.WITHDRAW_VERBS:  # "withdrew from the ECOWAS bloc"
        heads = [t for t in prep_objects(anchor, {"from"}) if not is_place(doc, t) and (
            t.ent_type_ == "ORG" or any(g.ent_type_ == "ORG" or g.pos_ == "PROPN"
                                        for g in t.lefts))]
    if ptype == "MOBILIZE":  # what is mobilised is one's own; where it goes may be a party
        heads = [t for t in heads if t.dep_ != "dobj"]
    if not heads and ptype not in ("CONSULT", "PROTEST"):
        heads = place_target(doc, anchor, cand.noun, ptype)
    heads = [described_name(t) or t for t in heads]
    if ptype in HELPING:  # "troops to a peacekeeping force in Liberia": Liberia
        heads = [mission_country(doc, t) or t for t in heads]
        # "agreed to an expansion of its force in Afghanistan": Afghanistan, not its force
        heads = [force_country(doc, t) if own_force(t) else t for t in heads]
        heads = [t for t in heads if t is not None]
    heads = [t for t in heads if not setting_only(doc, t)]
    if any(not is_place(doc, t) for t in heads):  # "invited X to Berlin": where X goes
        heads = [t for t in heads if not is_place(doc, t) or country_place(doc, t)]
    return heads


def arguments(doc: Doc, cand: Candidate) -> tuple[list[ActorMention], list[ActorMention]]:
    """(source, target) actor mentions of one candidate event."""
    src_heads, tgt_found = _source_heads(doc, cand)
    tgt_heads = _target_heads(doc, cand, tgt_found)
    if cand.sense.plover_type == "CONSULT" and lemma(cand.anchor) in HOST_VERBS and \
            src_heads and tgt_heads and all(_guest_of(t, cand.anchor) for t in tgt_heads):
        # a visit goes from the guest to the host ("hosted talks between X and Y": no guest)
        src_heads, tgt_heads = tgt_heads, src_heads
    source: list[ActorMention] = []
    target: list[ActorMention] = []
    for h in src_heads:
        ms = mentions_for(doc, h)
        if lemma(h) in INSTRUMENTS and all(m.via == "syntax" for m in ms):
            continue  # "killed by an improvised explosive device": no one named
        source.extend(ms)
    tgt_heads, title_starts = fold_appositions(tgt_heads)
    for h in tgt_heads:
        ms = mentions_for(doc, h)
        if h.i in title_starts and ms:  # "the UAE Ambassador to Bahrain, Abdulridha Khori"
            ms[0] = widen_start(doc, ms[0], h.doc[title_starts[h.i]].idx)
        target.extend(ms)
    source = drop_overlapping(_dedupe(source))
    return source, drop_overlapping(_dedupe([t for t in target if not _overlaps_any(t, source)]))


def target_regions(cand: Candidate) -> list[tuple[int, int]]:
    """Character ranges of the phrases an event is aimed at ('against enemy positions in X')."""
    carriers = [cand.anchor] + ([cand.noun] if cand.noun is not None else [])
    out = []
    for carrier in carriers:
        for c in carrier.children:
            if c.dep_ in ("dobj",) or (c.dep_ == "prep" and str(c.lower_) in TARGET_PREPS):
                toks = list(c.subtree)
                out.append((toks[0].idx, toks[-1].idx + len(toks[-1].text)))
    return out


def _overlaps_any(m: ActorMention, others: list[ActorMention]) -> bool:
    return any(m.start < o.end and o.start < m.end for o in others)


def _dedupe(ms: list[ActorMention]) -> list[ActorMention]:
    seen: set[tuple[int, int]] = set()
    out = []
    for m in ms:
        if (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            out.append(m)
    return out


__all__ = ["arguments", "mentions_for", "np_tokens", "target_regions"]
