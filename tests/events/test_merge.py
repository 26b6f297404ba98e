"""Within-document merging: one real event told twice is one Event with two mentions."""

from __future__ import annotations

from typing import Any

from eventscope.doc import ActorMention, Event, Span
from eventscope.events.merge import Draft, merge_drafts


def draft(i: int, ptype: str = "ASSAULT", fact: str = "asserted", actor: str | None = None) -> Draft:
    span = Span(start=i * 10, end=i * 10 + 5, text="x" * 5)
    src = [ActorMention(start=0, end=1, text="a", actor_id=actor)] if actor else []
    ev = Event(event_id="", plover_type=ptype, trigger=span, evidence=span, source=src,
               factuality=fact)
    return Draft(event=ev, sent_index=i, explicit_place=False)


def test_adjacent_mentions_merge() -> None:
    out = merge_drafts([draft(0), draft(1)])
    assert len(out) == 1
    assert len(out[0].event.mentions) == 2


def test_different_types_or_factuality_do_not_merge() -> None:
    assert len(merge_drafts([draft(0), draft(1, ptype="MOBILIZE")])) == 2
    assert len(merge_drafts([draft(0), draft(1, fact="hedged")])) == 2


def test_different_linked_sources_do_not_merge() -> None:
    assert len(merge_drafts([draft(0, actor="IRN"), draft(1, actor="ISR")])) == 2


def test_shared_source_merges_far_apart() -> None:
    assert len(merge_drafts([draft(0, actor="IRN"), draft(9, actor="IRN")])) == 1


def test_far_unlinked_mentions_stay_apart() -> None:
    assert len(merge_drafts([draft(0), draft(5)])) == 2


def test_pipeline_merges_a_repeated_attack(pipeline: Any) -> None:
    text = ("Gunmen stormed a church in Dori on Sunday, the army said. "
            "The attack on the church killed 15 worshippers.")
    doc = pipeline(text, id="m", date="2024-05-02")
    assaults = [e for e in doc.events if e.plover_type == "ASSAULT"]
    assert len(assaults) == 1, [(e.trigger.text, e.evidence.text) for e in assaults]
    assert len(assaults[0].mentions) == 2
    for m in assaults[0].mentions:
        assert doc.text[m.start:m.end] == m.text


def test_merging_keeps_the_most_precise_size() -> None:
    from eventscope.doc import Quantity

    a, b, c = draft(0), draft(1), draft(2)
    b.event.size = Quantity(min=2, max=99, text="numerous reinforcements")
    c.event.size = Quantity(min=12, max=12, text="dozens of trucks")
    out = merge_drafts([a, b, c])
    assert len(out) == 1 and out[0].event.size is not None
    assert out[0].event.size.text == "dozens of trucks"
