"""Build Events from a parsed Doc: detect, type, fill arguments, merge.

This is the events stage's one entry point (:func:`extract_events`); the component in
``__init__`` only wires it into the pipeline. Semantics (factuality, dates, quantities,
attribution) come from sibling modules when they are installed; until then simple
defaults are used, never an invented value.
"""

from __future__ import annotations

import importlib
import re
from collections import Counter
from dataclasses import replace
from functools import cache, lru_cache
from typing import Any, Callable

from ..annotate.memo import children as _kids
from ..annotate.memo import release as release_parse_memo
from ..annotate.memo import sent_of, tokens_of
from ..annotate.memo import subtree as _subtree
from ..doc import ActorMention, DateRange, Doc, Event, Place
from .arguments import arguments, target_regions
from .detect import Candidate, find_candidates, is_headline
from .lexicon import FORCE_NOUNS
from .mapping import acled_for, cameo_root_for
from .merge import Draft, merge_drafts

CIVILIAN_WORDS = {"civilian", "people", "resident", "villager", "worshipper", "student", "child",
                  "woman", "man", "family", "refugee", "protester", "demonstrator", "journalist",
                  "passenger", "farmer", "worker", "teacher", "patient", "pilgrim", "shopper",
                  "prisoner", "hostage", "market", "school", "hospital", "camp", "church",
                  "mosque", "village", "home", "house", "aid", "truck", "bus"}
MILITARY_WORDS = {"soldier", "troop", "force", "army", "militant", "rebel", "fighter", "position",
                  "base", "outpost", "checkpoint", "militia", "police", "guerrilla", "jihadist",
                  "insurgent", "convoy", "garrison", "unit", "officer", "commander", "military",
                  "servicemen", "serviceman", "patrol", "barracks", "tank", "jet", "helicopter",
                  "isis", "daesh", "gunmen", "gunman", "al-shabaab", "boko", "enemy"}
CONFLICT_RE = re.compile(r"cease-?fire|truce|peace|prisoner|hostage|surrender|armistice|"
                         r"troops?|forces|militar|rebel|fighting|war\b|insurg|militia", re.I)
PRECISION_COARSER = {"point": "town", "town": "district", "district": "region",
                     "region": "country", "country": "country"}


@cache
def _optional(module: str, name: str) -> Callable[..., Any] | None:
    """A function from a sibling semantics module, or None while it does not exist yet
    (looked up once per process, not once per document)."""
    try:
        mod = importlib.import_module(f"eventscope.events.{module}")
    except ImportError:
        return None
    return getattr(mod, name, None)


def _fallback_factuality(doc: Doc, sent_text: str, cand: Candidate) -> str:
    """Crude default used only until factuality.py exists."""
    if sent_text.rstrip().endswith("?"):
        return "speculative"
    lowers = {str(t.lower_) for t in cand.anchor.sent}
    if any(c.dep_ == "neg" for c in _kids(cand.anchor)):
        return "negated"
    if lowers & {"perhaps", "may", "might", "could", "possibly", "likely", "reportedly",
                 "allegedly", "apparently", "probably"}:
        return "hedged"
    if any(str(c.lower_) in ("will", "shall") for c in _kids(cand.anchor)):
        return "future"
    return "asserted"


_WORD_RE = re.compile(r"[\w-]+")


def _words(ms: list[ActorMention], doc: Doc) -> set[str]:
    out: set[str] = set()
    for m in ms:
        words = _WORD_RE.findall(m.text)
        out |= {w.lower().rstrip("s") for w in words}
        out |= {w.lower() for w in words}
        if m.kind in ("state", "armed_group", "military", "rebel", "police"):
            out.add("military")
    return out


WEAPON_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("suicide", re.compile(r"\bsuicide\b", re.I)),
    ("drone", re.compile(r"\bdrones?\b", re.I)),
    ("aerial", re.compile(r"\b(air ?strikes?|air ?raids?|warplanes?|jets?|aircraft|helicopters?|"
                          r"bombers?|aerial|bombard\w*|bombing)\b", re.I)),
    ("explosion", re.compile(r"\b(IEDs?|bombs?|explosives?|landmines?|mines?|explosions?|blasts?|"
                             r"car bomb|exploded|detonat\w*)\b", re.I)),
    ("shelling", re.compile(r"\b(shell(ed|ing|s)?|artillery|mortars?|rockets?|missiles?)\b", re.I)),
)
PROTEST_TARGET_RE = re.compile(r"\b(protesters?|protestors?|demonstrators?|rioters?|marchers?)\b", re.I)
REPRESSION_RE = re.compile(r"\b(tear ?gas|disperse\w*|rubber bullets?|water cannons?|batons?)\b", re.I)
LETHAL_FORCE_RE = re.compile(r"\b(killed|killing|shot dead|live (fire|ammunition))\b", re.I)
RIOTERS_RE = re.compile(r"\brioters?\b", re.I)
STATE_KINDS = {"state", "military", "police", "government"}


def refine_mode(event: Event, doc: Doc) -> str | None:
    """An attack's mode from the weapon words of its sentences: an 'injured' by a landmine
    is an explosion, 'killed' in an air raid is aerial."""
    if event.plover_type != "ASSAULT" or event.plover_mode in ("abduct", "sexual", "capture"):
        return event.plover_mode
    text = " ".join(m.text for m in (event.mentions or [event.evidence]))
    for mode, rx in WEAPON_CUES:
        if rx.search(text):
            return mode
    return event.plover_mode


def acled_of(event: Event, doc: Doc) -> tuple[str | None, str | None]:
    """ACLED type of a (possibly merged) event from its type, mode, targets and wording."""
    tw = _words(event.target, doc)
    ev_text = " ".join([doc.text[m.start:m.end] for m in (event.mentions or [event.evidence])])
    civ = bool(tw & CIVILIAN_WORDS)
    mil = bool(tw & MILITARY_WORDS) or any(t.kind in ("armed_group", "military", "rebel")
                                           for t in event.target)
    if event.plover_type in ("ASSAULT", "COERCE") and PROTEST_TARGET_RE.search(ev_text):
        if event.fatalities is not None and event.fatalities.max > 0 or \
                LETHAL_FORCE_RE.search(ev_text):
            return "Protests", "Excessive force against protesters"
        if REPRESSION_RE.search(ev_text) or event.plover_type == "COERCE":
            if RIOTERS_RE.search(ev_text):
                return "Riots", "Violent demonstration"
            return "Protests", "Protest with intervention"
    if event.plover_type == "ASSAULT" and event.plover_mode == "capture":
        state = any(m.kind in STATE_KINDS for m in event.source)
        return "Battles", ("Government regains territory" if state else
                           "Non-state actor overtakes territory")
    return acled_for(event.plover_type, event.plover_mode, target_civilian=civ,
                     target_military=mil, conflict_context=bool(CONFLICT_RE.search(ev_text)))


def _focus_place(doc: Doc) -> Place | None:
    """The place the document is mostly about: its most often named resolved place (names
    used as places: not demonyms, not capitals standing for governments)."""
    counts: Counter[str] = Counter()
    first: dict[str, Place] = {}
    for p in doc.places:
        if p.lat is None and p.geonameid is None or (p.role or "literal") != "literal":
            continue
        key = str(p.geonameid) if p.geonameid is not None else (p.name or p.text).lower()
        counts[key] += 1
        first.setdefault(key, p)
    if not counts:
        return None
    key, _ = counts.most_common(1)[0]
    return first[key]


ORIGIN_RE = re.compile(r"\b(from|through|via)\s+(the\s+)?([\w-]+\s+(of\s+)?){0,3}$", re.I)
ORIGIN_IN_RE = re.compile(r"\b(from|via|through)\s+(the\s+)?[^,.;]{0,40}\bin\s+$", re.I)


def _is_origin(doc: Doc, p: Place) -> bool:
    """'coming from Iraq', 'via Qaim', 'from the desert of Badia al-Sham in Homs': not where."""
    before = doc.text[max(0, p.start - 40):p.start]
    return bool(ORIGIN_RE.search(before)) or bool(ORIGIN_IN_RE.search(before))


def _location(doc: Doc, cand: Candidate, clause: tuple[int, int], sent: tuple[int, int],
              regions: list[tuple[int, int]], focus: Place | None) -> tuple[Place | None, bool]:
    """(place, explicit?): a place inside the target phrase ('positions in Deir Ezzor'), else
    the places stage's choice, else the nearest place in the clause, else the document's
    focus place with its precision lowered."""
    # only names used as places: "Russian forces shelled the city" is not in Russia, and
    # "Kyiv accused Moscow of shelling" puts no shelling in Moscow
    places = [p for p in doc.places if (p.role or "literal") == "literal"]
    in_target = [p for p in places if any(a <= p.start and p.end <= b for a, b in regions)
                 and not _is_origin(doc, p)]
    if in_target:
        return in_target[-1], True
    location_for = _optional_places()
    if location_for is not None:
        try:
            p = location_for(doc, clause[0], clause[1], exclude=_conjunct_ranges(cand))
        except (ValueError, KeyError, IndexError, AttributeError, TypeError):
            p = None
        if p is not None and not _is_origin(doc, p):
            return p, True
    tpos = cand.start_char
    in_clause = [p for p in places if clause[0] <= p.start and p.end <= clause[1]]
    if not in_clause:  # the sentence, less the clauses of verbs coordinated with the trigger
        # ('carried out a reconnaissance in the area and then returned to Iraq': not Iraq)
        others = _conjunct_ranges(cand)
        in_clause = [p for p in places if sent[0] <= p.start and p.end <= sent[1]
                     and not any(a <= p.start < b for a, b in others)]
    in_clause = [p for p in in_clause if not _is_origin(doc, p)]
    if in_clause:
        best = min(in_clause, key=lambda p: (abs(p.start - tpos) + (0 if p.start > tpos else 40)))
        return best, True
    if focus is not None and len(doc.sents) > 1:
        return replace(focus, precision=PRECISION_COARSER.get(focus.precision or "town", "region")), False
    return None, False


def _conjunct_ranges(cand: Candidate) -> list[tuple[int, int]]:
    """Character ranges of the verbs coordinated with the trigger's verb, with their phrases."""
    out: list[tuple[int, int]] = []
    for c in _kids(cand.anchor):
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
            toks = list(_subtree(c))
            out.append((toks[0].idx, toks[-1].idx + len(toks[-1].text)))
    return out


@cache
def _optional_places() -> Callable[..., Any] | None:
    try:
        mod = importlib.import_module("eventscope.places")
    except ImportError:
        return None
    return getattr(mod, "location_for", None)


def _clause_range(cand: Candidate) -> tuple[int, int]:
    """The trigger's own clause: its subtree without coordinated clauses ('... and then
    returned to Iraq' is another event)."""
    if cand.kind == "noun":
        toks = list(tokens_of(sent_of(cand.anchor)))
    elif cand.anchor.dep_ == "acl":  # "dozens of trucks coming from Iraq": the phrase it modifies
        toks = list(_subtree(cand.anchor.head))
        if cand.anchor.head.dep_ == "pobj" and cand.anchor.head.head.dep_ == "prep":
            phrase = cand.anchor.head.head.head
            toks = list(_subtree(phrase)) if phrase.pos_ in ("NOUN", "NUM", "PRON") else toks
    else:
        skip = {t.i for c in _kids(cand.anchor) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                for t in _subtree(c)}
        toks = [t for t in _subtree(cand.anchor) if t.i not in skip]
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _confidence(cand: Candidate, source: list[ActorMention], target: list[ActorMention]) -> float:
    c = 0.55 if cand.main else 0.4
    if cand.content:
        c -= 0.15  # a threat's or accusation's content ranks below the act itself
    if cand.kind == "noun":
        c -= 0.1
    if cand.kind in ("light", "phrasal", "object"):
        c += 0.05
    c += 0.1 if source else 0.0
    c += 0.05 if target else 0.0
    c += 0.05 if any(m.actor_id for m in source + target) else 0.0
    return max(0.05, min(0.95, c))


def extract_events(doc: Doc) -> list[Event]:
    """Every event the parsed ``doc`` reports, merged, with ids ``{doc.id}:e{n}``."""
    sp = doc.parsed
    if sp is None:
        return []
    factuality_of = _optional("factuality", "factuality_of")
    resolve_date = _optional("dates", "resolve_date")
    quantities_in = _optional("quantities", "quantities_in")
    attribution_of = _optional("attribution", "attribution_of")
    focus = _focus_place(doc)
    sents = list(sp.sents)
    # the parse is of doc.text itself (the annotator's input), and spaCy rebuilds sp.text
    # from its tokens on every access
    sp_text = doc.text
    drafts: list[Draft] = []
    for si, sent in enumerate(sents):
        if is_headline(sent, len(sents), sp_text):
            continue
        s_start, s_end = _tight(doc.text, sent.start_char, sent.end_char)
        if s_end <= s_start:
            continue
        for cand in find_candidates(sent):
            source, target = arguments(doc, cand)
            clause = _clause_range(cand)
            trig = doc.span(cand.start_char, cand.end_char, "trigger")
            evidence = doc.span(s_start, s_end, "evidence")
            location, explicit = _location(doc, cand, clause, (s_start, s_end),
                                           target_regions(cand), focus)
            if factuality_of is not None:
                fact, cue = factuality_of(doc, trig.start, trig.end)
            else:
                fact, cue = _fallback_factuality(doc, evidence.text, cand), None
            date: DateRange | None = resolve_date(doc, clause[0], clause[1]) if resolve_date else None
            if date is None and doc.meta.date and resolve_date is None:
                date = DateRange(start=doc.meta.date[:10], end=doc.meta.date[:10],
                                 precision="publication")
            qty = quantities_in(doc, clause[0], clause[1]) if quantities_in else {}
            attributed = attribution_of(doc, trig.start, trig.end) if attribution_of else None
            ev = Event(
                event_id="", plover_type=cand.sense.plover_type, plover_mode=cand.sense.mode,
                cameo_root=cand.sense.cameo_root or cameo_root_for(cand.sense.plover_type),
                trigger=trig, evidence=evidence, source=source, target=target,
                location=location, date=date, factuality=fact, factuality_cue=cue,
                attributed_to=attributed, fatalities=qty.get("fatalities"),
                injuries=qty.get("injuries"), size=qty.get("size"),
                confidence=_confidence(cand, source, target), content_type=cand.content_type)
            drafts.append(Draft(event=ev, sent_index=si, explicit_place=explicit,
                                theme=_theme(cand), embedded=cand.content,
                                governor=cand.governor))
    merged = merge_drafts(drafts)
    events = [d.event for d in merged]
    for n, ev in enumerate(events):
        ev.event_id = f"{doc.id}:e{n}"
        ev.plover_mode = refine_mode(ev, doc)
        ev.acled_event_type, ev.acled_sub_event_type = acled_of(ev, doc)
    _link_content(drafts, merged)
    release_parse_memo()  # the per-parse memo of factuality and attribution is done with
    return events


def _link_content(drafts: list[Draft], merged: list[Draft]) -> None:
    """Point each embedded act ('shell' in 'threatened to shell') at the event that governs
    it, so consumers can count the threat once and still read what was threatened."""
    by_trigger = {(d.event.trigger.start, d.event.trigger.end): d
                  for d in drafts if not d.embedded}
    for d in merged:
        if not d.embedded or d.governor is None:
            continue
        gov = by_trigger.get(d.governor)
        while gov is not None and gov.merged_into is not None:
            gov = gov.merged_into
        if gov is not None and gov is not d:
            d.event.content_of = gov.event.event_id


def _theme(cand: Candidate) -> set[str]:
    """Force nouns in a MOBILIZE clause ('reinforcements', 'trucks'): what ties its mentions."""
    if cand.sense.plover_type != "MOBILIZE":
        return set()
    toks = list(_subtree(cand.anchor))
    if cand.anchor.dep_ == "acl":
        toks += list(_subtree(cand.anchor.head))
    return {str(t.lemma_).lower() for t in toks} & FORCE_NOUNS


def _tight(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


__all__ = ["extract_events", "acled_of"]
