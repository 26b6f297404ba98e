"""Measure the actors stage's rule-based coreference on small written examples.

    python eval/actors_coref.py

Each example names an anaphor (its n-th occurrence) and the actor id it should link to, or
None when it must stay unlinked. Prints accuracy and every error. Not collected by pytest.
"""

from __future__ import annotations

import sys

EXAMPLES: list[tuple[str, str, int, str | None]] = [
    ("Isis launched an offensive near Homs. The group lost dozens of fighters.", "group", 0, "isis"),
    ("Daesh attacked Syrian soldiers near Palmyra. The jihadists then withdrew.", "jihadists", 0, "isis"),
    ("General Amir Haji Zada visited Abu Kamal. He later returned to Iraq.", "He", 0, "hajizadeh"),
    ("Amir Haji Zada met Hezbollah envoys. The general inspected air defences.", "general", 0, "hajizadeh"),
    ("Al-Shabaab claimed the bombing. The militants also attacked a base.", "militants", 0, "alshabaab"),
    ("Shiite militias arrived in Abu Kamal. Trucks carried weapons for the militias.", "militias", 0, "shia_militias"),
    ("Syrian soldiers shelled the village. Later the army withdrew.", "army", 0, "SYR.MIL"),
    ("Iran's foreign ministry protested. The ministry summoned the envoy.", "ministry", 0, "IRN.GOV"),
    ("Vladimir Putin met Recep Tayyip Erdogan. Erdogan said he wanted a ceasefire.", "he", 0, "erdogan"),
    ("The Taliban seized Kunduz on Sunday. The group said its fighters met little resistance.", "group", 0, "taliban"),
    ("The Taliban seized Kunduz on Sunday. The group said its fighters met little resistance.", "its", 0, None),
    ("Hamas fired rockets at Ashkelon. Israel said the militants had targeted civilians.", "militants", 0, "hamas"),
    ("The Houthis attacked a tanker. The rebels said the ship was Israeli-owned.", "rebels", 0, "houthis"),
    ("Qasem Soleimani arrived in Baghdad. His convoy was struck by a drone.", "His", 0, "soleimani"),
    ("Israeli troops raided Jenin. The army said two militants were killed.", "army", 0, "ISR.MIL"),
    ("JNIM fighters attacked a convoy near Djibo. The jihadists took hostages.", "jihadists", 0, "jnim"),
    ("The RSF shelled El Fasher on Monday. The group denied targeting civilians.", "group", 0, "rsf"),
    ("Wagner mercenaries withdrew from Bakhmut. The group's leader criticised the army.", "group", 0, "wagner"),
    ("Russian forces shelled Kharkiv. Ukraine said the military had hit homes.", "military", 0, "RUS.MIL"),
    ("Hezbollah fired drones at northern Israel. The group said it targeted a base.", "group", 0, "hezbollah"),
    ("Abdel Fattah al-Burhan visited Port Sudan. The general promised victory.", "general", 0, "burhan"),
    ("Mohamed Hamdan Dagalo addressed his troops. He vowed to fight on.", "He", 0, "hemedti"),
    ("Nobody claimed the attack. The group responsible is unknown.", "group", 0, None),
    ("He said the militants would return.", "He", 0, None),
    ("Boko Haram abducted students in Kankara. The militants released them a week later.", "militants", 0, "boko_haram"),
    ("The Islamic State claimed the attack on Syrian soldiers. The Syrian army said the jihadists used car bombs.", "jihadists", 0, "isis"),
]


def occurrence(text: str, word: str, n: int) -> int:
    start = -1
    for _ in range(n + 1):
        start = text.find(word, start + 1)
    return start


def main() -> int:
    import eventscope
    from eventscope.config import Config

    nlp = eventscope.load(Config(components=("eventscope.actors.v1",)))
    ok = 0
    for text, word, n, want in EXAMPLES:
        doc = nlp(text)
        s = occurrence(text, word, n)
        got = next((a.actor_id for a in doc.actors if a.start <= s < a.end), None)
        if got == want:
            ok += 1
        else:
            print(f"ERROR {word!r} in {text!r}: got {got}, want {want}")
    print(f"coreference accuracy: {ok}/{len(EXAMPLES)} = {ok / len(EXAMPLES):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
