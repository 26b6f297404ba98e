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
complements that name a party are read in :mod:`eventscope.events.arg_complements`; which
phrase is a party in :mod:`eventscope.events.arg_parties`; targets found when none is named
directly in :mod:`eventscope.events.arg_fallbacks`; tolls, detonations and things given back
in :mod:`eventscope.events.arg_acts`.
"""

from __future__ import annotations

from typing import Any

from ..actors import role_words as rw
from ..actors.party_nouns import is_party_noun
from ..actors.phrases import is_pronoun, mentions_for, np_tokens
from ..doc import ActorMention, Doc
from .arg_acts import NEAR_PREPS, detonation, returned_to, toll_of_attack
from .arg_complements import (
    border_parties,
    document_author,
    restriction_targets,
    sentiment_targets,
)
from .arg_fallbacks import fallback_targets, for_subjects
from .arg_parties import (
    GIVING,
    GOODS,
    HOSTILE,
    INSTRUMENTS,
    TARGET_PREPS,
    actor_like,
    actorize,
    agent_of,
    datives,
    inner_party,
    recipients_of,
    via,
)
from .arg_spans import (
    described_name,
    drop_overlapping,
    first_conjunct,
    fold_appositions,
    force_country,
    hit_objects,
    mission_country,
    noun_carriers,
    own_force,
    support_verb,
    widen_start,
)
from .detect import Candidate
from .lexicon import NOUNS, SPEECH_VERBS, VERBS
from .place_targets import country_place, is_place, lemma, prep_objects, setting_only

Token = Any

HOSTILE_PREPS = {"at"}  # "fired at X"; "met at the Kremlin" is where
WITH_TYPES = {"CONSULT", "AGREE", "COOPERATE", "ASSAULT", "REJECT", "SANCTION", "THREATEN",
              "SUPPORT"}  # "agreed with the Senate", "sided with X"
TO_TYPES = {"AID", "SUPPORT", "REQUEST", "THREATEN", "COOPERATE", "CONCEDE", "ACCUSE", "REJECT",
            "SANCTION", "AGREE", "RETREAT"}
OF_TYPES = {"ASSAULT", "COERCE", "ACCUSE"}
#: help given to a body in a country is given to the country
HELPING = {"AID", "AGREE", "SUPPORT", "COOPERATE"}
SUPPORT_PREPS = {"on", "against", "upon", "into"}
#: "X received / hosted Y": Y visits X, so Y is the source (PLOVER's visit direction)
HOST_VERBS = {"host", "receive"}
#: measures imposed on a place's people: the town itself is acted upon ("curfew in Abidjan")
TOPIC_TYPES = {"CONSULT", "AGREE"}
BETWEEN_TYPES = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "REJECT"}
#: "summoned the envoy to its foreign ministry": the envoy, called to a place
SUMMON_VERBS = {"summon", "invite"}
#: an 'after/when/as' clause tells the act behind a passive ("were killed when X attacked")
WHEN_MARKS = {"after", "when", "as"}


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


def _circumstance(verb: Token) -> Token | None:
    """The act told in a verb's 'after/when/as' clause ('were killed after the Islamic State
    attacked a camp'), when it has an active subject of its own."""
    for c in verb.children:
        if c.dep_ == "advcl" and any(g.dep_ in ("mark", "advmod") and str(g.lower_) in WHEN_MARKS
                                     for g in c.children):
            subj, passive = _subject(c)
            if subj is not None and not passive and not is_pronoun(subj) and (
                    lemma(c) in VERBS or any(g.dep_ == "dobj" and lemma(g) in NOUNS
                                              for g in c.children)):
                return c
    return None


def _circumstance_actor(verb: Token) -> list[Token]:
    """'11 soldiers were killed after the Islamic State attacked a camp', 'X was released after
    President Y pardoned him': who did it is the subject of the act told in the 'after/when/as'
    clause."""
    c = _circumstance(verb)
    subj = _subject(c)[0] if c is not None else None
    return [subj] if subj is not None else []


def _circumstance_targets(verb: Token) -> list[Token]:
    """'were killed after IS attacked an army camp', 'when ISIL launched an attack on the
    embassy': what the attack told in the clause was aimed at is a target too."""
    c = _circumstance(verb)
    if c is None:
        return []
    out: list[Token] = []
    if lemma(c) in VERBS and VERBS[lemma(c)].plover_type in HOSTILE:
        out += [g for g in c.children if g.dep_ == "dobj"]
        out += prep_objects(c, {"on", "against"})
    for g in c.children:
        if g.dep_ == "dobj" and lemma(g) in NOUNS and NOUNS[lemma(g)].plover_type in HOSTILE:
            out += prep_objects(g, {"on", "against"}) + prep_objects(c, {"on", "against"})
    return out


def _elided_passive(verb: Token, subj: Token) -> bool:
    """'were killed and 41 wounded': a participle joined to a passive, whose subject is a
    bare count, shares the passive ('41 [were] wounded')."""
    return bool(verb.tag_ == "VBN" and verb.dep_ == "conj" and subj.pos_ == "NUM"
                and any(c.dep_ == "auxpass" for c in verb.head.children))


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
                actor_like(doc, root):
            src.append(root)  # "The Daesh jihadists, in fact, have ... attacks on X"
        return src, tgt
    subj, passive = _subject(anchor)
    if subj is not None and not passive and _elided_passive(anchor, subj):
        passive = True  # "26 people were killed and 41 wounded": the 41 were wounded
    agent = agent_of(anchor)
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
        if src and cand.sense.plover_type in HOSTILE:
            tgt += [t for t in _circumstance_targets(anchor) if t not in tgt]
        if not src and cand.sense.plover_type in ("COERCE", "SANCTION"):
            src += _state_of_place(anchor)  # "was arrested in Niger": Niger's authorities
    if cand.noun is not None:
        if not src:
            src += _noun_source(cand.noun)
        else:
            src += [c for c in cand.noun.children if c.dep_ == "poss" and not is_pronoun(c)]
    return src, tgt


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
        recipients, goods = recipients_of(anchor)
        tgt += recipients
    if cand.kind in ("verb", "phrasal"):
        if lemma(anchor) in (rw.WITHDRAW_VERBS | rw.DEPLOY_VERBS) - rw.EXPEL_VERBS:  # own
            goods += [c for c in anchor.children if c.dep_ == "dobj" and _own_forces(c)]
        owners = returned_to(anchor)  # "return the bases it seized from the government"
        if owners:
            goods += [c for c in anchor.children if c.dep_ == "dobj"]
            tgt += owners
        if detonation(anchor):  # "detonated his vehicle near a base": the base is hit
            goods += [c for c in anchor.children if c.dep_ == "dobj"]
            tgt += prep_objects(anchor, NEAR_PREPS)
        tgt += [c for c in anchor.children if c.dep_ == "dobj" and c not in goods]
    tgt += datives(anchor)
    if cand.kind == "noun" and anchor.dep_ == "dobj":  # "gave the gangs an ultimatum"
        tgt += datives(anchor.head)
        if lemma(anchor.head) in GIVING:  # the same, parsed with two objects
            tgt += [c for c in anchor.head.children if c.dep_ == "dobj" and c.i < anchor.i
                    and actor_like(doc, c)]
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
            tgt += for_subjects(carrier)
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
            inner = inner_party(obj)
            if inner is not None:
                tgt = [t for t in tgt if t is not obj] + inner
                stood_in.append(obj)
        for obj in [c for c in anchor.children if c.dep_ == "dobj"]:
            if obj not in tgt:  # the event noun or the goods: its "with"/"to" party; a
                # stand-in's "on" phrase is its topic ("Trump's comments on seizures")
                own = {"with", "to", "against"} if obj in stood_in else \
                    {"with", "to", "against", "on", "between"}
                tgt += prep_objects(obj, own & (preps | {"with"}))
    if lemma(anchor) in SUMMON_VERBS and any(c.dep_ == "dobj" for c in anchor.children):
        tgt = [t for t in tgt if not (via(t, "to") and t.head.head.i == anchor.i)]  # where
    if ptype in TOPIC_TYPES:  # "talks on the disputed border": the topic, not a party
        tgt = [t for t in tgt if not (str(t.head.lower_) in ("on", "upon", "about")
                                      and t.pos_ == "NOUN" and not is_party_noun(lemma(t)))]
    if any(not via(t, "at") for t in tgt):  # "fired on X at a checkpoint": where, not whom
        tgt = [t for t in tgt if not via(t, "at")]
    if ptype in HOSTILE:
        tgt = [t for t in tgt if not (lemma(t) in INSTRUMENTS and t.head.dep_ == "prep"
                                      and str(t.head.lower_) == "with")]
    heads = [a for t in tgt for a in (
        actorize(doc, t, concrete=ptype in HOSTILE) if not via(t, "with")
        else [t] if actor_like(doc, t) else [])]  # "with the approval of X": not X
    heads = fallback_targets(doc, cand, carriers, heads)
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
    tgt_heads = _target_heads(doc, cand, tgt_found) if not toll_of_attack(doc, cand) else []
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
