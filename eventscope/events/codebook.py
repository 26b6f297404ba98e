"""Verb + argument rules read type by type from the PLOVER codebook's definitions.

The plain lexicon (:mod:`.lexicon`) types a verb by its lemma; many acts need the object,
the particle or the subject to be told apart, and the codebook draws the borders:

- RETREAT is the *material* concession (releasing captives, swapping prisoners, handing
  over weapons or property, letting observers in, observing a ceasefire, resigning);
  CONCEDE the *verbal* one (pardons, acquittals, amnesties, apologies and regret, declared
  ceasefires, called-off strikes).
- AID is what benefits the recipient (rescues, debt relief, equipment handed to an army,
  troops sent for disaster relief); COOPERATE is mutual (joint patrols and exercises,
  intelligence sharing, extradition, trade).
- SUPPORT is diplomatic: restored relations, signed or ratified treaties, recognition,
  voiced support. SANCTION reduces relations: recalled ambassadors, leaving an
  organisation, suspended membership, halted imports, fines, airspace closed to a country.
- REJECT covers barring entry and declining or calling off meetings; MOBILIZE raised alert
  levels, called-up reservists and single-country drills; COERCE internet shutdowns, raids
  and searches of premises, security forces blocking access; THREATEN arrest warrants.

:func:`codebook_sense` returns a :class:`Sense`, :data:`NO_EVENT` when the words are not an
event at all ("shot a film", "hosts refugees"), or None to let the plain lexicon decide.
"""

from __future__ import annotations

import re
from typing import Any

from . import lexicon as lx
from .cues import NATURAL_SUBJECTS, OPINION_HOLDERS, PUBLISHED
from .lexicon import Sense
from .nouns import lemma as _lemma

Token = Any  # spacy.tokens.Token

NO_EVENT = Sense("_NONE", None, "01")

RELEASE = Sense("RETREAT", "release", "08")
DISARM = Sense("RETREAT", "disarm", "08")
ACCESS = Sense("RETREAT", "access", "08")
CEASEFIRE_KEPT = Sense("RETREAT", "ceasefire", "08")
RETURNED = Sense("RETREAT", "release", "08")
CONCESSION = Sense("CONCEDE", "policy", "08")
RESCUE = Sense("AID", "rescue", "07")
MILITARY_AID = Sense("AID", "military", "07")
DISASTER_AID = Sense("AID", "disaster-relief", "07")
JUDICIAL = Sense("COOPERATE", "judicial", "06")
ECONOMIC = Sense("COOPERATE", "economic", "06")
DIPLOMATIC = Sense("SUPPORT", "diplomatic", "05")
SUPPORTED = Sense("SUPPORT", None, "05")
WITHDRAW_REL = Sense("SANCTION", "withdraw", "16")
DISCONTINUE = Sense("SANCTION", "discontinue", "16")
CONVICT = Sense("SANCTION", "convict", "16")
EXPEL = Sense("SANCTION", "expel", "16")
REFUSED = Sense("REJECT", None, "12")
REFUSED_MEETING = Sense("REJECT", "meet", "12")
ALERT = Sense("MOBILIZE", "alert", "15")
TROOPS = Sense("MOBILIZE", "troops", "15")
WITHHOLD = Sense("COERCE", "withhold", "17")
SEARCH = Sense("COERCE", "seize", "17")
RESTRICT = Sense("COERCE", "restrict", "17")
CENSOR = Sense("COERCE", "censor", "17")
DEPORT = Sense("COERCE", "deport", "17")
WARRANT = Sense("THREATEN", "arrest", "13")
ARREST = Sense("COERCE", "arrest", "17")
CONSULT_PHONE = Sense("CONSULT", "phone", "04")
CONSULT_HOST = Sense("CONSULT", "host", "04")
INVITE = Sense("AGREE", "invite", "03")

CAPTIVES = {"prisoner", "hostage", "captive", "detainee", "pow", "inmate", "body", "remains",
            "soldier", "fighter", "abductee", "activist", "journalist", "worker", "crew"}
VICTIMS = {"victim", "migrant", "survivor", "refugee", "passenger", "sailor", "fisherman",
           "miner", "climber", "tourist", "child", "resident"}
RESCUERS = {"police", "army", "troop", "force", "navy", "coastguard", "guard", "commando",
            "rescuer", "military", "soldier", "team", "unit", "marine", "officer", "firefighter"}
STATE_RESCUERS = {"police", "army", "troop", "force", "navy", "coastguard", "commando",
                  "military", "soldier", "marine", "government", "authority", "unit"}
NO_COMMENT = {"comment", "say", "elaborate", "confirm", "identify", "name", "speak", "discuss",
              "give", "provide", "answer", "respond", "specify", "disclose", "reveal", "detail"}
PROPERTY = {"property", "land", "asset", "boat", "ship", "vessel", "territory", "artifact",
            "artefact", "village", "town", "city", "area", "district", "base", "control",
            "region", "island", "vehicle", "aircraft", "plane", "equipment", "farm", "house",
            "building", "remains", "body"}
ACCESS_NOUNS = {"observer", "monitor", "inspector", "peacekeeper", "worker", "access",
                "convoy", "aid", "journalist", "investigator", "team", "mission", "agency",
                "delivery", "evacuation", "corridor", "assistance", "supply", "relief"}
TRUCE_NOUNS = {"ceasefire", "cease-fire", "truce", "armistice", "moratorium"}
SUSPECTS = {"suspect", "fugitive", "criminal", "trafficker", "smuggler", "militant",
            "terrorist", "accused", "convict", "member", "leader", "man", "national",
            "commander", "official", "officer", "kingpin", "boss", "financier", "founder"}
DEBT = {"debt", "loan", "obligation", "arrears", "interest"}
DISASTER = {"flood", "earthquake", "quake", "disaster", "relief", "rescue", "wildfire", "fire",
            "hurricane", "cyclone", "typhoon", "tsunami", "landslide", "humanitarian",
            "evacuate", "evacuation", "storm", "drought", "famine", "epidemic", "outbreak"}
EQUIPMENT_GIVERS = {"deliver", "supply", "provide", "give", "donate", "ship", "transfer", "hand",
                    "sell", "gift", "lend", "lease"}
EQUIPMENT = lx.WEAPON_NOUNS | {"tank", "vehicle", "jet", "aircraft", "warplane", "helicopter",
                               "artillery", "missile", "battery", "drone", "warship", "boat",
                               "system", "radar", "launcher", "howitzer", "shell", "round"}
RELATION_NOUNS = {"relation", "tie", "link", "contact"}
TREATIES = {"treaty", "agreement", "accord", "pact", "convention", "protocol", "deal",
            "memorandum", "charter", "declaration"}
RECOGNISABLE = {"government", "independence", "state", "sovereignty", "result", "election",
                "statehood", "authority", "council", "regime", "republic", "administration"}
SUPPORT_WORDS = {"support", "backing", "solidarity", "endorsement"}
REGRET_WORDS = {"regret", "remorse", "apology", "apologies", "contrition"}
DIPLOMATS = {"ambassador", "envoy", "diplomat", "consul", "emissary", "attache", "chargé",
             "charge", "representative", "delegation", "mission", "staff"}
ORGANISATIONS = {"bloc", "organization", "organisation", "union", "alliance", "treaty", "pact",
                 "agreement", "accord", "deal", "court", "council", "commission", "federation",
                 "community", "league", "convention", "body", "talks", "talk", "negotiation",
                 "process", "initiative", "mechanism", "forum", "group", "coalition", "mission",
                 "partnership", "framework", "arrangement", "membership"}
TRADE_GOODS = {"import", "export", "shipment", "purchase", "sale", "flight", "trade", "airline",
               "carrier", "product", "good", "delivery", "supply", "investment", "transit"}
MEMBERSHIP = {"membership", "participation", "seat", "status", "accreditation"}
MEETINGS = {"talk", "talks", "meeting", "summit", "visit", "trip", "negotiation", "conference",
            "session", "round", "dialogue", "consultation", "invitation", "tour"}
PROTESTS = {"strike", "protest", "boycott", "demonstration", "rally", "march", "sit-in",
            "walkout", "blockade", "action", "campaign"}
INVITES = {"invitation", "offer", "proposal", "request", "plan", "bid", "call", "initiative",
           "overture", "appeal", "demand", "ultimatum", "peace", "deal", "mediation"}
ENTRY = {"entry", "visa", "access", "permission", "passage", "landing", "admission", "asylum"}
RESERVES = {"reservist", "reserve", "conscript", "recruit", "volunteer", "guardsman"} | lx.FORCE_NOUNS
UTILITIES = {"internet", "electricity", "water", "power", "phone", "telephone", "network",
             "communication", "service", "supply", "fuel", "gas", "food", "medicine",
             "connection", "signal", "mobile", "access", "utility", "broadband"}
OUTLETS = {"newspaper", "website", "site", "station", "channel", "broadcaster", "outlet",
           "paper", "magazine", "radio", "television", "tv", "platform", "account", "app"}
PREMISES = {"office", "home", "house", "headquarters", "premises", "apartment", "residence",
            "newsroom", "bank", "company", "shop", "store", "compound", "property", "studio",
            "warehouse", "campus"}
SECURITY = {"soldier", "troop", "police", "force", "army", "authority", "government", "militia",
            "guard", "officer", "agent", "policeman", "military", "gendarme", "regime"}
PERSON_OBJECTS = {"minister", "president", "delegation", "envoy", "king", "leader", "premier",
                  "chancellor", "ambassador", "prince", "emir", "counterpart", "secretary",
                  "chief", "official", "pope", "representative", "foreign", "sultan", "diplomat"}
SPORTS = {"team", "match", "final", "championship", "cup", "league", "tournament", "goal",
          "striker", "coach", "player", "club", "season", "title", "football", "soccer",
          "cricket", "rugby", "tennis", "olympics", "olympic", "game", "games", "semi-final",
          "quarter-final", "squad", "midfielder", "defender", "goalkeeper", "fixture", "race",
          "medal", "scorer", "stadium", "fan", "basketball", "baseball", "hockey", "world"}
SPORT_VERBS = {"beat", "defeat", "host", "shoot", "thrash", "crush", "clash", "battle", "edge",
               "capture", "face", "rout", "down", "overpower"}
SIDES = {"team", "side", "rival", "opponent", "champion", "club", "squad", "holder", "nation"}
FILMING = {"film", "movie", "scene", "video", "footage", "episode", "documentary", "photo",
           "picture", "series", "ball", "shot", "goal", "hoop", "clip", "commercial", "advert"}
HOSTED_RESIDENTS = {"refugee", "migrant", "displaced", "asylum-seeker", "seeker", "population",
                    "student", "worker", "community", "diaspora", "exile", "base", "headquarters"}


def _children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _prep_objects(tok: Token, *preps: str) -> list[Token]:
    """Objects of the verb's prepositions ('withdrew from the bloc' -> [bloc])."""
    return [g for c in tok.children if c.dep_ == "prep" and str(c.lower_) in preps
            for g in c.children if g.dep_ in ("pobj", "pcomp")
            and g.ent_type_ not in ("DATE", "TIME")]  # "on Friday" is no target


def _prep_objects_deep(tok: Token, obj: Token | None, *preps: str) -> list[Token]:
    """Prepositional objects of the verb and of its object, and 'out of' chains: the parser
    hangs 'from entering' on the object, 'of' under 'out'."""
    out = _prep_objects(tok, *preps) + (_prep_objects(obj, *preps) if obj is not None else [])
    for c in tok.children:
        if c.dep_ in ("prep", "prt") and str(c.lower_) == "out":
            out += _prep_objects(c, *preps)
    return out


def _subject_lemma(tok: Token) -> str:
    for c in tok.children:
        if c.dep_ == "nsubj":
            return _lemma(c)
    return ""


def _agent_lemmas(tok: Token) -> set[str]:
    """Lemmas of the doer: the subject (with its compounds: 'navy divers') or the by-agent."""
    out = {_lemma(c) for c in tok.children if c.dep_ == "nsubj"}
    out |= {_lemma(m) for c in tok.children if c.dep_ == "nsubj" for m in c.children
            if m.dep_ == "compound"}
    for c in tok.children:
        if c.dep_ == "agent":
            out |= {_lemma(g) for g in c.children if g.dep_ == "pobj"}
    return out


def _words(tok: Token | None) -> set[str]:
    return set() if tok is None else {_lemma(t) for t in tok.subtree}


def _particles(tok: Token) -> set[str]:
    return {str(c.lower_) for c in tok.children if c.dep_ == "prt"}


QUANTITY_HEADS = {"thousand", "hundred", "dozen", "million", "number", "group", "batch",
                  "contingent", "unit", "team", "score", "ton", "tonne", "shipment", "consignment"}


def _objects(tok: Token, obj: Token | None) -> set[str]:
    """Lemmas of the object, its coordinated siblings ('electricity and water') and, after a
    quantity ('thousands of reservists'), of what is counted."""
    if obj is None:
        return set()
    out = {_lemma(obj)} | {_lemma(c) for c in obj.children if c.dep_ in ("conj", "compound")}
    if _lemma(obj) in QUANTITY_HEADS or obj.pos_ == "NUM":
        out |= {_lemma(g) for g in _prep_objects(obj, "of")}
    return out


def _has_recipient(tok: Token) -> bool:
    return bool(_children(tok, "dative")) or bool(_prep_objects(tok, "to", "for"))


SCORE_RE = re.compile(r"\b\d{1,2}\s*[-–]\s*\d{1,2}\b")


def _in_sports(tok: Token, obj: Token | None) -> bool:
    """A match report: a score, or sports words with a side as the one beaten or hosted."""
    words = {_lemma(t) for t in tok.sent}
    if words & {"soldier", "troop", "police", "rebel", "militant", "civilian", "protester",
                "army", "policeman", "fighter", "gunman"}:
        return False
    if SCORE_RE.search(tok.sent.text):
        return True
    if not words & SPORTS:
        return False
    if _lemma(tok) == "host":
        return bool(_words(obj) & SPORTS) or _subject_lemma(tok) in SIDES | SPORTS
    return obj is None or obj.pos_ == "PROPN" or obj.ent_type_ in ("GPE", "ORG", "NORP") or \
        _lemma(obj) in SIDES | SPORTS


def codebook_sense(tok: Token, lem: str, obj: Token | None) -> Sense | None:
    """The codebook's reading of verb ``tok`` with its object, or None to fall through."""
    olem = _lemma(obj) if obj is not None else ""
    objs = _objects(tok, obj)
    parts = _particles(tok)
    agents = _agent_lemmas(tok)
    owords = _words(obj)
    # --- not events ---
    if lem in SPORT_VERBS and _in_sports(tok, obj):
        return NO_EVENT  # "beat Brazil 2-1", "will host the championship"
    if lem == "shoot" and (objs & FILMING or agents & FILMING or parts & {"up"}
                           and not obj or tok.dep_ == "acl" and _lemma(tok.head) in FILMING):
        return NO_EVENT  # "the film was shot in Morocco", "shot the ball"
    if lem == "host" and obj is not None and (objs & HOSTED_RESIDENTS or not (
            objs & (PERSON_OBJECTS | MEETINGS | {"counterpart", "delegation", "leader"})
            or obj.ent_type_ in ("PERSON", "GPE", "NORP", "ORG")
            or {"talk", "talks", "summit", "meeting", "negotiation", "conference"} & owords)):
        return NO_EVENT  # "hosts refugees" (residence), "will host an investor day"
    if lem == "agree" and agents & OPINION_HOLDERS:
        return NO_EVENT  # "analysts agree that ...": opinion
    if lem in ("decline", "refuse") and any(_lemma(x) in NO_COMMENT for x in _children(tok, "xcomp")):
        return NO_EVENT  # "declined to comment": no refusal an analyst would code
    # --- RETREAT / CONCEDE / AID around captives ---
    if lem in ("rescue", "evacuate") and not agents & STATE_RESCUERS and not objs & {
            "hostage", "captive", "abductee", "migrant"} and {
                _lemma(t) for t in tok.sent if t.i != tok.i} & (
            DISASTER | NATURAL_SUBJECTS | {"firefighter", "lifeguard", "rubble", "blaze"}):
        return NO_EVENT  # firefighters rescuing a family from a fire: no political event
    if lem in ("release", "free", "liberate", "rescue") and not objs & PUBLISHED:
        if lem == "rescue" or lem in ("free", "liberate") and (
                objs & VICTIMS or owords & {"trafficking"} or agents & RESCUERS
                and not objs & {"prisoner", "detainee", "inmate"}):
            return RESCUE  # hostage rescues are AID
        if obj is not None or _children(tok, "nsubjpass"):
            return RELEASE
        return None
    if lem in ("exchange", "swap", "trade") and (objs | owords) & CAPTIVES:
        return RELEASE
    if lem in ("give", "hand") and "back" in parts and obj is not None or \
            lem == "give" and "up" in parts and objs & (PROPERTY | lx.WEAPON_NOUNS):
        return DISARM if objs & lx.WEAPON_NOUNS else RETURNED  # "handed back the villages"
    if lem == "hand" and ("over" in parts or _prep_objects(tok, "over")):
        if (objs | owords) & (lx.WEAPON_NOUNS | {"weapon", "arm"}):
            return DISARM
        if objs & SUSPECTS or owords & {"suspect", "fugitive", "wanted"} or (
                obj is not None and obj.ent_type_ == "PERSON" and not objs & CAPTIVES):
            return JUDICIAL  # handing over suspects: judicial cooperation
        if objs & EQUIPMENT and _has_recipient(tok) and not objs & lx.WEAPON_NOUNS:
            return MILITARY_AID
        return RETURNED
    if lem == "return" and (objs & (PROPERTY | CAPTIVES) or olem in PROPERTY):
        return RETURNED
    if lem in ("allow", "permit", "let") and (owords & ACCESS_NOUNS or any(
            _lemma(c) in ACCESS_NOUNS for c in tok.subtree if c.dep_ in ("nsubj",))):
        return ACCESS  # "allowed aid workers into", "let observers enter"
    if lem in ("observe", "respect", "honour", "honor", "uphold", "abide", "hold", "keep") and (
            objs & TRUCE_NOUNS or _lemma(tok) == "hold" and _subject_lemma(tok) in TRUCE_NOUNS
            or any(_lemma(g) in TRUCE_NOUNS for g in _prep_objects(tok, "by"))):
        return CEASEFIRE_KEPT
    if lem in ("acquit", "exonerate", "pardon", "amnesty", "commute") and obj is not None \
            or lem == "clear" and obj is not None and (
                obj.ent_type_ in ("PERSON", "NORP", "ORG") or _prep_objects(tok, "of")) \
            or lem in ("acquit", "exonerate", "pardon") and _children(tok, "nsubjpass"):
        return Sense("CONCEDE", "pardon", "08")
    if lem in ("apologize", "apologise", "regret"):
        return Sense("CONCEDE", "regret", "08")
    if lem in ("express", "voice", "offer", "convey") and objs & REGRET_WORDS and \
            not objs & {"condolence", "condolences", "sympathy", "sympathies"}:
        # ("condolences and regret" is sorrow, not remorse: an empathetic comment, .statements)
        return Sense("CONCEDE", "regret", "08")
    if lem in ("express", "voice", "pledge", "reaffirm", "declare", "signal") and \
            objs & SUPPORT_WORDS:
        return SUPPORTED
    if lem in ("call", "cancel") and ("off" in parts or lem == "cancel") and obj is not None:
        if objs & PROTESTS:
            return CONCESSION  # suspending protests
        if objs & MEETINGS or owords & MEETINGS:
            return REFUSED_MEETING  # cancelled meetings are REJECT
    if lem == "postpone" and objs & MEETINGS:
        return REFUSED_MEETING
    # --- AID ---
    if lem in ("forgive", "cancel", "write", "waive", "restructure") and owords & DEBT:
        return Sense("AID", "debt-relief", "07")
    if lem == "agree" and any(_lemma(x) in ("forgive", "cancel", "waive", "write")
                              and _words(x) & DEBT for x in _children(tok, "xcomp")):
        return Sense("AID", "debt-relief", "07")
    if lem in EQUIPMENT_GIVERS and objs & EQUIPMENT and (
            _has_recipient(tok) or lem in ("donate", "gift")):
        return MILITARY_AID  # arms and equipment handed to an army
    if lem in EQUIPMENT_GIVERS and any(_lemma(g) in EQUIPMENT for g in _prep_objects(tok, "with")):
        return MILITARY_AID  # "provided Kyiv with air defence systems"
    if lem == "hand" and objs & (PROPERTY | {"power", "authority"}) and _prep_objects(tok, "to"):
        return RETURNED  # "handed control of the airport to the civilian authorities"
    if lem in ("deploy", "send", "dispatch", "mobilize", "mobilise", "rush", "fly") and \
            (objs & lx.FORCE_NOUNS or _children(tok, "nsubjpass")) and \
            {_lemma(t) for t in tok.subtree} & DISASTER:
        return DISASTER_AID  # troops for disaster relief are AID
    if lem == "evacuate" and objs & {"civilian", "wounded", "resident", "people", "citizen",
                                      "patient", "child", "family", "survivor", "villager",
                                      "refugee", "migrant", "tourist", "injured", "student"}:
        return RESCUE  # evacuating civilians is help to them, not a retreat
    if lem == "evacuate" and objs & (DIPLOMATS | {"embassy", "consulate"}):
        return WITHDRAW_REL  # pulling one's diplomats out
    if lem in ("test", "test-fire", "launch", "fire") and objs & {"missile", "rocket"} and \
            ("test" in lem or {"test", "ballistic", "intercontinental", "hypersonic"} & owords) \
            and not _prep_objects(tok, "at", "on", "into", "toward", "towards"):
        return Sense("MOBILIZE", "weapons", "15")  # weapons tests show capability
    if lem in ("grant", "give", "offer") and objs & {"asylum", "refuge", "sanctuary"}:
        return Sense("AID", "asylum", "07")
    # --- COOPERATE ---
    if lem in ("extradite",) or lem == "hand" and objs & SUSPECTS:
        return JUDICIAL
    if lem in ("share", "exchange") and objs & {"intelligence", "information", "data",
                                                "evidence", "expertise", "technology"}:
        return Sense("COOPERATE", "intelligence", "06")
    # --- SUPPORT / SANCTION on relations ---
    if objs & RELATION_NOUNS and "diplomatic" in owords | objs or objs & {"relation", "tie"}:
        if lem in ("restore", "establish", "resume", "normalize", "normalise", "upgrade",
                   "improve", "strengthen", "deepen", "expand", "renew", "reestablish",
                   "re-establish", "open", "forge", "mend", "repair"):
            return DIPLOMATIC
        if lem in ("sever", "break", "cut", "downgrade", "suspend", "freeze", "end"):
            return DISCONTINUE
    if lem in ("ratify", "sign", "ink", "endorse", "approve", "finalize", "finalise", "initial") \
            and objs & TREATIES:
        return SUPPORTED  # signing or ratifying a treaty
    if lem == "ratify":
        return SUPPORTED
    if lem in ("recognize", "recognise") and (objs & RECOGNISABLE or obj is not None and
                                              obj.ent_type_ in ("GPE", "ORG")):
        return SUPPORTED
    if lem in ("recall", "withdraw", "summon") and objs & DIPLOMATS and (
            lem != "summon" or _prep_objects(tok, "home", "back") or "home" in {
                str(c.lower_) for c in tok.children}):
        return WITHDRAW_REL
    if lem in ("withdraw", "quit", "leave", "exit", "pull") and any(
            _lemma(g) in ORGANISATIONS or g.ent_type_ == "ORG" or _lemma(g) == "force" and {
                _lemma(m) for m in g.children} & {"regional", "joint", "multinational",
                                                  "international", "peacekeeping"}
            for g in ([obj] if obj is not None and lem in ("quit", "leave", "exit") else [])
            + _prep_objects_deep(tok, None, "from", "of")):
        return WITHDRAW_REL  # leaving an organisation or talks
    if lem == "withdraw" and objs & ({"aid", "support", "funding", "recognition", "observer",
                                      "monitor", "ambassador", "accreditation"}):
        return WITHDRAW_REL
    if lem in ("suspend", "expel", "exclude", "oust") and (
            objs & MEMBERSHIP or _prep_objects(tok, "from") and any(
                _lemma(g) in ORGANISATIONS or g.ent_type_ == "ORG"
                for g in _prep_objects(tok, "from"))):
        return EXPEL
    if lem == "expel" and objs & ({"migrant", "refugee", "worker", "journalist", "national",
                                   "citizen", "foreigner", "family", "resident", "student",
                                   "activist", "missionary", "people", "man", "woman"}):
        return DEPORT  # individual expulsions are COERCE
    if lem in ("halt", "ban", "suspend", "stop", "restrict", "block", "curb", "cut", "freeze",
               "embargo", "prohibit", "bar") and (objs | owords) & TRADE_GOODS and \
            not objs & {"aid", "assistance"}:
        return DISCONTINUE  # halting imports, banning flights
    if lem in ("close", "shut", "seal") and objs & {"airspace", "embassy", "consulate",
                                                     "mission"}:
        return DISCONTINUE
    if lem in ("close", "shut", "seal") and objs & {"border", "port", "crossing"} and \
            _prep_objects(tok, "to") and any(g.ent_type_ in ("GPE", "NORP", "ORG") or _lemma(g)
                                             in TRADE_GOODS for g in _prep_objects(tok, "to")):
        return DISCONTINUE  # closing a border to a country's goods or people
    if lem in ("fine", "convict", "sentence") and (obj is not None or _children(tok, "nsubjpass")):
        return CONVICT
    # --- REJECT ---
    if lem in ("bar", "ban", "prohibit", "block", "prevent") and owords & {
            "aid", "convoy", "supply", "food", "medicine", "truck", "shipment", "fuel"}:
        return WITHHOLD  # keeping aid out is withholding goods, not barring a group
    if lem in ("bar", "ban", "prohibit", "block", "prevent") and any(
            _lemma(g) in ("enter", "entry", "visit", "land", "attend", "travel", "cross", "come")
            or _lemma(g) in ENTRY for g in _prep_objects_deep(tok, obj, "from")):
        return REFUSED  # barring a group from entering is REJECT
    if lem in ("deny", "refuse", "withhold") and objs & ENTRY - {"asylum"}:
        return REFUSED
    if lem == "decline" and (objs & INVITES or _children(tok, "xcomp")):
        return REFUSED
    if lem == "turn" and ("down" in parts or "away" in parts) and obj is not None:
        return REFUSED
    if lem == "walk" and "out" in parts:
        return REFUSED
    # --- MOBILIZE ---
    if lem in ("raise", "heighten", "increase", "elevate", "declare", "issue", "put", "place") and \
            ("alert" in objs | owords or "readiness" in objs):
        return ALERT
    if lem == "call" and "up" in parts and objs & RESERVES:
        return TROOPS
    if lem in ("mass", "amass", "concentrate", "position", "assemble", "gather", "build") and \
            objs & (lx.FORCE_NOUNS | {"troop", "fighter", "tank"}) and \
            (lem != "build" or "up" in parts):
        return TROOPS
    if lem in ("march", "rally", "gather", "demonstrate", "assemble", "converge") and \
            _prep_objects(tok, "against") and not agents & lx.FORCE_NOUNS:
        return Sense("PROTEST", "demo", "14")  # "students marched against the new law"
    # --- COERCE ---
    if lem in ("shut", "cut", "switch", "turn", "restrict", "block", "disconnect", "suspend",
               "throttle") and ("down" in parts or "off" in parts or lem in (
                "restrict", "block", "disconnect", "suspend", "throttle", "cut")) and \
            objs & UTILITIES and not objs & {"aid", "assistance"}:
        return WITHHOLD  # internet shutdowns, cutting water and power
    if lem in ("shut", "close", "ban", "block", "suspend") and objs & OUTLETS:
        return CENSOR
    if lem in ("raid", "search", "ransack") and objs & PREMISES and not (
            {_lemma(t) for t in tok.sent} & {"kill", "wound", "shoot", "injure", "dead"}):
        return SEARCH  # raids and searches of offices and homes
    if lem in ("block", "obstruct", "bar", "restrict", "deny", "cordon") and (
            agents & SECURITY or _subject_lemma(tok) in SECURITY) and \
            (objs & {"access", "road", "entrance", "street", "route", "entry"} or "off" in parts):
        return RESTRICT  # security forces blocking access
    if lem in ("take", "place", "put", "remand") and any(
            _lemma(g) in ("custody", "detention") for g in _prep_objects(tok, "into", "in")):
        return ARREST  # "took the mayor into custody": an arrest
    # --- THREATEN / CONSULT / AGREE ---
    if lem in ("issue", "seek", "sign", "obtain") and "warrant" in objs:
        return WARRANT
    if lem in ("speak", "talk", "confer", "chat") and (
            {"phone", "telephone", "video", "call", "videoconference"} & {
                _lemma(g) for g in _prep_objects(tok, "by", "over", "on", "via", "in")}):
        return CONSULT_PHONE
    if lem in ("speak", "confer") and any(
            g.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") or _lemma(g) in PERSON_OBJECTS
            for g in _prep_objects(tok, "with")):
        return Sense("CONSULT", "meet", "04")
    if lem in ("receive", "welcome") and obj is not None and (
            objs & PERSON_OBJECTS or obj.ent_type_ == "PERSON") and tok.dep_ != "amod":
        return CONSULT_HOST  # "the emir received the foreign minister"
    if lem == "invite" and obj is not None:
        return INVITE  # invitations for visits are AGREE
    return None


PROJECTILES = {"rocket", "missile", "shell", "mortar", "shot", "round", "bullet", "drone",
               "projectile", "grenade"}


def fired_projectile(tok: Token) -> bool:
    """'rockets were fired', 'rockets are believed to have been fired': a projectile subject."""
    subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if not subj and tok.dep_ == "xcomp":
        subj = [c for c in tok.head.children if c.dep_ in ("nsubjpass", "nsubj")]
    return any(_lemma(c) in PROJECTILES for c in subj)


__all__ = ["NO_EVENT", "codebook_sense", "fired_projectile"]
