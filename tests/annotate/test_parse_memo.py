"""The per-parse memo answers exactly what spaCy answers, only once per parse."""

from __future__ import annotations

from typing import Any

import pytest

from eventscope.annotate.memo import (
    children,
    lower_lemma,
    memo_for,
    release,
    sent_of,
    subtree,
    tokens_of,
)

TEXTS = [
    ("Russian drones struck two power stations and a grain terminal in Ukraine's Odesa region "
     "overnight, cutting electricity to more than 80,000 homes, the regional governor said.\n\n"
     "Air defence units shot down 14 of the 19 drones. Who fired them? Nobody knows."),
    # a parse with a long chain of clauses and a headline line
    ("Troops withdraw from Kherson\nThe army said it had pulled back, that it would regroup, "
     "that the soldiers who had been wounded were evacuated and that none were left behind."),
]


@pytest.fixture(scope="module")
def parses(pipeline: Any) -> list[Any]:
    nlp = pipeline.annotator.nlp
    return [nlp(t) for t in TEXTS]


def test_children_subtree_and_sentence_match_spacy(parses: list[Any]) -> None:
    for sp in parses:
        for tok in sp:
            assert [t.i for t in children(tok)] == [t.i for t in tok.children]
            assert [t.i for t in subtree(tok)] == [t.i for t in tok.subtree]
            s = sent_of(tok)
            assert (s.start, s.end) == (tok.sent.start, tok.sent.end)
        for s in sp.sents:
            assert [t.i for t in tokens_of(s)] == [t.i for t in s]


def test_lower_lemma_is_the_lower_cased_lemma(parses: list[Any]) -> None:
    for sp in parses:
        for tok in sp:
            assert lower_lemma(tok) == str(tok.lemma_).lower()


def test_a_new_parse_gets_a_new_memo(parses: list[Any]) -> None:
    first, second = parses
    memo = memo_for(first)
    assert memo_for(first) is memo
    assert memo_for(second) is not memo
    assert memo_for(second).parsed is second
    release()
    assert memo_for(second).parsed is second  # rebuilt on demand after a release
    # a token of the first parse is answered from the first parse, whatever was asked before
    tok = first[3]
    assert [t.i for t in children(tok)] == [t.i for t in tok.children]


def test_table_is_per_parse(parses: list[Any]) -> None:
    first, second = parses
    memo_for(first).table("x")["k"] = 1
    assert "k" not in memo_for(second).table("x")
    assert "k" not in memo_for(first).table("x")  # the first parse's memo was replaced
