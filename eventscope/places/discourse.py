"""Document-level recognition rules: one sense per name within a text.

A news story uses a name in one sense throughout. When one occurrence of "Lombard" is
recognised as a place (spaCy called it a place, or it sits after "in"), the other
occurrences that spaCy tagged as an organisation or missed are the same place
(:func:`repeated_names`). Conversely, a town name that the text uses as a surname ("Charles H.
Wilson", "coach Ripley") is a person wherever it stands alone, unless the sentence puts it
after a locative preposition (:func:`surname_words`, :func:`after_title`).

>>> after_title("said coach Ripley", 11)
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

# Words that put a person's name after them ("Mayor Smith", "Sen. Taylor").
TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "gov", "governor", "mayor",
    "coach", "judge", "officer", "sgt", "sergeant", "lt", "capt", "captain", "det",
    "detective", "deputy", "sheriff", "president", "pastor", "rev", "father", "sister",
    "brother", "prof", "professor", "chief", "commissioner", "trooper", "attorney",
    "gen", "col", "colonel", "maj", "cpl", "pvt", "lord", "lady", "sir", "dame", "uncle",
    "aunt",
})
_TITLE_BEFORE = re.compile(r"\b([A-Za-z]+)\.?[ \t]+$")
MIN_REPEAT_CHARS = 3


# A dateline: an all-capitals place at the start of a line or sentence, an optional state
# ("PARIS, Mo.", "NEWARK, N.J. (AP)") and a dash ("BEIRUT —", "COLUMBUS --").
_DATELINE = re.compile(
    r"(?:^|\n|[.!?][ \t]+)[ \t]*([A-Z][A-Z'.-]*(?:[ \t][A-Z][A-Z'.-]*){0,3})"
    r"(?=(?:,[ \t]*[A-Z][A-Za-z.]{1,12})?[ \t]*(?:\([A-Z]+\)[ \t]*)?(?:\u2014|\u2013|--|-[ \t]|\u201d))")


def datelines(text: str) -> list[tuple[int, int]]:
    """Spans of all-capitals dateline places ("TORRINGTON \u2014 Mayor ...")."""
    out = []
    for m in _DATELINE.finditer(text):
        name = m.group(1).rstrip(" .-")
        if len(name) >= 3 and name.isupper():
            out.append((m.start(1), m.start(1) + len(name)))
    return out


def after_title(text: str, start: int) -> bool:
    """True when a personal title stands right before ``start`` ("coach Ripley")."""
    m = _TITLE_BEFORE.search(text, max(0, start - 20), start)
    return m is not None and m.group(1).lower() in TITLES


def surname_words(text: str, persons: Iterable[tuple[int, int]]) -> set[str]:
    """Words that end a multi-word person name somewhere in the text ("Charles H. Wilson")."""
    out = set()
    for c0, c1 in persons:
        words = text[c0:c1].split()
        if len(words) > 1:
            out.add(words[-1].rstrip(".,'\u2019s").rstrip("'\u2019"))
    return out


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _bounded(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole word run (not part of "Parisian" or "O'Paris")."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "'\u2019-_") and not (after.isalnum() or after in "-_")


def repeated_names(text: str, names: Iterable[str], taken: Sequence[bool],
                   persons: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Other occurrences of recognised place names: (start, end, the name they repeat).

    Occurrences inside a longer person name, after a personal title, or overlapping an
    existing mention are left out. An all-capitals occurrence ("COLUMBUS --") counts too.
    """
    out: list[tuple[int, int, str]] = []
    for name in set(names):
        if len(name) < MIN_REPEAT_CHARS or not name[:1].isupper():
            continue
        forms = {name, name.upper()} | ({name.title()} if name.isupper() else set())
        for form in forms:
            s = text.find(form)
            while s >= 0:
                e = s + len(form)
                if (_bounded(text, s, e) and not any(taken[s:e])
                        and not _overlaps(s, e, persons) and not after_title(text, s)):
                    out.append((s, e, name))
                s = text.find(form, e)
    return sorted(out)


__all__ = ["TITLES", "after_title", "datelines", "repeated_names", "surname_words"]
