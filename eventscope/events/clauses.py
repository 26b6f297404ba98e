"""Where a clause stands: a title line, a circumstance ("after the army withdrew"), or an
act of nature ("an earthquake struck"); each means the trigger reports no new event.
"""

from __future__ import annotations

from typing import Any

from . import lexicon as lx
from .cues import BACKGROUND_MARKS, NATURAL_SUBJECTS
from .nouns import ACCIDENTS
from .nouns import lemma as _lemma

Token = Any  # spacy.tokens.Token
SpacySpan = Any  # spacy.tokens.Span


def natural_cause(verb: Token) -> bool:
    """The subject (or the subject of the clause it hangs from) is a storm, quake, flood..."""
    cur = verb
    for _ in range(3):
        for c in cur.children:
            if c.dep_ in ("nsubj", "nsubjpass", "agent"):
                words = {_lemma(t) for t in c.subtree}
                if words & NATURAL_SUBJECTS or words & {"explosion", "blast"} and \
                        words & ACCIDENTS:
                    return True  # a storm, a quake, a gas explosion
        if cur.dep_ in ("advcl", "conj", "xcomp") and cur.head.i != cur.i:
            cur = cur.head
            continue
        break
    return False


def is_background(tok: Token) -> bool:
    """An event told as circumstance: in a relative clause, or after 'since', 'after', 'amid'."""
    cur = tok
    while cur.head.i != cur.i:
        if cur.dep_ in ("relcl", "acl") and _lemma(cur.head) in lx.DENIED_CLAIMS:
            cur = cur.head  # "claims that their fighters had fired": the claim's content
            continue
        if cur.dep_ in ("relcl", "acl") and not (cur.tag_ == "VBD" and cur.head.dep_ == "ROOT"):
            return True  # (a finite verb under a root noun is a misparsed main clause)
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and str(c.lower_) in BACKGROUND_MARKS
                                       for c in cur.children):
            return True
        if cur.dep_ in ("pobj", "pcomp") and str(cur.head.lower_) in BACKGROUND_MARKS - {"in", "as"} \
                and not any(str(c.lower_) in ("then", "now") for c in cur.head.children) \
                and not any(str(c.lower_) in ("whether", "if") for c in cur.children):
            return True
        cur = cur.head
    return False


def is_headline(sent: SpacySpan, n_sents: int) -> bool:
    """In a title line: a line with no closing punctuation, in a text of several sentences."""
    if n_sents < 3:
        return False
    text = sent.doc.text
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    line_end = text.find("\n", sent.start_char)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    if not line or len(line) > 400:
        return False
    return line[-1] not in ".!?\"'”’…)]»"


__all__ = ["is_background", "is_headline", "natural_cause"]
