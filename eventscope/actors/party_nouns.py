"""Which common nouns name a party to an event: people, groups, bodies, units and the places
and things that stand for them ('the embassy', 'an army base'), as opposed to abstractions
('elections', 'a ban', 'support'). Used to decide whether an argument phrase is an actor.

>>> is_party_noun("politician"), is_party_noun("detainee"), is_party_noun("election")
(True, True, False)
"""

from __future__ import annotations

_PEOPLE = """
civilian soldier people person man woman child boy girl youth teenager adult elder family
resident villager inhabitant citizen national foreigner expatriate tourist visitor migrant
immigrant refugee worshipper pilgrim farmer herder fisherman miner trader merchant shopkeeper
driver passenger employee worker staff personnel crew member supporter follower loyalist
official officer commander chief leader minister president premier chancellor king queen prince
princess sheikh emir sultan monarch ruler dictator general colonel captain major lieutenant
sergeant governor mayor envoy ambassador diplomat negotiator mediator representative delegate
spokesman spokeswoman spokesperson secretary director deputy aide adviser advisor assistant
associate counterpart ally partner rival opponent enemy critic dissident activist campaigner
protester protestor demonstrator striker rioter student teacher professor candidate voter
lawmaker legislator senator congressman mp judge prosecutor lawyer attorney defendant suspect
inmate detainee captive prisoner hostage defector deserter recruit veteran marine sailor pilot
airman trooper guard bodyguard ranger commando sniper peacekeeper inspector monitor observer
journalist reporter photographer blogger writer author artist musician athlete player doctor
nurse medic engineer scientist expert contractor volunteer priest cleric imam bishop monk nun
pastor rabbi militant jihadist terrorist insurgent rebel guerrilla guerilla fighter combatant
gunman gunmen attacker assailant bomber kidnapper abductor captor robber smuggler trafficker
pirate bandit criminal gang settler victim patient casualty survivor militiaman militiamen
servicemen serviceman troop force police army navy military
owner holder buyer customer client recipient beneficiary donor investor shareholder tenant
landlord executive manager lecturer trucker supplier producer dealer seller exporter importer
manufacturer consumer employer laborer labourer builder lender borrower homeguard
coordinator administrator commissioner chairman chairwoman chairperson rapporteur ombudsman
undersecretary colleague comrade friend relative sibling brother sister son daughter father
mother husband wife widow orphan
"""
_BODIES = """
government administration regime junta cabinet ministry department agency authority
parliament assembly congress senate council committee commission court tribunal board
coalition alliance bloc union federation league organization organisation group network cell
faction wing party movement front militia unit battalion brigade division regiment platoon
squad contingent garrison delegation mission team body institution firm company corporation
bank business airline operator newspaper broadcaster channel media outlet tribe clan community
population crowd mob side country state nation republic kingdom neighbour neighbor
"""
_STAND_INS = """
embassy consulate headquarters base outpost post checkpoint position stronghold hideout camp
barracks convoy patrol village town city school hospital mosque church temple market airport
office home house compound facility infrastructure site depot vehicle ship vessel plane
aircraft helicopter warplane jet tank
"""

PARTY_NOUNS: frozenset[str] = frozenset((_PEOPLE + _BODIES + _STAND_INS).split())
_SUFFIXES = ("ist", "ian", "ee", "men")
_NOT_PARTIES = frozenset({"list", "guarantee", "fee", "degree", "decree", "twist", "exist",
                          "assist", "resist", "insist", "persist", "median"})


def is_party_noun(lemma: str) -> bool:
    """True for a noun lemma that names a party: listed, or a person suffix ('-ist', '-ian',
    '-ee': 'separatist', 'politician', 'detainee')."""
    lemma = lemma.lower()
    if lemma in PARTY_NOUNS:
        return True
    return lemma.endswith(_SUFFIXES) and lemma not in _NOT_PARTIES and len(lemma) > 4


__all__ = ["PARTY_NOUNS", "is_party_noun"]
