"""Factuality: one label per event, the most marked layer wins.

negated > future > speculative > hedged > reported > asserted, with the scope traps of the
labelling policy (the hedge on an origin, "did not only", presupposed questions) staying
asserted. Sentences here are written for these tests, not taken from the dev set.
"""

from __future__ import annotations

from typing import Any

import pytest

from eventscope.doc import Doc, DocMeta
from eventscope.events.factuality import factuality_of


def label(pipeline: Any, text: str, trigger: str, nth: int = 0) -> tuple[str, str | None]:
    """Parse ``text`` and label the ``nth`` occurrence of ``trigger``; return (label, cue)."""
    doc = pipeline.annotator(Doc(id="t", text=text, meta=DocMeta(date="2024-05-02")))
    start = -1
    for _ in range(nth + 1):
        start = text.find(trigger, start + 1)
    assert start >= 0, f"{trigger!r} not in {text!r}"
    lab, cue = factuality_of(doc, start, start + len(trigger))
    if cue is not None:
        assert doc.text[cue.start:cue.end] == cue.text
    return lab, cue.text if cue else None


ASSERTED = [
    ("Turkish artillery shelled villages near Tal Abyad on Tuesday.", "shelled"),
    ("Rebels seized the town of Kidal after two days of fighting.", "seized"),
    ("Thousands of students protested in Dhaka against the quota system.", "protested"),
    # scope traps
    ("The army did not only shell the town but also cut its water supply.", "shell"),
    ("A missile, possibly fired from Yemen, struck an oil terminal in Jizan.", "struck"),
    ("Why did the coalition bomb a school bus in Dahyan?", "bomb"),
    ("The militia threatened to attack any convoy entering the valley.", "threatened"),
    ("The governor refused to resign despite weeks of protests.", "refused"),
    ("Kyiv accused Moscow of shelling the Zaporizhzhia plant.", "accused"),
    ("Soldiers fired tear gas at protesters who had gathered outside parliament.", "fired"),
    ("Officials reportedly condemned the bombing of the market.", "bombing"),
    ("Iran has denied involvement in the attack on the tanker.", "attack"),
    ("Nobody claimed the attack, which killed six soldiers.", "attack"),
    ("Trump threatened further strikes if Iran retaliated.", "threatened"),
]
REPORTED = [
    ("Kyiv accused Moscow of shelling the Zaporizhzhia plant.", "shelling"),
    ("Police said gunmen killed five villagers in Zamfara overnight.", "killed"),
    ("Insurgents ambushed an army patrol near Palma, according to SOHR.", "ambushed"),
    ("The Pakistani Taliban claimed responsibility for the attack on the checkpoint.", "attack"),
    ("The rebels announced that they had seized the airport.", "seized"),
    ("Ukrainian forces destroyed three tanks near Bakhmut, the general staff said.", "destroyed"),
    ("According to the interior ministry, police arrested 40 protesters in Tehran.", "arrested"),
    ("Local media reported that airstrikes killed 20 fighters.", "killed"),
    ("Protesters stormed the parliament building, witnesses said.", "stormed"),
    ("The attack was claimed by the Islamic State.", "attack"),
    ("Police say they have arrested five suspects.", "arrested"),
    # the parser reads "claimed" as a relative clause of "border"; the closing report still counts
    ("Armenian troops crossed the border, Azerbaijan's defence ministry claimed.", "crossed"),
]
HEDGED = [
    ("Gunmen reportedly killed 12 people in a village near Bunia.", "killed"),
    ("The alleged chemical attack on Douma left dozens dead.", "attack"),
    ("Israel is believed to have carried out the strike on the convoy.", "carried out"),
    ("Security forces may have fired live rounds at the crowd.", "fired"),
    ("The militants are thought to have kidnapped the aid workers near Gao.", "kidnapped"),
    ("Russian troops apparently retreated from Kherson overnight.", "retreated"),
    ("Soldiers probably executed the prisoners, a UN investigator said.", "executed"),
    ("It is possible that the drone struck the wrong target.", "struck"),
    ("Iran is said to have supplied the missiles.", "supplied"),
    ("Iranian forces appear to have seized a second tanker.", "seized"),
    ("There are unconfirmed reports of clashes in Tripoli.", "clashes"),
]
SPECULATIVE = [
    ("Will Russia invade Ukraine this winter?", "invade"),
    ("Officials fear an attack on the capital.", "attack"),
    ("If Israel strikes Iran, Hezbollah could retaliate.", "retaliate"),
    ("It is unclear whether the troops will withdraw.", "withdraw"),
    ("Analysts say the junta might be planning a new offensive.", "offensive"),
    ("Western officials worry that Moscow could use tactical nuclear weapons.", "use"),
    ("Did the rebels violate the ceasefire?", "violate"),
    ("Would Israel strike Iran's nuclear sites without U.S. backing?", "strike"),
    ("Trump threatened further strikes if Iran retaliated.", "retaliated"),
    ("Nobody knows whether Iran will attack Israel directly.", "attack"),
]
NEGATED = [
    ("The army did not attack the camp, officials insisted.", "attack"),
    ("The ministry denied that its troops had fired on protesters.", "fired"),
    ("Rebels failed to capture the city despite a week-long assault.", "capture"),
    ("The rebels refused to withdraw from Goma.", "withdraw"),
    ("No civilians were killed in the strike.", "killed"),
    ("The town was retaken without a shot being fired.", "fired"),
    ("Iran rejected reports that it had attacked the tanker.", "attacked"),
    ("Police never bombed the protest camp.", "bombed"),
    ("Moscow has ruled out plans to invade the region.", "invade"),
    ("Officials said there had been no attacks on the convoy since Sunday.", "attacks"),
    ("Israel denied carrying out the attack.", "carrying out"),
    ("Troops were prevented from entering the town.", "entering"),
    ("Not a single shot was fired during the handover.", "fired"),
    ("Neither side has attacked since the truce.", "attacked"),
]
FUTURE = [
    ("The rebels plan to attack the capital next month.", "attack"),
    ("Washington will withdraw its troops from Niger by September.", "withdraw"),
    ("The militia threatened to strike oil facilities in the Gulf.", "strike"),
    ("Both sides are scheduled to hold talks in Doha on Monday.", "talks"),
    ("The EU announced it would impose new sanctions on Belarus.", "impose"),
    ("NATO pledged to deploy more troops to the eastern flank.", "deploy"),
    ("Parliament is expected to vote on the truce next week.", "vote"),
    ("Hezbollah warned it would strike Haifa if the bombardment continued.", "strike"),
    ("Trump threatened further strikes if Iran retaliated.", "strikes"),
    ("Israel has threatened a ground invasion of Rafah.", "invasion"),
]


@pytest.mark.parametrize("text,trigger", ASSERTED)
def test_asserted(pipeline: Any, text: str, trigger: str) -> None:
    assert label(pipeline, text, trigger) == ("asserted", None)


@pytest.mark.parametrize("text,trigger", REPORTED)
def test_reported(pipeline: Any, text: str, trigger: str) -> None:
    assert label(pipeline, text, trigger)[0] == "reported"


@pytest.mark.parametrize("text,trigger", HEDGED)
def test_hedged(pipeline: Any, text: str, trigger: str) -> None:
    assert label(pipeline, text, trigger)[0] == "hedged"


@pytest.mark.parametrize("text,trigger", SPECULATIVE)
def test_speculative(pipeline: Any, text: str, trigger: str) -> None:
    assert label(pipeline, text, trigger)[0] == "speculative"


@pytest.mark.parametrize("text,trigger", NEGATED)
def test_negated(pipeline: Any, text: str, trigger: str) -> None:
    assert label(pipeline, text, trigger)[0] == "negated"


@pytest.mark.parametrize("text,trigger", FUTURE)
def test_future(pipeline: Any, text: str, trigger: str) -> None:
    assert label(pipeline, text, trigger)[0] == "future"


def test_cue_is_returned(pipeline: Any) -> None:
    assert label(pipeline, "Gunmen reportedly killed 12 people.", "killed") == (
        "hedged", "reportedly")
    assert label(pipeline, "Washington will withdraw its troops.", "withdraw") == (
        "future", "will")


def test_hedge_inside_a_report_wins(pipeline: Any) -> None:
    text = "Two soldiers were apparently shot by snipers, the army said."
    assert label(pipeline, text, "shot") == ("hedged", "apparently")


def test_seed_perhaps_fragment_continues_a_fear(pipeline: Any) -> None:
    text = ("Some analysts, however, fear that there may be more behind it. Perhaps also an "
            "attack on Inherent Resolve's forces, which provide support to SDF in the region.")
    assert label(pipeline, text, "attack") == ("speculative", "Perhaps")


def test_seed_future_construction(pipeline: Any) -> None:
    text = ("This in anticipation of the growth of its troops in the area and perhaps, in the "
            "future, of the construction of a sort of military airport.")
    assert label(pipeline, text, "construction")[0] == "future"


def test_seed_memri_citing_is_reported(pipeline: Any) -> None:
    text = "MEMRI, citing local sources, speaks of dozens of trucks coming from Iraq."
    assert label(pipeline, text, "coming") == ("reported", "speaks")


def test_without_parse_everything_is_asserted() -> None:
    doc = Doc(id="t", text="Troops did not attack.")
    assert factuality_of(doc, 14, 20) == ("asserted", None)
