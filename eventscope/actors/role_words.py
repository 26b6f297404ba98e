"""Words that decide an argument's role: what is handed over (its recipient is the target),
what is an instrument rather than a party ("with artillery"), what is abstract, which
participles are states ("is opposed to"), which nouns stand in for their owner ("an offer
from Kabul"). Used by :mod:`eventscope.events.arguments`; plain data, no logic.

>>> "artillery" in INSTRUMENT_WORDS, "grant" in GOODS_WORDS
(True, True)
"""

from __future__ import annotations

#: "eastern Congo", "north-western Syria": a part of a country, not the country
DIRECTION_SUFFIXES = ("north", "south", "east", "west", "northern", "southern", "eastern",
                      "western", "central")
DEPLOY_VERBS = {"deploy", "send", "dispatch", "station", "mobilize", "mobilise", "call",
                "mass", "move", "redeploy"}
#: forces moved by their own side: "called up reservists", "deployed 500 soldiers"
OWN_FORCES = {"reservist", "soldier", "troop", "force", "personnel", "warship", "ship",
              "carrier", "jet", "aircraft", "unit", "battalion", "brigade", "division",
              "peacekeeper", "officer", "police", "marine", "sailor", "reinforcement"}
#: heads that only count what their "of" phrase names: "tens of thousands of reservists"
QUANTITY_HEADS = {"ten", "hundred", "thousand", "million", "dozen", "score", "number", "some",
                  "all", "most", "contingent", "battalion", "company", "group", "unit"}
#: "by telephone with X", "over a video link with X": the channel, the party is "with"
CHANNEL_NOUNS = {"telephone", "phone", "video", "videoconference", "videolink", "link", "call",
                 "line", "hotline"}
BORDER_NOUNS = {"border", "frontier", "boundary"}
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
    "funding", "reinforcement", "inspector", "observer", "expert", "advisor", "adviser",
    "prisoner", "detainee", "captive", "hostage", "body", "remains"})
GIVING_WORDS = frozenset({"offer", "send", "pay", "hand", "return", "transfer", "exchange",
                          "swap",
                         "sell", "lend", "dispatch", "contribute", "extend", "pledge"})
PROTEST_NOUNS = {"protest", "defiance", "opposition", "response", "retaliation", "reaction"}
STAND_INS = {"diplomat", "ambassador", "envoy", "national", "citizen", "inspector", "worker",
             "official", "representative", "offer", "proposal", "request", "demand", "call",
             "plan", "invitation", "appeal", "talk", "talks", "position", "stronghold", "base",
             "positions", "embassy", "consulate",
             # what a party said or decided stands for that party: "vetoed a Security
             # Council resolution", "condemned Trump's decision", "rejected the announcement
             # that X had won"
             "resolution", "initiative", "motion", "bill", "decision", "suggestion",
             "statement", "remark", "comment", "claim", "accusation", "allegation", "policy",
             "ruling", "verdict", "decree", "announcement", "charge"}
#: removing someone else's people: "expelled the peacekeepers" acts on them, not on one's own
EXPEL_VERBS = {"expel", "remove", "evict", "deport", "oust", "eject"}
#: measures against a party: "a boycott of X", "lifted sanctions on X", "a curfew in X" act on
#: X whatever the event does with the measure (imposes, lifts, eases)
RESTRICTION_NOUNS = {"sanction", "embargo", "boycott", "blockade", "siege", "ban", "restriction",
                     "curb", "curfew", "closure", "tariff", "quarantine", "lockdown", "freeze",
                     "suspension", "moratorium", "limit", "limitation", "control"}
#: requests and offers whose complement names the party: "an invitation to meet with X",
#: "appeals to release X"
ASKING_NOUNS = {"invitation", "appeal", "offer", "proposal", "request", "demand", "call", "plea",
                "bid", "ultimatum"}
#: feelings expressed towards a party: "condolences to X", "solidarity with X"
SENTIMENT_NOUNS = {"condolence", "sympathy", "solidarity", "concern", "support", "respect",
                   "gratitude", "thanks", "congratulation", "praise", "regret", "apology",
                   "appreciation", "admiration", "anger", "outrage", "displeasure", "dismay",
                   "disappointment", "protest", "message", "greeting", "wish"}
#: what is set up or built is made, not acted upon: "agreed to set up two field hospitals"
CREATE_VERBS = {"set", "build", "establish", "create", "construct", "form", "found", "erect",
                "install", "develop", "produce", "manufacture"}
#: arriving somewhere: "peacekeepers arrived in Monrovia" (the town is where they go)
ARRIVE_VERBS = {"arrive", "land", "deploy", "enter", "reach", "disembark"}
#: a movement whose "of" phrase is who moves: "the first deployment of NATO troops arrived"
MOVEMENT_NOUNS = {"deployment", "arrival", "withdrawal", "departure", "redeployment", "pullout",
                  "entry", "return"}
