"""Bytes -> text for scraped pages: find the encoding, refuse binary data, strip stray NULs.

Scraped files come in every encoding. The order tried, first match wins:

1. a byte-order mark: UTF-8, UTF-32 or UTF-16 (LE/BE);
2. binary sniffing: known magic numbers (PDF, PNG, ZIP, ...), many NUL bytes or many control
   bytes -> :class:`~eventscope.errors.InputError` with reason ``binary`` (UTF-16 without a BOM
   is recognised by its pattern of NULs and decoded);
3. strict UTF-8;
4. mostly UTF-8 with a few stray single-byte characters (a page glued from two sources): the
   stray bytes are read as cp1252;
5. cp1252 when non-ASCII bytes are few (Western European text: accents here and there);
6. charset detection (charset-normalizer, for Cyrillic, Arabic, Greek ... code pages), then
   cp1252, then latin-1 (which never fails).

>>> decode_bytes("caf\\u00e9".encode("utf-8"))
'café'
>>> decode_bytes("caf\\u00e9".encode("cp1252"))
'café'
"""

from __future__ import annotations

import re

from ..errors import InputError

# Signatures of common binary formats that are sometimes saved with a .txt or no extension.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip data (name the file .gz to have it decompressed)"),
    (b"\x7fELF", "an executable"),
    (b"MZ\x90\x00", "a Windows executable"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"RIFF", "a RIFF media file"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

_SNIFF = 65_536
# control bytes that never occur in text (tab, newlines, form feed and ESC are allowed)
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
_CONTROL_RE = re.compile(b"[" + re.escape(_CONTROL) + b"]")
_ESCAPED_RE = re.compile("[\udc80-\udcff]")
_UTF8_MULTIBYTE_RE = re.compile(b"[\xc2-\xf4][\x80-\xbf]+")


def _magic(head: bytes) -> str | None:
    """Why ``head`` starts like a known binary format, or None."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return f"the data is {what}, not text"
    return None


def _binary_reason(head: bytes) -> str | None:
    """Why ``head`` (the first bytes of an input) looks binary, or None if it may be text."""
    if not head:
        return None
    controls = len(_CONTROL_RE.findall(head))
    if controls / len(head) > 0.05:
        return (f"the data is binary: {controls} of its first {len(head)} bytes are control "
                "bytes that never occur in text")
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when every other byte is NUL (ASCII-heavy UTF-16), else None."""
    if len(head) < 16:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _cp1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned in cp1252
        return chr(byte)


def _mostly_utf8(data: bytes) -> str | None:
    """Decode UTF-8 with a few stray cp1252 bytes, or None when it is not mostly UTF-8."""
    text = data.decode("utf-8", errors="surrogateescape")
    stray = len(_ESCAPED_RE.findall(text))
    valid = len(_UTF8_MULTIBYTE_RE.findall(data))
    if valid < 4 * stray:
        return None
    return _ESCAPED_RE.sub(lambda m: _cp1252_char(ord(m.group()) - 0xDC00), text)


def _western(data: bytes) -> str | None:
    """cp1252 text when at most a few letters are non-ASCII, as in English or French; else None.

    Text in a non-Latin code page (cp1251, cp1256) is mostly high bytes, so it is left to
    charset detection, which guesses wrongly on short Western text.
    """
    sample = data[:_SNIFF]
    high = sum(b >= 0x80 for b in sample)
    letters = sum(0x41 <= (b | 0x20) <= 0x7A for b in sample)
    if high > 3 and high > 0.3 * letters:
        return None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None


def _detect(data: bytes) -> str | None:
    """charset-normalizer's best guess, or None (also when it is not installed)."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - it comes with trafilatura
        return None
    best = from_bytes(data[: 4 * _SNIFF]).best()
    if best is None or best.encoding is None:
        return None
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(data: bytes) -> str:
    """Decode the bytes of one document to text; raise InputError(reason="binary") for binary data.

    NUL bytes are dropped when there are a few (damaged text); many NULs mean binary data.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).replace("\x00", "")
            except UnicodeDecodeError:
                break  # a false BOM: fall through to the other rules
    head = data[:_SNIFF]
    why = _magic(head)
    if why:
        raise InputError(why, reason="binary")
    if head.count(0):
        utf16 = _utf16_without_bom(head)
        if utf16:
            try:
                return data.decode(utf16).replace("\x00", "")
            except UnicodeDecodeError:
                pass
        if head.count(0) > max(8, len(head) // 1000):
            raise InputError(f"the data is binary: {head.count(0)} NUL bytes in its first "
                             f"{len(head)} bytes", reason="binary")
        data = data.replace(b"\x00", b"")
        head = data[:_SNIFF]
    why = _binary_reason(head)
    if why:
        raise InputError(why, reason="binary")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for attempt in (_mostly_utf8, _western, _detect):
        text = attempt(data)
        if text is not None:
            return text
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


__all__ = ["decode_bytes"]
