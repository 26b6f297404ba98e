"""Name keys that make transliteration variants of one place name meet in the index.

Two keys are used. ``name_key`` is exact up to case, diacritics, punctuation and Arabic
articles, so "Deir ez-Zor" and "Deir Zor" meet. ``skeleton_key`` also drops vowels and
doubled letters, so "Dayr az Zawr", "Deir Ezzor" and "Deir al-Zour" meet; it collides more,
so the gazetteer only consults it when the exact key finds nothing.

>>> name_key("Deir ez-Zor")
'deir zor'
>>> name_key("Mass."), name_key("U.S."), name_key("L.A."), name_key("La."), name_key("South L.A.")
('mass.', 'u.s.', 'l.a.', 'la.', 'south l.a.')
>>> name_key("Mt. Pleasant") == name_key("Mount Pleasant"), name_key("Main St.")
(True, 'main st.')
>>> skeleton_key("Dayr az Zawr") == skeleton_key("Deir Ezzor") == skeleton_key("Deir al-Zour")
True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Arabic definite-article forms as written in English transliterations ("al-", "ad-", "ez-").
ARTICLES: frozenset[str] = frozenset(
    {"al", "el", "ad", "ed", "az", "ez", "as", "es", "ar", "er", "an", "en", "at", "et",
     "ash", "esh", "ath", "adh", "ul", "il"})
# Tribal/genealogical prefixes that are spelt glued or apart ("Albu Kamal", "Abu Kamal").
_PREFIXES: dict[str, str] = {"albu": "bu", "abu": "bu", "abou": "bu", "bou": "bu"}
# Abbreviated generic words in place names, spelt out so "Mt. Pleasant" meets "Mount Pleasant".
_ABBREVIATIONS: dict[str, str] = {"mt": "mount", "ft": "fort", "st": "saint", "ste": "sainte",
                                  "pt": "point"}
_QUOTES = re.compile(r"[\u2018\u2019\u02bb\u02bc\u02be\u02bf'`\u00b4\u02c8]")
_NON_WORD = re.compile(r"[^0-9a-z\u0600-\u06ff\s]+")
_SPACES = re.compile(r"\s+")
_VOWELS = re.compile(r"[aeiouyw]")
_DOUBLES = re.compile(r"(.)\1+")
# Dotted initials ("L.A.", "U.S.", "D.C."): letters with dots between them. Their key keeps
# the dots, so "L.A." (Los Angeles) and "La." (Louisiana) do not share one.
_INITIALS = re.compile(r"(?:[A-Za-z]\.\s?)+[A-Za-z]\.?")


def fold(text: str) -> str:
    """Lowercase, strip diacritics and quotes, turn other punctuation into spaces."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _QUOTES.sub("", text.lower())
    text = text.replace(".", "")  # "U.S." -> "us", "St. Louis" -> "st louis"
    text = _NON_WORD.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def _dotted(initials: str) -> str:
    """"L.A." -> "l.a.": dotted initials keyed with their dots."""
    return "".join(ch.lower() + "." for ch in initials if ch.isalpha())


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """The exact lookup key: folded, with Arabic articles and "the" dropped between words.

    The article is kept when it is the whole name (a place called "As").
    """
    stripped = text.strip()
    if _INITIALS.fullmatch(stripped):
        return _dotted(stripped)
    words: list[str] = []
    for word in stripped.split():  # "South L.A.": the initials keep their dots inside a name
        core = word.rstrip(",;:")
        words.extend([_dotted(core)] if _INITIALS.fullmatch(core) else fold(word).split())
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    kept = [_PREFIXES.get(w, w) for w in words if w not in ARTICLES]
    if len(kept) > 1:
        kept = [_ABBREVIATIONS.get(w, w) if i < len(kept) - 1 else w for i, w in enumerate(kept)]
    key = " ".join(kept) if kept else " ".join(words)
    if key and not key.endswith(".") and text.rstrip().endswith("."):
        key += "."  # an abbreviation ("Ind.", "Mass.") is not the word ("Mass")
    return key


def skeleton_key(text: str) -> str:
    """A looser key: ``name_key`` without vowels, spaces or doubled letters.

    Glued articles ("Ezzor", "Ad-Dawr") lose their vowel and the doubled consonant, so they
    meet the spaced spelling.
    """
    key = name_key(text).rstrip(".")
    if not key or "." in key:  # dotted initials match only exactly
        return ""
    out = []
    for word in key.split():
        if len(word) > 3 and word[:2] in {"al", "el"} and word[2] == word[3]:
            word = word[2:]  # "alzzor"-style glued article
        out.append(_VOWELS.sub("", word))
    return _DOUBLES.sub(r"\1", "".join(out))


__all__ = ["ARTICLES", "fold", "name_key", "skeleton_key"]
