"""Trigger lexicons: which words report which PLOVER event, read from the PLOVER codebook.

A verb lemma maps to a :class:`Sense` (type, mode, CAMEO root). Some verbs only report an
event with the right object ("send troops" is MOBILIZE, "send aid" is AID): those are in
``OBJECT_VERBS`` and typed from their object's lemma through ``OBJECT_NOUNS``. Light verbs
("launch", "carry out", "stage") take their type from an event noun in ``NOUNS``.

>>> VERBS["shell"].plover_type
'ASSAULT'
>>> NOUNS["sanction"].cameo_root
'16'
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Sense:
    """One reading of a trigger: PLOVER type and mode, and the CAMEO root it falls under."""

    plover_type: str
    mode: str | None
    cameo_root: str


def _s(t: str, mode: str | None, root: str) -> Sense:
    return Sense(t, mode, root)


# --- verbs that report an event on their own -------------------------------------------------
VERBS: dict[str, Sense] = {}


def _add(table: dict[str, Sense], words: str, sense: Sense) -> None:
    for w in words.split():
        table[w.replace("_", " ")] = sense


_add(VERBS, "agree pledge promise accept vow swear", _s("AGREE", None, "03"))
_add(VERBS, "offer", _s("AGREE", "offer", "03"))
_add(VERBS, "meet visit consult negotiate confer mediate telephone phone", _s("CONSULT", "meet", "04"))
_add(VERBS, "host", _s("CONSULT", "host", "04"))
_add(VERBS, "praise endorse applaud commend hail congratulate welcome thank "
            "forgive defend back support ratify", _s("SUPPORT", None, "05"))
_add(VERBS, "ease relax lift shorten pardon concede", _s("CONCEDE", "policy", "08"))
_add(VERBS, "apologize apologise acquit exonerate", _s("CONCEDE", "regret", "08"))
_add(VERBS, "release free", _s("RETREAT", "release", "08"))  # material: RETREAT
_add(VERBS, "return", _s("RETREAT", "release", "08"))
_add(VERBS, "rescue", _s("AID", "rescue", "07"))  # hostage rescues are AID
_add(VERBS, "fine convict", _s("SANCTION", "convict", "16"))
_add(VERBS, "allow permit", _s("CONCEDE", "policy", "08"))
_add(VERBS, "train", _s("COOPERATE", "military", "06"))
_add(VERBS, "distribute contribute allocate", _s("AID", "economic", "07"))
_add(VERBS, "complain summon", _s("ACCUSE", "disapprove", "11"))
_add(VERBS, "violate defy", _s("REJECT", None, "12"))
_add(VERBS, "cooperate collaborate extradite", _s("COOPERATE", None, "06"))
_add(VERBS, "donate", _s("AID", "economic", "07"))
_add(VERBS, "withdraw retreat evacuate resign abandon surrender demobilize disarm",
     _s("RETREAT", "withdraw", "08"))
_add(VERBS, "demand urge appeal request implore petition", _s("REQUEST", None, "10"))
_add(VERBS, "ask", _s("REQUEST", None, "02"))
_add(VERBS, "pressure press", _s("REQUEST", None, "10"))
_add(VERBS, "accuse blame criticize criticise condemn denounce decry slam deplore charge "
            "indict allege", _s("ACCUSE", "disapprove", "11"))
_add(VERBS, "investigate probe", _s("ACCUSE", "investigate", "09"))
_add(VERBS, "sue prosecute", _s("ACCUSE", "allege", "11"))
_add(VERBS, "test-fire", _s("MOBILIZE", "weapons", "15"))
_add(VERBS, "reject refuse veto oppose dismiss rebuff spurn", _s("REJECT", None, "12"))
_add(VERBS, "boycott", _s("PROTEST", "boycott", "14"))  # the codebook: a PROTEST mode
_add(VERBS, "threaten warn", _s("THREATEN", None, "13"))
_add(VERBS, "protest demonstrate rally picket", _s("PROTEST", "demo", "14"))
_add(VERBS, "riot", _s("PROTEST", "riot", "14"))
_add(VERBS, "block barricade obstruct", _s("PROTEST", "obstruct", "14"))
_add(VERBS, "sanction embargo expel", _s("SANCTION", None, "16"))
_add(VERBS, "mobilize mobilise deploy station redeploy", _s("MOBILIZE", "troops", "15"))
_add(VERBS, "arrest detain jail imprison apprehend", _s("COERCE", "arrest", "17"))
_add(VERBS, "deport", _s("COERCE", "deport", "17"))
_add(VERBS, "ban outlaw censor", _s("COERCE", "ban", "17"))
_add(VERBS, "seize confiscate loot", _s("COERCE", "seize", "17"))
_add(VERBS, "blockade besiege seal", _s("COERCE", "restrict", "17"))
_add(VERBS, "hack deface", _s("COERCE", "cyber", "17"))
# the codebook: intentional destruction of property is ASSAULT "destroy"
_add(VERBS, "torch burn destroy demolish raze sabotage bulldoze", _s("ASSAULT", "destroy", "17"))
_add(VERBS, "attack assault storm raid ambush invade overrun target hit strike",
     _s("ASSAULT", "attack", "18"))
_add(VERBS, "kill murder slay execute massacre assassinate behead lynch", _s("ASSAULT", "kill", "18"))
_add(VERBS, "shoot gun", _s("ASSAULT", "firearms", "18"))
_add(VERBS, "shell pound", _s("ASSAULT", "shelling", "19"))
_add(VERBS, "bomb bombard airstrike", _s("ASSAULT", "aerial", "18"))
_add(VERBS, "explode detonate", _s("ASSAULT", "explosion", "18"))
_add(VERBS, "kidnap abduct", _s("ASSAULT", "abduct", "18"))
_add(VERBS, "torture beat injure wound maim", _s("ASSAULT", "beat", "18"))
_add(VERBS, "rape", _s("ASSAULT", "sexual", "18"))
_add(VERBS, "fight clash battle capture retake recapture", _s("ASSAULT", "fight", "19"))

# verbs whose meaning needs a particle: (lemma, particle) -> sense
PHRASAL: dict[tuple[str, str], Sense] = {
    ("call", "for"): _s("REQUEST", None, "02"),
    ("call", "on"): _s("REQUEST", None, "02"),
    ("call", "upon"): _s("REQUEST", None, "02"),
    ("pull", "out"): _s("RETREAT", "withdraw", "08"),
    ("pull", "back"): _s("RETREAT", "withdraw", "08"),
    ("hand", "over"): _s("RETREAT", "release", "08"),
    ("turn", "down"): _s("REJECT", None, "12"),
    ("shoot", "down"): _s("ASSAULT", "aerial", "18"),
    ("blow", "up"): _s("ASSAULT", "explosion", "18"),
    ("crack", "down"): _s("COERCE", "repress", "17"),
    ("lay", "down"): _s("RETREAT", "disarm", "08"),
    ("set", "free"): _s("CONCEDE", "release", "08"),
    ("let", "free"): _s("CONCEDE", "release", "08"),
    ("open", "fire"): _s("ASSAULT", "firearms", "19"),
    ("step", "down"): _s("RETREAT", "resign", "08"),
    ("cut", "off"): _s("SANCTION", None, "16"),
    ("call", "off"): _s("CONCEDE", "policy", "08"),
    ("force", "out"): _s("COERCE", "deport", "17"),
    ("roll", "back"): _s("CONCEDE", "policy", "08"),
    ("break", "off"): _s("SANCTION", None, "16"),
    ("set", "fire"): _s("ASSAULT", "destroy", "17"),
    ("set", "ablaze"): _s("ASSAULT", "destroy", "17"),
    ("test", "fire"): _s("MOBILIZE", "weapons", "15"),
}

# verbs that need a disambiguating dependant to be a trigger (phrasal readings above)
PARTICLE_ONLY = {"call", "pull", "hand", "blow", "crack", "lay", "set", "let", "open", "step", "cut",
                 "roll", "break", "force"}

# --- event nouns ------------------------------------------------------------------------------
NOUNS: dict[str, Sense] = {}
_add(NOUNS, "agreement deal accord treaty pact ceasefire cease-fire truce memorandum",
     _s("AGREE", None, "03"))
_add(NOUNS, "talk talks meeting summit negotiation consultation mediation",
     _s("CONSULT", "meet", "04"))
_add(NOUNS, "visit trip", _s("CONSULT", "visit", "04"))
_add(NOUNS, "aid assistance donation grant relief loan bailout", _s("AID", "economic", "07"))
_add(NOUNS, "cooperation", _s("COOPERATE", None, "06"))
_add(NOUNS, "extradition", _s("COOPERATE", "judicial", "06"))
_add(NOUNS, "release handover swap", _s("RETREAT", "release", "08"))  # material: RETREAT
_add(NOUNS, "amnesty pardon apology acquittal", _s("CONCEDE", "policy", "08"))
_add(NOUNS, "explosion blast detonation", _s("ASSAULT", "explosion", "18"))
_add(NOUNS, "gunfire shooting shootout", _s("ASSAULT", "firearms", "18"))
_add(NOUNS, "stabbing arson", _s("ASSAULT", "primitive", "18"))
_add(NOUNS, "sabotage", _s("ASSAULT", "destroy", "17"))  # the codebook: destruction of property
_add(NOUNS, "retaliation reprisal", _s("ASSAULT", "attack", "18"))
_add(NOUNS, "deportation", _s("COERCE", "deport", "17"))
_add(NOUNS, "clampdown", _s("COERCE", "repress", "17"))
_add(NOUNS, "looting", _s("COERCE", "seize", "17"))
_add(NOUNS, "walkout", _s("PROTEST", "strike", "14"))
_add(NOUNS, "torture", _s("ASSAULT", "beat", "18"))
_add(NOUNS, "warfare", _s("ASSAULT", "attack", "18"))
_add(NOUNS, "withdrawal pullout retreat evacuation resignation surrender",
     _s("RETREAT", "withdraw", "08"))
_add(NOUNS, "demand appeal request", _s("REQUEST", None, "10"))
_add(NOUNS, "accusation condemnation criticism allegation", _s("ACCUSE", "disapprove", "11"))
_add(NOUNS, "investigation inquiry probe", _s("ACCUSE", "investigate", "09"))
_add(NOUNS, "rejection veto", _s("REJECT", None, "12"))
_add(NOUNS, "boycott", _s("PROTEST", "boycott", "14"))
_add(NOUNS, "ultimatum threat", _s("THREATEN", None, "13"))
_add(NOUNS, "protest demonstration rally march sit-in", _s("PROTEST", "demo", "14"))
_add(NOUNS, "riot unrest", _s("PROTEST", "riot", "14"))
_add(NOUNS, "hunger_strike general_strike", _s("PROTEST", "strike", "14"))
_add(NOUNS, "sanction embargo expulsion suspension", _s("SANCTION", None, "16"))
_add(NOUNS, "deployment reinforcement mobilization mobilisation buildup build-up "
            "reconnaissance patrol", _s("MOBILIZE", "troops", "15"))
_add(NOUNS, "arrest detention crackdown curfew siege blockade", _s("COERCE", "restrict", "17"))
_add(NOUNS, "attack assault offensive raid ambush invasion incursion operation "
            "assassination killing massacre", _s("ASSAULT", "attack", "18"))
_add(NOUNS, "airstrike air_strike air_raid bombing bombardment strike", _s("ASSAULT", "aerial", "18"))
_add(NOUNS, "shelling", _s("ASSAULT", "shelling", "19"))
_add(NOUNS, "war", _s("ASSAULT", "fight", "19"))
_add(NOUNS, "kidnapping abduction", _s("ASSAULT", "abduct", "18"))
_add(NOUNS, "clash fighting battle gunbattle firefight skirmish hostility", _s("ASSAULT", "fight", "19"))

# light verbs: the event is their object noun ("launched an offensive", "held talks")
LIGHT_VERBS = {"launch", "carry", "conduct", "stage", "hold", "mount", "begin", "start", "continue",
               "resume", "step", "increase", "intensify", "escalate", "make", "issue", "impose",
               "sign", "reach", "conclude", "undertake", "organize", "organise", "announce",
               "declare", "lodge", "file", "open", "lift", "extend", "go", "order", "give",
               "provide", "deliver", "suspend", "halt", "renew", "perpetrate", "commit", "unleash",
               "initiate", "call", "receive", "pay", "speed", "remove", "relax", "end", "drop",
               "scrap", "revoke", "rescind", "ease", "halt", "cut", "reduce", "stop", "freeze",
               "withhold", "cancel", "establish", "restore", "upgrade", "normalize",
               "normalise", "strengthen", "expand", "deepen", "improve", "sever", "break",
               "downgrade", "close", "seal", "shut", "strike", "announce", "approve", "set",
               "wage", "join", "hold", "lead", "perform", "reopen", "grant", "waive", "lower",
               "reinforce", "boost", "bolster", "build", "prepare", "plan", "fire", "freeze", "seize",
               "take", "gain", "regain", "wrest", "capture", "retake", "postpone", "attend",
               "convene", "chair", "enter", "withdraw", "adopt", "unveil", "introduce", "slap",
               "enforce", "tighten"}

# "launched a mediation effort": the event is the modifier of a generic noun
GENERIC_EVENT_NOUNS = {"effort", "bid", "campaign", "mission", "process", "initiative", "move",
                       "plan", "drive", "programme", "program", "action"}
# what a peacekeeping or humanitarian deployment sends: AID, not MOBILIZE
# goods that make a convoy or shipment humanitarian: "an aid convoy reached Mekelle" is AID
RELIEF_GOODS = {"aid", "food", "medicine", "humanitarian", "relief"}
AID_FORCE_HINTS = {"peacekeeping", "peacekeeper", "observer", "monitor", "rescue", "humanitarian",
                   "medical", "search-and-rescue", "relief", "election"} | RELIEF_GOODS
# adjectives of readiness: "is ready to contribute troops" is an AGREE (intent to cooperate)
READY_ADJECTIVES = {"ready", "willing", "prepared", "committed", "eager"}
# verbs a "will" turns into a promise (PLOVER AGREE): "will provide aid", "will evacuate"
PROMISABLE = {"AID", "COOPERATE", "SUPPORT", "CONSULT"}
# future material concessions: the codebook codes "would withdraw" as CONCEDE, not AGREE
CONCEDABLE = {"RETREAT", "CONCEDE"}
# objects that make "reject"/"deny" a statement, not a REJECT: "rejected accusations"
DENIED_CLAIMS = {"accusation", "allegation", "charge", "claim", "report", "criticism", "rumor",
                 "rumour", "suggestion", "assertion", "speculation", "statement", "comment"}
# objects that make "offer" a statement: "offered condolences"
OFFER_STATEMENTS = {"condolence", "sympathy", "prayer", "thought", "congratulation", "apology",
                    "support", "view", "opinion", "explanation", "message", "letter",
                    "greeting", "wish", "regard", "gratitude", "thanks", "concern", "regret"}

# light verb + noun overrides: the combination means something else than the noun alone
LIGHT_OVERRIDES: dict[tuple[str, str], Sense] = {
    ("lift", "sanction"): _s("CONCEDE", "policy", "08"),
    ("lift", "embargo"): _s("CONCEDE", "policy", "08"),
    ("lift", "curfew"): _s("CONCEDE", "policy", "08"),
    ("lift", "blockade"): _s("RETREAT", "withdraw", "08"),
    ("lift", "siege"): _s("RETREAT", "withdraw", "08"),
    ("lift", "ban"): _s("CONCEDE", "policy", "08"),
    ("ease", "sanction"): _s("CONCEDE", "policy", "08"),
    # the codebook: declared (not implemented) ceasefires are verbal concessions
    ("declare", "ceasefire"): _s("CONCEDE", "ceasefire", "08"),
    ("declare", "truce"): _s("CONCEDE", "ceasefire", "08"),
    ("announce", "ceasefire"): _s("CONCEDE", "ceasefire", "08"),
    ("issue", "warrant"): _s("THREATEN", "arrest", "13"),
    ("suspend", "aid"): _s("SANCTION", None, "16"),
    ("halt", "aid"): _s("SANCTION", None, "16"),
    ("suspend", "talk"): _s("SANCTION", None, "16"),
    ("suspend", "talks"): _s("SANCTION", None, "16"),
    ("impose", "curfew"): _s("COERCE", "restrict", "17"),
    ("declare", "curfew"): _s("COERCE", "restrict", "17"),
    ("extend", "curfew"): _s("COERCE", "restrict", "17"),
    ("go", "strike"): _s("PROTEST", "strike", "14"),
    ("stage", "strike"): _s("PROTEST", "strike", "14"),
    ("hold", "strike"): _s("PROTEST", "strike", "14"),
    ("call", "strike"): _s("PROTEST", "strike", "14"),
    ("organize", "strike"): _s("PROTEST", "strike", "14"),
    ("organise", "strike"): _s("PROTEST", "strike", "14"),
    ("start", "strike"): _s("PROTEST", "strike", "14"),
    ("begin", "strike"): _s("PROTEST", "strike", "14"),
    ("receive", "aid"): _s("AID", "economic", "07"),
    ("pay", "compensation"): _s("RETREAT", "compensate", "08"),
    ("speed", "withdrawal"): _s("RETREAT", "withdraw", "08"),
    ("declare", "state"): _s("COERCE", "martial-law", "17"),
    ("open", "investigation"): _s("ACCUSE", "investigate", "09"),
    ("strike", "deal"): _s("AGREE", None, "03"),
    ("strike", "agreement"): _s("AGREE", None, "03"),
}
for _v in ("lift", "ease", "remove", "relax", "end", "drop", "scrap", "revoke", "rescind"):
    for _n in ("sanction", "embargo", "ban", "curfew", "restriction", "tariff", "blockade", "siege"):
        LIGHT_OVERRIDES.setdefault((_v, _n), _s("CONCEDE", "policy", "08"))
for _v in ("suspend", "halt", "cut", "reduce", "end", "stop", "freeze", "withhold", "cancel"):
    for _n in ("aid", "supply", "delivery", "assistance", "link", "tie", "relation", "cooperation",
               "talk", "talks", "mediation", "negotiation", "visit", "flight", "funding", "trade"):
        LIGHT_OVERRIDES.setdefault((_v, _n), _s("SANCTION", None, "16"))
for _v in ("establish", "restore", "upgrade", "normalize", "normalise", "resume", "strengthen",
           "expand", "deepen", "improve", "open"):
    for _n in ("tie", "relation", "link"):
        LIGHT_OVERRIDES.setdefault((_v, _n), _s("SUPPORT", "diplomatic", "05"))
for _v in ("resume", "expand", "increase", "boost", "restore", "open", "establish", "deepen"):
    for _n in ("trade", "exchange", "flight", "investment", "commerce"):
        LIGHT_OVERRIDES.setdefault((_v, _n), _s("COOPERATE", "economic", "06"))
for _v in ("drop", "withdraw", "abandon", "waive"):
    for _n in ("demand", "condition", "precondition", "objection", "charge", "lawsuit", "claim",
               "case", "veto"):
        LIGHT_OVERRIDES[(_v, _n)] = _s("CONCEDE", "policy", "08")  # withdrawing a demand
for _v in ("lift", "end", "suspend", "call", "halt", "stop"):
    for _n in ("boycott", "strike", "protest", "blockade", "sit-in"):
        LIGHT_OVERRIDES.setdefault((_v, _n), _s("CONCEDE", "policy", "08"))
for _v in ("cancel", "postpone", "scrap", "call"):
    for _n in ("visit", "talk", "talks", "meeting", "summit", "trip", "negotiation"):
        LIGHT_OVERRIDES[(_v, _n)] = _s("REJECT", "meet", "12")  # cancelled meetings: REJECT
for _v in ("sever", "break", "cut", "downgrade", "suspend", "freeze"):
    for _n in ("tie", "relation", "link"):
        LIGHT_OVERRIDES[(_v, _n)] = _s("SANCTION", None, "16")
for _v in ("close", "seal", "shut"):
    for _n in ("border", "crossing", "airspace", "port", "road", "embassy"):
        LIGHT_OVERRIDES.setdefault((_v, _n), _s("COERCE", "restrict", "17"))
for _v in ("open", "reopen"):
    for _n in ("border", "door", "crossing"):
        LIGHT_OVERRIDES[(_v, _n)] = _s("AID", "asylum", "07")
for _v in ("give", "grant"):
    for _n in ("permission", "access", "amnesty", "pardon", "clemency"):
        LIGHT_OVERRIDES[(_v, _n)] = _s("CONCEDE", "policy", "08")
    LIGHT_OVERRIDES[(_v, "asylum")] = _s("AID", "asylum", "07")
for _v in ("reduce", "cut", "lower", "suspend", "waive", "lift", "scrap", "remove"):
    for _n in ("tariff", "tax", "duty", "levy"):
        LIGHT_OVERRIDES[(_v, _n)] = _s("CONCEDE", "policy", "08")
for _n in ("law", "state", "emergency", "quarantine", "lockdown"):
    LIGHT_OVERRIDES[("lift", _n)] = _s("CONCEDE", "policy", "08")
for _n in ("drone", "missile", "rocket", "projectile", "grenade", "mortar", "shell"):
    LIGHT_OVERRIDES[("launch", _n)] = _s("ASSAULT", "drone" if _n == "drone" else "missile", "18")
    LIGHT_OVERRIDES[("fire", _n)] = _s("ASSAULT", "drone" if _n == "drone" else "missile", "18")
LIGHT_OVERRIDES[("freeze", "asset")] = _s("SANCTION", None, "16")
LIGHT_OVERRIDES[("seize", "asset")] = _s("COERCE", "seize", "17")
for _v in ("take", "seize", "gain", "regain", "wrest", "capture", "retake"):
    LIGHT_OVERRIDES[(_v, "control")] = _s("ASSAULT", "capture", "19")
for _n in ("deal", "agreement", "pact", "accord", "treaty"):
    LIGHT_OVERRIDES.setdefault(("strike", _n), _s("AGREE", None, "03"))

for _v in ("strengthen", "reinforce", "boost", "bolster", "increase", "intensify", "mass", "build"):
    for _n in ("force", "troop", "presence", "deployment", "contingent", "garrison"):
        LIGHT_OVERRIDES[(_v, _n)] = _s("MOBILIZE", "troops", "15")

# verbs typed by their object: "send troops" (MOBILIZE), "send aid" (AID), "sign a treaty" (AGREE)
OBJECT_VERBS = {"send", "dispatch", "supply", "give", "provide", "deliver", "ship", "grant",
                "allocate", "move", "rush", "transfer", "fly", "sign", "impose", "extend",
                "pledge", "offer", "share", "distribute", "contribute", "donate", "hand",
                "airlift", "airdrop"}
# object verbs that are AID whenever something goes to someone ("provided shelter to ...")
GIVING_VERBS = {"supply", "give", "provide", "deliver", "ship", "grant", "allocate", "distribute",
                "contribute", "donate", "send", "airlift", "airdrop"}

FORCE_NOUNS = {"troop", "troops", "force", "forces", "soldier", "reinforcement", "militia",
               "militiaman", "fighter", "unit", "battalion", "brigade", "division", "tank", "convoy",
               "truck", "vehicle", "warship", "jet", "aircraft", "army", "police", "policeman",
               "contingent", "platoon", "paramilitary", "mercenary", "personnel", "peacekeeper",
               "warplane", "helicopter", "artillery", "missile", "battery", "drone", "marine",
               "commando", "regiment", "squad"}
WEAPON_NOUNS = {"weapon", "arm", "arms", "ammunition", "munition", "rifle", "equipment"}
AID_NOUNS = {"aid", "assistance", "food", "supply", "medicine", "grant", "loan", "fund", "money",
             "dollar", "relief", "support", "shelter", "vaccine", "tent", "intelligence", "help"}
AGREEMENT_NOUNS = {"agreement", "deal", "accord", "treaty", "pact", "ceasefire", "cease-fire", "truce",
                   "memorandum", "protocol", "declaration", "contract"}
SANCTION_NOUNS = {"sanction", "embargo", "tariff", "penalty", "restriction", "ban", "curfew"}

# motion verbs: MOBILIZE when what moves is a force ("reinforcements arrived", "trucks coming")
MOTION_VERBS = {"arrive", "come", "enter", "move", "head", "reach", "roll", "deploy", "mass",
                "gather", "advance", "cross", "pour"}

# a person or delegation arriving somewhere is a visit (CONSULT)
VISIT_VERBS = {"arrive", "travel", "fly"}
VISITOR_HINTS = {"president", "minister", "envoy", "delegation", "secretary", "king", "leader",
                 "premier", "chancellor", "ambassador", "prince", "emir", "chief", "general",
                 "commander", "official", "spokesman", "pope"}

# heads of clauses that report speech or opinion: never events themselves
SPEECH_VERBS = {"say", "tell", "state", "claim", "report", "announce", "add", "note", "quote",
                "insist", "believe", "think", "fear", "hope", "expect", "express", "comment",
                "describe", "consider", "speak", "suggest", "argue", "stress", "explain",
                "confirm", "deny", "write", "declare", "assert", "reply", "respond"}

# adjectives/nouns that make "strike" a labour strike and "march" not a military advance
LABOUR_STRIKE_HINTS = {"hunger", "general", "labor", "labour", "worker", "nationwide", "teacher",
                       "union", "24-hour", "48-hour", "indefinite", "doctor", "driver"}

__all__ = [
    "Sense", "VERBS", "PHRASAL", "PARTICLE_ONLY", "NOUNS", "LIGHT_VERBS", "LIGHT_OVERRIDES",
    "OBJECT_VERBS", "FORCE_NOUNS", "WEAPON_NOUNS", "AID_NOUNS", "AGREEMENT_NOUNS",
    "SANCTION_NOUNS", "MOTION_VERBS", "VISIT_VERBS", "VISITOR_HINTS", "SPEECH_VERBS",
    "LABOUR_STRIKE_HINTS", "GENERIC_EVENT_NOUNS", "AID_FORCE_HINTS", "RELIEF_GOODS",
    "READY_ADJECTIVES",
    "PROMISABLE", "CONCEDABLE", "DENIED_CLAIMS", "OFFER_STATEMENTS", "GIVING_VERBS",
]
