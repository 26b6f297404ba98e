"""A faster matcher for spaCy's ``attribute_ruler``, with exactly the same matches.

The English models' attribute ruler maps tags to POS and fixes a few hundred word forms. Its
spaCy ``Matcher`` tries every one of its ~180 patterns at every token: about an eighth of the
whole parse (13 ms of ~110 ms for a 2,000-character page, measured on the benchmark pages). All
of its patterns are plain token tests (equality, ``IN``, ``NOT_IN``, ``REGEX`` on ``LOWER``,
``TAG``, ``DEP``, ``IS_SPACE``), so an index from a token's lower-case form and tag to the few
patterns that can match it finds the same matches at a fraction of the cost. Only the search is
replaced: the ruler applies the matches itself, in its own order, so the attributes it sets are
the same. A ruler with any pattern this module does not understand keeps spaCy's matcher.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

#: Token attributes the fast matcher can test, as the names of the token properties that hold
#: them (plain names and frozen values, so that a pipeline with this matcher still pickles).
_READERS: dict[str, str] = {"LOWER": "lower_", "TAG": "tag_", "DEP": "dep_", "IS_SPACE": "is_space"}

TokenTest = Callable[[Any], bool]


class UnsupportedPattern(ValueError):
    """A pattern uses an operator or attribute the fast matcher does not implement."""


@dataclass(frozen=True, slots=True)
class _ValueTest:
    """One attribute test: equal to a value, in or not in a set, or matching a regex."""

    attr: str
    op: str  # "==", "IN", "NOT_IN" or "REGEX"
    value: Any

    def __call__(self, tok: Any) -> bool:
        got = getattr(tok, self.attr)
        if self.op == "==":
            return bool(got == self.value)
        if self.op == "IN":
            return got in self.value
        if self.op == "NOT_IN":
            return got not in self.value
        return re.search(self.value, got) is not None  # re caches the compiled pattern


@dataclass(frozen=True, slots=True)
class _TokenTest:
    """Every attribute test of one pattern token."""

    tests: tuple[_ValueTest, ...]

    def __call__(self, tok: Any) -> bool:
        return all(test(tok) for test in self.tests)


def _value_test(attr: str, spec: Any) -> _ValueTest:
    if isinstance(spec, (str, bool)):
        return _ValueTest(attr, "==", spec)
    if isinstance(spec, dict) and len(spec) == 1:
        (op, arg), = spec.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list):
            return _ValueTest(attr, op, frozenset(arg))
        if op == "REGEX" and isinstance(arg, str):
            re.compile(arg)  # a bad pattern fails here, not at the first token
            return _ValueTest(attr, op, arg)
    raise UnsupportedPattern(f"unsupported value {spec!r}")


def _token_test(spec: dict[str, Any]) -> _TokenTest:
    tests: list[_ValueTest] = []
    for attr, value in spec.items():
        if attr not in _READERS:
            raise UnsupportedPattern(f"unsupported attribute {attr!r}")
        tests.append(_value_test(_READERS[attr], value))
    return _TokenTest(tuple(tests))


@dataclass(frozen=True, slots=True)
class _Pattern:
    group: int  # the ruler's pattern number: later numbers win
    match_id: int
    tests: tuple[TokenTest, ...]


@dataclass(frozen=True, slots=True)
class _View:
    """The attributes the patterns test, as strings, for one distinct token kind."""

    lower_: str
    tag_: str
    dep_: str
    is_space: bool


class FastAttributeMatcher:
    """Finds the matches of an ``AttributeRuler``'s patterns in a ``Doc``, in the ruler's order.

    A one-token pattern's verdict depends only on the token's lower-case form, tag, dependency
    label and whether it is a space, so it is worked out once per distinct combination and
    remembered; longer patterns (a handful: "gon na", "let 's") are tried where their first
    token matches.
    """

    def __init__(self, ruler: Any) -> None:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        self._attrs = [LOWER, TAG, DEP, IS_SPACE]
        self._strings = ruler.vocab.strings
        self._single: list[_Pattern] = []
        self._multi: list[_Pattern] = []
        for group, entry in enumerate(ruler.patterns):
            match_id = self._strings.add(str(group))
            for pattern in entry["patterns"]:
                if not pattern or not all(isinstance(s, dict) and s for s in pattern):
                    raise UnsupportedPattern(f"empty or odd pattern {pattern!r}")
                p = _Pattern(group, match_id, tuple(_token_test(s) for s in pattern))
                (self._single if len(pattern) == 1 else self._multi).append(p)
        # token kind -> (one-token matches as (group, match_id), longer patterns starting here)
        self._memo: dict[tuple[int, ...], tuple[tuple[tuple[int, int], ...],
                                                tuple[_Pattern, ...]]] = {}
        self._views: dict[tuple[int, ...], _View] = {}

    def _view(self, key: tuple[int, ...]) -> _View:
        view = self._views.get(key)
        if view is None:
            s = self._strings
            view = self._views[key] = _View(s[key[0]], s[key[1]], s[key[2]], bool(key[3]))
        return view

    def _verdicts(self, key: tuple[int, ...]) -> tuple[tuple[tuple[int, int], ...],
                                                       tuple[_Pattern, ...]]:
        found = self._memo.get(key)
        if found is None:
            view = self._view(key)
            found = self._memo[key] = (
                tuple((p.group, p.match_id) for p in self._single if p.tests[0](view)),
                tuple(p for p in self._multi if p.tests[0](view)))
        return found

    def __call__(self, doc: Any) -> list[tuple[int, int, int, int]]:
        """``(group, match_id, start, end)`` for every match, sorted as the ruler sorts them."""
        if not len(doc):
            return []
        keys = [tuple(row) for row in doc.to_array(self._attrs).tolist()]
        n = len(keys)
        out: set[tuple[int, int, int, int]] = set()
        for i, key in enumerate(keys):
            singles, longer = self._verdicts(key)
            for group, match_id in singles:
                out.add((group, match_id, i, i + 1))
            for p in longer:
                end = i + len(p.tests)
                if end <= n and all(p.tests[k](self._view(keys[i + k]))
                                    for k in range(1, len(p.tests))):
                    out.add((p.group, p.match_id, i, end))
        return sorted(out)


def speed_up_attribute_ruler(nlp: Any, name: str = "attribute_ruler") -> bool:
    """Give ``nlp``'s attribute ruler the fast matcher; False (and no change) if it cannot."""
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    if not all(hasattr(ruler, a) for a in ("patterns", "match", "set_annotations", "vocab")):
        return False
    try:
        matcher = FastAttributeMatcher(ruler)
    except UnsupportedPattern:
        return False
    ruler.match = matcher
    return True


__all__ = ["FastAttributeMatcher", "UnsupportedPattern", "speed_up_attribute_ruler"]
