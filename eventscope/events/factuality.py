"""Factuality: did the writer present an event as having happened, or something less?

One label per event, from the dependency parse of the trigger's sentence. We walk from the
trigger up through the words that govern it and collect cues (negation, modals, hedging
adverbs, speech verbs, questions, conditionals). The most marked cue wins::

    negated > future > speculative > hedged > reported > asserted

with one refinement of the project policy: a question, a "whether"/"if" clause that contains
the trigger, a fear, or a possibility modal ("might be preparing") makes a *future* event
speculative ("unclear whether the Houthis will agree"), so those cues rank above future.

>>> factuality_of(doc, 30, 36)        # doctest: +SKIP
('hedged', Span(start=19, end=29, text='apparently', label='hedged'))
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..annotate.memo import children as _kids
from ..annotate.memo import lower_lemma, memo_for, tokens_of
from ..annotate.memo import subtree as _subtree
from ..doc import Doc, Span
from . import lexicon as _lexicon
from .factuality_words import (
    NEG_VERBS, KEEP_FROM_VERBS, SPEECH_VERBS, FUTURE_VERBS, SPEC_VERBS, HEDGE_VERBS,
    NEG_NOUNS, REPORT_NOUNS, HEDGE_NOUNS, SPEC_NOUNS, FUTURE_NOUNS, FALSE_WORDS,
    HEDGE_ADVERBS, SPEC_ADVERBS, HEDGE_ADJECTIVES, FUTURE_ADJECTIVES, UNCONFIRMED, NEG_WORDS,
    POSSIBILITY_MODALS, FUTURE_MODALS, PRESUPPOSING_WH,
)

# Cue strength: lower wins. "spec_strong" is reported as "speculative".
_RANK: dict[str, int] = {
    "negated": 0, "spec_strong": 1, "future": 2, "speculative": 3, "hedged": 4, "reported": 5,
}


# Verbs that only carry an event noun ("launched an attack", "the offensive could follow"):
# their negation and modals apply to the noun's event.
LIGHT_VERBS = frozenset({
    "launch", "carry", "conduct", "stage", "mount", "make", "hold", "begin", "start", "commit",
    "perpetrate", "execute", "do", "undertake", "give", "issue", "impose", "sign", "reach",
    "happen", "occur", "take", "come", "follow", "resume", "continue", "go", "erupt", "break",
    "unleash", "wage", "initiate", "order", "plan", "prepare", "organize", "organise",
})

# Edges along which modals, negation and hedging adverbs of the head still apply to us.
_LOCAL_EDGES = frozenset({
    "xcomp", "dobj", "nsubj", "nsubjpass", "attr", "oprd", "acomp", "dative", "compound",
    "csubj", "csubjpass", "auxpass",
})
# Edges that end the walk: the trigger sits in a modifier with its own assertion.
_STOP_EDGES = frozenset({"relcl", "appos", "amod", "npadvmod", "nmod", "poss", "dep", "meta"})


@dataclass(slots=True)
class _Cue:
    label: str
    token: Any  # a spaCy token, or a (start, end) character pair
    end_token: Any = None


def trigger_token(doc: Doc, start: int, end: int) -> Any | None:
    """The spaCy token heading the trigger span ``text[start:end]`` (None without a parse)."""
    sp = doc.parsed
    if sp is None:
        return None
    found = memo_for(sp).table("trigger_token")  # factuality and attribution both ask
    key = (start, end)
    if key not in found:
        found[key] = _trigger_token(sp, start, end)
    return found[key]


def _trigger_token(sp: Any, start: int, end: int) -> Any | None:
    span = sp.char_span(start, end, alignment_mode="expand") if end > start else None
    toks = [t for t in span if not t.is_space] if span is not None else []
    if not toks:
        return None
    ids = {t.i for t in toks}
    heads = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    return heads[0] if heads else toks[0]


_lemma = lower_lemma  # str(tok.lemma_).lower(), remembered


def _has_subject(tok: Any) -> bool:
    return any(c.dep_ in ("nsubj", "csubj", "expl") for c in _kids(tok))


def _is_passive(tok: Any) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in _kids(tok))


def _content_acl(tok: Any) -> bool:
    """Whether a clause hanging off a noun is its content ("claims that X"), not a modifier."""
    return any(c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in _kids(tok))


def _governing_speech_verb(noun: Any) -> Any | None:
    """The speech verb whose object (through of-phrases) is ``noun``, if any."""
    cur = noun
    for _ in range(6):
        if cur.head.i == cur.i:
            return None
        if cur.dep_ not in ("pobj", "prep", "dobj"):
            return None
        cur = cur.head
        if cur.pos_ == "VERB":
            return cur if _lemma(cur) in SPEECH_VERBS else None
    return None


def _carries_noun(verb: Any, noun: Any) -> bool:
    """Whether ``verb`` is the predicate of the event ``noun`` names ('launch an attack',
    'freeze assets'), so the verb's negation and modals are the event's.

    The trigger lexicon says which verb-object pairs report one event; read it defensively.
    """
    v, n = _lemma(verb), _lemma(noun)
    if v in LIGHT_VERBS or v in getattr(_lexicon, "LIGHT_VERBS", ()) \
            or v in getattr(_lexicon, "OBJECT_VERBS", ()):
        return True
    if (v, n) in getattr(_lexicon, "LIGHT_OVERRIDES", {}):
        return True
    nouns = getattr(_lexicon, "NOUNS", None)
    return nouns is not None and n not in nouns and noun.dep_ == "dobj"


# nouns that only count or bundle an event noun: "a new package of sanctions", "a wave of arrests"
WRAPPERS = frozenset({"package", "round", "wave", "series", "set", "raft", "tranche", "batch",
                      "barrage", "volley", "spate", "string", "slew", "salvo", "flurry"})


def _wrapper_of(cur: Any, head: Any) -> bool:
    """The step from an event noun up through 'of' to its bundling noun, either edge."""
    if cur.dep_ == "pobj" and head.lower_ == "of":
        return head.dep_ == "prep" and _lemma(head.head) in WRAPPERS
    return cur.dep_ == "prep" and cur.lower_ == "of" and _lemma(head) in WRAPPERS


def _infinitival(tok: Any) -> bool:
    """'plans to invade': a to-infinitive complement of a noun."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in _kids(tok))


def _excluding(tok: Any) -> bool:
    """'rule out', 'exclude', 'discount': negated, they leave the event open."""
    lem = _lemma(tok)
    return lem in ("exclude", "discount") or lem == "rule" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in _kids(tok))


def _local_cues(tok: Any, *, is_trigger: bool, under_report: bool) -> list[_Cue]:
    """Negation, modals and hedging adverbs attached to ``tok`` itself."""
    cues: list[_Cue] = []
    kids = list(_kids(tok))
    for c in kids:
        low = c.lower_
        if c.dep_ == "neg":
            nxt = c.nbor(1) if c.i + 1 < len(c.doc) else None
            if nxt is not None and nxt.lower_ in ("only", "just", "merely", "simply"):
                continue  # "did not only shell ... but also": still asserted
            if not is_trigger and _excluding(tok):
                cues.append(_Cue("spec_strong", c))  # "has not been ruled out": possible
                continue
            cues.append(_Cue("negated", c))
        elif c.dep_ == "aux" and c.tag_ == "MD":
            if low in FUTURE_MODALS:
                cues.append(_Cue("future", c))
            elif low == "would":
                cues.append(_Cue("future" if under_report else "speculative", c))
            elif low in POSSIBILITY_MODALS:
                perfect = any(a.dep_ == "aux" and a.lower_ in ("have", "'ve") for a in kids)
                if low == "can" and not perfect:
                    continue
                cues.append(_Cue("hedged" if perfect or low == "must" else "spec_strong", c))
        elif c.dep_ == "aux" and low == "to" and c.i > 0 and c.nbor(-1).lower_ == "yet" \
                and c.i > 1 and c.nbor(-2).lemma_ in ("have", "be"):
            cues.append(_Cue("negated", c.nbor(-1)))  # "have yet to arrest anyone"
        elif c.dep_ == "aux" and low == "going" and c.i + 1 < len(c.doc) and c.nbor(1).lower_ == "to":
            cues.append(_Cue("future", c))
        elif c.dep_ in ("advmod", "npadvmod") and low in HEDGE_ADVERBS:
            cues.append(_Cue("hedged", c))
        elif c.dep_ == "advmod" and low in SPEC_ADVERBS:
            cues.append(_Cue("speculative", c))
        elif c.dep_ == "advmod" and low == "never":
            cues.append(_Cue("negated", c))
    if is_trigger:
        for c in kids:
            if c.dep_ in ("det", "neg") and c.lower_ in ("no", "neither"):
                cues.append(_Cue("negated", c))
            elif c.dep_ == "amod" and c.lower_ in HEDGE_ADJECTIVES:
                cues.append(_Cue("hedged", c))
            elif c.dep_ == "amod" and c.lower_ in FUTURE_ADJECTIVES:
                cues.append(_Cue("future", c))
            elif c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "expl"):
                if c.lower_ in NEG_WORDS or any(
                        (d.dep_ == "det" and d.lower_ in ("no", "neither"))
                        or (d.dep_ == "neg" and d.i == c.left_edge.i)  # "not a single shot"
                        for d in _kids(c)):
                    cues.append(_Cue("negated", c))
    return cues


def _lexical_cues(tok: Any, edge: str) -> list[_Cue]:
    """What a governing word means for its complement ("denied", "said", "vowed", "fears")."""
    lem = _lemma(tok)
    cues: list[_Cue] = []
    kids = list(_kids(tok))
    particle = {c.lower_ for c in kids if c.dep_ == "prt"}
    is_noun = tok.pos_ in ("NOUN", "PROPN")
    if lem == "rule" and "out" in particle:  # "not ruled out": the event stays possible
        neg = any(c.dep_ == "neg" for c in kids)
        return [_Cue("spec_strong" if neg else "negated", tok)]
    if lem in NEG_VERBS or (is_noun and lem in NEG_NOUNS):
        return [_Cue("negated", tok)]
    if any(c.dep_ in ("oprd", "acomp", "advcl", "prep") and (c.lower_ in FALSE_WORDS or any(
            g.lower_ in FALSE_WORDS for g in _subtree(c))) for c in kids) and lem in (
            "call", "dismiss", "describe", "brand", "label", "term", "reject", "denounce"):
        return [_Cue("negated", tok)]
    if is_noun:
        amods = {c.lower_ for c in kids if c.dep_ in ("amod", "compound")}
        if amods & FALSE_WORDS:
            return [_Cue("negated", tok)]
        no = next((c for c in kids if c.dep_ == "det" and c.lower_ == "no"), None)
        if no is not None and lem in FUTURE_NOUNS | {"sign", "evidence", "indication"}:
            return [_Cue("negated", no)]  # "no intention of withdrawing", "no sign of"
        if lem in REPORT_NOUNS:
            return [_Cue("hedged" if amods & UNCONFIRMED else "reported", tok)]
        if lem in HEDGE_NOUNS:
            return [_Cue("hedged", tok)]
        if lem in SPEC_NOUNS:
            return [_Cue("spec_strong", tok)]
        if lem in FUTURE_NOUNS:
            return [_Cue("future", tok)]
        return cues
    if lem in ("be", "seem", "appear", "remain") and edge in ("ccomp", "csubj", "xcomp"):
        for c in kids:
            if c.dep_ == "acomp" and c.pos_ == "ADJ":
                return _lexical_cues(c, edge)
        if lem in ("be", "remain"):
            return cues
    if tok.pos_ == "ADJ":
        if lem in ("likely", "probable", "possible", "plausible", "apparent", "unlikely"):
            return [_Cue("hedged", tok)]
        if lem in ("unclear", "uncertain", "unknown", "doubtful"):
            return [_Cue("spec_strong", tok)]
        if lem in ("due", "ready", "poised", "set", "scheduled", "expected", "determined"):
            return [_Cue("future", tok)]
        if lem in ("false", "untrue", "baseless"):
            return [_Cue("negated", tok)]
        return cues
    if lem in SPEC_VERBS:
        return [_Cue("spec_strong", tok)]
    if lem in HEDGE_VERBS:
        return [_Cue("hedged", tok)]
    if lem in SPEECH_VERBS:
        if any(c.dep_ == "neg" or (c.dep_ == "nsubj" and c.lower_ in NEG_WORDS) for c in kids):
            return cues  # "nobody claimed the attack": no one is cited
        if any(c.dep_ == "nsubj" and (_lemma(c) in ("rumor", "rumour") or any(
                m.dep_ in ("amod", "compound") and m.lower_ in UNCONFIRMED for m in _kids(c)))
               for c in kids):
            return [_Cue("hedged", tok)]  # "unconfirmed reports said ...", "rumours say"
        if any(c.dep_ == "agent" for c in kids):
            return [_Cue("reported", tok)]  # "the attack was claimed by IS"
        if _is_passive(tok) or not _has_subject(tok):
            # "were said to have", "it was reported that": no named source
            return [_Cue("hedged" if edge == "xcomp" or _is_passive(tok) else "reported", tok)]
        return [_Cue("reported", tok)]
    if lem in FUTURE_VERBS and edge in ("xcomp", "ccomp", "dobj", "prep", "pobj", "pcomp",
                                        "nsubjpass"):
        if lem in ("set", "go") and edge != "xcomp":
            return cues
        if (lem == "go" and tok.tag_ != "VBG") or (lem == "move" and edge != "xcomp"):
            return cues
        if lem == "order" and edge == "dobj" and tok.tag_ in ("VBG", "VBD", "VBN"):
            return cues  # "suspected of ordering the bombing": the bombing took place
        if edge == "nsubjpass" and lem not in ("plan", "schedule", "expect", "slate", "propose"):
            return cues  # "the attack was ordered by X" happened
        return [_Cue("future", tok)]
    return cues


def _clause_cues(tok: Any) -> list[_Cue]:
    """Cues any clause on the path carries: 'according to X', ', the army said', 'if' clauses."""
    cues: list[_Cue] = []
    for c in _kids(tok):
        low = c.lower_
        if c.dep_ == "prep" and low == "according":
            src = " ".join(g.lower_ for g in _subtree(c))
            cues.append(_Cue("hedged" if any(w in src for w in UNCONFIRMED) else "reported",
                             c, _last(c)))
        elif c.dep_ in ("advcl", "xcomp", "prep", "npadvmod") and low == "citing":
            cues.append(_Cue("reported", c))
        elif c.dep_ in ("parataxis", "ccomp", "advcl") and _lemma(c) in SPEECH_VERBS \
                and _has_subject(c) and c.i > tok.i:
            cues.append(_Cue("reported", c))
        elif c.dep_ in ("parataxis", "ccomp") and _lemma(c) in HEDGE_VERBS \
                and _has_subject(c) and c.i > tok.i:
            cues.append(_Cue("hedged", c))  # "..., investigators believe"
        elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                       for m in _kids(c)) \
                and _lemma(tok) not in FUTURE_VERBS | SPEECH_VERBS:
            # "threatened strikes if Iran retaliated": the condition is on the strikes
            cues.append(_Cue("speculative", c))
    return cues


def _last(tok: Any) -> Any:
    return max(_subtree(tok), key=lambda t: t.i)


def _sent(tok: Any) -> Any:
    """``tok.sent``, looked up in the parse's memo (spaCy walks the sentence on each call)."""
    return memo_for(tok.doc).sent(tok)


def _per_sentence(name: str, sent: Any, compute: Any) -> Any:
    """``compute(sent)`` once per sentence of the parse (its answer depends on nothing else)."""
    table = memo_for(sent.doc).table(name)
    if sent.start not in table:
        table[sent.start] = compute(sent)
    return table[sent.start]


def _question_cue(sent: Any) -> _Cue | None:
    """A direct question puts its events in doubt, unless it presupposes them ("Why did ...?")."""
    return _per_sentence("question_cue", sent, _sentence_question_cue)


def _sentence_question_cue(sent: Any) -> _Cue | None:
    toks = tokens_of(sent)
    last = [t for t in toks if not t.is_space and t.text not in ('"', "'", "”", "’", ")")]
    if not last or last[-1].text != "?":
        return None
    first = next((t for t in toks if t.is_alpha), None)
    if first is None or first.lower_ in PRESUPPOSING_WH:
        return None
    return _Cue("spec_strong", last[-1])


def _fragment_cue(tok: Any) -> _Cue | None:
    """A verbless fragment opened by 'Perhaps' ('Perhaps also an attack on ...') is a guess."""
    return _per_sentence("fragment_cue", _sent(tok), _sentence_fragment_cue)


def _sentence_fragment_cue(sent: Any) -> _Cue | None:
    toks = tokens_of(sent)
    words = [t for t in toks if t.is_alpha]
    if not words or words[0].lower_ not in SPEC_ADVERBS | {"possibly"}:
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT",) for t in toks):
        return None
    return _Cue("spec_strong", words[0])


def _window_future_cue(doc: Doc, tok: Any) -> _Cue | None:
    """'in anticipation of ... the construction', 'in the future, of the construction'."""
    sent = _sent(tok)
    left = doc.text[max(sent.start_char, tok.idx - 80):tok.idx].lower()
    for phrase in ("in the future", "in anticipation of", "in the coming", "in future"):
        pos = left.rfind(phrase)
        if pos >= 0:
            between = left[pos + len(phrase):]
            if not any(w in between.split() for w in ("was", "were", "is", "are", "had", "has")):
                start = max(sent.start_char, tok.idx - 80) + pos
                return _Cue("future", (start, start + len(phrase)))
    return None


def collect_cues(doc: Doc, start: int, end: int) -> list[_Cue]:
    """Every factuality cue that governs the trigger ``text[start:end]``, nearest first."""
    tok = trigger_token(doc, start, end)
    if tok is None:
        return []
    under_report = _has_report_ancestor(tok)
    cues: list[_Cue] = list(_local_cues(tok, is_trigger=True, under_report=under_report))
    cur, local, skip_own = tok, True, False
    # False once the path leaves complements ("denied involvement in the attack"): from
    # then on only attribution to a speaker still applies.
    complement = True
    reached_root = False
    while True:
        edge = cur.dep_
        cues += _clause_cues(cur)
        if cur.dep_ in ("advcl", "ccomp", "acl", "xcomp") and any(
                m.dep_ == "mark" and m.lower_ in ("if", "whether", "unless") for m in _kids(cur)):
            mark = next(m for m in _kids(cur) if m.dep_ == "mark")
            cues.append(_Cue("spec_strong", mark))
        if cur.head.i == cur.i:
            reached_root = True
            break
        if edge == "acl" and not _content_acl(cur) and not _infinitival(cur):
            # "speaks of dozens of trucks coming from Iraq": the speech verb still covers it
            speech = _governing_speech_verb(cur.head)
            if speech is not None:
                cues += _lexical_cues(speech, "dobj")
            break
        if edge in _STOP_EDGES:
            break
        head = cur.head
        if head.lower_ == "without" and edge in ("pobj", "pcomp"):
            cues.append(_Cue("negated", head))
        if head.lower_ == "from" and edge in ("pobj", "pcomp") and complement \
                and _lemma(head.head) in KEEP_FROM_VERBS:
            cues.append(_Cue("negated", head.head))  # "prevented from entering"
        if edge == "conj":
            # coordinated verbs share their head's governor, not its own meaning
            shares = not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in _kids(cur))
            local = local and shares
            skip_own = True
        elif edge in _LOCAL_EDGES:
            skip_own = False
            if cur.pos_ in ("NOUN", "PROPN", "PRON") and head.pos_ in ("VERB", "AUX") \
                    and not _carries_noun(head, cur):
                # "did not condemn the attack" says nothing about whether the attack happened
                local = False
        elif edge in ("pobj", "prep") and _wrapper_of(cur, head):
            skip_own = True  # "will adopt a package of sanctions": the package is transparent
        elif edge in ("pobj", "pcomp") and head.lower_ == "by":
            skip_own = False
        elif edge == "agent":
            skip_own = False  # "was likely caused by a strike": the hedge reaches the strike
        elif edge == "prep" and cur.lower_ == "by":
            skip_own = False
        else:
            local = False
            skip_own = False
        if local and not skip_own:
            cues += _local_cues(head, is_trigger=False, under_report=under_report)
        elif local and skip_own:
            cues += [c for c in _local_cues(head, is_trigger=False, under_report=under_report)
                     if c.label in ("negated", "future", "spec_strong")]
        if not skip_own and _path_edge_ok(edge, cur, head):
            found = _lexical_cues(head, edge)
            cues += found if complement else [c for c in found
                                              if c.label in ("reported", "hedged")]
        elif edge not in ("conj", "aux", "auxpass") and not (edge in _LOCAL_EDGES and local) \
                and not _wrapper_of(cur, head):
            complement = False
        cur = head
    if reached_root:
        q = _question_cue(_sent(tok))
        if q is not None:
            cues.append(q)
    trailing = trailing_speech_verb(tok)
    if trailing is not None:
        cues.append(_Cue("reported", trailing))
    frag = _fragment_cue(tok)
    if frag is not None:
        cues.append(frag)
    fut = _window_future_cue(doc, tok)
    if fut is not None:
        cues.append(fut)
    return cues


def trailing_speech_verb(tok: Any) -> Any | None:
    """A closing ', the ministry said.' that the parser attached elsewhere (e.g. as relcl)."""
    for v in _per_sentence("trailing_speech_verbs", _sent(tok), _trailing_speech_verbs):
        if v.i > tok.i:
            return v
    return None


def _trailing_speech_verbs(sent: Any) -> list[Any]:
    """Every verb of ``sent`` that could close it as ', the ministry said.', in order: what
    :func:`trailing_speech_verb` asks of a verb except that it follow the trigger."""
    out = []
    toks = tokens_of(sent)
    for v in toks:
        if _lemma(v) not in SPEECH_VERBS or v.pos_ != "VERB":
            continue
        subj = next((c for c in _kids(v) if c.dep_ == "nsubj"), None)
        if subj is None or subj.left_edge.i == 0 or subj.left_edge.nbor(-1).text != ",":
            continue
        rest = [t for t in toks if t.i > v.i and not t.is_punct and not t.is_space]
        if len(rest) <= 6 and not any(t.pos_ in ("VERB", "AUX") for t in rest):
            out.append(v)
    return out


def _path_edge_ok(edge: str, child: Any, head: Any) -> bool:
    """Whether ``head``'s lexical meaning reaches a complement attached by ``edge``."""
    if edge in ("ccomp", "xcomp", "dobj", "oprd", "attr", "acomp", "csubj", "csubjpass",
                "nsubjpass", "advcl", "parataxis"):
        if edge in ("advcl", "parataxis"):
            return _lemma(head) in SPEECH_VERBS and child.i < head.i
        return True
    if edge == "acl":
        return _content_acl(child) or _infinitival(child)
    if edge == "prep":
        return str(child.lower_) in ("of", "for", "about", "over", "on", "to", "that")
    if edge in ("pobj", "pcomp"):
        return str(head.lower_) in ("of", "for", "about", "over", "on", "to")
    if edge == "nsubj":
        return str(head.pos_) == "ADJ"  # "an attack is likely"
    return False


def _has_report_ancestor(tok: Any) -> bool:
    """Whether a speech verb governs ``tok`` ("said it would release": future, not a guess)."""
    return any(_lemma(a) in SPEECH_VERBS for a in tok.ancestors)


def factuality_of(doc: Doc, trigger_start: int, trigger_end: int) -> tuple[str, Span | None]:
    """The factuality label of the event triggered at ``text[start:end]`` and its cue.

    Without a parse (``doc.parsed`` is None) every event is asserted.

    >>> factuality_of(doc, 43, 51)        # "Kurdish fighters will withdraw"  # doctest: +SKIP
    ('future', Span(start=38, end=42, text='will', label='future'))
    """
    cues = collect_cues(doc, trigger_start, trigger_end)
    if not cues:
        return "asserted", None
    best = min(cues, key=lambda c: _RANK[c.label])
    label = "speculative" if best.label == "spec_strong" else best.label
    return label, _cue_span(doc, best, label)


def _cue_span(doc: Doc, cue: _Cue, label: str) -> Span:
    if isinstance(cue.token, tuple):
        return doc.span(cue.token[0], cue.token[1], label)
    start = cue.token.idx
    last = cue.end_token if cue.end_token is not None else cue.token
    return doc.span(start, last.idx + len(last.text), label)


__all__ = ["factuality_of", "trigger_token", "collect_cues", "trailing_speech_verb"]
