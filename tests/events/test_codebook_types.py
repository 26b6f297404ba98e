"""PLOVER codebook coverage: each type's acts, as the codebook defines them, typed right.

New sentences written for these tests (not from any gold set). Each names one act the
codebook lists under a type, with the neighbouring type it is easily confused with in mind:
RETREAT (material: releases, swaps, handing over, letting observers in) against CONCEDE
(verbal: pardons, apologies, declared ceasefires, future withdrawals); AID (rescues, debt
relief, equipment) against COOPERATE (joint, mutual) and MOBILIZE; SUPPORT (relations,
treaties) against SANCTION (recalling envoys, leaving bodies) and REJECT (barring entry,
declining, cancelled meetings).
"""

from __future__ import annotations

from typing import Any

import pytest

CASES: list[tuple[str, str]] = [
    # AGREE
    ('AGREE', 'The two parties agreed to form a unity government.'),
    ('AGREE', 'Iran offered to mediate between the rival factions.'),
    ('AGREE', 'The leaders will meet in Cairo next month.'),
    ('AGREE', 'The warring parties agreed to a 72-hour truce.'),
    ('AGREE', 'Iran invited the Saudi king to visit Tehran.'),
    ('AGREE', 'The two leaders will hold talks next week in Ankara.'),
    ('AGREE', "The government agreed to meet the strikers' demands."),
    ('AGREE', 'Israel and Hamas agreed to extend the truce by two days.'),
    ('AGREE', 'Egypt offered to host the next round of talks.'),
    # CONSULT
    ('CONSULT', 'The Qatari emir received the Iranian foreign minister in Doha.'),
    ('CONSULT', 'Biden spoke by phone with Erdogan on Tuesday.'),
    ('CONSULT', 'Negotiators from both sides sat down for talks in Geneva.'),
    ('CONSULT', 'The two leaders met to discuss border security.'),
    ('CONSULT', 'Oman hosted the Iranian president for two days of talks.'),
    ('CONSULT', 'The foreign ministers held a video call on the crisis.'),
    ('CONSULT', 'The Iraqi prime minister received the US envoy in Baghdad.'),
    ('CONSULT', 'Putin held a phone call with Erdogan on Saturday.'),
    ('CONSULT', 'Sudanese army and RSF delegates met in Jeddah for talks.'),
    ('CONSULT', 'The Chinese foreign minister visited Moscow on Monday.'),
    ('CONSULT', 'Foreign ministers from ten countries attended the meeting in Riyadh.'),
    ('CONSULT', 'Egypt hosted talks between Israeli and Hamas negotiators.'),
    ('CONSULT', 'The UN envoy met rebel leaders in Geneva.'),
    ('CONSULT', 'Saudi and Iranian officials held talks in Baghdad.'),
    ('CONSULT', 'The French president spoke with his Chinese counterpart by telephone.'),
    # SUPPORT
    ('SUPPORT', 'Egypt and Qatar restored diplomatic relations.'),
    ('SUPPORT', 'The parliament ratified the border treaty.'),
    ('SUPPORT', 'The foreign minister voiced support for the peace plan.'),
    ('SUPPORT', 'Washington recognized the new government in Kabul.'),
    ('SUPPORT', 'The two presidents signed a friendship treaty in Hanoi.'),
    ('SUPPORT', 'The European Union praised the conduct of the elections.'),
    ('SUPPORT', 'Saudi Arabia and Iran restored diplomatic ties in March.'),
    ('SUPPORT', 'The Senate ratified the defence pact with Japan.'),
    ('SUPPORT', 'Several Gulf states recognized the transitional council.'),
    ('SUPPORT', 'The African Union voiced support for the peace initiative.'),
    ('SUPPORT', 'The European Parliament endorsed the peace agreement.'),
    ('SUPPORT', 'Cuba and the United States reestablished diplomatic relations in 2015.'),
    ('SUPPORT', "Several countries recognized Kosovo's independence."),
    ('SUPPORT', 'The two countries signed a memorandum pledging closer cooperation.'),
    # CONCEDE
    ('CONCEDE', 'The army announced it would withdraw its troops from the border area.'),
    ('CONCEDE', 'The government said it would ease travel restrictions next week.'),
    ('CONCEDE', 'The president apologized for the killing of civilians.'),
    ('CONCEDE', 'The court acquitted the opposition leader of treason charges.'),
    ('CONCEDE', 'The king pardoned 300 political prisoners.'),
    ('CONCEDE', 'Authorities lifted the curfew in the capital.'),
    ('CONCEDE', 'The minister expressed regret over the deaths of the protesters.'),
    ('CONCEDE', 'The rebels declared a unilateral ceasefire.'),
    ('CONCEDE', 'The union called off the strike after the government raised wages.'),
    ('CONCEDE', 'The government granted amnesty to 500 former fighters.'),
    ('CONCEDE', 'The president pardoned the jailed journalists on Independence Day.'),
    ('CONCEDE', 'The government announced it would pull its troops out of the province.'),
    ('CONCEDE', 'The junta expressed regret for the deaths at the border crossing.'),
    ('CONCEDE', 'A military court acquitted five soldiers accused of torture.'),
    ('CONCEDE', 'The governor lifted the state of emergency in the eastern districts.'),
    ('CONCEDE', 'Teachers called off their month-long strike on Monday.'),
    ('CONCEDE', 'The prosecutor dropped the charges against the activists.'),
    ('CONCEDE', 'Parliament granted an amnesty to thousands of draft evaders.'),
    ('CONCEDE', 'The ministry will ease restrictions on fishing in the bay.'),
    # COOPERATE
    ('COOPERATE', "The two countries' intelligence services shared information on the bombers."),
    ('COOPERATE', 'Indian and French navies held joint exercises in the Arabian Sea.'),
    ('COOPERATE', 'Thai and Malaysian forces conducted joint patrols along the border.'),
    ('COOPERATE', 'Spain extradited the suspect to Argentina.'),
    ('COOPERATE', 'Turkey handed over three suspects to Iraqi authorities.'),
    ('COOPERATE', 'The two countries resumed direct trade after a decade.'),
    ('COOPERATE', 'Ethiopia and Djibouti expanded cross-border trade last year.'),
    ('COOPERATE', 'US and Philippine marines held joint drills in Luzon.'),
    ('COOPERATE', 'Colombia extradited the drug lord to the United States.'),
    ('COOPERATE', 'Jordanian and Iraqi intelligence agencies exchanged information on the cell.'),
    ('COOPERATE', 'Morocco handed over two terrorism suspects to Spanish police.'),
    ('COOPERATE', 'Turkish and Azerbaijani troops began joint military exercises on Monday.'),
    ('COOPERATE', 'Egypt and Sudan conducted joint naval drills in the Red Sea.'),
    # AID
    ('AID', 'The navy rescued 50 migrants off the coast.'),
    ('AID', 'Japan sent a medical team to the earthquake zone.'),
    ('AID', 'The army deployed 2,000 soldiers to help flood victims.'),
    ('AID', "Creditors agreed to forgive $2 billion of Zambia's debt."),
    ('AID', 'The United States delivered armored vehicles to the Ukrainian army.'),
    ('AID', 'Germany granted asylum to the dissident journalist.'),
    ('AID', 'Police freed 12 trafficking victims during an operation in the port city.'),
    ('AID', 'The World Bank approved a $500 million loan for Kenya.'),
    ('AID', 'Saudi Arabia donated 20 ambulances to Yemeni hospitals.'),
    ('AID', 'Turkish coast guards rescued 40 migrants in the Aegean Sea.'),
    ('AID', 'Qatar sent two planeloads of medical supplies to Sudan.'),
    ('AID', 'France delivered six howitzers to the Ukrainian army last month.'),
    ('AID', 'Norway granted asylum to the exiled opposition leader.'),
    ('AID', 'The IMF approved a $1.2 billion loan to Pakistan.'),
    ('AID', 'UN agencies evacuated 300 wounded civilians from the besieged city.'),
    ('AID', 'Navy divers rescued the crew of the sinking tanker.'),
    ('AID', 'Washington provided Kyiv with air defence systems.'),
    ('AID', 'The army airlifted food and medicine to flood-hit villages.'),
    ('AID', 'Special forces freed a kidnapped aid worker in a dawn operation.'),
    # RETREAT
    ('RETREAT', 'The prisoner swap took place at the border crossing on Sunday.'),
    ('RETREAT', 'The rebels released 40 prisoners on Monday.'),
    ('RETREAT', 'The two sides exchanged 200 prisoners of war near the border.'),
    ('RETREAT', 'The militia handed over its heavy weapons to the United Nations mission.'),
    ('RETREAT', 'Authorities returned the seized fishing boats to their owners.'),
    ('RETREAT', 'The government allowed aid workers into the besieged town.'),
    ('RETREAT', 'Israeli troops withdrew from the northern village overnight.'),
    ('RETREAT', 'The interior minister resigned after the scandal.'),
    ('RETREAT', 'Both armies observed the ceasefire on Sunday, residents said.'),
    ('RETREAT', 'Kidnappers freed two aid workers after a month in captivity.'),
    ('RETREAT', 'The army pulled its tanks back from the demarcation line.'),
    ('RETREAT', 'Hundreds of fighters laid down their weapons in the northern province.'),
    ('RETREAT', 'The junta let United Nations observers enter the disputed region.'),
    ('RETREAT', 'Pro-government militias freed 15 detained students on Thursday.'),
    ('RETREAT', 'Russia and Ukraine swapped 90 captured soldiers under Emirati mediation.'),
    ('RETREAT', 'Rebel fighters surrendered their rifles at a UN collection point.'),
    ('RETREAT', 'The army withdrew its forces from the buffer zone last week.'),
    ('RETREAT', 'The defence minister stepped down on Friday amid the procurement scandal.'),
    ('RETREAT', 'Israel allowed humanitarian convoys into northern Gaza on Sunday.'),
    ('RETREAT', 'Government forces lifted the siege of the town after three months.'),
    ('RETREAT', 'The ceasefire held through the night, residents said.'),
    ('RETREAT', 'Dozens of prisoners were released by the Taliban on Sunday.'),
    ('RETREAT', 'The insurgents returned the bodies of three soldiers to their families.'),
    ('RETREAT', 'The army handed control of the airport to the civilian authorities.'),
    ('RETREAT', 'Hamas freed four Israeli hostages under the truce deal.'),
    ('RETREAT', 'Syrian troops pulled out of the town after heavy losses.'),
    # REQUEST
    ('REQUEST', 'The UN urged both sides to exercise restraint.'),
    ('REQUEST', 'Families demanded the release of the detained journalists.'),
    ('REQUEST', 'The mayor asked the government for more funds.'),
    ('REQUEST', 'The UN Security Council called for an immediate ceasefire.'),
    ('REQUEST', 'Iraq asked Turkey to withdraw its troops from the north.'),
    ('REQUEST', 'The opposition demanded the resignation of the prime minister.'),
    # ACCUSE
    ('ACCUSE', 'Human rights groups condemned the executions.'),
    ('ACCUSE', 'Prosecutors charged three officers with murder.'),
    ('ACCUSE', 'The UN opened an inquiry into the massacre.'),
    ('ACCUSE', 'The family sued the defence ministry over the killing.'),
    ('ACCUSE', 'The ministry summoned the Iranian ambassador to protest the attack.'),
    ('ACCUSE', 'Rights groups accused the army of executing prisoners.'),
    ('ACCUSE', 'The UN launched an investigation into the massacre.'),
    # REJECT
    ('REJECT', 'Hungary barred the activists from entering the country.'),
    ('REJECT', 'The opposition declined an invitation to the talks.'),
    ('REJECT', "The rebels turned down the government's peace proposal."),
    ('REJECT', 'The two sides called off the talks scheduled for Friday.'),
    ('REJECT', 'Israel refused entry to the UN investigators.'),
    ('REJECT', "The government cancelled the president's visit to Seoul."),
    ('REJECT', "The opposition rejected the government's offer of talks."),
    ('REJECT', 'The prime minister declined to meet the protest leaders.'),
    ('REJECT', 'The rebels turned down the ceasefire proposal.'),
    ('REJECT', 'Authorities barred the UN rapporteur from entering the country.'),
    ('REJECT', 'Moscow called off the planned summit with Kyiv.'),
    ('REJECT', 'The junta refused to allow the UN mission into the country.'),
    ('REJECT', 'Belgrade rejected the proposal for a new round of talks.'),
    ('REJECT', 'The president vetoed the bill on Tuesday.'),
    # THREATEN
    ('THREATEN', 'The army will storm the building if the gunmen do not surrender.'),
    ('THREATEN', 'Washington will impose new sanctions unless the junta steps down.'),
    ('THREATEN', 'The EU could suspend trade talks if the violence continues.'),
    ('THREATEN', 'The army threatened military action against the rebels.'),
    ('THREATEN', 'A court issued an arrest warrant for the former president.'),
    ('THREATEN', 'The militia gave the army an ultimatum to leave the city within 48 hours.'),
    ('THREATEN', 'The president threatened to expel the diplomats.'),
    ('THREATEN', 'The general warned of a harsh response if the attacks continued.'),
    ('THREATEN', 'A judge issued an arrest warrant for the rebel commander.'),
    ('THREATEN', 'The junta threatened to expel the French ambassador.'),
    ('THREATEN', 'Iran warned it would retaliate against any attack.'),
    ('THREATEN', 'The rebels gave the government a 48-hour ultimatum.'),
    ('THREATEN', 'The ICC issued arrest warrants for two militia leaders.'),
    ('THREATEN', 'Pyongyang threatened to retaliate against the joint drills.'),
    # PROTEST
    ('PROTEST', 'Thousands of students marched through the capital against the new law.'),
    ('PROTEST', 'Taxi drivers went on strike over fuel prices.'),
    ('PROTEST', 'Farmers blocked the motorway with tractors.'),
    ('PROTEST', 'Opposition parties boycotted the parliamentary elections.'),
    ('PROTEST', 'Hundreds of workers went on strike at the copper mine.'),
    ('PROTEST', 'Students staged a sit-in outside the ministry.'),
    ('PROTEST', 'Thousands rallied in the capital against the coup.'),
    # SANCTION
    ('SANCTION', 'Algeria recalled its ambassador from Madrid.'),
    ('SANCTION', 'Burkina Faso withdrew from the regional bloc.'),
    ('SANCTION', "The African Union suspended Mali's membership."),
    ('SANCTION', 'China halted imports of Australian coal.'),
    ('SANCTION', 'The regulator fined the state oil company $5 million.'),
    ('SANCTION', 'Lithuania closed its airspace to Belarusian airlines.'),
    ('SANCTION', 'The government expelled two Russian diplomats.'),
    ('SANCTION', 'Washington imposed new sanctions on Iranian oil exports.'),
    ('SANCTION', 'Canada froze the assets of five senior officials.'),
    ('SANCTION', 'Morocco recalled its ambassador to Paris for consultations.'),
    ('SANCTION', 'Niger pulled out of the regional anti-jihadist force.'),
    ('SANCTION', "The Arab League suspended Syria's membership in 2011."),
    ('SANCTION', 'Russia banned imports of Moldovan wine.'),
    ('SANCTION', 'Poland expelled three Belarusian diplomats on Tuesday.'),
    ('SANCTION', 'Canada closed its embassy in Tehran.'),
    ('SANCTION', 'A court sentenced the opposition leader to five years in prison.'),
    ('SANCTION', 'Mali expelled the French ambassador on Monday.'),
    ('SANCTION', 'Bahrain downgraded diplomatic relations with Qatar.'),
    ('SANCTION', 'The EU froze the assets of the junta leaders.'),
    ('SANCTION', 'China suspended imports of Taiwanese fruit.'),
    ('SANCTION', 'Niger withdrew from the Economic Community of West African States.'),
    # MOBILIZE
    ('MOBILIZE', 'The army raised its alert level along the frontier.'),
    ('MOBILIZE', 'The defence ministry called up 10,000 reservists.'),
    ('MOBILIZE', 'The navy held live-fire drills near the disputed islands.'),
    ('MOBILIZE', 'Extra police units were sent to the capital ahead of the vote.'),
    ('MOBILIZE', 'Tanks were deployed along the border.'),
    ('MOBILIZE', 'Pakistan put its air force on high alert.'),
    ('MOBILIZE', 'The rebels massed fighters on the outskirts of the city.'),
    ('MOBILIZE', 'The army put its troops on high alert after the incident.'),
    ('MOBILIZE', 'Armenia called up thousands of reservists on Sunday.'),
    ('MOBILIZE', 'Russian warships conducted live-fire exercises in the Baltic Sea.'),
    ('MOBILIZE', 'Hundreds of riot police were deployed in the capital.'),
    ('MOBILIZE', 'India moved additional troops to the Ladakh border.'),
    ('MOBILIZE', 'North Korea tested two short-range ballistic missiles on Friday.'),
    ('MOBILIZE', 'Thousands of troops massed along the border with Ukraine.'),
    ('MOBILIZE', 'The government declared a state of alert and deployed the army.'),
    ('MOBILIZE', 'Armoured vehicles moved towards the capital on Sunday.'),
    # COERCE
    ('COERCE', 'The deportation of 300 Afghans began on Monday.'),
    ('COERCE', 'Authorities shut down the internet in the region.'),
    ('COERCE', 'Police raided the offices of the opposition newspaper.'),
    ('COERCE', 'Security forces searched the homes of activists.'),
    ('COERCE', 'Soldiers blocked access to the hospital.'),
    ('COERCE', 'The government banned the main opposition party.'),
    ('COERCE', 'Police arrested 20 people after the match.'),
    ('COERCE', 'The authorities cut off electricity and water to the camp.'),
    ('COERCE', 'Authorities cut internet access in the province.'),
    ('COERCE', 'Police searched the headquarters of the opposition party.'),
    ('COERCE', 'Security forces blocked access to the main square.'),
    ('COERCE', 'The government banned the independent newspaper.'),
    ('COERCE', 'Police detained dozens of activists in the capital.'),
    ('COERCE', 'Authorities imposed a curfew on the city after the riots.'),
    ('COERCE', 'Police raided the homes of several opposition leaders.'),
    ('COERCE', 'The government shut down mobile internet across the country.'),
    ('COERCE', 'Border guards deported 200 migrants to Afghanistan.'),
    # ASSAULT
    ('ASSAULT', 'The army stormed the building after the gunmen refused to surrender.'),
    ('ASSAULT', 'A gunman opened fire at a shopping mall, killing four people.'),
    ('ASSAULT', 'Heavy gunfire was heard in the capital overnight.'),
    ('ASSAULT', 'Witnesses reported a loud explosion near the army base.'),
    ('ASSAULT', 'Gunmen opened fire on a bus, killing six passengers.'),
    ('ASSAULT', 'A suicide bomber blew himself up at a checkpoint.'),
    ('ASSAULT', 'Warplanes struck rebel positions near the town.'),
    ('ASSAULT', 'Gunmen abducted 20 villagers in Zamfara state.'),
    ('ASSAULT', 'Israeli aircraft bombed targets in southern Lebanon.'),
    ('ASSAULT', 'Troops clashed with insurgents near the border.'),
    ('ASSAULT', 'Settlers torched Palestinian cars in the village overnight.'),
    ('ASSAULT', 'A car bomb exploded near a police station in Mogadishu.'),
    ('ASSAULT', 'Militants ambushed an army convoy in the Sahel.'),
    ('ASSAULT', 'Security forces fired tear gas at the protesters.'),
]


def _events(pipeline: Any, text: str) -> list[Any]:
    doc = pipeline(text, date="2024-05-02", id="cb")
    doc.check_offsets()
    return doc.events


@pytest.mark.parametrize("expected,text", CASES)
def test_codebook_type(pipeline: Any, expected: str, text: str) -> None:
    events = _events(pipeline, text)
    assert events, f"no event in {text!r}"
    top = max(events, key=lambda e: e.confidence)
    assert top.plover_type == expected, [(e.plover_type, e.trigger.text) for e in events]


def test_every_type_has_three_cases() -> None:
    counts: dict[str, int] = {}
    for t, _ in CASES:
        counts[t] = counts.get(t, 0) + 1
    assert len(counts) == 16 and min(counts.values()) >= 3, counts


def test_future_withdrawal_is_a_concession_not_a_promise(pipeline: Any) -> None:
    """The codebook: 'announced ... would withdraw troops' is CONCEDE, not AGREE."""
    events = _events(pipeline, "The rebels said they would hand back the captured villages.")
    assert [e.plover_type for e in events] == ["CONCEDE"]
    assert events[0].factuality == "future"


def test_future_meeting_is_agree(pipeline: Any) -> None:
    events = _events(pipeline, "The two foreign ministers will meet in Oslo on Friday.")
    assert [e.plover_type for e in events] == ["AGREE"]
