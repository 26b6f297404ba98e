"""Character-level normalisation of story text, in two modes.

The batch contract promises that offsets index the ``text`` that was given, so plain-text
input is normalised **in place** (``keep_offsets=True``): every change keeps the length, and
``clean[i]`` stands where ``given[i]`` stood.

- ``"\\r\\n"`` becomes ``" \\n"``, a lone ``"\\r"`` (and NEL, U+2028, U+2029) becomes ``"\\n"``;
- control characters (NUL included), BOMs, zero-width spaces and non-characters become spaces;
- unpaired surrogates (from ``"\\ud800"`` escapes in JSON) become U+FFFD;
- NFC is applied word by word wherever it keeps the word's length (nearly always).

HTML input has no given text to stay aligned with, so its extracted text is also compacted
(``keep_offsets=False``): full NFC, spaces collapsed, trailing spaces dropped, runs of blank
lines collapsed to one, and the ends stripped. Curly quotes, dashes and accents are kept.

>>> normalize_text("a\\r\\nb\\x00c", keep_offsets=True)
'a \\nb c'
>>> normalize_text("  a  b \\n\\n\\n\\nc ", keep_offsets=False)
'a b\\n\\nc'
"""

from __future__ import annotations

import re
import unicodedata

# C0/C1 controls except tab and newline; BOM, zero-width space, word joiner; non-characters.
_TO_SPACE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\ufeff\u200b\u2060\ufffe\uffff]")
_TO_NEWLINE = re.compile("[\x85\u2028\u2029]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_WORD = re.compile(r"\S+")


def _nfc_in_place(text: str) -> str:
    """NFC per word, keeping any word whose normal form would change its length."""
    if unicodedata.is_normalized("NFC", text):
        return text

    def fix(m: re.Match[str]) -> str:
        word = m.group()
        nfc = unicodedata.normalize("NFC", word)
        return nfc if len(nfc) == len(word) else word

    return _WORD.sub(fix, text)


def normalize_text(text: str, *, keep_offsets: bool) -> str:
    """Normalise ``text``; with ``keep_offsets`` the result has exactly the same length."""
    text = _SURROGATE.sub("\ufffd", text)
    text = text.replace("\r\n", " \n").replace("\r", "\n")
    text = _TO_NEWLINE.sub("\n", text)
    text = _TO_SPACE.sub(" ", text)
    if keep_offsets:
        return _nfc_in_place(text)
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"[^\S\n]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


__all__ = ["normalize_text"]
