"""Words that decide an argument's role: what is handed over (its recipient is the target),
what is an instrument rather than a party ("with artillery"), what is abstract, which
participles are states ("is opposed to"), which nouns stand in for their owner ("an offer
from Kabul"). Used by :mod:`eventscope.events.arguments`; plain data, no logic.

>>> "artillery" in INSTRUMENT_WORDS, "grant" in GOODS_WORDS
(True, True)
"""

from __future__ import annotations

WITHDRAW_VERBS = {"withdraw", "pull", "evacuate", "retreat", "expel", "remove", "recall"}
AREA_NOUNS = {"part", "area", "region", "province", "district", "city", "town", "village",
              "territory", "zone", "border", "north", "south", "east", "west", "outskirts",
              "capital", "centre", "center", "coast", "countryside"}
HELP_VERBS = {"help", "assist", "support", "aid", "benefit", "address", "feed", "rebuild",
              "protect", "strengthen", "bolster", "meet", "relieve", "serve"}
#: instruments, not parties: "pounded X with artillery"
INSTRUMENT_WORDS = frozenset({"artillery", "missile", "rocket", "bomb", "mortar", "drone",
                              "airstrike", "strike", "gun", "gunfire", "fire", "shell", "grenade",
                              "explosive", "knife", "machete", "tank", "jet", "warplane",
                              "helicopter", "aircraft", "tear", "gas", "bullet", "baton",
                              "water", "cannon", "vehicle", "car", "truck", "force", "device",
                              "ied", "explosion", "blast", "mine", "landmine", "shelling"})
#: abstract objects that are never the party attacked
ABSTRACT = {"control", "effort", "attempt", "plan", "fear", "concern", "way", "step", "part",
            "role", "operation", "campaign", "offensive", "attack", "fighting", "violence",
            "responsibility", "action", "measure", "hope", "deal", "agreement", "talk",
            "ceasefire", "truce", "process", "right", "freedom", "power"}
STATIVE_PASSIVES = {"oppose", "opposed", "commit", "committed", "determine", "determined",
                    "prepare", "prepared", "dedicate", "dedicated", "involve", "engage"}
FORCE_LIKE = {"troop", "force", "soldier", "peacekeeper", "aid", "sanction", "weapon", "arm",
              "talk", "talks", "support", "assistance", "equipment", "team", "unit"}
#: what is handed over: its recipient ("to X", "for X", the dative) is the target
GOODS_WORDS = frozenset({
    "grant", "loan", "credit", "compensation", "training", "photograph", "information",
    "asylum", "visa", "million", "billion", "ton", "tonne", "shipment", "package", "fund",
    "funding", "reinforcement", "inspector", "observer", "expert", "advisor", "adviser"})
GIVING_WORDS = frozenset({"offer", "send", "pay", "hand", "return", "transfer",
                         "sell", "lend", "dispatch", "contribute", "extend", "pledge"})
PROTEST_NOUNS = {"protest", "defiance", "opposition", "response", "retaliation", "reaction"}
STAND_INS = {"diplomat", "ambassador", "envoy", "national", "citizen", "inspector", "worker",
             "official", "representative", "offer", "proposal", "request", "demand", "call",
             "plan", "invitation", "appeal", "talk", "talks", "position", "stronghold", "base",
             "positions", "embassy", "consulate"}
