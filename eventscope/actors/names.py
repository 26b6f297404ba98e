"""Registry phrase matching: every alias of every entry, found token by token, longest first.

Short all-capital acronyms ("IS", "SAA", "U.S.") match only with the same letters and case;
other names match in any case, but a name written with capitals needs a capital in the text
("trump card" is not Trump).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .found import Found
from .lexicon import TITLES
from .registry import ActorRegistry

_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-",
                       "\u2013": "-", "\u2014": "-"})


def is_acronym(alias: str) -> bool:
    """True for names such as 'SAA', 'IS', 'U.S.' that must match exactly."""
    letters = re.sub(r"[.\-/&]", "", alias)
    return letters.isupper() and letters.isalnum() and len(letters) <= 5


def tok_key(text: str) -> str:
    return text.translate(_FOLD)


class PhraseIndex:
    """Maps token sequences of registry names to entry ids."""

    def __init__(self, registry: ActorRegistry, tokenize: Callable[[str], list[str]]) -> None:
        self.registry = registry
        self.exact: dict[tuple[str, ...], str] = {}
        self.folded: dict[tuple[str, ...], tuple[str, bool]] = {}
        self.max_len = 1
        self.prefixes: set[tuple[str, ...]] = set()
        for entry in registry:
            if entry.descriptive:
                continue
            for alias in entry.names:
                words = [tok_key(w) for w in tokenize(alias)]
                if words and words[0].lower() == "the" and len(words) > 1:
                    words = words[1:]
                if not words:
                    continue
                self.max_len = max(self.max_len, len(words))
                low = [w.lower() for w in words]
                self.prefixes.update(tuple(low[:k]) for k in range(1, len(low) + 1))
                if is_acronym(alias):
                    self.exact.setdefault(tuple(words), entry.id)
                else:
                    key = tuple(w.lower() for w in words)
                    needs_cap = any(c.isupper() for c in alias)
                    self.folded.setdefault(key, (entry.id, needs_cap))

    def lookup(self, words: list[str]) -> str | None:
        """The entry id for exactly these token texts, or None."""
        return self._lookup(tuple(tok_key(w) for w in words))

    def _lookup(self, key: tuple[str, ...], low: tuple[str, ...] | None = None) -> str | None:
        if key in self.exact:
            return self.exact[key]
        hit = self.folded.get(low if low is not None else tuple(w.lower() for w in key))
        if hit is None:
            return None
        actor_id, needs_cap = hit
        if needs_cap and not any(c.isupper() for w in key for c in w[:1]):
            return None
        return actor_id

    def find(self, sp: Any) -> list[Found]:
        """Longest registry matches left to right over the spaCy doc ``sp``."""
        out: list[Found] = []
        n = len(sp)
        keys = [tok_key(t.text) for t in sp]
        lows = [k.lower() for k in keys]
        i = 0
        while i < n:
            if (lows[i],) not in self.prefixes:
                i += 1
                continue
            end = i + 1  # furthest j such that lows[i:j] is a prefix of some name
            while end < n and end - i < self.max_len and tuple(lows[i:end + 1]) in self.prefixes:
                end += 1
            hit = None
            for j in range(end, i, -1):
                actor_id = self._lookup(tuple(keys[i:j]), tuple(lows[i:j]))
                if actor_id is not None and not _breaks_word(sp, i, j):
                    hit = (j, actor_id)
                    break
            if hit is None:
                i += 1
                continue
            j, actor_id = hit
            entry = self.registry.get(actor_id)
            assert entry is not None
            if entry.kind == "person" and _longer_name(sp, i, j):
                i = j  # "Petro" in "Petro Poroshenko" is someone else
                continue
            out.append(Found.of(entry, i, j, "registry"))
            i = j
        return out


def _longer_name(sp: Any, i: int, j: int) -> bool:
    """A one-word person name inside a longer capitalised name ('Petro Poroshenko')."""
    if j - i != 1:
        return False
    nxt = sp[j] if j < len(sp) else None
    prev = sp[i - 1] if i > 0 else None
    return any(t is not None and t.pos_ == "PROPN" and t.text[:1].isupper() and
               t.lower_ not in TITLES for t in (nxt, prev))


def _breaks_word(sp: Any, i: int, j: int) -> bool:
    """A match must not be part of a longer hyphenated or capitalised name ("Islamic State-X")."""
    if any("\n" in sp[k].text for k in range(i, j)):
        return True
    if j < len(sp) and sp[j].text in ("-",) and j + 1 < len(sp) and sp[j + 1].text[:1].isupper() \
            and sp[j].whitespace_ == "" and sp[j - 1].whitespace_ == "":
        return True
    return False


__all__ = ["PhraseIndex", "is_acronym", "tok_key"]
