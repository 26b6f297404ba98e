"""The word gates that skip regex scans never change a result.

Dates run a rule only when its gate passes and quantities skip the number scan when no number
word occurs: a gate must pass on every text its rule can match.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.events import dates, quantities

PUB = date(2020, 3, 12)

DATE_TEXTS = [
    "on 2020-03-01", "on March 3", "March 3, 2019", "on 3 March", "3rd of Sept. 2018",
    "in March", "since March", "mid-March 2019", "March 2019", "in 2019", "since 2015",
    "last Tuesday", "on Tuesday", "since Monday", "this coming Friday", "next Sunday",
    "the day before yesterday", "yesterday", "last night", "today", "this morning", "tonight",
    "earlier in the day", "overnight", "three days ago", "a few weeks ago", "two months ago",
    "a year ago", "in the past 24 hours", "over the last two weeks", "during the previous month",
    "within the past year", "in recent days", "in the past days", "over the last couple of days",
    "in recent weeks", "in the past few months", "earlier this week", "last week",
    "last weekend", "this past weekend", "this month", "earlier this month", "last month",
    "this year", "earlier this year", "last year", "recently", "lately",
    "YESTERDAY", "Last Week", "IN RECENT DAYS", "Three Days Ago",
    # characters that case-insensitive matching folds onto ASCII letters
    "laſt week", "İn recent days", "ın recent days", "recent\u212a",
    "Troops arrived on Tuesday and withdrew last week, officials said on 4 March.",
    "No date at all in this clause about the shelling.",
]


@pytest.mark.parametrize("text", DATE_TEXTS)
def test_gated_dates_equal_every_rule(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = dates.find_dates(text, PUB)
    monkeypatch.setattr(dates, "_open_rules", lambda t: tuple(range(len(dates.RULES))))
    assert gated == dates.find_dates(text, PUB)


def test_every_rule_has_a_gate() -> None:
    assert len(dates._GATES) == len(dates.RULES)


def test_a_gate_passes_wherever_its_rule_matches() -> None:
    for text in DATE_TEXTS:
        opened = set(dates._open_rules(text))
        for i, (pattern, _) in enumerate(dates.RULES):
            if pattern.search(text):
                assert i in opened, (i, text)


COUNT_TEXTS = [
    "killed 3", "2,000 troops", "forty-two people", "a hundred soldiers", "one hundred",
    "dozens of people", "a dozen", "tens of thousands", "scores of", "hundreds were",
    "thousands fled", "several were killed", "many died", "a few were hurt", "numerous",
    "a handful of protesters", "between 5 and 7", "at least 80", "Seventeen", "NINETY",
    "twelve", "Eleven", "the blast", "no number here", "nineteen", "sixty-one",
]


@pytest.mark.parametrize("text", COUNT_TEXTS)
def test_count_gate_passes_wherever_a_count_matches(text: str) -> None:
    if quantities.NUMBER_RE.search(text):
        assert quantities._MAY_COUNT.search(text)


def test_count_gate_is_closed_without_numbers() -> None:
    assert quantities._MAY_COUNT.search("the blast hit the market") is None
    assert quantities._candidates("the blast hit the market", 0, 24) == []


HEDGED = [
    "at least 5 killed", "as many as 40 people", "between 5 and 7", "xbetween 5", "lessBETWEEN 1990",
    "nearly Many were hurt", "more than  \n 80", "upwards of a thousand", "an estimated 2,000",
    "killed 3 soldiers and 2 civilians", "5at least 6", "twenty-one, at most 30 or 40",
    "approximately between 3 and 9", "laſt 5", "no count", "",
]


@pytest.mark.parametrize("text", HEDGED)
def test_number_matches_equal_finditer(text: str) -> None:
    def spans(ms: list) -> list:  # type: ignore[type-arg]
        return [(m.span(), m.groupdict()) for m in ms]

    assert spans(quantities.number_matches(text)) == spans(list(quantities.NUMBER_RE.finditer(text)))


RANDOM_WORDS = (
    "at least more than over nearly almost about around some approximately up to as many "
    "an estimated most fewer less close upwards of between and or - 5 12 2,000 3.5 one "
    "twenty-one hundred a thousand dozens tens scores several few handful numerous "
    "killed people , . At BETWEEN Many x5 5x 1990")


def test_number_matches_equal_finditer_on_random_word_strings() -> None:
    import random

    words = RANDOM_WORDS.split()
    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice([" ", "  ", "\n", "", "-"])
                       for _ in range(rng.randint(1, 10)))
        assert [m.span() for m in quantities.number_matches(text)] == \
            [m.span() for m in quantities.NUMBER_RE.finditer(text)], text


VICTIM_TEXTS = [
    "No one was killed", "nobody was hurt", "None of the residents were injured", "no casualties",
    "No deaths were reported", "A soldier was killed", "an elderly man died", "a man was shot dead",
    "A journalist has been murdered", "a civilian was executed", "the market was busy",
    "NO ONE WAS KILLED", "noone was wounded", "no injuries", "a worker died",
]


@pytest.mark.parametrize("text", VICTIM_TEXTS)
def test_victim_gates_pass_wherever_their_pattern_matches(text: str) -> None:
    if quantities.ZERO_FATAL.search(text):
        assert quantities._may_match(quantities._ZERO_GATE, text, 0, len(text))
    if quantities.ONE_VICTIM.search(text):
        assert quantities._may_match(quantities._ONE_GATE, text, 0, len(text))
