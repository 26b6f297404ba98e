"""From a syntactic argument (a token of the spaCy parse) to the actor mentions it stands for.

An argument head is widened to its noun phrase ("Lebanon's new President Elias Hrawi",
"dozens of supporters of X"); coordinated heads ("Iran and Syria", "Hungarian and Romanian
officials") give one mention each. Inside one phrase the actors stage may have found several
mentions ("US" + "President Donald Trump", "Turkish Kurd" + "refugees"): the phrase is ONE
party, so it yields one mention, the one nearest the phrase's head, with the country a
modifier gives when its own has none. A phrase with no linked mention becomes an unlinked
mention of its own (``via="syntax"``); a bare unlinked pronoun yields nothing.

>>> # "the deputy chief of Israel's militia ally in southern Lebanon" -> one mention, "Israel"
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..doc import ActorMention, Doc
from .party_nouns import is_party_noun

Token = Any

RELATIVE = {"who", "which", "that", "whom"}
PRONOUNS = {"it", "they", "he", "she", "we", "i", "you", "them", "him", "her", "us", "this",
            "its", "their", "his", "our", "my",
            "itself", "themselves", "himself", "herself", "myself", "ourselves", "one", "some",
            "all", "both", "others", "another", "those", "these",
            "there", "what", "nobody", "no one", "none", "anyone", "everyone", "someone"}
LEFT_DEPS = {"compound", "amod", "det", "poss", "nmod", "nummod", "quantmod", "case", "flat",
             "punct", "advmod", "predet"}
#: heads whose "of" phrase names the party: "leader of X", "dozens of X", "home of X"
OF_HEADS = {"chief", "head", "leader", "deputy", "commander", "member", "group", "dozen",
            "hundred", "thousand", "number", "part", "faction",
            "wing", "supporter", "unit", "remnant", "million", "ten", "score", "most", "many",
            "some", "several", "side", "team", "delegation", "people", "band", "militant",
            "office", "home", "house", "residence", "headquarters", "camp", "family",
            "government", "ministry", "branch", "official", "representative", "spokesman",
            "minister", "president", "army", "force", "troop", "soldier", "police", "member-state",
            # "the Essequibo region of Guyana": the country whose region it is
            "region", "province", "territory", "district",
            # "the 27 member states of the EU", "countries of the Sahel alliance"
            "state", "country", "nation"}
ROLE_HEADS = {"official", "force", "troop", "side", "delegation", "government", "leader",
              "minister", "authority", "army", "soldier", "diplomat", "negotiator", "police",
              "militia", "fighter", "people", "citizen", "national", "representative"}
#: people heads whose "from" phrase names the party: "negotiators from Israel and Hamas"
FROM_HEADS = ROLE_HEADS | {"negotiator", "envoy", "delegate", "mediator", "observer", "expert",
                           "officer", "commander", "member", "team", "representative"}
NON_ACTOR_HEADS = {"day", "week", "month", "year", "time", "morning", "night", "evening",
                   "afternoon", "weekend", "today", "yesterday", "percent", "%", "hour",
                   "minute", "decade", "century", "tonight", "tomorrow"}
NON_ACTOR_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"}
#: heads that name someone else than their possessor: "her colleagues", "its allies"
RELATION_HEADS = {"colleague", "ally", "partner", "counterpart", "rival", "opponent", "enemy",
                  "critic", "friend", "relative", "family", "neighbour", "neighbor", "comrade",
                  "supporter", "follower", "sibling", "brother", "sister", "son", "daughter",
                  "father", "mother", "husband", "wife", "widow", "host", "guest", "successor",
                  "predecessor"}


def _end(sp: Any, lo: int, hi: int) -> int:
    """Trim trailing punctuation from [lo, hi)."""
    while hi - 1 > lo and sp[hi - 1].is_punct:
        hi -= 1
    return hi


def np_tokens(head: Token) -> tuple[int, int]:
    """Token range [start, end) of the core noun phrase of ``head``: modifiers to its left,
    compound/flat names to its right, plus the core of an ``of`` phrase after a generic head
    ('dozens of supporters of X'), without what hangs off that phrase ('... in Lebanon')."""
    lo = head.i
    for c in head.lefts:
        if c.dep_ in LEFT_DEPS:
            lo = min(lo, c.left_edge.i if c.dep_ in ("poss", "compound", "amod", "nmod") else c.i)
    hi = head.i + 1
    for c in head.rights:
        if c.dep_ in ("flat", "compound") or (c.dep_ == "case" and c.i == hi):
            hi = max(hi, c.right_edge.i + 1)
    lem = str(head.lemma_).lower()
    if lem in OF_HEADS or lem in FROM_HEADS or head.pos_ == "NUM":
        preps = ("of", "for") if lem in OF_HEADS or head.pos_ == "NUM" else ()
        preps += ("from",) if lem in FROM_HEADS else ()
        for c in head.rights:
            if c.dep_ == "prep" and str(c.lower_) in preps and c.i == hi:
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    hi = max(hi, np_tokens(objs[0])[1])
                    for g in objs[0].children:  # "of Iran and Syria"
                        if g.dep_ == "conj" and g.i >= hi:
                            hi = max(hi, np_tokens(g)[1])
                break
    doc = head.doc
    while lo < head.i and doc[lo].is_punct:
        lo += 1
    return lo, _end(doc, head.i, hi)


def conjuncts(head: Token) -> list[Token]:
    """The head and the nouns coordinated with it ('Iran and Syria')."""
    out = [head]
    for c in head.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.extend(conjuncts(c))
    return out


def split_modifiers(head: Token) -> list[tuple[int, int]] | None:
    """'Hungarian and Romanian officials' -> ['Hungarian', 'Romanian officials']; nationality
    adjectives split any head ('Russian and Chinese warships': two navies)."""
    role = str(head.lemma_).lower() in ROLE_HEADS
    for c in head.lefts:
        if c.dep_ in ("amod", "compound") and any(g.dep_ == "conj" for g in c.children):
            parts = [c] + [g for g in c.children if g.dep_ == "conj"]
            if not role and not all(p.ent_type_ in ("NORP", "GPE") for p in parts):
                continue
            spans = [(p.i, p.i + 1) for p in parts[:-1]]
            spans.append((parts[-1].i, head.i + 1))
            return spans
    return None


def member_parties(head: Token) -> Token | None:
    """'Negotiators from Israel and Hamas', 'representatives of the government and the ELN':
    people who stand for coordinated parties are those parties (the first of them returned;
    its conjuncts follow)."""
    lem = str(head.lemma_).lower()
    if lem not in FROM_HEADS and lem not in OF_HEADS:
        return None
    for c in head.rights:
        if c.dep_ == "prep" and str(c.lower_) in ("of", "from"):
            for g in c.children:
                if g.dep_ == "pobj" and any(k.dep_ == "conj" and k.pos_ in ("PROPN", "NOUN")
                                            for k in g.children) and (
                        g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "ORG", "NORP")
                        or any(t.ent_type_ in ("GPE", "ORG", "NORP") for t in g.subtree)):
                    return g
            return None
    return None


def resolve_relative(tok: Token) -> Token:
    """'the group, which attacked': the relative pronoun stands for the noun it modifies."""
    if str(tok.text).lower() in RELATIVE and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def valid_head(tok: Token) -> bool:
    """Can this token head an actor phrase at all (not 'Tuesday', 'three years', '5%')?"""
    lem = str(tok.lemma_).lower()
    if tok.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "ADJ", "X"):
        return False
    return lem not in NON_ACTOR_HEADS and tok.ent_type_ not in NON_ACTOR_ENTS


def _depth(sp: Any, m: ActorMention, head: Token, lo: int, hi: int) -> tuple[int, int]:
    """How far below the phrase head the mention's own head sits (0 = it covers the head)."""
    toks = [t for t in sp[lo:hi] if m.start <= t.idx < m.end]
    if not toks:
        return 99, 0
    if any(t.i == head.i for t in toks):
        return 0, -len(m.text)
    best = 99
    for t in toks:
        cur, d = t, 0
        while cur.i != head.i and cur.head.i != cur.i and d < 8:
            cur, d = cur.head, d + 1
        if cur.i == head.i:
            best = min(best, d)
    return best, -len(m.text)


def main_mention(sp: Any, linked: list[ActorMention], head: Token, lo: int,
                 hi: int) -> ActorMention:
    """The one mention a phrase stands for: nearest its head, with a modifier's country."""
    ranked = sorted(linked, key=lambda m: (m.text.lower() in PRONOUNS,
                                           *_depth(sp, m, head, lo, hi)))
    best = ranked[0]
    if best.country_code is None:
        for m in ranked[1:]:
            if m.country_code and m.text.lower() not in PRONOUNS:
                return replace(best, country_code=m.country_code)
    return best


def antecedent(doc: Doc, m: ActorMention, head: Token) -> ActorMention:
    """A linked pronoun ('he said he would') becomes the same actor's name in the sentence."""
    if m.text.lower() not in PRONOUNS or not m.actor_id:
        return replace(m)
    sent = head.sent
    for a in doc.actors:
        if a.actor_id == m.actor_id and sent.start_char <= a.start < m.start and \
                a.text.lower() not in PRONOUNS:
            return replace(a)
    return replace(m)


def mentions_for(doc: Doc, head: Token) -> list[ActorMention]:
    """Actor mentions for one argument head: one per coordinated phrase, linked when the
    actors stage found the actor inside the phrase, else the phrase itself."""
    head = resolve_relative(head)
    out: list[ActorMention] = []
    sp = head.doc
    for h in conjuncts(head):
        if not valid_head(h):
            continue
        named = [c for c in h.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and _named_appos(c)]
        named += [a for c in h.children if c.dep_ == "prep" and str(c.lower_) == "of"
                  for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"
                  for a in g.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
        if _title_head(h) and named:  # "the mayor of Istanbul, Ekrem Imamoglu": the name,
            lo, _ = np_tokens(h)        # spanning the title too
            start = sp[lo].idx
            for m in mentions_for(doc, named[0])[:1]:
                end = m.end + 1 if doc.text[m.end:m.end + 1] == ")" else m.end
                if start < m.start:  # "... Biafra (MASSOB)": close the bracket it opened
                    end = end if "(" in doc.text[start:m.end] else m.end
                    m = replace(m, start=start, end=end, text=doc.text[start:end])
                out.append(m)
            continue
        members = member_parties(h)
        if members is not None:  # "negotiators from Israel and Hamas": two parties
            out.extend(mentions_for(doc, members))
            continue
        for lo, hi in split_modifiers(h) or [np_tokens(h)]:
            start, end = sp[lo].idx, sp[hi - 1].idx + len(sp[hi - 1].text)
            linked = [a for a in doc.actors if start <= a.start and a.end <= end]
            if not linked:
                linked = [a for a in doc.actors if a.start < end and start < a.end
                          and a.start <= h.idx < a.end]
            if str(h.lemma_).lower() in RELATION_HEADS:  # "her colleagues": not her
                linked = [a for a in linked if not _possessive_pronoun(sp, a, h)]
            if linked:
                best = antecedent(doc, main_mention(sp, linked, h, lo, hi), h)
                out.append(_with_title(doc, h, widen(doc, best, linked)))
                continue
            if str(h.text).lower() in PRONOUNS and hi - lo == 1:
                continue
            out.append(ActorMention(start=start, end=end, text=doc.text[start:end], via="syntax",
                                    country_code=_place_country(doc, h, start, end)))
    return out


def _possessive_pronoun(sp: Any, a: ActorMention, h: Token) -> bool:
    """Is the actor mention ``a`` only the possessive pronoun of ``h`` ('her' in 'her
    colleagues')?"""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" and c.idx <= a.start < c.idx + len(c.text)
               for c in h.children)


def _with_title(doc: Doc, h: Token, m: ActorMention) -> ActorMention:
    """'Kenzo Oshima, the UN relief coordinator': a name with its title in apposition is one
    mention spanning both (the identity stays the name's)."""
    if h.pos_ != "PROPN" or m.end > h.idx + len(h.text) + 1:
        return m
    for c in h.children:
        if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ != "PERSON" and \
                c.i > h.i and \
                str(h.doc[c.left_edge.i - 1].text) == "," and is_party_noun(str(c.lemma_)):
            lo, hi = np_tokens(c)
            end = h.doc[hi - 1].idx + len(h.doc[hi - 1].text)
            if end > m.end and lo == c.left_edge.i:
                return replace(m, end=end, text=doc.text[m.start:end])
    return m


def _title_head(h: Token) -> bool:
    """A role noun heading a phrase that an appositive name follows: 'the mayor', also when
    tagged as a proper noun ('the Sudanese Foreign Minister, Ibrahim Ghandour')."""
    if h.pos_ == "NOUN":
        return True
    return bool(h.pos_ == "PROPN" and not h.ent_type_ and is_party_noun(str(h.lemma_)))


def _named_appos(c: Token) -> bool:
    """An appositive that is a person's or body's name (the entity may sit on its first
    words only: 'Professor Ibrahim Ahmed Ghandour')."""
    if c.ent_type_ in ("PERSON", "ORG"):
        return True
    lo, hi = np_tokens(c)
    return any(c.doc[i].ent_type_ == "PERSON" for i in range(lo, hi))


def widen(doc: Doc, best: ActorMention, linked: list[ActorMention]) -> ActorMention:
    """One party named by several mentions ('South Korean army' + 'officers'): its span
    covers them all, its identity stays the chosen mention's."""
    names = [m for m in linked if m.text.lower() not in PRONOUNS] + [best]
    start, end = min(m.start for m in names), max(m.end for m in names)
    if (start, end) == (best.start, best.end):
        return best
    return replace(best, start=start, end=end, text=doc.text[start:end])


def _place_country(doc: Doc, head: Token, start: int, end: int) -> str | None:
    """'arrived in Amman', 'Yemeni tribesmen': an unlinked argument is in the country of the
    place or demonym it is (or, failing that, that it contains)."""
    inside = [p for p in doc.places if start <= p.start and p.end <= end and p.country_code]
    for p in inside:
        if p.start <= head.idx < p.end:
            return p.country_code
    return inside[0].country_code if len({p.country_code for p in inside}) == 1 else None


def is_pronoun(tok: Token) -> bool:
    """A personal or possessive pronoun ('its', 'their', 'he')."""
    return tok.pos_ == "PRON" or str(tok.lower_) in PRONOUNS


__all__ = [
    "PRONOUNS",
    "antecedent",
    "conjuncts",
    "is_pronoun",
    "main_mention",
    "member_parties",
    "mentions_for",
    "np_tokens",
    "resolve_relative",
    "valid_head",
    "widen",
]
