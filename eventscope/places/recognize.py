"""Find toponyms in a parsed text: spaCy's place entities plus gazetteer phrase matching.

Each mention gets a ``role``: ``literal`` (a place), ``metonym`` (a place name used for its
government: "Tehran wants", "Damascus said") or ``demonym`` ("Syrian soldiers"). The news
gold standards (LGL, TR-News) mark all three as toponyms, so all three are kept and
labelled; stages that need a location (events) use only literal ones.

>>> [m.text for m in find_mentions(nlp("Iran sent troops to Abu Kamal."), gaz)]  # doctest: +SKIP
['Iran', 'Abu Kamal']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .build import DEMONYM, STRONG_POPULATION
from .discourse import after_title, datelines, repeated_names, surname_words
from .features import AREA_FEATURES, extend_with_kind_word, feature_phrase
from .gazetteer import Candidate, Gazetteer
from .normalize import name_key

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
OTHER_NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})
LOCATIVE_PREPS = frozenset({"in", "into", "at", "near", "to", "from", "via", "through", "across",
                            "outside", "around", "towards", "toward", "inside", "within",
                            "throughout"})
# "in X" is about a place; "to X" and "from X" often name a person ("a letter to Jones").
IN_PREPS = frozenset({"in", "near", "outside", "inside", "around", "throughout", "within"})
LONE_PERSON_POPULATION = 100_000
LOCATIVE_POPULATION = 2_000  # after "in"/"near", towns this big are matched without spaCy
METONYM_CITY_POPULATION = 1_000_000  # a smaller town as the subject of "said" is a person  # "Gainesville" tagged PERSON is a town; "Obama" is not
PLACE_NOUNS = frozenset({"desert", "town", "city", "village", "province", "governorate",
                         "region", "outskirts", "area", "district", "countryside", "suburbs",
                         "state", "county", "capital", "port", "island", "valley"})
# Gazetteer names that are everyday words: matched only when spaCy calls them places.
COMMON_WORDS = frozenset({
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
    "northeast", "northwest", "southeast", "southwest", "union", "metro", "human", "spring",
    "man", "hill", "gulf", "centre", "center", "capital", "coast", "island", "islands", "lake",
    "river", "valley", "mountain", "city", "county", "state", "republic", "kingdom", "victory",
    "independence", "liberty", "hope", "mission", "university", "college", "national",
    "federal", "general", "president", "governor", "congress", "senate", "house", "white",
    "black", "green", "red", "blue", "orange", "summit", "paradise", "eden", "concord",
    "commerce", "friendship", "harmony", "unity", "progress", "enterprise", "industry",
})
# Verbs whose subject is a government when it is a place name ("Tehran wants").
SPEECH_VOLITION = frozenset({
    "say", "tell", "want", "wish", "demand", "accuse", "warn", "claim", "announce", "deny",
    "insist", "urge", "reject", "condemn", "threaten", "vow", "hope", "believe", "seek",
    "refuse", "agree", "call", "respond", "criticize", "criticise", "blame", "decide",
    "plan", "intend", "argue", "state", "declare", "pledge", "promise", "ask",
    "request", "welcome", "recognize", "recognise", "offer", "approve", "sanction", "expel",
    "negotiate", "sign", "protest", "deploy", "aim", "try", "propose", "allege", "fear",
    "consider", "expect", "express", "support", "oppose", "back", "endorse", "suspend",
})
#: Verbs whose direct object is someone who can be told, blamed or asked: "accused Moscow of
#: shelling", "urged Tehran to", "warned Beijing" name governments, not places.
AGENT_OBJECT = frozenset({
    "accuse", "blame", "urge", "warn", "tell", "ask", "condemn", "criticize", "criticise",
    "praise", "thank", "congratulate", "pressure", "press", "persuade", "convince", "sanction",
    "rebuke", "denounce", "chide", "reassure", "assure", "inform", "notify", "advise",
})
_TRIM_START = ("the ", "The ")
_TRIM_END = ("'s", "\u2019s", "'", "\u2019")
MAX_NGRAM = 5
_CAP = r"[A-Z0-9\u00c0-\u00de][\w'\u2019.-]*"
_LINK = r"(?:[ \t]+|-|[ \t]+(?:of|al|el|ad|ar|as|ash|az|ez|de|du|la|le|bin|ibn|upon|on)[ \t-]+)"
# A run of capitalised words, with the small words place names contain ("Isle of Man").
_RUNS = re.compile(rf"(?<![\w'\u2019]){_CAP}(?:{_LINK}{_CAP})*")
_WORD = re.compile(_CAP)
# Street words after a town's name make it a street's name ("Memphis St.", "Dublin Road"); a
# state or county keeps its sense ("Florida Highway Patrol", "Douglas County Road 82").
_STREET = re.compile(r"[ \t]+(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Dr|Drive|Ln|Lane|"
                     r"Pike|Parkway|Pkwy|Terrace|Circle|Trail)\b")
_SAINTS = re.compile(r"(?:St\.?|Saint|Ste\.?|San|Santa)[ \t]+[A-Z]")


@dataclass(slots=True)
class Mention:
    """A stretch of text that names a place, with its candidates and how it was found."""

    start: int
    end: int
    text: str
    candidates: list[Candidate]
    source: str  # ner (spaCy place entity), ner-context, gazetteer (phrase match)
    role: str = "literal"
    tokens: tuple[int, int] | None = None  # spaCy token range [start, end)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while True:
        span = text[start:end]
        if span.startswith(_TRIM_START):
            start += 4
            continue
        for suffix in _TRIM_END:
            if span.endswith(suffix) and end - len(suffix) > start:
                end -= len(suffix)
                break
        else:
            break
    while end > start and not text[end - 1].isalnum() and text[end - 1] != ".":
        end -= 1

    while start < end and not text[start].isalnum():
        start += 1
    return start, end


def _usable(cands: list[Candidate], surface: str) -> list[Candidate]:
    """Candidates whose matching name is capitalised like the text (so "us" is not the US)."""
    if not surface[:1].isupper() and not surface[:1].isdigit():
        return []
    return [c for c in cands if c.cased]


def _places_only(cands: list[Candidate]) -> list[Candidate]:
    return [c for c in cands if c.kind != DEMONYM]


def _is_locative(sp: Any, first: int, preps: frozenset[str] = LOCATIVE_PREPS) -> bool:
    """True when the words before token ``first`` are a locative preposition (+ "the")."""
    i = first - 1
    if i >= 0 and sp[i].lower_ == "the":
        i -= 1
    if i >= 1 and sp[i].lower_ == "of" and sp[i - 1].lower_ in PLACE_NOUNS:
        return True  # "the desert of Badia al-Sham", "the town of Hajin"
    return i >= 0 and sp[i].lower_ in preps


_INITIAL_BEFORE = re.compile(r"(?<![\w.])[NSEW]\.[ \t]?$")


def _extend_with_initial(gaz: Gazetteer, text: str, m: Mention) -> None:
    """"W. Va.": a compass initial that the tokenizer split off belongs to the name."""
    hit = _INITIAL_BEFORE.search(text, max(0, m.start - 3), m.start)
    if hit is None:
        return
    cands = [c for c in gaz.candidates(text[hit.start():m.end], loose=False) if c.cased]
    if cands:
        m.start = hit.start()
        m.text = text[m.start:m.end]
        m.candidates = cands


def _comma_parts(gaz: Gazetteer, text: str, start: int, end: int
                 ) -> list[tuple[int, int, list[Candidate]]]:
    """The known places of an entity written "Town, Region" ("Fargo, N.D."), else []."""
    if "," not in text[start:end]:
        return []
    out = []
    pos = start
    for piece in text[start:end].split(","):
        s0 = pos + len(piece) - len(piece.lstrip())
        e0 = pos + len(piece.rstrip())
        pos += len(piece) + 1
        s0, e0, cands = _lookup(gaz, text, s0, e0, loose=False)
        places = _places_only(cands)
        if not places:
            return []
        out.append((s0, e0, places))
    return out if len(out) > 1 else []


def _next_is_capitalised(text: str, end: int) -> bool:
    rest = text[end:end + 30].lstrip(" ")
    return rest[:1].isupper()


def _strong(c: Candidate) -> bool:
    """Worth matching from the gazetteer alone, without spaCy calling it a place."""
    return (c.feature in {"country", "admin1", "admin2", "continent"} or c.source == "supplement"
            or c.population >= STRONG_POPULATION)


def _lookup(gaz: Gazetteer, text: str, start: int, end: int, *, loose: bool
            ) -> tuple[int, int, list[Candidate]]:
    """Candidates for ``text[start:end]``; a final "." is tried as an abbreviation first."""
    surface = text[start:end]
    cands = _usable(gaz.candidates(surface, loose=loose and not surface.endswith(".")), surface)
    if not cands and surface.endswith(".") and end - 1 > start:
        end -= 1
        surface = text[start:end]
        cands = _usable(gaz.candidates(surface, loose=loose), surface)
    if len(surface.replace(".", "")) < 2:  # "A", "M.": initials, not places
        cands = []
    return start, end, cands


def find_mentions(sp: Any, gaz: Gazetteer, text: str | None = None) -> list[Mention]:
    """All toponym mentions in the spaCy doc ``sp``, in text order, without overlaps.

    Pass ``text`` (the same text) when you have it: ``sp.text`` is rebuilt token by token.
    """
    text = sp.text if text is None else text
    out: list[Mention] = []
    taken = [False] * len(text)
    # Inside other names only countries, regions and demonyms are looked for
    # ("U.S. Attorney", "Georgia Department of Transportation"), never in person names.
    inside: list[tuple[int, int, str]] = []
    unresolved: list[tuple[int, int, tuple[int, int]]] = []

    def add(start: int, end: int, cands: list[Candidate], source: str, role: str = "literal",
            head: tuple[int, int] | None = None) -> None:
        if end <= start or any(taken[start:end]):
            return
        for i in range(start, end):
            taken[i] = True
        out.append(Mention(start, end, text[start:end], cands, source, role, head))

    # 1. spaCy place entities; other named entities that the gazetteer knows, when the
    #    context is locative ("arrived in Abu Kamal", "via Qaim").
    ents = _entities(sp)
    # Words that are part of a longer person name somewhere in the text ("David Smith").
    person_words = {w for label, t0, t1, c0, c1 in ents if label == "PERSON" and t1 - t0 > 1
                    for w in text[c0:c1].split()}
    for label, t0, t1, c0, c1 in ents:
        start, end = _trim(text, c0, c1)
        if end <= start:
            continue
        toks = (t0, t1)
        if label in PLACE_LABELS:
            parts = _comma_parts(gaz, text, start, end)
            if parts:  # "Alton, Ill.", "Washington, D.C.": two toponyms
                for s2, e2, cands in parts:
                    add(s2, e2, cands, "ner", head=toks)
                continue
            start, end, cands = _lookup(gaz, text, start, end, loose=True)
            places = _places_only(cands)
            if places:
                add(start, end, places, "ner", head=toks)
            elif cands:
                add(start, end, cands, "ner", "demonym", head=toks)
            elif label == "GPE" and end - start > 2:
                # unknown as a whole ("Northeast Georgia"): the phrase pass may find a
                # known name inside; otherwise it is kept as an unresolved toponym
                unresolved.append((start, end, toks))
        elif label == "NORP":
            start, end, cands = _lookup(gaz, text, start, end, loose=False)
            dem = [c for c in cands if c.kind == DEMONYM]
            if dem:
                add(start, end, dem, "ner", "demonym", head=toks)
        elif label in OTHER_NAME_LABELS:
            s2, e2, cands = _lookup(gaz, text, start, end, loose=False)
            if any(c.feature in AREA_FEATURES and c.kind != DEMONYM for c in cands):
                # the whole name is a country or region's ("Sri Lanka" tagged as a person)
                add(s2, e2, _places_only(cands), "ner-context", head=toks)
                continue
            if (label == "PERSON" and t1 - t0 == 1 and text[start:end] not in person_words
                    and not _next_is_capitalised(text, end)
                    and sp[t0].dep_ not in {"nsubj", "nsubjpass", "poss"}):
                # A lone "Gainesville" tagged as a person: a town when the gazetteer has a
                # sizeable one and the text never uses the word in a person's name.
                s2, e2, cands = _lookup(gaz, text, start, end, loose=False)
                places = _places_only(cands)
                if any(c.feature != "city" or c.population >= LONE_PERSON_POPULATION
                       for c in places):
                    add(s2, e2, places, "ner-context", head=toks)
                    continue
            if t1 - t0 <= 4:
                s2, e2, cands = _lookup(gaz, text, start, end, loose=True)
                places = _places_only(cands)
                curated = any(c.source == "supplement" for c in places)
                if curated or (_is_locative(sp, t0) and any(_strong(c) or c.population >= 20_000
                                                             for c in places)) or (
                        label != "PERSON" and _is_locative(sp, t0, IN_PREPS)
                        and any(c.population >= LOCATIVE_POPULATION for c in places)):
                    add(s2, e2, places, "ner-context", head=toks)
                    continue
            inside.append((c0, c1, label))
    blocked = [False] * len(text)
    for c0, c1, label in inside:
        for i in range(c0, c1):
            blocked[i] = True

    # Datelines ("COLUMBUS -- A text message ..."): any known town, whatever spaCy says.
    for start, end in datelines(text):
        start, end, cands = _lookup(gaz, text, start, end, loose=False)
        places = _places_only(cands)
        span = sp.char_span(start, end, alignment_mode="expand") if places else None
        if span is not None and len(span):
            for m in [m for m in out if m.start < end and start < m.end]:
                out.remove(m)  # a dateline outranks the entity spaCy guessed around it
                for i in range(m.start, m.end):
                    taken[i] = False
            add(start, end, places, "dateline", head=(span.start, span.end))

    # 2. Gazetteer phrases over capitalised runs spaCy did not label as places, longest first.
    #    Only "strong" names (countries, regions, big towns, our supplement, demonyms) count.
    #    Runs come from a regular expression, so only the few hits touch spaCy tokens.
    strong = gaz.strong_keys
    for run in _RUNS.finditer(text):
        words = [(w.start(), w.end()) for w in _WORD.finditer(text, run.start(), run.end())]
        i = 0
        while i < len(words):
            matched = False
            for j in range(min(len(words), i + MAX_NGRAM), i, -1):
                start, end = _trim(text, words[i][0], words[j - 1][1])
                if end <= start or any(taken[start:end]):
                    continue
                key = name_key(text[start:end])
                if key not in strong and key.rstrip(".") not in strong:
                    continue
                start, end, cands = _lookup(gaz, text, start, end, loose=False)
                if not cands:
                    continue
                span = sp.char_span(start, end, alignment_mode="expand")
                if span is None or not len(span):
                    continue
                is_blocked = any(blocked[start:end])
                if is_blocked and sp[span.start].ent_type_ == "PERSON":
                    continue
                dem = [c for c in cands if c.kind == DEMONYM]
                # a town's other names ("Bridge" for Norwalk, "Hamas" for Hamm) are
                # everyday words too often to match without spaCy
                places = [c for c in _places_only(cands) if c.kind == 0 or c.feature != "city"
                          or c.population >= METONYM_CITY_POPULATION]
                if not any(_strong(c) for c in places):
                    places = []  # the name is known, but only as a weaker place
                if not places and not is_blocked and _is_locative(sp, span.start, IN_PREPS):
                    # "a fire in Lombard": a smaller town counts after a locative preposition
                    places = [c for c in _places_only(cands)
                              if c.population >= LOCATIVE_POPULATION]
                if is_blocked and span[0].i > 0 and sp[span[0].i - 1].ent_iob_ == "I":
                    # inside an organisation's name only its leading place counts
                    # ("Laurel County Sheriff's Office"), not "Bank of America"
                    places = [c for c in places if c.feature in {"country", "admin1"}]
                single = j - i == 1 and name_key(text[start:end]) in COMMON_WORDS
                proper = all(t.pos_ == "PROPN" or t.tag_ in {"NNP", "NNPS"}
                             for t in span if t.text[:1].isupper())
                if places and proper and not single:
                    add(start, end, places, "gazetteer", head=(span.start, span.end))
                elif dem and span[0].tag_ in {"JJ", "NNP", "NNPS", "NN"}:
                    add(start, end, dem, "gazetteer", "demonym", head=(span.start, span.end))
                else:
                    continue
                matched = True
                i = j
                break
            if not matched:
                i += 1

    # 3. One sense per name: drop town names used as surnames, then add the other
    #    occurrences of the recognised names.
    persons = [(c0, c1) for label, t0, t1, c0, c1 in ents if label == "PERSON" and t1 - t0 > 1]
    surnames = surname_words(text, persons)
    kept = []
    for m in out:
        if _used_as_surname(sp, text, m, surnames):
            for i in range(m.start, m.end):
                taken[i] = False
        else:
            kept.append(m)
    out[:] = kept
    known = {m.text: m for m in out if _reliable(sp, m, gaz) and m.text not in surnames}
    for start, end, name in repeated_names(text, known, taken, persons):
        span = sp.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        src = known[name]
        add(start, end, src.candidates, "repeat", src.role, head=(span.start, span.end))
    for start, end, toks in unresolved:
        add(start, end, [], "ner", head=toks)
    out.sort(key=lambda m: m.start)
    final: list[Mention] = []
    for m in out:
        if _SAINTS.match(m.text) and text[m.end:m.end + 2] in {"'s", "\u2019s"}:
            continue  # "St. Patrick's Day", "St. Mary's Hospital": a saint, not a town
        if _STREET.match(text, m.end) and not any(c.feature in AREA_FEATURES | {"admin2"}
                                                  for c in m.candidates):
            continue  # "2517 Memphis St.", "Dublin Road": a street, not the town
        extend_with_kind_word(gaz, text, m)
        _extend_with_initial(gaz, text, m)
        feature_phrase(gaz, text, m)
        if m.role == "literal" and m.tokens is not None and _is_metonym(sp, m.tokens):
            if m.candidates and not any(_seat_of_power(c) for c in m.candidates):
                continue  # "Nelson said": a person with a town's name, not a government
            m.role = "metonym"
        if final and final[-1].end > m.start:  # a phrase grew over its neighbour
            if m.end - m.start <= final[-1].end - final[-1].start:
                continue
            final.pop()
        final.append(m)
    return final


def _seat_of_power(c: Candidate) -> bool:
    """Places whose name stands for a government or a side ("Tehran wants", "Texas sued")."""
    return (c.feature in AREA_FEATURES or c.source in {"PPLC", "supplement"}
            or c.population >= METONYM_CITY_POPULATION)


def _reliable(sp: Any, m: Mention, gaz: Gazetteer) -> bool:
    """A mention sure enough to make the other occurrences of its name places too.

    spaCy called it a town or region (GPE, LOC), or it is a proper noun after "in"/"near";
    and its name is in the gazetteer as written (not a looser spelling match).
    """
    if not m.candidates or m.role == "demonym" or m.tokens is None:
        return False
    if not gaz.by_key(name_key(m.text)):
        return False
    first = sp[m.tokens[0]]
    if first.ent_type_ in {"GPE", "LOC"}:
        return True
    return first.pos_ == "PROPN" and _is_locative(sp, m.tokens[0], IN_PREPS)


def _used_as_surname(sp: Any, text: str, m: Mention, surnames: set[str]) -> bool:
    """A lone town name that the text uses as a person's name ("coach Ripley", "Wilson")."""
    if not m.candidates or " " in m.text or m.tokens is None:
        return False
    if any(c.feature != "city" or c.source == "supplement" for c in m.candidates):
        return False
    if m.text not in surnames and not after_title(text, m.start):
        return False
    return not _is_locative(sp, m.tokens[0]) and text[m.end:m.end + 1] != ","


def _entities(sp: Any) -> list[tuple[str, int, int, int, int]]:
    """(label, first token, end token, start char, end char) of each entity.

    Read from arrays: ``Doc.ents`` builds a Python object per token, which dominates the
    run time of this stage otherwise.
    """
    from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LENGTH  # spaCy loads only when used

    arr = sp.to_array([ENT_IOB, ENT_TYPE, IDX, LENGTH]).tolist()
    strings = sp.vocab.strings
    out: list[tuple[str, int, int, int, int]] = []
    cur: list[Any] | None = None
    for i, (iob, etype, idx, length) in enumerate(arr):
        if iob == 3 or iob != 1:  # B starts an entity; O or missing ends one
            if cur is not None:
                out.append(tuple(cur))  # type: ignore[arg-type]
                cur = None
            if iob == 3:
                cur = [strings[etype], i, i + 1, idx, idx + length]
        else:  # I continues
            if cur is not None:
                cur[2], cur[4] = i + 1, idx + length
    if cur is not None:
        out.append(tuple(cur))  # type: ignore[arg-type]
    return out


def _is_metonym(sp: Any, tokens: tuple[int, int]) -> bool:
    """A place name standing for its government: the subject of a speech or volition verb,
    or the object of one whose object is a person or body ("accused Moscow")."""
    tok = sp[tokens[0]:tokens[1]].root
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in AGENT_OBJECT:
        return True  # "accused Moscow of ...": the one accused is a government
    if tok.dep_ not in {"nsubj", "nsubjpass"} and not (tok.dep_ == "conj" and
                                                        tok.head.dep_ == "nsubj"):
        return False
    verb = tok.head if tok.dep_ != "conj" else tok.head.head
    return verb.lemma_.lower() in SPEECH_VOLITION


def candidate_key(text: str) -> str:
    """The lookup key of a mention's text (exposed for error analysis)."""
    return name_key(text)


__all__ = ["AGENT_OBJECT", "PLACE_LABELS", "SPEECH_VOLITION", "Mention", "find_mentions"]
