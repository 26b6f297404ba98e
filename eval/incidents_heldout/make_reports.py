"""Build reports.jsonl and gold.jsonl of the held-out incidents set (texts written for eventscope).

Invented but plausible wire-style reports: 25 incidents reported 2-4 times each by different
outlets in different words (tolls that change, city vs. province, transliterations, actor names
vs. descriptions, later publication dates), plus look-alike distinct incidents (same place
another day, same day another place, same actors another target, follow-ups about another
event). This set is a held-out check: never tune clustering rules to it.
"""
import importlib.util
from pathlib import Path

HERE = Path(__file__).parent

A, P, C, K = ["ASSAULT"], ["PROTEST"], ["COERCE", "ASSAULT"], ["CONSULT"]

# (id, incident, gold PLOVER types, publication date, outlet, title, text)
R = [
 # -- Odesa port, night of 18-19 July 2023; look-alike: Odesa cathedral four days later
 ("oa1", "odesa-port-2023-07-19", A, "2023-07-19", "wire-one",
  "Russian strikes hit Odesa grain terminals",
  "Russian missiles and drones struck grain terminals and port infrastructure in Odesa early on "
  "Wednesday, Ukrainian officials said, a day after Moscow quit the Black Sea grain deal. At "
  "least 12 people were wounded."),
 ("oa2", "odesa-port-2023-07-19", A, "2023-07-20", "daily-two",
  "Odessa grain stores destroyed in night attack",
  "Russian forces attacked the port city of Odessa with Kalibr cruise missiles and Shahed drones "
  "overnight into Wednesday, destroying 60,000 tonnes of grain, Ukraine's agriculture minister "
  "said on Thursday. Port equipment was badly damaged."),
 ("oa3", "odesa-port-2023-07-19", A, "2023-07-19", "radio-three",
  "Fires at port after overnight barrage in Ukraine's south",
  "Russia attacked the Odesa region overnight with drones and missiles, damaging grain storage "
  "facilities at the port, regional governor Oleh Kiper said on Wednesday. Air defences shot "
  "down 37 drones."),
 ("oa4", "odesa-cathedral-2023-07-23", A, "2023-07-23", "daily-two",
  "Missile strike on Odesa damages cathedral, kills two",
  "A Russian missile strike on the historic centre of Odesa early on Sunday killed two people "
  "and badly damaged the Transfiguration Cathedral, Ukrainian officials said."),
 ("oa5", "odesa-cathedral-2023-07-23", A, "2023-07-24", "agency-four",
  "Zelenskiy vows to rebuild Odesa cathedral",
  "Russian missiles hit Odesa's largest Orthodox cathedral on Sunday, killing two people and "
  "wounding 22, the city's mayor said on Monday. Volunteers cleared rubble from the nave."),

 # -- Peshawar police mosque bombing; look-alikes: Karachi same day, Peshawar ten days later
 ("pb1", "peshawar-mosque-2023-01-30", A, "2023-01-30", "wire-one",
  "Suicide bomber kills 28 at mosque in Pakistan's Peshawar",
  "A suicide bomber blew himself up inside a crowded mosque in a police compound in the "
  "northwestern Pakistani city of Peshawar on Monday, killing at least 28 people and wounding "
  "150, officials said."),
 ("pb2", "peshawar-mosque-2023-01-30", A, "2023-01-31", "daily-two",
  "Peshawar mosque bombing toll rises to 59",
  "The death toll from Monday's suicide bombing at a mosque inside police headquarters in "
  "Peshawar rose to 59 on Tuesday, most of them policemen, hospital officials said. Rescuers "
  "were still digging through the collapsed prayer hall."),
 ("pb3", "peshawar-mosque-2023-01-30", A, "2023-02-01", "radio-three",
  "Pakistan police mourn colleagues killed in mosque blast",
  "Nearly 100 people were killed when a bomber struck a mosque in the capital of Khyber "
  "Pakhtunkhwa province during afternoon prayers on Monday, police said on Wednesday."),
 ("pb4", "peshawar-mosque-2023-01-30", A, "2023-01-30", "agency-four",
  "Blast rips through mosque in Peshawar Police Lines",
  "An explosion ripped through a mosque in the Police Lines area of Peshawar during noon prayers "
  "on Monday. At least 32 people died, Lady Reading Hospital said."),
 ("pb5", "karachi-police-2023-01-30", A, "2023-01-30", "paper-five",
  "Two policemen shot dead in Karachi",
  "Gunmen on a motorcycle shot dead two policemen at a checkpoint in Karachi on Monday evening, "
  "police said. The attackers escaped."),
 ("pb6", "peshawar-checkpoint-2023-02-10", A, "2023-02-10", "wire-one",
  "Bomb hits police checkpoint in Peshawar",
  "A bomb attack on a police checkpoint on the outskirts of Peshawar killed one officer on "
  "Friday, police said, less than two weeks after the city's deadliest attack in years."),

 # -- Gajiram raid, Borno; look-alike: Zamfara the same day
 ("bc1", "borno-gajiram-2024-01-16", A, "2024-01-17", "wire-one",
  "Jihadists kill 14 in Nigeria's Borno",
  "Suspected Boko Haram jihadists killed 14 villagers in a night raid on Gajiram in northeast "
  "Nigeria's Borno state, a militia leader said on Wednesday. The gunmen arrived on motorbikes "
  "late on Tuesday and set homes ablaze."),
 ("bc2", "borno-gajiram-2024-01-16", A, "2024-01-18", "daily-two",
  "Boko Haram raid leaves 17 villagers dead",
  "Boko Haram insurgents stormed Gajiram village in the Nganzai area of Borno on Tuesday night, "
  "killing 17 residents, local officials said on Thursday."),
 ("bc3", "borno-gajiram-2024-01-16", A, "2024-01-17", "radio-three",
  "Gunmen torch village in northeast Nigeria",
  "Gunmen believed to belong to the Islamic State West Africa Province attacked a village north "
  "of Maiduguri, the capital of Borno State, on Tuesday, killing at least 12 people, residents "
  "said on Wednesday."),
 ("bc4", "zamfara-bandits-2024-01-17", A, "2024-01-17", "agency-four",
  "Bandits kill nine in Zamfara",
  "Bandits killed nine people in an attack on a village in Zamfara state in northwest Nigeria "
  "on Wednesday, police said."),

 # -- Jabalia camp strike; look-alikes: Jabalia the next day, Khan Younis the same day
 ("gd1", "jabalia-strike-2023-10-31", A, "2023-10-31", "wire-one",
  "Israeli air strike hits Jabalia refugee camp",
  "An Israeli air strike hit the crowded Jabalia refugee camp in northern Gaza on Tuesday, "
  "killing dozens of people, according to the Gaza health ministry. The Israeli military said "
  "the strike killed a senior Hamas commander."),
 ("gd2", "jabalia-strike-2023-10-31", A, "2023-11-01", "daily-two",
  "Gaza: scores killed in Jabaliya camp blast",
  "Israeli warplanes bombed the Jabaliya camp north of Gaza City on Tuesday afternoon, killing "
  "at least 50 Palestinians and flattening a residential block, the health ministry said on "
  "Wednesday."),
 ("gd3", "jabalia-strike-2023-10-31", A, "2023-10-31", "radio-three",
  "Israel says strike in northern Gaza killed Hamas commander",
  "Israeli fighter jets struck a Hamas command centre in the northern Gaza Strip on Tuesday, "
  "killing commander Ibrahim Biari, the army said. Palestinian officials said more than 100 "
  "people were killed or wounded in the camp."),
 ("gd4", "jabalia-strike-2023-11-01", A, "2023-11-01", "agency-four",
  "Jabalia hit again",
  "Israel struck the Jabalia refugee camp again on Wednesday, Gaza's civil defence said, "
  "reporting at least 20 dead in the new strike."),
 ("gd5", "khan-younis-strike-2023-10-31", A, "2023-10-31", "paper-five",
  "Family killed in Khan Younis strike",
  "An Israeli strike on a house in Khan Younis in the southern Gaza Strip killed nine members "
  "of one family on Tuesday, medics said."),

 # -- Houthi strike on Jeddah fuel depot; look-alike: Jizan the same day
 ("je1", "jeddah-aramco-2022-03-25", A, "2022-03-25", "wire-one",
  "Houthis hit Aramco depot in Jeddah",
  "Yemen's Houthi movement attacked a Saudi Aramco petroleum storage facility in Jeddah on "
  "Friday, setting off a huge fire near the Formula One circuit, the Saudi-led coalition said."),
 ("je2", "jeddah-aramco-2022-03-25", A, "2022-03-26", "daily-two",
  "Fire at Jeddah oil depot after rebel missile strike",
  "Iran-aligned Houthi rebels fired missiles at an oil distribution plant in the Saudi city of "
  "Jeddah on Friday, sending black smoke over the Red Sea port two days before a Formula One "
  "race."),
 ("je3", "jeddah-aramco-2022-03-25", A, "2022-03-25", "agency-four",
  "Coalition says rebels struck fuel plant",
  "Houthi drones and missiles struck the North Jeddah bulk plant, an Aramco facility in Makkah "
  "province, on Friday, the Saudi-led coalition said. No casualties were reported."),
 ("je4", "jizan-power-2022-03-25", A, "2022-03-25", "radio-three",
  "Drones hit power station in southern Saudi Arabia",
  "Houthi drones struck a power station in Jizan province in southern Saudi Arabia on Friday, "
  "the coalition said."),

 # -- Pazigyi air strike, Sagaing; look-alike: another Sagaing strike two weeks later
 ("sf1", "sagaing-pazigyi-2023-04-11", A, "2023-04-11", "wire-one",
  "Myanmar junta air strike kills dozens at village gathering",
  "A Myanmar military air strike on a ceremony in Pazigyi village in Sagaing region killed at "
  "least 53 people on Tuesday, witnesses and local media said."),
 ("sf2", "sagaing-pazigyi-2023-04-11", A, "2023-04-12", "daily-two",
  "UN condemns Myanmar air raid on crowd",
  "Myanmar's military carried out an air attack on a crowd in Kanbalu township of Sagaing on "
  "Tuesday morning, killing around 100 people including children, the UN human rights office "
  "said on Wednesday."),
 ("sf3", "sagaing-pazigyi-2023-04-11", A, "2023-04-13", "radio-three",
  "Villagers bury dead after Pa Zi Gyi bombing",
  "Residents of Pa Zi Gyi in central Myanmar buried 165 victims of the army's bombing of the "
  "village on Tuesday, an opposition official said on Thursday."),
 ("sf4", "sagaing-school-2023-04-27", A, "2023-04-27", "agency-four",
  "Myanmar army bombs school in Sagaing",
  "Myanmar military jets bombed a school in Sagaing region on Thursday, killing seven children, "
  "a local resistance group said."),

 # -- Kismayo hotel siege; look-alike: roadside bomb near Beledweyne the same day
 ("kg1", "kismayo-hotel-2022-10-23", A, "2022-10-23", "wire-one",
  "Al-Shabaab gunmen attack hotel in Somalia's Kismayo",
  "Al-Shabaab militants stormed a hotel in the southern Somali port city of Kismayo on Sunday "
  "after a suicide car bomb blew open its gate, killing at least four people, police said."),
 ("kg2", "kismayo-hotel-2022-10-23", A, "2022-10-24", "daily-two",
  "Siege at Kismayu hotel ends, nine dead",
  "Somali security forces ended a siege at the Tawakal hotel in Kismayu on Sunday evening after "
  "killing the gunmen who had held it for hours. Nine civilians died in the attack, a regional "
  "official said on Monday."),
 ("kg3", "kismayo-hotel-2022-10-23", A, "2022-10-24", "radio-three",
  "Jubbaland forces kill hotel attackers",
  "Jubbaland security forces said on Monday they had killed all four attackers who stormed a "
  "hotel in Kismayo a day earlier, in an assault claimed by al Shabaab."),
 ("kg4", "beledweyne-convoy-2022-10-23", A, "2022-10-23", "agency-four",
  "Roadside bomb kills three Somali soldiers",
  "A roadside bomb hit a military convoy near Beledweyne in central Somalia on Sunday, killing "
  "three soldiers, officials said."),

 # -- Djibo attack, Burkina Faso
 ("dh1", "djibo-attack-2023-11-26", A, "2023-11-27", "wire-one",
  "Jihadists attack Burkina Faso's Djibo",
  "Hundreds of jihadists attacked the town of Djibo in northern Burkina Faso on Sunday, "
  "targeting a military base and a camp for displaced people, security sources said on Monday. "
  "Dozens of people were killed."),
 ("dh2", "djibo-attack-2023-11-26", A, "2023-11-28", "daily-two",
  "Burkina army says it repelled assault on Djibo",
  "Burkinabe troops repelled an attack by about 3,000 terrorists on Djibo in Soum province on "
  "Sunday, the army said on Tuesday, adding that hundreds of assailants were killed."),
 ("dh3", "djibo-attack-2023-11-26", A, "2023-11-30", "radio-three",
  "Rights group says 40 civilians killed in Djibo",
  "At least 40 civilians were killed when Islamist militants linked to al Qaeda stormed the "
  "northern Burkinabe town of Djibo on November 26, Amnesty International said on Thursday."),

 # -- Nairobi finance-bill protest; look-alikes: Nairobi a week later, Mombasa the same day
 ("ni1", "nairobi-parliament-2024-06-25", ["PROTEST", "ASSAULT"], "2024-06-25", "wire-one",
  "Protesters storm Kenya's parliament",
  "Thousands of protesters stormed Kenya's parliament in Nairobi on Tuesday as lawmakers passed "
  "tax increases, and police opened fire, killing at least five people, medics said."),
 ("ni2", "nairobi-parliament-2024-06-25", ["PROTEST", "ASSAULT"], "2024-06-26", "daily-two",
  "Kenya: anger over finance bill boils over",
  "Demonstrators against the finance bill broke into the national assembly in Nairobi on "
  "Tuesday and set part of it on fire. A rights group said 22 people were killed."),
 ("ni3", "nairobi-parliament-2024-06-25", ["PROTEST", "ASSAULT"], "2024-06-25", "radio-three",
  "Young Kenyans march on parliament",
  "Young Kenyans marched through central Nairobi on Tuesday demanding that parliament reject the "
  "finance bill. Police fired tear gas at the crowds."),
 ("ni4", "nairobi-protest-2024-07-02", P, "2024-07-02", "wire-one",
  "Kenyan protesters return to Nairobi streets",
  "Protesters marched in Nairobi again on Tuesday, calling for President William Ruto to resign. "
  "Police fired tear gas to disperse them."),
 ("ni5", "mombasa-protest-2024-06-25", P, "2024-06-25", "agency-four",
  "Protesters march in Mombasa",
  "Hundreds of protesters marched through the coastal city of Mombasa on Tuesday against the tax "
  "increases, witnesses said."),

 # -- farmers in Brussels; look-alike: farmers around Paris three days earlier
 ("fj1", "brussels-farmers-2024-02-01", P, "2024-02-01", "wire-one",
  "Farmers besiege EU summit in Brussels",
  "Farmers drove about 1,000 tractors into Brussels on Thursday, lighting fires and throwing "
  "eggs near the European Parliament as EU leaders met for a summit."),
 ("fj2", "brussels-farmers-2024-02-01", P, "2024-02-02", "daily-two",
  "Tractors clog Belgian capital",
  "Thousands of farmers from across Europe protested in the Belgian capital on Thursday against "
  "EU farm policy and cheap imports, police said."),
 ("fj3", "brussels-farmers-2024-02-01", P, "2024-02-01", "radio-three",
  "Angry farmers target EU quarter",
  "Protesting farmers set fire to hay bales and toppled a statue in Place du Luxembourg in "
  "Brussels on Thursday, demanding less red tape."),
 ("fj4", "paris-farmers-2024-01-29", P, "2024-01-29", "agency-four",
  "French farmers block roads around Paris",
  "French farmers blocked motorways around Paris with tractors on Monday, launching what they "
  "called a siege of the capital to protest against low incomes."),

 # -- Dhaka quota protests
 ("dk1", "dhaka-quota-2024-07-16", ["PROTEST", "ASSAULT"], "2024-07-16", "wire-one",
  "Six killed as Bangladesh quota protests turn violent",
  "Six people were killed in Bangladesh on Tuesday as students protesting against job quotas in "
  "Dhaka clashed with ruling party activists and police, police said."),
 ("dk2", "dhaka-quota-2024-07-16", ["PROTEST", "ASSAULT"], "2024-07-17", "daily-two",
  "Students rally in Dhaka over government job quotas",
  "Thousands of students rallied at Dhaka University on Tuesday to demand an end to quotas in "
  "civil service jobs, and clashes with the ruling party's student wing left hundreds injured."),

 # -- US sanctions on Iranian drone suppliers; look-alikes: UK and EU a month later
 ("ul1", "us-sanctions-iran-drones-2022-09-08", ["SANCTION"], "2022-09-08", "wire-one",
  "US sanctions Iranian firms over drones for Russia",
  "The U.S. Treasury Department on Thursday imposed sanctions on four Iranian companies it said "
  "were involved in shipping drones to Russia for use in Ukraine."),
 ("ul2", "us-sanctions-iran-drones-2022-09-08", ["SANCTION"], "2022-09-09", "daily-two",
  "Washington blacklists Iran drone suppliers",
  "Washington on Thursday blacklisted Safiran Airport Services and three other Iranian firms "
  "over drone transfers to Moscow, freezing any assets they hold in the United States."),
 ("ul3", "us-sanctions-iran-drones-2022-09-08", ["SANCTION"], "2022-09-08", "radio-three",
  "Treasury targets Iranian drone network",
  "The United States sanctioned an Iranian airline services company and its network on "
  "Thursday for helping deliver drones to the Russian military."),
 ("ul4", "uk-sanctions-iran-drones-2022-10-20", ["SANCTION"], "2022-10-20", "agency-four",
  "Britain sanctions Iranian commanders over drones",
  "Britain imposed sanctions on three Iranian military commanders and a drone maker on Thursday "
  "over the supply of drones to Russia."),
 ("ul5", "eu-sanctions-iran-drones-2022-10-20", ["SANCTION"], "2022-10-20", "paper-five",
  "EU blacklists Iranians over drones",
  "The European Union on Thursday imposed sanctions on three Iranian military officers and a "
  "company over drones supplied to Russia."),

 # -- EU's 12th package against Russia
 ("em1", "eu-12th-package-2023-12-18", ["SANCTION"], "2023-12-18", "wire-one",
  "EU adopts 12th sanctions package against Russia",
  "The European Union adopted a 12th package of sanctions against Russia on Monday, including "
  "a ban on imports of Russian diamonds."),
 ("em2", "eu-12th-package-2023-12-18", ["SANCTION"], "2023-12-19", "daily-two",
  "Brussels bans Russian diamonds",
  "EU member states on Monday approved new sanctions on Moscow, banning Russian diamonds and "
  "tightening enforcement of the oil price cap."),
 ("em3", "eu-12th-package-2023-12-18", ["SANCTION"], "2023-12-18", "agency-four",
  "Kremlin shrugs off new EU measures",
  "The European Union slapped fresh sanctions on Russia on Monday, and the Kremlin said the "
  "measures would backfire on Europe."),

 # -- Pretoria deal; look-alike: commanders' implementation deal in Nairobi ten days later
 ("tn1", "pretoria-deal-2022-11-02", ["AGREE"], "2022-11-02", "wire-one",
  "Ethiopia and Tigray forces agree to end hostilities",
  "Ethiopia's government and Tigrayan forces agreed on Wednesday to a permanent cessation of "
  "hostilities after talks in South Africa, the African Union mediator said."),
 ("tn2", "pretoria-deal-2022-11-02", ["AGREE"], "2022-11-03", "daily-two",
  "Peace deal signed in Pretoria",
  "Representatives of the Ethiopian government and the Tigray People's Liberation Front signed "
  "a peace agreement in Pretoria on Wednesday, ending two years of war in northern Ethiopia."),
 ("tn3", "pretoria-deal-2022-11-02", ["AGREE"], "2022-11-03", "radio-three",
  "Tigrayans cautiously welcome truce",
  "Addis Ababa and the TPLF signed a truce on Wednesday, and residents of Mekelle said they "
  "hoped it would bring back food and medicine."),
 ("tn4", "pretoria-deal-2022-11-02", ["AGREE"], "2022-11-02", "agency-four",
  "AU hails Ethiopia deal",
  "The African Union said Ethiopian and Tigrayan negotiators had signed an agreement in "
  "Pretoria to silence the guns."),
 ("tn5", "nairobi-deal-2022-11-12", ["AGREE"], "2022-11-12", "wire-one",
  "Ethiopian and Tigrayan commanders agree on disarmament",
  "Ethiopian and Tigrayan military commanders signed an agreement in Nairobi on Saturday on how "
  "to implement the truce, including the disarmament of Tigrayan fighters."),

 # -- Saudi-Iran deal in Beijing
 ("sb1", "beijing-saudi-iran-2023-03-10", ["AGREE"], "2023-03-10", "wire-one",
  "Saudi Arabia and Iran agree to restore ties",
  "Iran and Saudi Arabia agreed on Friday to re-establish diplomatic relations and reopen "
  "embassies within two months, after talks in Beijing, the three countries said."),
 ("sb2", "beijing-saudi-iran-2023-03-10", ["AGREE"], "2023-03-11", "daily-two",
  "China brokers Saudi-Iran detente",
  "Riyadh and Tehran agreed in Beijing on Friday to restore relations severed in 2016, in a "
  "deal brokered by China."),
 ("sb3", "beijing-saudi-iran-2023-03-10", ["AGREE"], "2023-03-10", "radio-three",
  "Regional rivals end seven-year rift",
  "Saudi and Iranian security officials signed an agreement in the Chinese capital on Friday to "
  "resume ties, state media in both countries reported."),

 # -- Serbian alert over Kosovo; look-alike: troop build-up nine months later
 ("sp1", "serbia-alert-2022-12-26", ["MOBILIZE"], "2022-12-26", "wire-one",
  "Serbia puts army on highest alert over Kosovo tensions",
  "Serbia placed its army and police on the highest level of combat readiness on Monday, as "
  "tensions rose with Kosovo over barricades set up by Serbs in the north."),
 ("sp2", "serbia-alert-2022-12-26", ["MOBILIZE"], "2022-12-27", "daily-two",
  "Belgrade raises combat readiness",
  "President Aleksandar Vucic ordered the Serbian armed forces to full combat readiness on "
  "Monday night, defence minister Milos Vucevic said."),
 ("sp3", "serbia-buildup-2023-09-29", ["MOBILIZE"], "2023-09-29", "radio-three",
  "Serbia masses troops near Kosovo border",
  "Serbia deployed troops, tanks and artillery near its border with Kosovo on Friday, the White "
  "House said, calling it an unprecedented build-up."),

 # -- Indian army deployed in Manipur
 ("mq1", "manipur-army-2023-05-04", ["MOBILIZE"], "2023-05-04", "wire-one",
  "India deploys army in Manipur after ethnic clashes",
  "India deployed thousands of soldiers to the northeastern state of Manipur on Thursday after "
  "ethnic clashes between Meitei and Kuki groups."),
 ("mq2", "manipur-army-2023-05-04", ["MOBILIZE"], "2023-05-05", "daily-two",
  "Troops sent to Imphal as violence spreads",
  "The Indian government sent army and Assam Rifles columns to Imphal and other troubled "
  "districts of Manipur on Thursday, officials said, and about 9,000 people were moved to "
  "safety."),
 ("mq3", "manipur-army-2023-05-04", ["MOBILIZE"], "2023-05-05", "radio-three",
  "Shoot-at-sight orders in Manipur",
  "Authorities in Manipur issued shoot-at-sight orders on Thursday as the army and paramilitary "
  "forces were deployed across the state to restore order."),

 # -- Imran Khan's arrest; look-alike: arrests in Lahore the next day (a follow-up)
 ("kr1", "islamabad-khan-arrest-2023-05-09", C, "2023-05-09", "wire-one",
  "Pakistan's Imran Khan arrested in Islamabad",
  "Pakistani paramilitary forces arrested former prime minister Imran Khan at the Islamabad "
  "High Court on Tuesday on corruption charges, his party said."),
 ("kr2", "islamabad-khan-arrest-2023-05-09", C, "2023-05-10", "daily-two",
  "Khan detained by anti-graft agency",
  "Rangers detained Imran Khan as he appeared in court in Pakistan's capital on Tuesday, acting "
  "on a warrant from the National Accountability Bureau."),
 ("kr3", "islamabad-khan-arrest-2023-05-09", C, "2023-05-09", "radio-three",
  "Former premier taken into custody",
  "Pakistan's former prime minister Imran Khan was taken into custody in Islamabad on Tuesday, "
  "police said."),
 ("kr4", "islamabad-khan-arrest-2023-05-09", C, "2023-05-10", "agency-four",
  "Paramilitaries seize Khan in court",
  "Paramilitary troops in riot gear seized Imran Khan inside the Islamabad court complex on "
  "Tuesday and bundled him into an armoured vehicle, witnesses said on Wednesday."),
 ("kr5", "lahore-arrests-2023-05-10", C, "2023-05-10", "paper-five",
  "PTI leaders rounded up in Lahore",
  "Police in Lahore arrested senior PTI leader Shah Mahmood Qureshi and dozens of party workers "
  "on Wednesday, a day after the party's chairman was taken into custody."),

 # -- Hong Kong mass arrests
 ("hs1", "hong-kong-arrests-2021-01-06", C, "2021-01-06", "wire-one",
  "Hong Kong police arrest 53 democracy activists",
  "Hong Kong police arrested 53 pro-democracy activists and former lawmakers in dawn raids on "
  "Wednesday under the national security law."),
 ("hs2", "hong-kong-arrests-2021-01-06", C, "2021-01-07", "daily-two",
  "Mass arrests of Hong Kong opposition figures",
  "Police in Hong Kong detained more than 50 opposition figures on Wednesday, accusing them of "
  "subversion over unofficial primary elections held last year."),
 ("hs3", "hong-kong-arrests-2021-01-06", C, "2021-01-06", "radio-three",
  "Over 1,000 officers in Hong Kong raids",
  "More than 1,000 officers took part in raids across Hong Kong on Wednesday in which 53 people "
  "were arrested, the city's security secretary said."),

 # -- Saudi aid plane to Aleppo; look-alikes: Saudi trucks to Idlib, UAE plane to Aleppo
 ("at1", "aleppo-saudi-aid-2023-02-14", ["AID"], "2023-02-14", "wire-one",
  "First Saudi aid plane lands in Aleppo",
  "A Saudi relief plane carrying 35 tonnes of food landed at Aleppo airport on Tuesday, the "
  "first Saudi aid flight to government-held Syria in more than a decade, state media said."),
 ("at2", "aleppo-saudi-aid-2023-02-14", ["AID"], "2023-02-15", "daily-two",
  "Riyadh sends quake aid to Syria",
  "Saudi Arabia delivered humanitarian aid for earthquake victims to the northern Syrian city "
  "of Halab on Tuesday, Syrian state television said."),
 ("at3", "aleppo-saudi-aid-2023-02-14", ["AID"], "2023-02-14", "agency-four",
  "KSrelief flight reaches Syria",
  "The King Salman Humanitarian Aid and Relief Centre said its aircraft carrying medical "
  "supplies and tents reached Aleppo International Airport on Tuesday."),
 ("at4", "idlib-saudi-aid-2023-02-16", ["AID"], "2023-02-16", "radio-three",
  "Saudi aid trucks cross into Idlib",
  "Saudi Arabia sent 20 trucks of aid to earthquake survivors in rebel-held Idlib through the "
  "Bab al-Hawa crossing on Thursday."),
 ("at5", "aleppo-uae-aid-2023-02-14", ["AID"], "2023-02-14", "paper-five",
  "UAE aid plane lands in Aleppo",
  "The United Arab Emirates sent an aid plane to Aleppo on Tuesday carrying 50 tonnes of "
  "medical supplies for earthquake victims, state news agency WAM said."),

 # -- first aid convoy into Gaza; look-alike: the second convoy the next day
 ("gu1", "gaza-aid-2023-10-21", ["AID"], "2023-10-21", "wire-one",
  "First aid trucks enter Gaza from Egypt",
  "Twenty trucks carrying humanitarian aid entered the Gaza Strip through the Rafah crossing "
  "from Egypt on Saturday, the first deliveries since the war began."),
 ("gu2", "gaza-aid-2023-10-21", ["AID"], "2023-10-22", "daily-two",
  "Aid convoy reaches Gaza",
  "A convoy of 20 lorries with food, water and medicine crossed into Gaza on Saturday, the "
  "United Nations said, calling it a drop in the ocean."),
 ("gu3", "gaza-aid-2023-10-21", ["AID"], "2023-10-21", "radio-three",
  "Egyptian Red Crescent delivers aid via Rafah",
  "The Egyptian Red Crescent delivered medicine and food to the Palestinian Red Crescent at the "
  "Rafah border crossing on Saturday morning."),
 ("gu4", "gaza-aid-2023-10-22", ["AID"], "2023-10-22", "agency-four",
  "Second convoy enters Gaza",
  "A second convoy of 14 aid trucks entered Gaza through Rafah on Sunday, the Palestinian Red "
  "Crescent said."),

 # -- Xi and Putin in Moscow; look-alike: formal talks the next day
 ("xv1", "moscow-xi-putin-2023-03-20", K, "2023-03-20", "wire-one",
  "Xi meets Putin in Moscow",
  "Chinese President Xi Jinping met Russian President Vladimir Putin in the Kremlin on Monday "
  "for informal talks at the start of a three-day state visit."),
 ("xv2", "moscow-xi-putin-2023-03-20", K, "2023-03-21", "daily-two",
  "Putin and Xi talk over dinner",
  "Vladimir Putin and Xi Jinping held four and a half hours of talks in Moscow on Monday, the "
  "Kremlin said."),
 ("xv3", "moscow-xi-putin-2023-03-20", K, "2023-03-20", "radio-three",
  "Chinese leader arrives in Russia",
  "China's leader arrived in the Russian capital on Monday and held talks with Putin, calling "
  "him a dear friend."),
 ("xv4", "moscow-xi-putin-2023-03-21", K, "2023-03-21", "agency-four",
  "Xi and Putin hold formal talks",
  "Xi Jinping and Vladimir Putin held formal talks in the Kremlin on Tuesday and signed "
  "statements on their strategic partnership."),

 # -- Blinken and Xi in Beijing; look-alike: Blinken and Qin Gang the day before
 ("bw1", "beijing-blinken-xi-2023-06-19", K, "2023-06-19", "wire-one",
  "Blinken meets Xi in Beijing",
  "U.S. Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday, "
  "the final day of a two-day visit aimed at easing tensions."),
 ("bw2", "beijing-blinken-xi-2023-06-19", K, "2023-06-20", "daily-two",
  "Xi tells Blinken progress made",
  "Xi Jinping received America's top diplomat at the Great Hall of the People on Monday and "
  "told him the two sides had made progress."),
 ("bw3", "beijing-blinken-qin-2023-06-18", K, "2023-06-18", "radio-three",
  "Blinken and Qin hold marathon talks",
  "Antony Blinken held talks with Chinese Foreign Minister Qin Gang in Beijing on Sunday that "
  "lasted more than seven hours, officials said."),

 # -- Kharkiv hypermarket strike; look-alike: printing house in Kharkiv two days earlier
 ("hx1", "kharkiv-hypermarket-2024-05-25", A, "2024-05-25", "wire-one",
  "Russian bombs hit Kharkiv hardware store",
  "Russian guided bombs struck a crowded hardware superstore in Kharkiv on Saturday, killing "
  "at least six people, Ukraine's president said."),
 ("hx2", "kharkiv-hypermarket-2024-05-25", A, "2024-05-26", "daily-two",
  "Kharkov hypermarket strike toll rises to 16",
  "The death toll from a Russian air strike on the Epicentr hypermarket in Kharkov on Saturday "
  "has risen to 16, regional governor Oleh Synehubov said on Sunday."),
 ("hx3", "kharkiv-hypermarket-2024-05-25", A, "2024-05-27", "radio-three",
  "Ukraine mourns victims of DIY store bombing",
  "Ukraine held a day of mourning on Monday for 19 people killed when Russian aircraft dropped "
  "two bombs on a DIY store in the Kharkiv region's capital on Saturday."),
 ("hx4", "kharkiv-printing-2024-05-23", A, "2024-05-23", "agency-four",
  "Missile strike destroys Kharkiv printing house",
  "A Russian missile strike destroyed a printing house in Kharkiv on Thursday, killing seven "
  "workers, officials said."),

 # -- ELN attack in Arauca
 ("ay1", "arauca-eln-2023-03-29", A, "2023-03-29", "wire-one",
  "ELN attack kills nine Colombian soldiers",
  "Rebels of the National Liberation Army attacked a military base in Puerto Jordan in "
  "Colombia's Arauca province on Wednesday, killing nine soldiers, the army said."),
 ("ay2", "arauca-eln-2023-03-29", A, "2023-03-30", "daily-two",
  "Colombia blames ELN for deadly bombing",
  "ELN guerrillas used explosives against a military outpost in Arauca department on Wednesday, "
  "killing nine soldiers and wounding nine, Colombia's defence minister said on Thursday."),
 ("ay3", "arauca-eln-2023-03-29", A, "2023-03-29", "radio-three",
  "Soldiers killed near Venezuelan border",
  "Nine soldiers died when a car bomb and grenades hit a base near Colombia's border with "
  "Venezuela on Wednesday, the government said, blaming ELN rebels."),
]


def main() -> None:
    # the writer is the dev set's (same format); loaded by path, both scripts share a name
    spec = importlib.util.spec_from_file_location(
        "incidents_dev_reports", HERE.parent / "incidents_dev" / "make_reports.py")
    dev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dev)
    dev.write_set(HERE, R)


if __name__ == "__main__":
    main()
