"""Language detection: foreign pages are caught, short or name-heavy English never is."""

from __future__ import annotations

import pytest

from eventscope.clean import detect_language, foreign_language

FOREIGN = {
    "fr": "Des milliers de manifestants ont défilé mardi soir dans le centre de la capitale pour "
          "protester contre un projet de loi sur les agents étrangers, selon la police.",
    "es": "Al menos doce personas murieron el sábado cuando un ataque aéreo alcanzó un mercado "
          "en el centro de la ciudad, según informaron las autoridades locales.",
    "de": "Die Europäische Union hat am Montag neue Sanktionen gegen Beamte verhängt, die für "
          "die gewaltsame Unterdrückung friedlicher Demonstranten verantwortlich sind.",
    "ar": "قالت وزارة الدفاع إن القوات دخلت المدينة صباح اليوم بعد اشتباكات عنيفة مع المسلحين "
          "في الأحياء الشرقية، وأضافت أن عشرات المقاتلين قتلوا.",
    "ru": "Министерство обороны заявило, что войска вошли в город утром после ожесточённых "
          "боёв с боевиками в восточных кварталах.",
}


@pytest.mark.parametrize("code", sorted(FOREIGN))
def test_foreign_text_is_detected(code: str) -> None:
    found = foreign_language(FOREIGN[code], ("en",))
    assert found is not None and found[0] == code and found[1] >= 0.8


@pytest.mark.parametrize("text", [
    "Iran sent troops to Abu Kamal.",
    "U.S. Lifts Travel Ban to Lebanon.",
    "Congo government rejects demands from rebel group.",
    "Russian President Vladimir Putin will meet his Turkish counterpart, Recep Tayyip Erdogan.",
    "Twelve U.S. Army soldiers deployed to Nigeria Army's School of infantry to train troops.",
])
def test_short_english_is_never_called_foreign(text: str) -> None:
    assert foreign_language(text, ("en",)) is None


def test_accepting_a_language_lets_it_through() -> None:
    assert foreign_language(FOREIGN["fr"], ("en", "fr")) is None
    assert detect_language(FOREIGN["fr"])[0] == "fr"


def test_long_text_is_sampled_not_read_whole() -> None:
    text = ("The army said the troops had withdrawn from the town. " * 2000
            + FOREIGN["fr"] * 3)
    assert foreign_language(text, ("en",)) is None
