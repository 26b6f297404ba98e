"""When did it happen? Date expressions in an event's clause, resolved against publication.

News reports dates relative to the day they are published ("on Tuesday", "last week", "in
recent days"), so every rule takes the publication date as its anchor. Rules are plain regular
expressions (fast; ``dateparser`` is far slower and guesses too freely on news text). Among the
expressions in a clause the most precise wins (day > week > range > month > year); ties go to
the first. With no expression the event is dated to its publication day (precision
``publication``).

>>> from datetime import date
>>> resolve_text("Iran sent troops on Tuesday.", date(2020, 3, 12)).start   # a Thursday
'2020-03-10'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date as Date
from datetime import timedelta
from functools import lru_cache

from ..doc import DateRange, Doc

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "few": 3,
    "several": 3, "couple": 2, "a couple of": 2,
}
_PRECISION_ORDER: dict[str, int] = {"day": 0, "week": 1, "range": 2, "month": 3, "year": 4}

_MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
             r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|"
             r"Nov\.?|Dec\.?)")
_DAY_RE = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_NUM_RE = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|a few|a couple of|couple of)"
_WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"


@dataclass(slots=True)
class _Found:
    start: Date
    end: Date
    precision: str
    m_start: int
    m_end: int
    absolute: bool = False


def _month_no(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _num(word: str) -> int:
    word = word.lower().strip()
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word.removesuffix(" of").strip(), NUMBER_WORDS.get(word, 1))


def _month_end(year: int, month: int) -> Date:
    nxt = Date(year + (month == 12), month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def _safe_date(year: int, month: int, day: int) -> Date | None:
    try:
        return Date(year, month, day)
    except ValueError:
        return None


def _latest_on_or_before(pub: Date, month: int, day: int | None = None,
                         forward: bool = False) -> int:
    """The year that puts ``month`` (and ``day``) on or before ``pub`` (after it if ``forward``)."""
    probe = (month, day or 1)
    if forward:
        if day is None:
            return pub.year if month >= pub.month else pub.year + 1
        return pub.year if probe >= (pub.month, pub.day) else pub.year + 1
    return pub.year if probe <= (pub.month, pub.day) else pub.year - 1


# "from" is not a hint: "the death toll from Saturday's bombing" looks back, and a future
# "from Monday" nearly always comes with "will" or "is to" in the same clause.
_FUTURE_HINT = re.compile(
    r"\b(?:will|shall|'ll|scheduled|set to|due to|due on|plans? to|planned|planning|expected to|"
    r"to be held|is to|are to|would|next|upcoming)\b", re.IGNORECASE)


def _forward(m: re.Match[str]) -> bool:
    """Whether the clause speaks of the future before this expression ("will meet on Monday")."""
    return _FUTURE_HINT.search(m.string, 0, m.start()) is not None


# Each rule: (compiled pattern, resolver(match, pub) -> (start, end, precision) | None).
Resolver = Callable[[re.Match[str], Date | None], tuple[Date, Date, str] | None]


def _iso(m: re.Match[str], pub: Date | None) -> tuple[Date, Date, str] | None:
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return (d, d, "day") if d else None


def _month_day(m: re.Match[str], pub: Date | None) -> tuple[Date, Date, str] | None:
    month, day = _month_no(m["mon"]), int(re.sub(r"\D", "", m["day"]))
    if m["year"]:
        year = int(m["year"])
    elif pub is not None:
        year = _latest_on_or_before(pub, month, day, _forward(m))
    else:
        return None
    d = _safe_date(year, month, day)
    return (d, d, "day") if d else None


def _month_year(m: re.Match[str], pub: Date | None) -> tuple[Date, Date, str] | None:
    month = _month_no(m["mon"])
    if m["year"]:
        year = int(m["year"])
    elif pub is not None:
        year = _latest_on_or_before(pub, month, forward=_forward(m))
    else:
        return None
    start, end = Date(year, month, 1), _month_end(year, month)
    if m["since"]:
        return (start, pub, "range") if pub and pub >= start else None
    return start, end, "month"


def _year(m: re.Match[str], pub: Date | None) -> tuple[Date, Date, str] | None:
    year = int(m["year"])
    start, end = Date(year, 1, 1), Date(year, 12, 31)
    if m["prep"].lower() == "since":
        return (start, pub, "range") if pub and pub >= start else None
    return start, end, "year"


def _weekday(m: re.Match[str], pub: Date | None) -> tuple[Date, Date, str] | None:
    if pub is None:
        return None
    wd = WEEKDAYS[m["wd"].lower()]
    mod = (m["mod"] or "").lower().strip()
    if mod.startswith("next") or mod.startswith("this coming") or mod == "coming" or (
            not mod.startswith("last") and not mod.startswith("this past") and _forward(m)):
        delta = (wd - pub.weekday()) % 7 or 7
        d = pub + timedelta(days=delta)
    else:
        back = (pub.weekday() - wd) % 7
        if mod.startswith("last") and back == 0:
            back = 7
        d = pub - timedelta(days=back)
    if (m["since"] or "").strip():
        return d, pub, "range"
    return d, d, "day"


def _relative(days_back: int, span: int = 0, precision: str = "day") -> Resolver:
    def resolve(m: re.Match[str], pub: Date | None) -> tuple[Date, Date, str] | None:
        if pub is None:
            return None
        end = pub - timedelta(days=days_back)
        return end - timedelta(days=span), end, precision
    return resolve


def _ago(m: re.Match[str], pub: Date | None) -> tuple[Date, Date, str] | None:
    if pub is None:
        return None
    n, unit = _num(m["n"]), m["unit"].lower().rstrip("s")
    if unit == "day":
        d = pub - timedelta(days=n)
        return d, d, "day"
    if unit == "week":
        d = pub - timedelta(weeks=n)
        monday = d - timedelta(days=d.weekday())
        return monday, monday + timedelta(days=6), "week"
    if unit == "month":
        y, mo = pub.year, pub.month - n
        while mo <= 0:
            y, mo = y - 1, mo + 12
        return Date(y, mo, 1), _month_end(y, mo), "month"
    y = pub.year - n
    return Date(y, 1, 1), Date(y, 12, 31), "year"


def _past_n(m: re.Match[str], pub: Date | None) -> tuple[Date, Date, str] | None:
    if pub is None:
        return None
    n = _num(m["n"]) if m["n"] else 1
    unit = m["unit"].lower().rstrip("s")
    days = {"hour": max(1, n // 24), "day": n, "week": 7 * n, "month": 30 * n, "year": 365 * n}[unit]
    return pub - timedelta(days=days), pub, "range"


def _calendar(which: str, unit: str) -> Resolver:
    """'last week', 'this month', 'earlier this year' ..."""
    def resolve(m: re.Match[str], pub: Date | None) -> tuple[Date, Date, str] | None:
        if pub is None:
            return None
        if unit == "week":
            monday = pub - timedelta(days=pub.weekday())
            if which == "last":
                start = monday - timedelta(days=7)
                return start, start + timedelta(days=6), "week"
            return monday, pub, "week"
        if unit == "weekend":
            sat = pub - timedelta(days=(pub.weekday() - 5) % 7 or 7)
            if which == "last" and sat + timedelta(days=1) >= pub:
                sat -= timedelta(days=7)
            return sat, sat + timedelta(days=1), "range"
        if unit == "month":
            if which == "last":
                y, mo = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
                return Date(y, mo, 1), _month_end(y, mo), "month"
            return Date(pub.year, pub.month, 1), pub, "month"
        if which == "last":
            return Date(pub.year - 1, 1, 1), Date(pub.year - 1, 12, 31), "year"
        return Date(pub.year, 1, 1), pub, "year"
    return resolve


_I = re.IGNORECASE
RULES: list[tuple[re.Pattern[str], Resolver]] = [  # keep _GATES below in step with these
    (re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"), _iso),
    (re.compile(rf"\b(?P<mon>{_MONTH_RE})\s+(?P<day>{_DAY_RE})\b(?!:)(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?"),
     _month_day),
    (re.compile(rf"\b(?P<day>{_DAY_RE})\s+(?:of\s+)?(?P<mon>{_MONTH_RE})(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?\b"),
     _month_day),
    (re.compile(rf"(?:\b(?P<since>since)\s+|\b(?:in|of|for|during|early|late|mid-?|until|by|last)\s+)"
                rf"(?P<mon>{_MONTH_RE})\b(?!\s+{_DAY_RE}\b)(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?"),
     _month_year),
    (re.compile(rf"\b(?P<mon>{_MONTH_RE})\s+(?P<year>(?:19|20)\d{{2}})\b(?P<since>)"), _month_year),
    (re.compile(r"\b(?P<prep>in|during|since|early|late|mid-?|throughout)\s+(?P<year>(?:19|20)\d{2})\b(?!-)",
                _I), _year),
    (re.compile(rf"(?P<since>\bsince\s+)?(?P<mod>\b(?:last|next|this coming|this past|past|coming)\s+)?"
                rf"\b(?P<wd>{_WEEKDAY_RE})\b"), _weekday),
    (re.compile(r"\bthe day before yesterday\b", _I), _relative(2)),
    (re.compile(r"\b(?:yesterday|last night)\b", _I), _relative(1)),
    (re.compile(r"\b(?:today|this morning|this afternoon|this evening|tonight|earlier today|"
                r"earlier in the day)\b", _I), _relative(0)),
    (re.compile(r"\bovernight\b", _I), _relative(0, 1, "range")),
    (re.compile(rf"\b(?P<n>{_NUM_RE})\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b", _I), _ago),
    (re.compile(rf"\b(?:in|over|during|for|within)\s+the\s+(?:past|last|previous)\s+(?:(?P<n>{_NUM_RE})\s+)?"
                r"(?P<unit>hours?|days?|weeks?|months?|years?)\b", _I), _past_n),
    (re.compile(r"\b(?:in|over|during)\s+(?:recent|the past few|the last few|the last couple of|"
                r"the past couple of)\s+days\b|\bin the past days\b", _I), _relative(0, 2, "range")),
    (re.compile(r"\b(?:in|over|during)\s+(?:recent|the past few|the last few)\s+weeks\b", _I),
     _relative(0, 21, "range")),
    (re.compile(r"\b(?:in|over|during)\s+(?:recent|the past few|the last few)\s+months\b", _I),
     _relative(0, 90, "range")),
    (re.compile(r"\b(?:earlier\s+)?this\s+week\b", _I), _calendar("this", "week")),
    (re.compile(r"\blast\s+week\b", _I), _calendar("last", "week")),
    (re.compile(r"\b(?:last|this past)\s+weekend\b", _I), _calendar("last", "weekend")),
    (re.compile(r"\b(?:earlier\s+)?this\s+month\b", _I), _calendar("this", "month")),
    (re.compile(r"\blast\s+month\b", _I), _calendar("last", "month")),
    (re.compile(r"\b(?:earlier\s+)?this\s+year\b", _I), _calendar("this", "year")),
    (re.compile(r"\blast\s+year\b", _I), _calendar("last", "year")),
    (re.compile(r"\b(?:recently|lately)\b", _I), _relative(0, 14, "range")),
]
_ABSOLUTE_RULES = 6  # the first rules name calendar dates; they beat weekdays and "yesterday"
_SINCE_THEN = re.compile(r"\b(?:since then|ever since|since that (?:day|time|date))\b", _I)

# Gates: words each rule cannot match without, checked with ``in`` before running the rule
# (most clauses name no date; 24 full regex scans per clause were the stage's largest cost).
# One gate per rule, in RULES order: (needs a digit, case-sensitive words, lower-case words),
# each a tuple of alternatives of which one must occur; None = no requirement of that kind.
_MONTH3 = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_Gate = tuple[bool, tuple[str, ...] | None, tuple[tuple[str, ...], ...]]
_GATES: tuple[_Gate, ...] = (
    (True, ("-",), ()),                                  # 2020-03-12
    (True, _MONTH3, ()),                                 # March 12
    (True, _MONTH3, ()),                                 # 12 March
    (False, _MONTH3, ()),                                # in March
    (True, _MONTH3, ()),                                 # March 2020
    (True, ("19", "20"), ()),                            # in 2020
    (False, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
     ()),                                                # (last) Tuesday
    (False, None, (("yesterday",),)),                    # the day before yesterday
    (False, None, (("yesterday", "night"),)),            # yesterday, last night
    (False, None, (("today", "this morning", "this afternoon", "this evening", "tonight",
                     "earlier in the day"),)),
    (False, None, (("overnight",),)),
    (False, None, (("ago",),)),                          # three days ago
    (False, None, (("the",), ("past", "last", "previous"))),
    (False, None, (("days",),)),                         # in recent days
    (False, None, (("weeks",),)),
    (False, None, (("months",),)),
    (False, None, (("this",), ("week",))),
    (False, None, (("last",), ("week",))),
    (False, None, (("weekend",),)),
    (False, None, (("this",), ("month",))),
    (False, None, (("last",), ("month",))),
    (False, None, (("this",), ("year",))),
    (False, None, (("last",), ("year",))),
    (False, None, (("recently", "lately"),)),
)
_DIGIT = re.compile(r"\d")
# Characters that case-insensitive matching equates with an ASCII letter although
# ``str.lower`` does not map them to it (dotted/dotless i, long s, Kelvin sign): with any of
# them in the text the lower-case gates are not exact, so every rule runs.
_FOLD_SPECIAL = re.compile("[\u0130\u0131\u017f\u212a]")


_LOWER_WORDS = tuple(sorted({w for _, _, groups in _GATES for g in groups for w in g}))
_CASED_WORDS = tuple(sorted({w for _, cased, _ in _GATES if cased for w in cased}))


@lru_cache(maxsize=512)
def _rules_for(digit: bool, cased: frozenset[str], lower: frozenset[str]) -> tuple[int, ...]:
    """The rules whose gate the present words pass (few distinct word sets ever occur)."""
    out = []
    for i, (needs_digit, need_cased, groups) in enumerate(_GATES):
        if needs_digit and not digit:
            continue
        if need_cased is not None and cased.isdisjoint(need_cased):
            continue
        if all(not lower.isdisjoint(g) for g in groups):
            out.append(i)
    return tuple(out)


def _open_rules(text: str) -> tuple[int, ...]:
    """Indices of the rules whose gate passes: a necessary condition for a match, never more."""
    if _FOLD_SPECIAL.search(text):
        return tuple(range(len(RULES)))
    low = text.lower()
    return _rules_for(_DIGIT.search(text) is not None,
                      frozenset(w for w in _CASED_WORDS if w in text),
                      frozenset(w for w in _LOWER_WORDS if w in low))


def find_dates(text: str, pub: Date | None, offset: int = 0) -> list[_Found]:
    """Every resolvable date expression in ``text``, overlapping matches removed (longest wins)."""
    found: list[_Found] = []
    for rule_no in _open_rules(text):
        pattern, resolve = RULES[rule_no]
        for m in pattern.finditer(text):
            got = resolve(m, pub)
            if got is None:
                continue
            start, end, precision = got
            found.append(_Found(start, end, precision, offset + m.start(), offset + m.end(),
                                absolute=rule_no < _ABSOLUTE_RULES))
    found.sort(key=lambda f: (-(f.m_end - f.m_start), f.m_start))
    kept: list[_Found] = []
    for f in found:
        if all(f.m_end <= k.m_start or f.m_start >= k.m_end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.m_start)


@lru_cache(maxsize=256)
def _sentence_dates(text: str, pub: Date | None, offset: int) -> tuple[_Found, ...]:
    """:func:`find_dates` remembered: the events of one sentence share its fallback date."""
    return tuple(find_dates(text, pub, offset))


def _best(found: list[_Found]) -> _Found:
    return min(found, key=lambda f: (_PRECISION_ORDER.get(f.precision, 9), not f.absolute,
                                     f.m_start))


def resolve_date(doc: Doc, start: int, end: int) -> DateRange | None:
    """The date of the event whose clause is ``doc.text[start:end]``.

    Falls back to the publication date (precision ``publication``), or None without one.

    >>> resolve_date(doc, 0, len(doc.text))   # "... last week", published 2020-03-12  # doctest: +SKIP
    DateRange(start='2020-03-02', end='2020-03-08', precision='week', text='last week', ...)
    """
    pub = doc.meta.pub_date
    clause = doc.text[start:end]
    found = find_dates(clause, pub, start)
    since = _SINCE_THEN.search(clause)
    if since is not None and pub is not None:
        before = find_dates(doc.text[max(0, start - 3000):start], pub)
        anchor = before[-1].start if before else pub - timedelta(days=14)
        found.append(_Found(anchor, pub, "range", start + since.start(), start + since.end()))
    if not found and pub is not None:
        # "Officials said on Tuesday that rebels attacked": the report's date stands in
        sent = doc.sentence_at(start)
        if sent is not None and (sent.start, sent.end) != (start, end):
            found = list(_sentence_dates(doc.text[sent.start:sent.end], pub, sent.start))
    if found:
        f = _best(found)
        return DateRange(start=f.start.isoformat(), end=f.end.isoformat(), precision=f.precision,
                         text=doc.text[f.m_start:f.m_end], span_start=f.m_start,
                         span_end=f.m_end)
    if pub is None:
        return None
    return DateRange(start=pub.isoformat(), end=pub.isoformat(), precision="publication")


def resolve_text(text: str, pub: Date | None) -> DateRange | None:
    """:func:`resolve_date` over a bare string (handy for tests and the REPL)."""
    from ..doc import DocMeta

    doc = Doc(id="text", text=text, meta=DocMeta(date=pub.isoformat() if pub else None))
    return resolve_date(doc, 0, len(text))


__all__ = ["resolve_date", "resolve_text", "find_dates"]
