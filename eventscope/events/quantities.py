"""How many: fatalities, injuries and size read from an event's clause.

Vague numbers follow ACLED's coding conventions so counts stay comparable with ACLED data:
"several", "many" and "a few" (plural, unknown count) are coded 10 when they count the dead,
"dozens" 12, "hundreds" 100, and by the same logic "tens" 10, "scores" 20, "thousands" 1,000.
For size ("several trucks") the literal lower reading is used: several = 3, a few = 3.
``min``/``max`` keep explicit ranges ("5 to 7" -> 5..7); a hedged figure ("at least 5",
"more than 80", "up to 40") is coded as the stated number, as ACLED does (min = max).

>>> quantities_of_text("The blast killed 3 and injured 5.")["injuries"].min
5
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..doc import Doc, Quantity

UNITS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# ACLED: fatalities given as "several"/"many"/plural are coded 10, "dozens" 12, "hundreds" 100.
VAGUE_FATAL: dict[str, int] = {
    "a dozen": 12, "dozen": 12, "dozens": 12, "tens": 10, "scores": 20, "hundreds": 100,
    "thousands": 1000, "several": 10, "many": 10, "a few": 10, "numerous": 10,
    "tens of thousands": 10000, "hundreds of thousands": 100000, "several dozen": 36,
    "a handful": 5, "a handful of": 5,
}
VAGUE_SIZE: dict[str, int] = {**VAGUE_FATAL, "several": 3, "a few": 3, "many": 10,
                              "a handful": 3, "a handful of": 3}
SCALE: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

_WORD_NUM = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|"
             r"four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|"
             r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_BASE = (rf"(?:(?:a|one|{_DIGITS}|{_WORD_NUM})\s+(?:hundred|thousand|million)(?:\s+and\s+{_WORD_NUM})?"
         rf"|{_DIGITS}(?:\s+(?:million|thousand))?|{_WORD_NUM})")
_VAGUE = (r"(?:tens of thousands|hundreds of thousands|several dozen|a dozen|dozens|dozen|tens|"
          r"scores|hundreds|thousands|several|many|a few|numerous|a handful)")
NUMBER_RE = re.compile(
    rf"(?P<mod>\b(?:at least|more than|over|nearly|almost|about|around|some|approximately|roughly|"
    rf"up to|as many as|an estimated|at most|fewer than|less than|close to|upwards of)\s+)?"
    rf"(?:between\s+)?\b(?P<a>{_BASE}|{_VAGUE})(?:\s*(?:to|-|–|and|or)\s*(?P<b>{_BASE}))?\b",
    re.IGNORECASE)

FATAL_AFTER = re.compile(
    r"^(?:\s+[\w'’-]+){0,4}?\s+(?:(?:were|was|have been|had been|are|been|reportedly|"
    r"allegedly|also|all|being|later|confirmed|people|persons)\s+)*"
    r"(?:killed|dead|died|deaths?|fatalities|bodies|slain|massacred|executed|lost their lives|"
    r"perished|murdered|beheaded|shot dead|lives)\b", re.IGNORECASE)
INJURY_AFTER = re.compile(
    r"^(?:\s+[\w'’-]+){0,4}?\s+(?:(?:were|was|have been|had been|are|been|reportedly|also|"
    r"all|being|seriously|critically|lightly|severely)\s+)*"
    r"(?:injured|wounded|hurt|injuries|hospitali[sz]ed|casualties)\b", re.IGNORECASE)
FATAL_BEFORE = re.compile(
    # a toll's own words may run long: "the death toll from Saturday's bombing of a market in
    # the southern city of Kherson has risen to 14"
    r"(?:\bkill(?:ing|ed|s)?|\b(?:death toll|number (?:of (?:people |those )?)?(?:killed|dead))\b"
    r"[^.;]{0,120}?\b(?:to|at|of|reached|hit|is|was|stands|stood)|\bclaim(?:ed|ing)? the lives of|\bleft|\bleaving|\bexecut(?:ed|ing)|"
    r"\bdeaths? of|\bmassacr(?:ed|ing)|\bfatalities\b[^.;]{0,20}?\b(?:to|at|of|reached))"
    r"(?:\s+(?:at least|some|about|around|nearly|more than|over|an estimated))?\s*$",
    re.IGNORECASE)
INJURY_BEFORE = re.compile(
    r"(?:\binjur(?:ing|ed|es)|\bwound(?:ing|ed|s)|\bhurt(?:ing)?|\bnumber of (?:injured|wounded)"
    r"[^.;]{0,20}?\b(?:to|at|reached))(?:\s+(?:at least|some|about|around|nearly|more than|"
    r"over|an estimated))?\s*$", re.IGNORECASE)
SIZE_NOUN = re.compile(
    r"^\s+(?:of\s+)?(?:(?:the|their|its|his|her|armed|young|heavily|unarmed|masked|local|"
    r"foreign|military|civilian|government|rebel|police|security|Iranian|Russian|Turkish|"
    r"Syrian|Iraqi|Israeli|Ukrainian|[A-Z][a-z]+)\s+){0,2}"
    r"(?P<unit>troops|soldiers|fighters|militants|militiamen|protesters|protestors|demonstrators|"
    r"people|civilians|police(?:men)?|officers|trucks|lorries|vehicles|tanks|men|women|children|"
    r"students|workers|refugees|migrants|rebels|insurgents|jihadists|gunmen|prisoners|detainees|"
    r"hostages|families|villagers|residents|supporters|marchers|rioters|members|personnel|"
    r"reinforcements|boats|ships|vessels|aircraft|planes|jets|drones|missiles|rockets|shells|"
    r"buses|convoys|armou?red vehicles|mercenaries|recruits|volunteers|settlers|diplomats|"
    r"worshippers|passengers|activists|journalists|teachers|farmers|fishermen|miners|"
    r"worshipers|combatants|paramilitaries|cars|persons|individuals|casualties|suspects|"
    r"opponents|dissidents|pilgrims|guards|commanders|officials|crew|sailors|troopers|"
    r"bombers|attackers|assailants|raiders|snipers|kidnappers|bandits|pirates|"
    r"(?-i:[A-Z][a-z]+(?:ans|ians|is|s)))\b",
    re.IGNORECASE)
ZERO_FATAL = re.compile(
    r"\b(?:no one|nobody|no-one|none|no (?:one|people|civilians|casualties|deaths|fatalities|"
    r"lives))\b(?:\s+\w+){0,3}?\s+(?:was|were|has been|have been|had been)\s+(?P<kind>killed|"
    r"injured|wounded|hurt)\b|\bno (?P<kind2>casualties|deaths|fatalities|injuries)\b",
    re.IGNORECASE)
_NOT_A_COUNT_AFTER = re.compile(
    r"^\s*(?:%|percent|per cent|km|kilomet|miles?\b|metres?|meters?|hours?|days?|weeks?|"
    r"months?|years?|am\b|pm\b|a\.m|p\.m|o'clock|:|/|mm\b|kg\b|tons?|tonnes?|dollars|euros|"
    r"billion|st\b|nd\b|rd\b|th\b|-year|-day|-month|-week|-hour|(?:of\s+)?(?-i:Jan|Feb|Mar|Apr|"
    r"May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)", re.IGNORECASE)
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:[$€£]|\bresolution|\bno\.|\bnumber|\broute|\bhighway|\bkm|\bsince|\buntil|"
    r"\bbrigade|\bdivision|\bregiment|\bbattalion|\bcorps|\bunit|\bpage|\bversion|"
    r"January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s*$", re.IGNORECASE)


@dataclass(slots=True)
class _Num:
    lo: int
    hi: int
    start: int
    end: int
    vague: str | None
    kind: str | None = None
    unit: str | None = None
    from_verb: bool = False


_TRANSITIVE_KILL = re.compile(r"(?:killed|executed|massacred|murdered|beheaded)$", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|are|is)\b", re.IGNORECASE)
_NOT_AN_OBJECT = re.compile(
    r"^\s*(?:[.,;:!?)]|$|in|on|at|by|and|when|after|during|as|while|near|across|last|this|"
    r"yesterday|overnight|since|over|inside|outside|early|late|before|so far|earlier|today|"
    r"or|but|with|from|amid|following|because)\b", re.IGNORECASE)
ONE_VICTIM = re.compile(
    r"\b(?:a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:(?:was|has been|had been)\s+(?:killed|shot dead|"
    r"executed|murdered)|died)\b", re.IGNORECASE)


# Patterns the functions below use, compiled once (not looked up in re's cache per call).
_PARTS_SPLIT = re.compile(r"[\s-]+")
_DECIMAL = re.compile(r"\d+(?:\.\d+)?")
_VAGUE_RE = re.compile(_VAGUE, re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d{2}")
_NO_BEFORE = re.compile(r"\bno[\s-]*$", re.IGNORECASE)
_ONE_OF_AFTER = re.compile(r"\s+(?:of|another|side|day|time)\b", re.IGNORECASE)
_JOINED = re.compile(r"\s+[\w'’ -]{0,30}?\s*(?:and|,)\s*")
_SUMMED = re.compile(r"[\s\w'’,-]{0,40}?\band\b\s*")
_COUNT_VERB = re.compile(r"\b(?:kill|injur|wound|dead|died)")
# Where NUMBER_RE's count (group "a", always after a word boundary) can begin: a digit, a
# number word, a scale after "a", or a vague count. A clause without any cannot match, and
# this one scan is ~8x cheaper than NUMBER_RE's. Keep in step with _BASE and _VAGUE.
_MAY_COUNT = re.compile(
    r"\b(?:\d|a\s+(?:hundred|thousand|million|dozen|few|handful)|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|fifty|eighty|"
    r"hundreds|thousands|dozen|scores|several|many|numerous)", re.IGNORECASE)


# Words that can stand between a count's start and its number: NUMBER_RE's hedges ("at least",
# "as many as") and "between". Keep in step with NUMBER_RE's "mod" group.
_PREFIX_WORDS = frozenset({
    "at", "least", "more", "than", "over", "nearly", "almost", "about", "around", "some",
    "approximately", "roughly", "up", "to", "as", "many", "an", "estimated", "most", "fewer",
    "less", "close", "upwards", "of", "between",
})
# Characters that case-insensitive matching equates with an ASCII letter although
# ``str.lower`` does not map them to it: with one in the text, the prefix words are not
# recognised by ``lower()`` and the plain scan runs.
_FOLD_SPECIAL = re.compile("[\u0130\u0131\u017f\u212a]")


# Words ZERO_FATAL and ONE_VICTIM cannot match without (one of each group must occur).
_ZERO_GATE = (("no",), ("killed", "injured", "wounded", "hurt", "casualties", "deaths",
                        "fatalities", "injuries"))
_ONE_GATE = (("killed", "shot dead", "executed", "murdered", "died"),)


def _may_match(gate: tuple[tuple[str, ...], ...], text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a word of every group of ``gate`` (case-insensitive):
    False only where the gated pattern cannot match, so its scan can be skipped."""
    clause = text[start:end]
    if _FOLD_SPECIAL.search(clause):
        return True
    low = clause.lower()
    return all(any(w in low for w in group) for group in gate)


def number_matches(clause: str) -> list[re.Match[str]]:
    """``list(NUMBER_RE.finditer(clause))``, without running NUMBER_RE over the stretches
    where no count can start (the scan is the stage's costliest; most words are no number).

    A count's number begins where _MAY_COUNT matches, and the count itself at most a run of
    hedge words before it; NUMBER_RE is searched from there, so every match is the one
    ``finditer`` finds.
    """
    if _FOLD_SPECIAL.search(clause):
        return list(NUMBER_RE.finditer(clause))
    out: list[re.Match[str]] = []
    pos = 0
    while (hit := _MAY_COUNT.search(clause, pos)) is not None:
        m = NUMBER_RE.search(clause, _hedge_start(clause, hit.start(), pos))
        if m is None:
            break
        out.append(m)
        pos = m.end()  # never empty: a count has a number
    return out


def _hedge_start(clause: str, i: int, floor: int) -> int:
    """Where a run of hedge words ending in whitespace just before ``i`` begins (``i``
    without one), never before ``floor``: the earliest start a count at ``i`` can have."""
    while True:
        j = i
        while j > floor and clause[j - 1].isspace():
            j -= 1
        if j == i:
            return i
        k = j
        while k > floor and clause[k - 1].isalpha():
            k -= 1
        word = clause[k:j].lower()
        if word not in _PREFIX_WORDS:
            # "between" needs no word boundary before it: "xbetween 5" counts from "between"
            return j - 7 if word.endswith("between") else i
        i = k


def _fatal_after(after: str) -> bool:
    """'3 people were killed' counts the dead; 'two bombers killed 23 people' counts killers."""
    m = FATAL_AFTER.match(after)
    if m is None:
        return False
    if _TRANSITIVE_KILL.search(m.group(0)) and not _PASSIVE.search(m.group(0)):
        return _NOT_AN_OBJECT.match(after[m.end():]) is not None
    return True


def parse_number(text: str) -> int | None:
    """A whole number from digits or English words: '2,000', 'forty-two', 'three hundred'."""
    t = text.lower().strip().replace(",", "")
    if not t:
        return None
    parts = _PARTS_SPLIT.split(t)
    total, current = 0, 0
    for p in parts:
        if p in ("and",):
            continue
        if _DECIMAL.fullmatch(p):
            current += float(p)  # type: ignore[assignment]
        elif p in UNITS:
            current += UNITS[p]
        elif p in TENS:
            current += TENS[p]
        elif p in ("a", "an"):
            current += 1
        elif p in SCALE:
            current = (current or 1) * SCALE[p]
            if SCALE[p] >= 1000:
                total, current = total + current, 0
        else:
            return None
    return int(total + current)


def _read(m: re.Match[str], offset: int) -> _Num | None:
    a, b, mod = m["a"], m["b"], (m["mod"] or "").lower().strip()
    vague = a.lower() if _VAGUE_RE.fullmatch(a) else None
    if vague:
        lo = hi = VAGUE_FATAL[vague]
    else:
        n = parse_number(a)
        if n is None:
            return None
        lo = hi = n
        if b:
            m2 = parse_number(b)
            if m2 is not None and m2 > n:
                hi = m2
            elif m2 is not None:
                return _Num(n, n, offset + m.start("a"), offset + m.end("a"), None)
        # "at least 5", "more than 80", "up to 40": ACLED codes the stated figure itself
    return _Num(lo, hi, offset + m.start(), offset + m.end(), vague)


def _candidates(text: str, start: int, end: int) -> list[_Num]:
    clause = text[start:end]
    nums: list[_Num] = []
    for m in number_matches(clause):
        a = m["a"]
        after, before = clause[m.end():], clause[:m.start()]
        if _NOT_A_COUNT_AFTER.match(after) or _NOT_A_COUNT_BEFORE.search(before) and not m["mod"]:
            continue
        if _YEAR.fullmatch(a) and not m["b"] and not SIZE_NOUN.match(after):
            continue  # a year
        if a.lower() == "one" and _NO_BEFORE.search(before):
            continue
        if a.lower() == "one" and _ONE_OF_AFTER.match(after):
            continue
        if a.lower() in ("many", "numerous", "several", "a few") and not (
                FATAL_AFTER.match(after) or INJURY_AFTER.match(after) or SIZE_NOUN.match(after)):
            continue
        num = _read(m, start)
        if num is None:
            continue
        if FATAL_BEFORE.search(before) or _fatal_after(after):
            num.kind = "fatalities"
            num.from_verb = FATAL_BEFORE.search(before) is not None
        elif INJURY_BEFORE.search(before) or INJURY_AFTER.match(after):
            num.kind = "injuries"
            num.from_verb = INJURY_BEFORE.search(before) is not None
        if (s := SIZE_NOUN.match(after)) is not None:
            num.unit = s["unit"].lower()
            if num.kind is None:
                num.end = start + m.end() + s.end()
        nums.append(num)
    # "3 soldiers and 2 civilians were killed": the first count shares the second's kind
    for i in range(len(nums) - 1, 0, -1):
        prev, cur = nums[i - 1], nums[i]
        if prev.kind is None and cur.kind is not None and _JOINED.fullmatch(
                text[prev.end:cur.start - 0]
                if prev.end <= cur.start else "x"):
            prev.kind = cur.kind
    # "killed 3 soldiers and 2 civilians": the verb's count runs on over "and"
    for prev, cur in zip(nums, nums[1:]):
        if cur.kind is None and prev.kind is not None and prev.from_verb and prev.end <= cur.start \
                and _JOINED.fullmatch(text[prev.end:cur.start]):
            cur.kind, cur.from_verb = prev.kind, True
    return nums


def quantities_in(doc: Doc, start: int, end: int) -> dict[str, Quantity]:
    """Fatalities, injuries and size stated in ``doc.text[start:end]`` (keys only when present).

    >>> quantities_in(doc, 0, len(doc.text))["fatalities"]   # "killing 3 and injuring 5"  # doctest: +SKIP
    Quantity(min=3, max=3, text='3', ...)
    """
    text = doc.text
    out: dict[str, Quantity] = {}
    nums = _candidates(text, start, end)
    for kind in ("fatalities", "injuries"):
        same = [n for n in nums if n.kind == kind]
        if not same:
            continue
        first = same[0]
        lo, hi, s, e = first.lo, first.hi, first.start, first.end
        # several counts of the dead joined by "and" are summed, as ACLED does
        for n in same[1:]:
            if _SUMMED.fullmatch(text[e:n.start]) and not _COUNT_VERB.search(text[e:n.start]):
                lo, hi, e = lo + n.lo, hi + n.hi, n.end
        out[kind] = Quantity(min=lo, max=hi, text=text[s:e], start=s, end=e,
                             unit=first.unit or "people")
    if ("fatalities" not in out or "injuries" not in out) \
            and _may_match(_ZERO_GATE, text, start, end):
        for m in ZERO_FATAL.finditer(text, start, end):
            kind_word = (m["kind"] or m["kind2"] or "").lower()
            kind = "fatalities" if kind_word in ("killed", "casualties", "deaths", "fatalities") \
                else "injuries"
            if kind not in out:
                out[kind] = Quantity(min=0, max=0, text=m.group(0), start=m.start(), end=m.end(),
                                     unit="people")
    if "fatalities" not in out and _may_match(_ONE_GATE, text, start, end) \
            and (one := ONE_VICTIM.search(text, start, end)) is not None:
        out["fatalities"] = Quantity(min=1, max=1, text=one.group(0), start=one.start(),
                                     end=one.end(), unit="people")
    sized = [n for n in nums if n.kind is None and n.unit is not None]
    if sized:
        n = sized[0]
        lo, hi = n.lo, n.hi
        if n.vague:
            lo = hi = VAGUE_SIZE[n.vague]
        out["size"] = Quantity(min=lo, max=hi, text=text[n.start:n.end], start=n.start,
                               end=n.end, unit=n.unit)
    return out


def quantities_of_text(text: str) -> dict[str, Quantity]:
    """:func:`quantities_in` over a bare string."""
    return quantities_in(Doc(id="text", text=text), 0, len(text))


__all__ = ["quantities_in", "quantities_of_text", "parse_number"]
