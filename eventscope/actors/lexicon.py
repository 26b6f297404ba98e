"""Small closed word lists the actor rules rely on (one place to read and extend them)."""

from __future__ import annotations

#: CAMEO/PLOVER sector -> (suffix of the generated state organ, kind of a country-level actor)
SECTOR_ORGAN: dict[str, tuple[str, str]] = {
    "GOV": ("GOV", "government"), "MIL": ("MIL", "military"), "COP": ("POL", "police"),
    "SPY": ("SPY", "intelligence"), "LEG": ("LEG", "government"), "JUD": ("JUD", "government"),
    "CVL": ("CVL", "civilians"), "OPP": ("OPP", "party"), "REF": ("REF", "civilians"),
    "REB": ("REB", "armed_group"), "INS": ("INS", "armed_group"), "MED": ("MED", "media"),
    "LAB": ("LAB", "civilians"), "BUS": ("BUS", "other"), "REL": ("REL", "civilians"),
    "EDU": ("EDU", "civilians"), "CRM": ("CRM", "armed_group"),
}

#: sectors whose bare noun ("the army", "officials") should name a state organ met earlier
STATE_SECTORS: frozenset[str] = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})

#: sectors whose bare noun is worth reporting even when we cannot say whose it is
BARE_OK: frozenset[str] = frozenset({"CVL", "OPP", "REF", "REB", "INS", "CRM", "COP", "JUD", "LEG"})
#: bare nouns of other sectors still reported as the generic actor
BARE_OK_WORDS: frozenset[str] = frozenset({
    "security forces", "militias", "militia", "militiamen", "paramilitaries", "peacekeepers",
    "journalists", "journalist", "reporters",
})

#: titles that belong in a person mention's span, with the sector they imply
TITLES: dict[str, str] = {
    "president": "GOV", "vice": "GOV", "prime": "GOV", "minister": "GOV", "premier": "GOV",
    "chancellor": "GOV", "king": "GOV", "queen": "GOV", "prince": "GOV", "crown": "GOV",
    "emir": "GOV", "sheikh": "GOV", "sultan": "GOV", "governor": "GOV", "mayor": "GOV",
    "secretary": "GOV", "foreign": "GOV", "defence": "GOV", "defense": "GOV", "interior": "GOV",
    "ambassador": "GOV", "envoy": "GOV", "senator": "LEG", "sen.": "LEG", "rep.": "LEG",
    "speaker": "LEG", "spokesman": "GOV", "spokeswoman": "GOV", "ayatollah": "REL",
    "general": "MIL", "gen.": "MIL", "brigadier": "MIL", "brig.": "MIL", "major": "MIL",
    "maj.": "MIL", "colonel": "MIL", "col.": "MIL", "lieutenant": "MIL", "lt.": "MIL",
    "commander": "MIL", "admiral": "MIL", "adm.": "MIL", "marshal": "MIL", "field": "MIL",
    "captain": "MIL", "capt.": "MIL", "sergeant": "MIL", "senior": "", "former": "",
    "chief": "", "leader": "", "head": "", "deputy": "", "opposition": "OPP", "rebel": "REB",
    "mr.": "", "mrs.": "", "ms.": "", "dr.": "", "mr": "", "mrs": "", "dr": "",
    "of": "", "state": "GOV", "affairs": "GOV", "home": "GOV", "finance": "GOV", "trade": "GOV",
    "judge": "JUD", "justice": "JUD", "cleric": "REL", "imam": "REL", "pope": "REL",
}

#: title words that only join other title words ("Secretary of State"), never start a chain
TITLE_CONNECTORS: frozenset[str] = frozenset({"of", "state", "affairs", "home", "finance", "trade",
                                             "foreign", "defence", "defense", "interior"})

#: head nouns that may follow an organisation's name and belong to its mention
#: ("the Daesh jihadists", "Hezbollah fighters")
GROUP_NOUNS: frozenset[str] = frozenset({
    "jihadists", "militants", "fighters", "rebels", "insurgents", "forces", "militia",
    "militias", "militiamen", "troops", "soldiers", "group", "movement", "guerrillas",
    "terrorists", "extremists", "gunmen", "members", "operatives", "units", "commanders",
    "leaders", "leadership", "officials",
})

#: prepositions after which a place name is a location, not an actor
LOCATIVE_PREPS: frozenset[str] = frozenset({
    "in", "inside", "into", "within", "across", "throughout", "near", "via", "through",
    "around", "at", "outside", "along", "towards", "toward", "to", "from", "over", "beyond",
    "between", "on", "off", "onto", "under", "north", "south", "east", "west",
})

#: anaphoric noun phrases ("the group") -> the kinds (or sectors) they may refer to
ANAPHORS: dict[str, tuple[str, ...]] = {
    "group": ("armed_group", "militia", "party", "ngo"),
    "organisation": ("armed_group", "militia", "party", "ngo", "igo"),
    "organization": ("armed_group", "militia", "party", "ngo", "igo"),
    "movement": ("armed_group", "party"),
    "militants": ("armed_group",), "jihadists": ("armed_group",), "terrorists": ("armed_group",),
    "extremists": ("armed_group",), "insurgents": ("armed_group",), "rebels": ("armed_group",),
    "fighters": ("armed_group", "militia"), "guerrillas": ("armed_group",),
    "militias": ("militia",), "militia": ("militia",), "militiamen": ("militia",),
    "general": ("person:MIL",), "commander": ("person:MIL",), "officer": ("person:MIL",),
    "colonel": ("person:MIL",), "high officer": ("person:MIL",), "senior officer": ("person:MIL",),
    "president": ("person:GOV",), "minister": ("person:GOV",), "premier": ("person:GOV",),
    "leader": ("person",), "chief": ("person",), "cleric": ("person",),
    "ministry": ("government",), "regime": ("government", "state"),
    "government": ("government", "state"), "army": ("military", "state"),
    "military": ("military", "state"), "troops": ("military", "state"),
    "soldiers": ("military", "state"), "coalition": ("coalition",),
    "alliance": ("igo", "coalition"), "agency": ("media", "intelligence", "igo"),
    "monitor": ("media", "ngo"), "observatory": ("media", "ngo"),
}

#: personal pronouns resolved to the nearest earlier person
PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she", "him", "his", "her", "hers"})

#: capitalised words that spaCy often tags as entities but are never actors
NOT_ACTORS: frozenset[str] = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "today", "yesterday", "tomorrow", "back to top", "skip to main content",
    "main content", "read more", "share", "twitter", "facebook", "whatsapp", "telegram",
    "covid-19", "coronavirus", "god", "allah", "ramadan", "eid", "brexit", "state", "government",
    "internet", "web", "christmas", "easter", "parliament", "ministry", "president",
})

__all__ = ["SECTOR_ORGAN", "STATE_SECTORS", "BARE_OK", "BARE_OK_WORDS", "TITLES", "GROUP_NOUNS",
           "LOCATIVE_PREPS", "ANAPHORS", "TITLE_CONNECTORS", "PERSON_PRONOUNS", "NOT_ACTORS"]
