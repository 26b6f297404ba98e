"""Where a clause stands: a title line, a circumstance ("after the army withdrew"), or an
act of nature ("an earthquake struck"); each means the trigger reports no new event.
"""

from __future__ import annotations

from typing import Any

from . import lexicon as lx
from .cues import BACKGROUND_MARKS, NATURAL_SUBJECTS, PROPOSITION_NOUNS, SUSPECTING
from .nouns import ACCIDENTS
from .nouns import lemma as _lemma
from .statements import said_in_statement

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
        if said_in_statement(cur):
            cur = cur.head  # "issued a statement saying troops had withdrawn": its content
            continue
        if cur.dep_ in ("relcl", "acl") and _lemma(cur.head) in lx.DENIED_CLAIMS:
            cur = cur.head  # "claims that their fighters had fired": the claim's content
            continue
        if cur.dep_ == "acl" and _lemma(cur.head) in PROPOSITION_NOUNS and any(
                c.dep_ == "mark" and str(c.lower_) in ("that", "whether", "if")
                for c in cur.children):
            cur = cur.head  # "the possibility that the helicopter was shot down": content
            continue
        if cur.i != tok.i and cur.dep_ == "acl" and cur.tag_ == "VBN" and \
                _lemma(cur) in SUSPECTING and any(
                c.dep_ == "prep" and str(c.lower_) in ("of", "with", "for") for c in cur.children):
            cur = cur.head  # "three men suspected of setting fire to ...": the alleged act
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


ACT_HEADS = {"act", "kind", "form", "case", "sort", "type"}


def noun_position(noun: Token) -> Token:
    """Where an event noun stands in its clause: 'an act of sabotage' stands where 'act' does."""
    head = noun.head
    if noun.dep_ == "pobj" and str(head.lower_) == "of" and head.dep_ == "prep" and \
            _lemma(head.head) in ACT_HEADS:
        return head.head
    return noun


def in_proposition(verb: Token) -> bool:
    """The clause is the content of a hypothesis that is itself a core argument: 'the
    hypothesis that the fire was an act of sabotage has not been ruled out'."""
    noun = verb.head
    if verb.dep_ != "acl" or _lemma(noun) not in PROPOSITION_NOUNS or not any(
            c.dep_ == "mark" and str(c.lower_) in ("that", "whether", "if") for c in verb.children):
        return False
    return noun.dep_ == "ROOT" or noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and \
        noun.head.dep_ == "ROOT"


def hypothesis_content(tok: Token) -> bool:
    """Inside 'the possibility that ...' (or the like): a hypothesised event, which no
    deliberation verb above ('are studying the possibility') turns into mere talk."""
    cur = tok
    while cur.head.i != cur.i:
        if cur.dep_ == "acl" and _lemma(cur.head) in PROPOSITION_NOUNS and any(
                c.dep_ == "mark" and str(c.lower_) in ("that", "whether", "if")
                for c in cur.children):
            return True
        cur = cur.head
    return False


def inverted_condition(clause: Token) -> bool:
    """'Should the truce collapse, forces could resume strikes': the 'should' before the
    subject opens a condition; it is no obligation (no demand)."""
    subj = [c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.dep_ == "aux" and str(c.lower_) in ("should", "had", "were") and subj
               and c.i < min(subj) for c in clause.children)


def is_headline(sent: SpacySpan, n_sents: int, text: str | None = None) -> bool:
    """In a title line: a line with no closing punctuation, in a text of several sentences.

    ``text`` is the document's text when the caller has it: spaCy rebuilds ``doc.text`` from
    its tokens on every access, which costs more than the test itself.
    """
    if n_sents < 3:
        return False
    if text is None:
        text = sent.doc.text
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    line_end = text.find("\n", sent.start_char)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    if not line or len(line) > 400:
        return False
    return line[-1] not in ".!?\"'”’…)]»"


__all__ = [
    "hypothesis_content", "in_proposition", "inverted_condition", "is_background", "is_headline",
    "natural_cause", "noun_position",
]
