"""Within-document merging: one real event mentioned twice in an article is one Event.

Two events merge when they have the same PLOVER type and the same factuality, their
arguments do not contradict each other (no two different linked actors, no two different
explicit places), and something ties them: a shared linked source, the same explicit
place, or adjacent sentences. The merged event keeps the first mention's trigger and
evidence, lists every evidence span in ``mentions``, and fills gaps from later mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..doc import ActorMention, Event, Place, Quantity
from .statements import is_comment, rank_comments


@dataclass(slots=True)
class Draft:
    """An event plus what merging needs to know: its sentence index and whether its place was
    read from its own clause (``explicit``) or fell back to the document's focus. ``theme``
    holds the lemmas of what moved or was used (the forces of a MOBILIZE), which tie mentions."""

    event: Event
    sent_index: int
    explicit_place: bool
    sent_indices: list[int] = field(default_factory=list)
    theme: set[str] = field(default_factory=set)
    embedded: bool = False  # the content of a threat/refusal/accusation: never merged
    governor: tuple[int, int] | None = None  # embedded: the governing trigger's offsets
    merged_into: "Draft | None" = None  # set when merge_drafts folds this draft into another


def _ids(ms: list[ActorMention]) -> set[str]:
    return {m.actor_id for m in ms if m.actor_id}


def _actors_compatible(a: list[ActorMention], b: list[ActorMention]) -> bool:
    ia, ib = _ids(a), _ids(b)
    return not ia or not ib or bool(ia & ib)


def _place_key(p: Place | None) -> str | None:
    if p is None:
        return None
    if p.geonameid is not None:
        return str(p.geonameid)
    return (p.name or p.text).lower()


COARSE = {"country", "region"}


def _local(p: Place | None) -> bool:
    return p is not None and (p.precision or "town") not in COARSE


def _nested(a: Place | None, b: Place | None) -> bool:
    """A country and a town in it do not contradict each other."""
    if a is None or b is None or (_local(a) and _local(b)):
        return False
    return not a.country_code or not b.country_code or a.country_code == b.country_code


def _same_reality(a: str, b: str) -> bool:
    """Told as fact (by the writer or by a source) on both sides, or equally uncertain."""
    return a == b or {a, b} <= {"asserted", "reported"}


def _can_merge(a: Draft, b: Draft) -> bool:
    ea, eb = a.event, b.event
    if a.embedded or b.embedded:
        return False
    if is_comment(ea.cameo_root) != is_comment(eb.cameo_root):
        return False  # condolences never fold into a coded act of the same type
    if ea.plover_type != eb.plover_type or not _same_reality(ea.factuality, eb.factuality):
        return False
    if not _actors_compatible(ea.source, eb.source) or not _actors_compatible(ea.target, eb.target):
        return False
    pa = _place_key(ea.location) if a.explicit_place else None
    pb = _place_key(eb.location) if b.explicit_place else None
    if pa and pb and pa != pb and not _nested(ea.location, eb.location):
        return False
    pa = pa if _local(ea.location) else None
    pb = pb if _local(eb.location) else None
    if _ids(ea.source) & _ids(eb.source):
        return True
    if pa and pa == pb:
        return True
    if a.theme & b.theme:
        return True
    return any(abs(i - b.sent_index) <= 1 for i in a.sent_indices)


def _union(a: list[ActorMention], b: list[ActorMention]) -> list[ActorMention]:
    have = {(m.start, m.end) for m in a}
    ids = _ids(a)
    out = list(a)
    for m in b:
        if (m.start, m.end) in have or (m.actor_id and m.actor_id in ids):
            continue
        if ids and not m.actor_id:
            continue  # a linked actor is known: an unlinked phrase adds nothing
        out.append(m)
    return out


COUNT_WORDS = re.compile(r"\b(dozens?|hundreds?|thousands?|tens|scores?|millions?)\b", re.I)


def _specificity(q: Quantity | None) -> int:
    """How precise a count is: '40 trucks' > 'dozens of trucks' > 'numerous reinforcements'."""
    if q is None:
        return 0
    if re.search(r"\d", q.text):
        return 3
    return 2 if COUNT_WORDS.search(q.text) else 1


def _absorb(a: Draft, b: Draft) -> None:
    ea, eb = a.event, b.event
    if not ea.mentions:
        ea.mentions = [ea.evidence]
    if all((m.start, m.end) != (eb.evidence.start, eb.evidence.end) for m in ea.mentions):
        ea.mentions.append(eb.evidence)
    ea.source = _union(ea.source, eb.source)
    ea.target = _union(ea.target, eb.target)
    if b.explicit_place and not a.explicit_place:
        ea.location, a.explicit_place = eb.location, True
    for name in ("fatalities", "injuries", "size"):
        if _specificity(getattr(eb, name)) > _specificity(getattr(ea, name)):
            setattr(ea, name, getattr(eb, name))
    for name in ("attributed_to", "plover_mode",
                 "acled_event_type", "acled_sub_event_type"):
        if getattr(ea, name) is None and getattr(eb, name) is not None:
            setattr(ea, name, getattr(eb, name))
    if ea.date is None or (ea.date.precision == "publication" and eb.date is not None
                           and eb.date.precision != "publication"):
        ea.date = eb.date
    ea.confidence = max(ea.confidence, eb.confidence)
    a.sent_indices.append(b.sent_index)
    a.theme |= b.theme


def merge_drafts(drafts: list[Draft]) -> list[Draft]:
    """Merge mentions of the same event, keeping document order of first mentions; comments
    (CAMEO 01) are ranked below the coded acts."""
    out: list[Draft] = []
    for d in drafts:
        if not d.sent_indices:
            d.sent_indices = [d.sent_index]
        for prev in out:
            if _can_merge(prev, d):
                _absorb(prev, d)
                d.merged_into = prev
                break
        else:
            out.append(d)
    rank_comments([d.event for d in out])
    return out


__all__ = ["Draft", "merge_drafts"]
