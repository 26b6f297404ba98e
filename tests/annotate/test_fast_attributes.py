"""The fast attribute-ruler matcher finds exactly what spaCy's Matcher finds."""

from __future__ import annotations

from typing import Any

import pytest

from eventscope.annotate.fast_attributes import (FastAttributeMatcher, UnsupportedPattern,
                                                 speed_up_attribute_ruler)

TEXTS = [
    "Iran moved reinforcements to Abu Kamal on Tuesday, the Syrian Observatory said.",
    "Y'all ain't gonna believe it: there's nothin' that isn't got ta be done, let's c'm on.",
    "He doesn't know; they're here, I'm there and we've gone. She gets what he got.",
    "  Two spaces.\n\nA new paragraph, with numbers 1,200 and 3.5% and a URL example.org.",
    "",
]


@pytest.fixture(scope="module")
def bare() -> Any:
    from eventscope.annotate import load_spacy
    from eventscope.config import Config

    return load_spacy(Config(), bare=True)


def test_same_matches_as_spacy(bare: Any) -> None:
    ruler = bare.get_pipe("attribute_ruler")
    fast = FastAttributeMatcher(ruler)
    for doc in bare.pipe(TEXTS, disable=["attribute_ruler", "lemmatizer"]):
        assert fast(doc) == sorted(set(ruler.match(doc)))
    assert any(fast(d) for d in bare.pipe(TEXTS[:1], disable=["attribute_ruler"]))


def test_the_pipeline_annotates_as_bare_spacy_does(bare: Any) -> None:
    from eventscope.annotate import load_spacy
    from eventscope.config import Config

    ours = load_spacy(Config())
    assert isinstance(ours.get_pipe("attribute_ruler").match, FastAttributeMatcher)
    for a, b in zip(bare.pipe(TEXTS), ours.pipe(TEXTS)):
        assert [(t.pos_, t.tag_, str(t.morph), t.lemma_) for t in a] == [
            (t.pos_, t.tag_, str(t.morph), t.lemma_) for t in b]


def test_a_ruler_with_patterns_it_cannot_read_keeps_spacys_matcher() -> None:
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "the", "OP": "+"}]], {"LEMMA": "the"})
    with pytest.raises(UnsupportedPattern):
        FastAttributeMatcher(ruler)
    before = ruler.match
    assert speed_up_attribute_ruler(nlp) is False
    assert ruler.match == before


def test_the_matcher_pickles_and_matches_the_same_after(bare: Any) -> None:
    import pickle

    ruler = bare.get_pipe("attribute_ruler")
    fast = FastAttributeMatcher(ruler)
    copy = pickle.loads(pickle.dumps(fast))
    for doc in bare.pipe(TEXTS[:3], disable=["attribute_ruler", "lemmatizer"]):
        assert copy(doc) == fast(doc) == sorted(set(ruler.match(doc)))
