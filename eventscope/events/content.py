"""The content of a threat, a refusal or an accusation: one PLOVER event, two factualities.

PLOVER codes "Hamas threatened to shell the airport" as one THREATEN, "pledged to release
the hostages" as one AGREE (the codebook: "the
mode is the *content* of the threat"), "refused to withdraw" as one REJECT and "accused
Moscow of shelling" as one ACCUSE. Analysts still need to know that the shelling is only
threatened (future), the withdrawal did not happen (negated) and the shelling is Kyiv's
claim (reported). So the embedded act is kept as a secondary, lower-confidence mention that
carries the governor's PLOVER type (never a separate ASSAULT or RETREAT, which would be a
false event) and its own factuality from its own trigger. Such mentions are never merged
with their governor.
"""

from __future__ import annotations

from typing import Any

from .lexicon import Sense
from .nouns import lemma as _lemma
from .nouns import noun_sense

Candidate = Any  # detect.Candidate (kept untyped here to avoid an import cycle)
Token = Any

THREAT_VERBS = {"threaten", "vow", "swear", "pledge", "promise", "warn"}
REFUSAL_VERBS = {"refuse", "decline"}
PROMISE_VERBS = {"agree", "pledge", "promise", "vow", "swear", "offer", "undertake"}
ACCUSING_VERBS = {"accuse", "blame", "charge", "suspect", "indict", "convict"}

HOSTILE_CONTENT = {"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "PROTEST"}
THREAT_MODES = {"ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "relations",
                "PROTEST": "restrict", "REJECT": "relations"}


def is_content(inner: Candidate, outer: Candidate, path: list[str]) -> bool:
    """Whether ``inner`` is what ``outer`` threatens, refuses or alleges (path: dependency
    labels from inner's anchor up to outer's)."""
    olem = _lemma(outer.anchor)
    otype = outer.sense.plover_type
    if outer.kind == "noun" or not path:
        return False
    if otype == "REJECT" and olem in REFUSAL_VERBS:
        return path[-1] == "xcomp" and len(path) <= 2
    if otype == "THREATEN" and olem in THREAT_VERBS:
        return path[-1] == "xcomp" and len(path) <= 2
    if otype == "AGREE" and olem in PROMISE_VERBS:
        return path[-1] == "xcomp" and len(path) <= 2  # "pledged to release": future
    if otype == "ACCUSE" and olem in ACCUSING_VERBS:
        return len(path) <= 3 and path[-1] == "prep" and path[0] in ("pcomp", "pobj")
    return False


def content_mode(inner: Candidate, outer: Candidate) -> str | None:
    """The governor's mode read from its content ('threatened to shell' -> violence)."""
    t, m = inner.sense.plover_type, inner.sense.mode
    if outer.sense.plover_type == "THREATEN":
        if t == "COERCE":
            return "arrest" if m == "arrest" else "restrict"
        return THREAT_MODES.get(t, outer.sense.mode)
    if outer.sense.plover_type == "ACCUSE":
        return "allege"
    return outer.sense.mode


def as_content(inner: Candidate, outer: Candidate) -> None:
    """Turn ``inner`` into a secondary mention of ``outer``'s event type, remembering what
    the act itself is (``content_type``) and which trigger governs it."""
    inner.content_type = inner.sense.plover_type
    inner.governor = (outer.start_char, outer.end_char)
    inner.sense = Sense(outer.sense.plover_type, content_mode(inner, outer),
                        outer.sense.cameo_root)
    inner.main = False
    inner.content = True


def content_noun_senses(outer: Candidate, taken: set[int]) -> list[tuple[Token, Sense]]:
    """Event nouns an accusation or threat is about: 'accused Russia of the bombing',
    'claimed responsibility for the attack' (the claim itself is speech, no event)."""
    anchor = outer.anchor
    olem = _lemma(anchor)
    if outer.sense.plover_type not in ("ACCUSE", "THREATEN") or olem not in (
            ACCUSING_VERBS | THREAT_VERBS):
        return []
    out: list[tuple[Token, Sense]] = []
    if outer.sense.plover_type == "THREATEN" and olem in THREAT_VERBS:
        for noun in anchor.children:  # "threatened military action", "vowed retaliation"
            if noun.dep_ == "dobj" and noun.i not in taken and noun.pos_ == "NOUN":
                sense = noun_sense(noun)
                if sense is not None and sense.plover_type in HOSTILE_CONTENT:
                    out.append((noun, sense))
    holders = [anchor] + [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")]
    for prep in (p for h in holders for p in h.children):  # "accused the rebels of ..."
        if prep.dep_ != "prep" or str(prep.lower_) not in ("of", "for", "over", "with"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.i in taken or noun.pos_ not in ("NOUN", "PROPN"):
                continue
            sense = noun_sense(noun)
            if sense is not None and sense.plover_type in HOSTILE_CONTENT:
                out.append((noun, sense))
    return out


RESPONSIBILITY = {"responsibility", "credit", "blame"}


def responsibility_noun(tok: Token) -> bool:
    """'claimed responsibility for the bombing': the bombing is an event (reported)."""
    head = tok.head
    return tok.dep_ == "pobj" and str(head.lower_) in ("for", "of") and \
        _lemma(head.head) in RESPONSIBILITY


__all__ = ["as_content", "content_noun_senses", "is_content", "responsibility_noun"]
