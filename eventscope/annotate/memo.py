"""Per-parse memo: answers about one spaCy parse that rules ask for again and again.

spaCy builds a new Python object on every access (``doc[i]``, ``tok.sent``, ``tok.lemma_``),
and the events stage asks the same questions of the same parse for each of the ~15 events of
a page (the sentence of a token costs a walk over the sentence each time). The memo keeps the
answers for the parse asked about last. It holds a strong reference to that parse, so an
identity check can never mistake a new parse for an old one; :func:`release` drops it.

Nothing here changes an answer: every function returns what the spaCy call it replaces
returns, only computed once.
"""

from __future__ import annotations

from typing import Any

Token = Any  # spacy.tokens.Token
SpacyDoc = Any  # spacy.tokens.Doc
SpacySpan = Any  # spacy.tokens.Span

# lower-cased lemma by the lemma's hash (hashes are the strings', the same for every parse)
_LOWER_LEMMAS: dict[int, str] = {}
_MAX_LEMMAS = 200_000


class ParseMemo:
    """The memo of one parse: its sentence of each token, and named tables for callers."""

    __slots__ = ("_children", "_sent_of", "_tables", "_tokens", "parsed")

    def __init__(self, parsed: SpacyDoc) -> None:
        self.parsed = parsed
        self._sent_of: list[SpacySpan] | None = None
        self._tables: dict[str, dict[Any, Any]] = {}
        self._tokens: list[Token] | None = None
        self._children: dict[int, list[Token]] | None = None  # by head index

    def tokens(self) -> list[Token]:
        """``list(doc)``, built once: every token object the memo hands out comes from here."""
        toks = self._tokens
        if toks is None:
            toks = self._tokens = list(self.parsed)
        return toks

    def tokens_of(self, span: SpacySpan) -> list[Token]:
        """``list(span)`` for a span of this parse, without building its tokens again."""
        return self.tokens()[span.start:span.end]

    def children(self, tok: Token) -> list[Token]:
        """``list(tok.children)``: the tokens whose head is ``tok``, in document order (spaCy
        yields the left children then the right ones, each in order: the same sequence)."""
        kids = self._children
        if kids is None:
            kids = self._children = {}
            for t in self.tokens():
                h = t.head.i
                if h != t.i:
                    if h in kids:
                        kids[h].append(t)
                    else:
                        kids[h] = [t]
        return kids.get(tok.i) or []

    def subtree(self, tok: Token) -> list[Token]:
        """``list(tok.subtree)``, built once per token (spaCy's own walk is the fastest way to
        build it; several rules ask for the same trigger's subtree). Do not modify the list."""
        table = self.table("subtree")
        found = table.get(tok.i)
        if found is None:
            found = table[tok.i] = list(tok.subtree)
        return found

    def sent(self, tok: Token) -> SpacySpan:
        """``tok.sent``: the sentence span holding ``tok`` (same boundaries, built once)."""
        sent_of = self._sent_of
        if sent_of is None:
            sent_of = self._sent_of = self._sentences()
        # without sentence boundaries (or with hooks) spaCy itself answers
        return sent_of[tok.i] if sent_of else tok.sent

    def _sentences(self) -> list[SpacySpan]:
        sp = self.parsed
        # Token.sent reads the same sent_start flags as Doc.sents; hooks would override both
        if sp.user_hooks or sp.user_token_hooks or sp.user_span_hooks \
                or not sp.has_annotation("SENT_START"):
            return []
        out: list[SpacySpan] = []
        for s in sp.sents:
            out.extend([s] * (s.end - s.start))
        return out if len(out) == len(sp) else []

    def table(self, name: str) -> dict[Any, Any]:
        """A dict private to one caller (by name) for this parse's other answers."""
        t = self._tables.get(name)
        if t is None:
            t = self._tables[name] = {}
        return t


_LAST: ParseMemo | None = None


def memo_for(parsed: SpacyDoc) -> ParseMemo:
    """The memo of ``parsed``: the current one if it is that parse's, else a fresh one."""
    global _LAST
    memo = _LAST  # one read: another thread may swap _LAST, never this local
    if memo is None or memo.parsed is not parsed:
        memo = _LAST = ParseMemo(parsed)
    return memo


def release() -> None:
    """Drop the memo (and its reference to the last parse) once a document is done."""
    global _LAST
    _LAST = None


def children(tok: Token) -> list[Token]:
    """``list(tok.children)`` from the memo of the token's parse (do not modify the list)."""
    return memo_for(tok.doc).children(tok)


def subtree(tok: Token) -> list[Token]:
    """``list(tok.subtree)`` from the memo of the token's parse."""
    return memo_for(tok.doc).subtree(tok)


def sent_of(tok: Token) -> SpacySpan:
    """``tok.sent`` from the memo of the token's parse."""
    return memo_for(tok.doc).sent(tok)


def tokens_of(span: SpacySpan) -> list[Token]:
    """``list(span)`` from the memo of the span's parse (do not modify the list)."""
    return memo_for(span.doc).tokens_of(span)


def lower_lemma(tok: Token) -> str:
    """``str(tok.lemma_).lower()``, remembered by the lemma's hash across parses."""
    key = tok.lemma
    lem = _LOWER_LEMMAS.get(key)
    if lem is None:
        lem = str(tok.lemma_).lower()
        if len(_LOWER_LEMMAS) >= _MAX_LEMMAS:
            _LOWER_LEMMAS.clear()
        _LOWER_LEMMAS[key] = lem
    return lem


__all__ = ["ParseMemo", "children", "lower_lemma", "memo_for", "release", "sent_of", "subtree",
           "tokens_of"]
