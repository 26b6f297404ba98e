"""Statements: which speech acts are events, of which PLOVER type and CAMEO root, and whose."""

from __future__ import annotations

from typing import Any

from eventscope.doc import Doc, Event
from eventscope.events.statements import rank_comments


def events_of(pipeline: Any, text: str) -> Doc:
    doc = pipeline(text, date="2024-05-02", id="t")
    doc.check_offsets()
    return doc


def only(doc: Doc, ptype: str) -> Event:
    found = [e for e in doc.events if e.plover_type == ptype]
    assert len(found) == 1, [(e.plover_type, e.trigger.text) for e in doc.events]
    return found[0]


def texts(ms: list[Any]) -> str:
    return " | ".join(m.text for m in ms)


def test_condolences_are_support_under_cameo_01(pipeline: Any) -> None:
    doc = events_of(pipeline, "The Brazilian government on Thursday expressed condolences to "
                              "Bangladesh over a fire in Dhaka that killed more than a hundred people.")
    ev = only(doc, "SUPPORT")
    assert ev.cameo_root == "01"
    assert "Brazilian government" in texts(ev.source)
    assert "Bangladesh" in texts(ev.target)


def test_condolence_message_is_support(pipeline: Any) -> None:
    doc = events_of(pipeline, "Saudi King Salman has sent a condolence message to President "
                              "Ashraf Ghani following the assault in Kabul.")
    ev = only(doc, "SUPPORT")
    assert ev.cameo_root == "01" and "Salman" in texts(ev.source)
    assert "Ghani" in texts(ev.target)


def test_concern_over_an_actors_act_is_a_complaint(pipeline: Any) -> None:
    doc = events_of(pipeline, "The European Union expressed concern over Israel's plans to "
                              "expand settlements in the West Bank.")
    ev = only(doc, "ACCUSE")
    assert ev.cameo_root == "01" and ev.plover_mode == "disapprove"
    assert "European Union" in texts(ev.source)


def test_worry_about_a_fate_is_no_event(pipeline: Any) -> None:
    doc = events_of(pipeline, "The ambassador expressed concern on Friday about the fate of a "
                              "journalist who vanished in Istanbul last week.")
    assert doc.events == []


def test_optimism_hope_and_no_comment_are_no_events(pipeline: Any) -> None:
    for text in (("Prime Minister Justin Trudeau expressed optimism on Wednesday that the "
                  "vaccination timeline could be accelerated."),
                 ("Turkey's top diplomat also voiced hope that the new government in Greece "
                  "will maintain constructive relations."),
                 "The Government of Eritrea declined to comment on the dispute over the border.",
                 "The agency said the budget figures for next year look underwhelming."):
        assert events_of(pipeline, text).events == [], text


def test_statement_calling_on_is_a_request_of_its_issuer(pipeline: Any) -> None:
    doc = events_of(pipeline, "Amnesty International issued a statement calling on the Belarusian "
                              "authorities to hold a fair trial.")
    ev = only(doc, "REQUEST")
    assert ev.trigger.text == "calling"
    assert ev.cameo_root == "01"
    assert "Amnesty International" in texts(ev.source)
    assert "statement" not in texts(ev.source)


def test_what_a_statement_says_is_kept_like_said(pipeline: Any) -> None:
    doc = events_of(pipeline, "The ministry issued a statement saying that the army had withdrawn "
                              "its troops from the town of Kobane.")
    ev = only(doc, "RETREAT")
    assert ev.factuality == "reported"


def test_phone_call_to_discuss_is_consult(pipeline: Any) -> None:
    doc = events_of(pipeline, "The Iranian president called his Lebanese counterpart, Michel Aoun, "
                              "on Tuesday to discuss the crisis.")
    ev = only(doc, "CONSULT")
    assert ev.plover_mode == "phone" and ev.cameo_root == "04"
    assert "Aoun" in texts(ev.target) or "counterpart" in texts(ev.target)


def test_called_on_to_act_stays_a_request(pipeline: Any) -> None:
    doc = events_of(pipeline, "The Nigeria Labour Congress on Tuesday called on Nigerian leaders "
                              "to emulate the leadership of Nelson Mandela.")
    assert [e.plover_type for e in doc.events] == ["REQUEST"]


def test_reported_request_with_a_subject_is_kept(pipeline: Any) -> None:
    doc = events_of(pipeline, "The White House has asked the Pentagon to look into multiple "
                              "options, the officials said.")
    ev = only(doc, "REQUEST")
    assert "White House" in texts(ev.source) and "Pentagon" in texts(ev.target)


def test_sought_refuge_is_a_demand(pipeline: Any) -> None:
    doc = events_of(pipeline, "Some 800,000 Iraqi Kurds sought refuge in Germany last month.")
    ev = only(doc, "REQUEST")
    assert ev.cameo_root == "10"
    assert "Kurds" in texts(ev.source)


def test_seeking_to_is_not_a_request(pipeline: Any) -> None:
    doc = events_of(pipeline, "The ruling party is seeking to win a third term in next month's "
                              "parliamentary elections.")
    assert "REQUEST" not in [e.plover_type for e in doc.events]


def test_agreeing_with_an_actor_is_accord(pipeline: Any) -> None:
    doc = events_of(pipeline, "The Trudeau government has agreed with the Senate that the law "
                              "should be amended.")
    ev = only(doc, "SUPPORT")
    assert ev.cameo_root == "01"


def test_comment_ranks_below_the_coded_act(pipeline: Any) -> None:
    doc = events_of(pipeline, "Putin expressed his condolences to the British people and "
                              "condemned the terrorist attack in London.")
    comment = only(doc, "SUPPORT")
    act = only(doc, "ACCUSE")
    assert comment.cameo_root == "01" and act.cameo_root == "11"
    assert comment.confidence < act.confidence


def test_rank_comments_caps_only_comments() -> None:
    class E:  # the two fields rank_comments reads
        def __init__(self, root: str, conf: float) -> None:
            self.cameo_root, self.confidence = root, conf

    act, comment = E("18", 0.45), E("01", 0.8)
    rank_comments([comment, act])  # type: ignore[list-item]
    assert act.confidence == 0.45
    assert comment.confidence < act.confidence
    alone = E("01", 0.8)
    rank_comments([alone])  # type: ignore[list-item]
    assert alone.confidence == 0.8


def test_called_for_a_clause_is_a_request(pipeline: Any) -> None:
    doc = events_of(pipeline, "Prime Minister Theresa May called on Friday for Britain to stay in "
                              "the single market during the transition.")
    ev = only(doc, "REQUEST")
    assert "Theresa May" in texts(ev.source)


def test_concern_conveyed_to_a_party_is_a_complaint_to_it(pipeline: Any) -> None:
    doc = events_of(pipeline, "The peacekeeping chief expressed serious concern to the U.N. "
                              "Security Council that violence in the provinces has reached "
                              "disturbing levels.")
    ev = only(doc, "ACCUSE")
    assert ev.cameo_root == "01" and "Security Council" in texts(ev.target)


def test_concerns_raised_with_a_government_but_not_by_an_event(pipeline: Any) -> None:
    doc = events_of(pipeline, "The German government raised concerns with Beijing about the "
                              "treatment of Uyghurs in Xinjiang.")
    ev = only(doc, "ACCUSE")
    assert "German government" in texts(ev.source) and "Beijing" in texts(ev.target)
    doc = events_of(pipeline, "The verdict raised concerns about Iran's role among the Gulf "
                              "states and their allies.")
    assert "ACCUSE" not in [e.plover_type for e in doc.events]
