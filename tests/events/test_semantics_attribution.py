"""Attribution: who the writer cites for an event (speech verbs, 'according to', 'citing')."""

from __future__ import annotations

from typing import Any

import pytest

from eventscope.doc import ActorMention, Doc, DocMeta
from eventscope.events.attribution import attribution_of


def parse(pipeline: Any, text: str) -> Doc:
    doc: Doc = pipeline.annotator(Doc(id="t", text=text, meta=DocMeta(date="2024-05-02")))
    return doc


def source(pipeline: Any, text: str, trigger: str, doc: Doc | None = None) -> ActorMention | None:
    doc = doc or parse(pipeline, text)
    start = text.index(trigger)
    got = attribution_of(doc, start, start + len(trigger))
    if got is not None:
        assert doc.text[got.start:got.end] == got.text
    return got


@pytest.mark.parametrize("text,trigger,expected", [
    ("Insurgents ambushed an army patrol near Palma, according to SOHR.", "ambushed", "SOHR"),
    ("According to the interior ministry, police arrested 40 protesters.", "arrested",
     "the interior ministry"),
    ("Ukrainian forces destroyed three tanks near Bakhmut, the general staff said.",
     "destroyed", "the general staff"),
    ("The Pakistani Taliban claimed responsibility for the attack on the checkpoint.",
     "attack", "The Pakistani Taliban"),
    ("Kyiv accused Moscow of shelling the Zaporizhzhia plant.", "shelling", "Kyiv"),
    ("Human rights monitors said soldiers executed 30 civilians.", "executed",
     "Human rights monitors"),
    ("Armenian troops crossed the border, Azerbaijan's defence ministry claimed.", "crossed",
     "Azerbaijan's defence ministry"),
    ("Turkish jets bombed the camp, killing three, the Syrian Observatory for Human Rights "
     "reported.", "bombed", "the Syrian Observatory for Human Rights"),
])
def test_attribution_forms(pipeline: Any, text: str, trigger: str, expected: str) -> None:
    got = source(pipeline, text, trigger)
    assert got is not None and got.text == expected and got.actor_id is None


def test_seed_memri_citing_local_sources(pipeline: Any) -> None:
    text = ("MEMRI, citing local sources, speaks of dozens of trucks coming from Iraq through "
            "the Qaim crossing.")
    got = source(pipeline, text, "coming")
    assert got is not None and got.text == "MEMRI, citing local sources"


def test_linked_actor_is_preferred(pipeline: Any) -> None:
    text = "Insurgents ambushed an army patrol near Palma, according to SOHR."
    doc = parse(pipeline, text)
    sohr = ActorMention(start=text.index("SOHR"), end=text.index("SOHR") + 4, text="SOHR",
                        actor_id="sohr", name="Syrian Observatory for Human Rights")
    doc.actors = [sohr]
    assert source(pipeline, text, "ambushed", doc) is sohr


def test_linked_actor_keeps_the_citing_aside(pipeline: Any) -> None:
    text = "MEMRI, citing local sources, speaks of dozens of trucks coming from Iraq."
    doc = parse(pipeline, text)
    doc.actors = [ActorMention(start=0, end=5, text="MEMRI", actor_id="memri", name="MEMRI")]
    got = source(pipeline, text, "coming", doc)
    assert got is not None and got.actor_id == "memri"
    assert got.text == "MEMRI, citing local sources"


def test_pronoun_source_resolves_to_the_named_speaker(pipeline: Any) -> None:
    text = "Hamas fired rockets at Ashkelon. It said the rockets hit the port."
    got = source(pipeline, text, "hit")
    assert got is not None and got.text == "Hamas"


@pytest.mark.parametrize("text,trigger", [
    ("Rebels seized the town of Kidal after two days of fighting.", "seized"),
    ("Gunmen stormed a church, in an attack that the government said bore the hallmarks of "
     "jihadists.", "stormed"),
    ("Kyiv accused Moscow of shelling the plant.", "accused"),
])
def test_unattributed_events(pipeline: Any, text: str, trigger: str) -> None:
    assert source(pipeline, text, trigger) is None
