"""Word lists that decide whether a clause reports an event at all, and what kind.

Speech and deliberation ("released a statement", "is considering sending aid"), natural
causes ("an earthquake struck"), and the words that make a demand conflictual or a vow a
threat. Kept apart from :mod:`.lexicon` (the triggers themselves) so each stays readable.
"""

from __future__ import annotations

NATURAL_SUBJECTS = {"earthquake", "storm", "flood", "quake", "hurricane", "typhoon", "cyclone",
                    "drought", "virus", "pandemic", "fire", "wave", "price", "inflation", "crisis",
                    "tsunami", "disease", "outbreak", "epidemic", "heat", "snow", "rain", "wind",
                    "accident", "crash", "collision", "landslide", "mudslide", "avalanche",
                    "lightning", "cold", "hunger", "famine", "illness", "cholera", "malaria",
                    "blaze", "wildfire", "heatwave", "derailment", "shipwreck", "overdose"}

PUBLISHED = {"name", "identity", "statement", "report", "video", "document", "data", "figure",
             "list", "information", "photo", "image", "footage", "communique", "communiqué",
             "declaration", "book",
             "study", "survey", "result", "detail", "record", "album", "song", "film", "update"}

DELIBERATION = {"consider", "contemplate", "mull", "weigh", "study", "explore", "hope", "wish",
                "envisage", "ponder"}

DEMAND_SPEECH = {"say", "declare", "insist", "state", "stress", "tell", "warn", "add"}

INFRASTRUCTURE = {"line", "bridge", "pipeline", "building", "tower", "road", "railway", "rail",
                  "station", "plant", "dam", "office", "house", "home", "pylon", "well", "track",
                  "depot", "warehouse", "factory", "mast", "monument", "statue"}

HOSTILE = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST", "THREATEN"}

VOWS = {"vow", "swear", "pledge", "promise"}

GATHERING = {"gather", "assemble", "march", "converge", "rally", "take", "stage", "hold", "block",
             "storm", "occupy", "demand", "chant", "protest", "clash"}

PROTESTERS = {"protester", "protestor", "demonstrator", "rioter", "marcher", "striker"}

DOCUMENTS = {"plan", "bill", "law", "proposal", "budget", "measure", "resolution", "report",
             "agreement", "deal", "draft", "document", "letter", "statement", "policy", "rule",
             "constitution", "treaty", "accord", "study", "programme", "program", "legislation"}

UNMEETABLE = {"deadline", "target", "goal", "need", "demand", "requirement", "condition",
              "expectation", "standard", "criterion", "obligation", "challenge", "threshold",
              "quota", "cost", "request", "commitment", "end", "fate", "death"}

COOPERATIVE = {"AGREE", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}

MUST_AUX = {"must", "should", "ought"}

# spans of time that measure an event: "held three hours of talks", "after two days of fighting"
DURATIONS = {"hour", "day", "week", "month", "minute", "year", "night", "round", "session"}
# verbs that hold a measured event ('held three hours of talks'), unlike 'ended months of fighting'
DURATION_VERBS = {"hold", "conduct", "have", "begin", "start", "open", "resume", "complete"}

BACKGROUND_MARKS = {"since", "after", "before", "because", "following", "amid", "despite", "over",
                    "until", "when", "while", "as", "once", "though", "although", "in"}

OBSTRUCTABLE = {"road", "street", "highway", "bridge", "traffic", "transport", "railway", "entrance",
                "roadway", "access", "route", "port", "junction", "intersection", "motorway"}

MILITARY_TARGETS = {"rebel", "militant", "insurgent", "army", "enemy", "terrorist", "jihadist",
                    "guerrilla", "invader", "occupier", "militia"}

CONFLICT_DEMANDS = {"sanction", "boycott", "punish", "punishment", "resign", "resignation",
                    "withdraw", "withdrawal", "halt", "stop", "release", "investigation",
                    "investigate", "ban", "arrest", "expel", "cease", "trial", "prosecute",
                    "prosecution", "justice", "accountability", "compensation", "apology",
                    "apologize", "step", "leave", "surrender", "disarm", "abandon", "renounce",
                    "cancel", "drop", "embargo", "isolate", "oust", "end"}

# people whose agreement or belief is an opinion, not an act ("analysts agree that ...")
OPINION_HOLDERS = {"analyst", "expert", "observer", "economist", "scholar", "critic",
                   "scientist", "commentator", "historian", "researcher", "pundit", "most",
                   "many", "everyone", "people", "poll", "survey", "study", "diplomat"}
OPINION_VERBS = {"agree", "believe", "think", "argue", "say", "note", "suggest", "expect",
                 "warn", "doubt", "predict", "estimate", "reckon", "feel"}

# nouns whose that-clause states a hypothesis: "the possibility that the helicopter was shot
# down" reports an event (speculative), it is not told as background
PROPOSITION_NOUNS = {"possibility", "hypothesis", "theory", "suspicion", "likelihood", "prospect",
                     "risk", "fear", "concern", "worry", "question", "evidence", "indication",
                     "sign", "danger", "scenario", "doubt", "probability", "rumor", "rumour",
                     "chance", "assumption", "version", "impression", "belief", "idea"}
# participles that hang an alleged act on a person: "men suspected of setting fire"
SUSPECTING = {"suspect", "accuse", "charge", "convict", "want", "blame", "believe"}

# nouns that only carry an event noun: "an escalation of fighting", "a wave of arrests"
CARRIERS = {"escalation", "resumption", "renewal", "outbreak", "wave", "series", "spate", "surge",
            "string", "threat", "risk", "possibility", "prospect", "intensification",
            "continuation", "upsurge", "flare-up", "round", "campaign", "day", "night"}


__all__ = [
    "BACKGROUND_MARKS", "CARRIERS", "CONFLICT_DEMANDS", "COOPERATIVE", "DELIBERATION",
    "DEMAND_SPEECH", "DOCUMENTS", "DURATIONS", "DURATION_VERBS", "GATHERING", "HOSTILE", "INFRASTRUCTURE", "MILITARY_TARGETS",
    "MUST_AUX", "NATURAL_SUBJECTS", "OBSTRUCTABLE", "OPINION_HOLDERS", "OPINION_VERBS",
    "PROPOSITION_NOUNS", "PROTESTERS", "PUBLISHED", "SUSPECTING", "UNMEETABLE", "VOWS",
]
