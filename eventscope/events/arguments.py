"""Source and target of an event, read from the dependency parse.

Active subject is the source and object the target; a passive subject is the target and
the ``by`` agent the source; "attacks on X", "against X", "with X" give targets; an event
noun's possessor, nationality adjective or ``by`` phrase gives its source. Coordinated
actors ("Iran and Syria", "Hungarian and Romanian officials") become compound arguments,
one mention each. A syntactic argument is replaced by the linked actor mentions the actors
stage found inside it (their identity, their own span); when there are none, the argument's
noun phrase itself becomes an unlinked mention (``via="syntax"``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..doc import ActorMention, Doc
from .detect import Candidate
from .lexicon import NOUNS, SPEECH_VERBS

Token = Any

TARGET_PREPS = {"on", "against", "at", "upon", "into", "toward", "towards"}
WITH_TYPES = {"CONSULT", "AGREE", "COOPERATE", "ASSAULT", "REJECT"}
TO_TYPES = {"AID", "SUPPORT", "REQUEST", "THREATEN", "COOPERATE", "CONCEDE", "ACCUSE", "REJECT",
            "SANCTION"}
RELATIVE = {"who", "which", "that", "whom"}
PRONOUNS = {"it", "they", "he", "she", "we", "i", "you", "them", "him", "her", "us", "this",
            "itself", "themselves", "himself", "herself", "myself", "ourselves", "one", "some",
            "all", "both", "others", "those", "these",
            "there", "what", "nobody", "no one", "none", "anyone", "everyone", "someone"}
LEFT_DEPS = {"compound", "amod", "det", "poss", "nmod", "nummod", "quantmod", "case", "flat",
             "punct", "advmod", "predet"}
OF_HEADS = {"chief", "head", "leader", "deputy", "commander", "member", "group", "dozen",
            "hundred", "thousand", "number", "part", "faction",
            "wing", "supporter", "unit", "remnant", "million", "ten", "score", "most", "many",
            "some", "several", "side", "team", "delegation", "people", "band", "militant"}
ROLE_HEADS = {"official", "force", "troop", "side", "delegation", "government", "leader",
              "minister", "authority", "army", "soldier", "diplomat", "negotiator", "police",
              "militia", "fighter", "people", "citizen", "national", "representative"}
NON_ACTOR_HEADS = {"day", "week", "month", "year", "time", "morning", "night", "evening",
                   "afternoon", "weekend", "today", "yesterday", "percent", "%"}


def np_tokens(head: Token) -> tuple[int, int]:
    """Token range [start, end) of the core noun phrase of ``head``: modifiers to its left,
    compound/flat names to its right, plus an ``of`` phrase after a generic head."""
    lo = head.i
    stack = [c for c in head.lefts if c.dep_ in LEFT_DEPS]
    for c in stack:
        lo = min(lo, c.left_edge.i if c.dep_ in ("poss", "compound", "amod", "nmod") else c.i)
    hi = head.i + 1
    for c in head.rights:
        if c.dep_ in ("flat", "compound") or (c.dep_ == "case" and c.i == hi):
            hi = max(hi, c.right_edge.i + 1)
    lem = str(head.lemma_).lower()
    if lem in OF_HEADS or head.pos_ == "NUM":
        for c in head.rights:
            if c.dep_ == "prep" and str(c.text).lower() == "of":
                hi = max(hi, c.right_edge.i + 1)
                break
    doc = head.doc
    while lo < head.i and doc[lo].is_punct:
        lo += 1
    while hi - 1 > head.i and doc[hi - 1].is_punct:
        hi -= 1
    return lo, hi


def _conjuncts(head: Token) -> list[Token]:
    out = [head]
    for c in head.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.extend(_conjuncts(c))
    return out


def _split_modifiers(head: Token) -> list[tuple[int, int]] | None:
    """'Hungarian and Romanian officials' -> ['Hungarian', 'Romanian officials']."""
    if str(head.lemma_).lower() not in ROLE_HEADS:
        return None
    for c in head.lefts:
        if c.dep_ in ("amod", "compound") and any(g.dep_ == "conj" for g in c.children):
            parts = [c] + [g for g in c.children if g.dep_ == "conj"]
            spans = [(p.i, p.i + 1) for p in parts[:-1]]
            last = parts[-1]
            spans.append((last.i, head.i + 1))
            return spans
    return None


def _resolve_relative(tok: Token) -> Token:
    if str(tok.text).lower() in RELATIVE and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def _valid_head(tok: Token) -> bool:
    lem = str(tok.lemma_).lower()
    if tok.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "ADJ", "X"):
        return False
    if lem in NON_ACTOR_HEADS or tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT"):
        return False
    return True


def mentions_for(doc: Doc, head: Token) -> list[ActorMention]:
    """Actor mentions for one argument head: linked mentions inside its phrase, else the phrase."""
    head = _resolve_relative(head)
    out: list[ActorMention] = []
    for h in _conjuncts(head):
        if not _valid_head(h):
            continue
        ranges = _split_modifiers(h) or [np_tokens(h)]
        sp = h.doc
        for lo, hi in ranges:
            start, end = sp[lo].idx, sp[hi - 1].idx + len(sp[hi - 1].text)
            linked = [a for a in doc.actors if start <= a.start and a.end <= end]
            if not linked:
                linked = [a for a in doc.actors if a.start < end and start < a.end
                          and a.start <= h.idx < a.end]
            if linked:
                out.extend(_antecedent(doc, a, h) for a in _one_per_identity(linked))
                continue
            if str(h.text).lower() in PRONOUNS and hi - lo == 1:
                continue
            out.append(ActorMention(start=start, end=end, text=doc.text[start:end], via="syntax"))
    return out


def _one_per_identity(ms: list[ActorMention]) -> list[ActorMention]:
    """'Hizbollah (Party of God)': two names of one actor in one phrase are one argument."""
    seen: set[str] = set()
    out = []
    for m in ms:
        if m.actor_id and m.actor_id in seen:
            continue
        if m.actor_id:
            seen.add(m.actor_id)
        out.append(m)
    return out


def _antecedent(doc: Doc, m: ActorMention, head: Token) -> ActorMention:
    """A linked pronoun ('he said he would') becomes the same actor's name in the sentence."""
    if m.text.lower() not in PRONOUNS or not m.actor_id:
        return replace(m)
    sent = head.sent
    for a in doc.actors:
        if a.actor_id == m.actor_id and sent.start_char <= a.start < m.start and \
                a.text.lower() not in PRONOUNS:
            return replace(a)
    return replace(m)


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
    """'Hungary has said it will support': 'it' is Hungary."""
    if str(pron.lower_) not in ("it", "they", "he", "she", "we"):
        return None
    cur = pron.head
    for _ in range(5):
        if cur.dep_ == "ccomp" and str(cur.head.lemma_).lower() in SPEECH_VERBS:
            for c in cur.head.children:
                if c.dep_ == "nsubj" and str(c.lower_) not in PRONOUNS:
                    return c
            return None
        if cur.head.i == cur.i:
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


def _prep_objects(tok: Token, preps: set[str]) -> list[Token]:
    out = []
    for c in tok.children:
        if c.dep_ == "prep" and str(c.text).lower() in preps:
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


FORCE_LIKE = {"troop", "force", "soldier", "peacekeeper", "aid", "sanction", "weapon", "arm",
              "talk", "talks", "support", "assistance", "equipment", "team", "unit"}
STAND_INS = {"diplomat", "ambassador", "envoy", "national", "citizen", "inspector", "worker",
             "official", "representative", "offer", "proposal", "request", "demand", "call",
             "plan", "invitation", "appeal", "talk", "talks", "position", "stronghold", "base",
             "positions", "embassy", "consulate"}


def _inner_party(obj: Token) -> list[Token] | None:
    """'expelled diplomats from Poland' -> Poland; 'rejected an offer from Kabul' -> Kabul."""
    if str(obj.lemma_).lower() not in STAND_INS:
        return None
    inner = _prep_objects(obj, {"from", "of", "by"})
    inner = [t for t in inner if t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or t.pos_ == "PROPN"]
    return inner or None


ACTOR_NOUNS = {"civilian", "soldier", "people", "government", "official", "militant", "troop",
               "force", "police", "army", "rebel", "resident", "protester", "demonstrator",
               "diplomat", "worker", "journalist", "student", "prisoner", "refugee", "villager",
               "leader", "minister", "president", "authority", "regime", "party", "group",
               "militia", "fighter", "guerrilla", "insurgent", "activist", "opposition",
               "member", "citizen", "national", "family", "child", "woman", "man", "officer",
               "commander", "chief", "negotiator", "side", "counterpart", "country", "state",
               "nation", "ally", "neighbor", "neighbour", "embassy", "administration", "court",
               "parliament", "council", "agency", "ministry", "company", "firm", "bank", "union",
               "organization", "organisation", "committee", "delegation", "team", "camp",
               "village", "town", "city", "position", "base", "post", "outpost", "convoy",
               "ship", "vessel", "plane", "aircraft", "helicopter", "settler", "hostage",
               "servicemen", "serviceman", "peacekeeper", "inspector", "monitor", "observer",
               "person", "farmer", "teacher", "doctor", "worshipper", "pilgrim", "suspect",
               "jihadist", "terrorist", "gunman", "gunmen", "warplane", "tank", "unit",
               "supporter", "critic", "dissident", "candidate", "lawmaker", "senator", "judge",
               "general", "king", "prince", "emir", "premier", "chancellor", "envoy", "ambassador",
               "spokesman", "official", "staff", "employee", "crew", "passenger", "patient",
               "victim", "infrastructure", "facility", "site", "stronghold", "hideout",
               "headquarters", "school", "hospital", "mosque", "church", "market", "airport"}
ACTOR_ENTS = {"GPE", "NORP", "ORG", "PERSON", "FAC", "LOC"}


def _actor_like(doc: Doc, tok: Token) -> bool:
    """Can this noun phrase be a party to an event (not 'elections', 'a ban', 'support')?"""
    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ACTOR_ENTS:
        return True
    if str(tok.lemma_).lower() in ACTOR_NOUNS or tok.pos_ == "NUM":
        return True
    lo, hi = np_tokens(tok)
    sp = tok.doc
    if any(sp[i].ent_type_ in ("NORP", "GPE", "ORG") for i in range(lo, hi)):
        return True
    start, end = sp[lo].idx, sp[hi - 1].idx + len(sp[hi - 1].text)
    return any(start <= a.start and a.end <= end for a in doc.actors)


def _actorize(doc: Doc, tok: Token) -> list[Token]:
    """The actor a target phrase stands for: itself, or the party inside an abstract noun
    ('calls by Belarus's rulers' -> rulers, 'a ban by General Aoun' -> Aoun)."""
    tok = _resolve_relative(tok)
    if _actor_like(doc, tok) and str(tok.lemma_).lower() not in STAND_INS:
        return [tok]
    inner = [t for t in _prep_objects(tok, {"by", "from", "of", "with", "against", "on", "to"})
             if _actor_like(doc, t)]
    inner += [c for c in tok.children if c.dep_ == "poss" and _actor_like(doc, c)]
    if inner:
        return inner
    return [tok] if _actor_like(doc, tok) else []


def _place_target(anchor: Token, noun: Token | None, ptype: str) -> list[Token]:
    """No party named: the place acted upon ('invasion of South Lebanon', 'curfew in Sudan')."""
    carriers = [anchor] + ([noun] if noun is not None else [])
    carriers += [c for c in anchor.children if c.dep_ in ("dobj", "xcomp")]
    carriers += [g for c in anchor.children if c.dep_ == "xcomp" for g in c.children
                 if g.dep_ == "dobj"]
    for carrier in carriers:
        preps = {"in", "of", "into", "to"} | ({"from"} if ptype == "RETREAT" else set())
        for t in _prep_objects(carrier, preps):
            if t.ent_type_ in ("GPE", "LOC"):
                return [t]
    return []


def _noun_source(noun: Token) -> list[Token]:
    """Source of an event noun: possessor, nationality modifier, or a 'by' phrase."""
    out = [c for c in noun.children if c.dep_ == "poss"]
    for c in noun.children:
        if c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE", "ORG")):
            out.append(c)
    out.extend(_prep_objects(noun, {"by", "from"}))
    return out


def arguments(doc: Doc, cand: Candidate) -> tuple[list[ActorMention], list[ActorMention]]:
    """(source, target) actor mentions of one candidate event."""
    ptype = cand.sense.plover_type
    src_heads: list[Token] = []
    tgt_heads: list[Token] = []
    anchor = cand.anchor
    if cand.kind == "noun":
        src_heads += _noun_source(anchor)
        root = anchor.sent.root
        if not src_heads and root.i < anchor.i and root.pos_ in ("NOUN", "PROPN") and \
                root.i != anchor.i and _actor_like(doc, root):
            src_heads.append(root)  # "The Daesh jihadists, in fact, have ... attacks on X"
    else:
        subj, passive = _subject(anchor)
        agent = _agent(anchor)
        if passive:
            if subj is not None and cand.kind != "light":
                tgt_heads.append(subj)
            if agent is not None:
                src_heads.append(agent)
        elif subj is not None:
            if str(subj.lemma_).lower() in NOUNS and subj.pos_ == "NOUN":
                src_heads += _noun_source(subj)  # "the attack killed ...": the attack's author
                tgt_heads += _prep_objects(subj, {"on", "against"})
            else:
                src_heads.append(_speaker_for(subj) or subj)
        if cand.kind in ("verb", "phrasal"):
            tgt_heads += [c for c in anchor.children if c.dep_ in ("dobj", "dative")]
        elif cand.kind == "object":
            tgt_heads += [c for c in anchor.children if c.dep_ == "dative"]
            tgt_heads += _prep_objects(anchor, {"to"} if ptype in ("AID", "COOPERATE", "AGREE")
                                       else set())
        if cand.noun is not None:
            if not src_heads:
                src_heads += _noun_source(cand.noun)
            else:
                src_heads += [c for c in cand.noun.children if c.dep_ == "poss"]
    preps = set(TARGET_PREPS)
    if ptype in WITH_TYPES:
        preps.add("with")
    if ptype in TO_TYPES:
        preps.add("to")
    if ptype in ("CONSULT", "REQUEST", "ACCUSE", "SUPPORT"):
        preps |= {"between", "from"} if ptype == "CONSULT" else {"from"} if ptype == "REQUEST" else set()
    if ptype in ("MOBILIZE",):
        preps = {"against"}
    carriers = [anchor] + ([cand.noun] if cand.noun is not None and cand.noun is not anchor else [])
    for carrier in carriers:
        tgt_heads += _prep_objects(carrier, preps)
    if cand.kind != "noun":
        for obj in [t for t in tgt_heads if t.dep_ in ("dobj", "nsubjpass")]:
            inner = _inner_party(obj)
            if inner is not None:
                tgt_heads = [t for t in tgt_heads if t is not obj] + inner
        for obj in [c for c in anchor.children if c.dep_ == "dobj"]:
            if obj not in tgt_heads:  # the event noun or the goods: its "with"/"to" party
                tgt_heads += _prep_objects(obj, {"with", "to", "against", "on"} & (preps | {"with"}))
    tgt_heads = [a for t in tgt_heads for a in _actorize(doc, t)]
    if not tgt_heads and cand.kind != "noun":  # "threatened to shell X": X is the target
        if ptype == "ASSAULT":  # "exploded near a convoy, killing two soldiers"
            for c in anchor.children:
                if c.dep_ == "advcl" and c.tag_ == "VBG":
                    tgt_heads += [g for g in c.children if g.dep_ == "dobj"]
        for c in anchor.children:
            if c.dep_ == "xcomp":
                tgt_heads += [g for g in c.children if g.dep_ in ("dobj", "dative")
                              and str(g.lemma_).lower() not in FORCE_LIKE]
                tgt_heads += _prep_objects(c, TARGET_PREPS | {"to", "with"})
                for g in c.children:
                    if g.dep_ == "dobj":
                        tgt_heads += _prep_objects(g, {"on", "against", "with", "to"})
    if ptype == "REQUEST" and not tgt_heads:  # "demanded that X do": X is the target
        for c in anchor.children:
            if c.dep_ == "ccomp":
                tgt_heads += [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    tgt_heads = [a for t in tgt_heads for a in _actorize(doc, t)]
    if not tgt_heads and ptype not in ("CONSULT", "PROTEST"):
        tgt_heads = _place_target(anchor, cand.noun, ptype)
    if ptype == "CONSULT" and cand.kind in ("visit",) or (ptype == "CONSULT" and
                                                           str(anchor.lemma_).lower() == "visit"):
        # a place visited is the location, not a target
        tgt_heads = [t for t in tgt_heads if t.ent_type_ not in ("GPE", "LOC", "FAC")
                     or t.dep_ == "dobj"]
    if ptype == "MOBILIZE":
        tgt_heads = [t for t in tgt_heads if t.dep_ != "dobj"]
    source: list[ActorMention] = []
    target: list[ActorMention] = []
    for h in src_heads:
        source.extend(mentions_for(doc, h))
    for h in tgt_heads:
        target.extend(mentions_for(doc, h))
    return _dedupe(source), _dedupe([t for t in target if not _overlaps_any(t, source)])


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


__all__ = ["arguments", "mentions_for", "np_tokens"]
