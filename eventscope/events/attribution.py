"""Attribution: whom does the writer cite for an event?

Analysts weigh a claim by its source ("according to SOHR", "the ministry said", "MEMRI,
citing local sources, speaks of ..."), so every event carries the source the writer names.
We walk up the dependency parse from the trigger, as factuality does, and take the first
speech verb's subject, the object of "according to" or "citing", or the agent of a passive
"was reported by". An actor the actors stage already linked wins; otherwise the span itself
becomes an unlinked :class:`ActorMention` (``actor_id`` None).

>>> attribution_of(doc, 61, 69).text    # "Human Rights Watch said ... executed"  # doctest: +SKIP
'Human Rights Watch'
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ..annotate.memo import children as _kids
from ..annotate.memo import lower_lemma, memo_for, tokens_of
from ..annotate.memo import subtree as _subtree
from ..doc import ActorMention, Doc
from .factuality import (
    SPEECH_VERBS,
    _governing_speech_verb,
    trailing_speech_verb,
    trigger_token,
)

# Verbs that attribute a complement to their subject, beyond plain speech.
ATTRIBUTING_VERBS = SPEECH_VERBS | frozenset({"accuse", "blame", "claim", "allege", "cite"})
_STOP_EDGES = frozenset({"relcl", "appos", "amod", "poss", "meta", "dep"})
_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i", "its", "their", "this", "that"})
_TRIM = " ,;:-–—\"'“”‘’"


_lemma = lower_lemma  # str(tok.lemma_).lower(), remembered


def _subtree_bounds(tok: Any) -> tuple[int, int]:
    left, right = tok.left_edge, tok.right_edge
    return left.idx, right.idx + len(right.text)


def _source_of_verb(verb: Any) -> tuple[int, int, Any] | None:
    """The cited source of a speech verb: its subject (with a 'citing X' aside) or its agent."""
    subj = next((c for c in _kids(verb) if c.dep_ in ("nsubj", "csubj")), None)
    if subj is None:
        for c in _kids(verb):
            if c.dep_ == "agent":
                obj = next((g for g in _kids(c) if g.dep_ == "pobj"), None)
                if obj is not None:
                    s, e = _subtree_bounds(obj)
                    return s, e, obj
        return _leading_source(verb)
    s, e = _subtree_bounds(subj)
    for c in _kids(verb):
        # "MEMRI, citing local sources, speaks of": the aside is part of who is cited
        if c.lower_ == "citing" and subj.i < c.i < verb.i:
            e = max(e, _subtree_bounds(c)[1])
    return s, e, subj


def _leading_source(verb: Any) -> tuple[int, int, Any] | None:
    """A subject the parser missed: the short capitalised stretch opening the sentence.

    spaCy sometimes reads a rare name as a verb ("MEMRI, citing local sources, speaks of"),
    leaving the speech verb without a subject.
    """
    sent = memo_for(verb.doc).sent(verb)  # verb.sent, without walking the sentence again
    words = [t for t in tokens_of(sent) if t.i < verb.i]
    if not 1 <= len(words) <= 10 or not words[0].text[:1].isupper():
        return None
    if any(t.pos_ in ("AUX",) or t.dep_ in ("nsubj", "nsubjpass") for t in words):
        return None
    last = words[-1]
    return words[0].idx, last.idx + len(last.text), words[0]


def _object_of(prep: Any) -> tuple[int, int, Any] | None:
    """The cited source inside 'according to X' or 'citing X'."""
    for c in _subtree(prep):
        if c.dep_ in ("pobj", "dobj") and c.i != prep.i:
            s, e = _subtree_bounds(c)
            return s, e, c
    return None


def _find_source(tok: Any) -> tuple[int, int, Any] | None:
    found = _walk_to_source(tok)
    if found is None and (verb := trailing_speech_verb(tok)) is not None:
        found = _source_of_verb(verb)
    return found


def _walk_to_source(tok: Any) -> tuple[int, int, Any] | None:
    cur = tok
    for _ in range(40):
        for c in _kids(cur):
            if c.dep_ == "prep" and c.lower_ == "according":
                if (found := _object_of(c)) is not None:
                    return found
            if c.dep_ in ("parataxis", "ccomp", "advcl") and _lemma(c) in ATTRIBUTING_VERBS \
                    and c.i > cur.i and (found := _source_of_verb(c)) is not None:
                return found
        for c in _kids(cur):
            if c.lower_ == "citing" and c.dep_ in ("advcl", "xcomp", "prep", "acl"):
                if (found := _object_of(c)) is not None:
                    return found
        if cur.head.i == cur.i or cur.dep_ in _STOP_EDGES:
            return None
        if cur.dep_ == "acl" and not any(m.dep_ == "mark" for m in _kids(cur)) \
                and not any(a.dep_ == "aux" and a.lower_ == "to" for a in _kids(cur)):
            verb = _governing_speech_verb(cur.head)
            return _source_of_verb(verb) if verb is not None else None
        head = cur.head
        if _lemma(head) in ATTRIBUTING_VERBS and head.pos_ in ("VERB", "AUX") \
                and cur.dep_ != "nsubj" and (found := _source_of_verb(head)) is not None:
            return found
        cur = head
    return None


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and doc.text[start] in _TRIM:
        start += 1
    while end > start and doc.text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _resolve_pronoun(doc: Doc, head: Any) -> ActorMention | None:
    """'it said' / 'he said': the nearest named actor or entity before the pronoun."""
    before = [a for a in doc.actors if a.end <= head.idx and a.text.lower() not in _PRONOUNS]
    if before:
        return max(before, key=lambda a: a.end)
    ents = [e for e in head.doc.ents if e.end_char <= head.idx
            and e.label_ in ("ORG", "PERSON", "NORP", "GPE")]
    if ents and memo_for(head.doc).sent(head).start - 60 <= ents[-1].start:
        e = ents[-1]
        return ActorMention(start=e.start_char, end=e.end_char, text=doc.text[e.start_char:e.end_char],
                            via="attribution")
    return None


def attribution_of(doc: Doc, trigger_start: int, trigger_end: int) -> ActorMention | None:
    """Who the writer cites for the event at ``text[trigger_start:trigger_end]``, or None.

    >>> attribution_of(doc, 90, 96).text   # "MEMRI, citing local sources, speaks of ..."  # doctest: +SKIP
    'MEMRI, citing local sources'
    """
    tok = trigger_token(doc, trigger_start, trigger_end)
    if tok is None:
        return None
    found = _find_source(tok)
    if found is None:
        return None
    start, end, head = found
    start, end = _trim(doc, start, end)
    if end <= start:
        return None
    covering = [a for a in doc.actors if a.start <= head.idx < a.end]
    if covering:
        actor = min(covering, key=lambda a: a.end - a.start)
        if actor.start == start and actor.end == end:
            return actor
        return dataclasses.replace(actor, start=start, end=end, text=doc.text[start:end])
    if head.lower_ in _PRONOUNS and end - start == len(head.text):
        resolved = _resolve_pronoun(doc, head)
        if resolved is not None:
            return resolved
    return ActorMention(start=start, end=end, text=doc.text[start:end], actor_id=None,
                        via="attribution")


__all__ = ["attribution_of"]
