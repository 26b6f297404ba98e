"""Build reports.jsonl and gold.jsonl of the incidents dev set (texts written for eventscope)."""
import json
from pathlib import Path

HERE = Path(__file__).parent

# (id, incident, gold PLOVER types, publication date, outlet, title, text)
R = [
 ("a1", "kherson-market-2023-06-10", ["ASSAULT"], "2023-06-10", "wire-one",
  "Russian strike on Kherson market kills 12",
  "A Russian airstrike hit a crowded market in Kherson on Saturday morning, killing at least 12 "
  "people and wounding 25, Ukrainian officials said. Rescue teams searched the rubble for hours."),
 ("a2", "kherson-market-2023-06-10", ["ASSAULT"], "2023-06-11", "daily-two",
  "Death toll in Kherson bombing rises to 14",
  "The death toll from Saturday's Russian bombing of a market in the southern Ukrainian city of "
  "Kherson has risen to 14, the regional governor said on Sunday. Russian forces dropped two "
  "guided bombs on the market when it was full of shoppers."),
 ("a3", "kherson-market-2023-06-10", ["ASSAULT"], "2023-06-10", "radio-three",
  "Bombs fall on Kherson shoppers",
  "Russia bombed a covered market in Kherson on Saturday. A dozen civilians were killed, "
  "according to the city military administration. Ukraine's foreign ministry accused Moscow of "
  "deliberately targeting civilians."),
 ("a4", "kherson-hospital-2023-06-20", ["ASSAULT"], "2023-06-20", "wire-one",
  "Russian shelling hits Kherson hospital",
  "Russian artillery shelled a hospital in Kherson on Tuesday, killing two nurses, Ukrainian "
  "officials said. Patients were moved to basements."),
 ("a5", "zaporizhzhia-strike-2023-06-10", ["ASSAULT"], "2023-06-10", "daily-two",
  "Missile strike on Zaporizhzhia",
  "A Russian missile struck an apartment block in Zaporizhzhia on Saturday, killing three people, "
  "the regional governor said."),

 ("b1", "mogadishu-base-2022-10-29", ["ASSAULT"], "2022-10-29", "wire-one",
  "Al-Shabaab car bomb hits Mogadishu base",
  "Al-Shabaab militants detonated a car bomb at the gate of a military base in Mogadishu on "
  "Saturday, killing at least 8 soldiers, a Somali army officer said."),
 ("b2", "mogadishu-base-2022-10-29", ["ASSAULT"], "2022-10-30", "daily-two",
  "Somalia: soldiers killed in suicide attack",
  "Ten Somali soldiers were killed on Saturday when a suicide bomber drove an explosives-laden "
  "vehicle into an army base in the capital, Mogadishu. Al-Shabaab claimed the attack."),
 ("b3", "mogadishu-base-2022-10-29", ["ASSAULT"], "2022-10-29", "radio-three",
  "Explosion at army camp in Mogadishu",
  "Al-Shabaab attacked an army camp in Mogadishu with a car bomb on Saturday. Officials said "
  "between 8 and 12 soldiers died."),
 ("b4", "mogadishu-hotel-2022-11-27", ["ASSAULT"], "2022-11-27", "wire-one",
  "Al-Shabaab gunmen storm Mogadishu hotel",
  "Al-Shabaab gunmen stormed a hotel in Mogadishu on Sunday, killing five civilians before "
  "security forces ended the siege, police said."),

 ("c1", "tbilisi-protest-2023-03-07", ["PROTEST"], "2023-03-07", "wire-one",
  "Thousands protest in Tbilisi against foreign agents bill",
  "Thousands of people protested outside parliament in Tbilisi on Tuesday against a bill on "
  "foreign agents. Police used water cannon to disperse the demonstrators."),
 ("c2", "tbilisi-protest-2023-03-07", ["PROTEST"], "2023-03-08", "daily-two",
  "Georgians rally against 'Russian law'",
  "Demonstrators rallied in the Georgian capital Tbilisi on Tuesday evening to protest against "
  "the foreign agents law, which critics call a Russian law."),
 ("c3", "batumi-protest-2023-03-07", ["PROTEST"], "2023-03-07", "radio-three",
  "Protest in Batumi",
  "Hundreds of people protested in Batumi on Tuesday against the foreign agents bill."),

 ("d1", "damascus-airport-2022-06-10", ["ASSAULT"], "2022-06-10", "wire-one",
  "Israeli strikes put Damascus airport out of service",
  "Israeli missiles struck Damascus International Airport on Friday, damaging a runway and "
  "putting the airport out of service, the Syrian army said."),
 ("d2", "damascus-airport-2022-06-10", ["ASSAULT"], "2022-06-11", "daily-two",
  "Flights suspended after Israeli attack on Damascus",
  "Syria suspended flights at Damascus airport after Israel launched an air strike on it on "
  "Friday. Israel did not comment on the attack."),
 ("d3", "aleppo-airport-2022-08-31", ["ASSAULT"], "2022-08-31", "wire-one",
  "Israeli strike hits Aleppo airport",
  "Israel struck Aleppo airport on Wednesday, damaging the runway, Syrian state media said."),

 ("e1", "eu-sanctions-belarus-2021-06-24", ["SANCTION"], "2021-06-24", "wire-one",
  "EU imposes economic sanctions on Belarus",
  "The European Union imposed economic sanctions on Belarus on Thursday, targeting its potash "
  "and oil industries after the forced landing of a Ryanair flight in Minsk."),
 ("e2", "eu-sanctions-belarus-2021-06-24", ["SANCTION"], "2021-06-25", "daily-two",
  "Brussels hits Minsk with sectoral sanctions",
  "EU governments on Thursday approved sanctions against Belarus, hitting the country's potash "
  "exports and banning its airlines from EU skies."),
 ("e3", "us-sanctions-belarus-2021-08-09", ["SANCTION"], "2021-08-09", "radio-three",
  "Washington sanctions Belarusian firms",
  "The United States imposed sanctions on Belarusian state companies on Monday, a year after "
  "the disputed presidential election."),

 ("f1", "istanbul-journalists-2022-10-25", ["COERCE", "ASSAULT"], "2022-10-25", "wire-one",
  "Turkish police detain journalists in Istanbul",
  "Turkish police detained eleven Kurdish journalists in dawn raids in Istanbul on Tuesday, "
  "their lawyers said."),
 ("f2", "istanbul-journalists-2022-10-25", ["COERCE", "ASSAULT"], "2022-10-26", "daily-two",
  "Press groups condemn arrests of reporters",
  "Police in Istanbul arrested 11 journalists working for Kurdish media outlets on Tuesday. "
  "Press freedom groups condemned the detentions."),
 ("f3", "ankara-journalists-2022-11-02", ["COERCE", "ASSAULT"], "2022-11-02", "radio-three",
  "Journalists detained in Ankara",
  "Turkish police detained four journalists in Ankara on Wednesday over their social media "
  "posts."),

 ("g1", "el-fasher-shelling-2024-05-11", ["ASSAULT"], "2024-05-11", "wire-one",
  "RSF shells El Fasher",
  "The Rapid Support Forces shelled residential areas of El Fasher on Saturday, killing at "
  "least 27 civilians, local activists said."),
 ("g2", "el-fasher-shelling-2024-05-11", ["ASSAULT"], "2024-05-12", "daily-two",
  "Dozens killed in Darfur city bombardment",
  "Shelling by the paramilitary Rapid Support Forces killed 30 people in El Fasher, the capital "
  "of North Darfur, on Saturday, according to Doctors Without Borders."),
 ("g3", "khartoum-airstrike-2024-05-11", ["ASSAULT"], "2024-05-11", "radio-three",
  "Army air strikes in Khartoum",
  "Sudanese army aircraft bombed RSF positions in Khartoum on Saturday, witnesses said."),

 ("h1", "abu-kamal-mobilize-2020-03-10", ["MOBILIZE"], "2020-03-12", "wire-one",
  "Iran sends reinforcements to Abu Kamal",
  "Iran has sent reinforcements to Abu Kamal on the Syrian-Iraqi border, local sources said on "
  "Thursday. Dozens of fighters arrived in the town on Tuesday."),
 ("h2", "abu-kamal-mobilize-2020-03-10", ["MOBILIZE"], "2020-03-11", "daily-two",
  "Iranian-backed militias reinforce Albu Kamal",
  "Iran deployed more fighters to Albu Kamal in eastern Syria on Tuesday, according to a war "
  "monitor."),

 # -- second batch (more incidents and look-alikes, to find error classes)
 ("i1", "kabul-airport-2021-08-26", ["ASSAULT"], "2021-08-26", "wire-one",
  "Suicide bombers strike crowds outside Kabul airport",
  "Two suicide bombers and gunmen attacked crowds outside Kabul airport on Thursday, killing at "
  "least 60 Afghans and 13 U.S. troops, officials said. Islamic State claimed the attack."),
 ("i2", "kabul-airport-2021-08-26", ["ASSAULT"], "2021-08-28", "daily-two",
  "Toll from airport bombing passes 170",
  "The number of people killed in Thursday's suicide bombing at Hamid Karzai International "
  "Airport has risen to more than 170, health officials in the Afghan capital said on "
  "Saturday."),
 ("i3", "kabul-airport-2021-08-26", ["ASSAULT"], "2021-08-27", "radio-three",
  "IS-K claims Kabul blast",
  "The Islamic State's Afghan branch said one of its fighters carried out the bombing at the "
  "Abbey Gate of the airport in Kabul on Thursday evening, which killed 13 American service "
  "members."),
 ("i4", "kabul-drone-2021-08-29", ["ASSAULT"], "2021-08-29", "wire-one",
  "US drone strike hits car in Kabul",
  "A U.S. drone strike destroyed a vehicle in a residential area of Kabul on Sunday, killing "
  "ten members of one family, relatives said."),

 ("j1", "mariupol-theatre-2022-03-16", ["ASSAULT"], "2022-03-16", "wire-one",
  "Russian bomb hits Mariupol theatre sheltering civilians",
  "A Russian air strike destroyed a drama theatre in Mariupol where hundreds of civilians were "
  "sheltering on Wednesday, city officials said."),
 ("j2", "mariupol-theatre-2022-03-16", ["ASSAULT"], "2022-03-25", "daily-two",
  "About 300 feared dead in Mariupol theatre bombing",
  "About 300 people were killed in the Russian bombing of the drama theatre in the besieged "
  "port city in Donetsk region on March 16, Mariupol city council said on Friday."),
 ("j3", "mariupol-theatre-2022-03-16", ["ASSAULT"], "2022-03-17", "radio-three",
  "Rescuers search ruins of Mariupol theatre",
  "Rescuers in Mariupol searched the rubble of the theatre hit by Russian aircraft on Wednesday, "
  "as some survivors emerged from the basement, a local official said on Thursday."),
 ("j4", "mariupol-hospital-2022-03-09", ["ASSAULT"], "2022-03-09", "radio-three",
  "Russian strike hits Mariupol maternity hospital",
  "A Russian air strike hit a maternity hospital in Mariupol on Wednesday, wounding 17 people, "
  "Ukrainian officials said."),

 ("k1", "tel-aviv-protest-2023-03-25", ["PROTEST"], "2023-03-25", "wire-one",
  "Tens of thousands protest judicial overhaul in Tel Aviv",
  "Tens of thousands of Israelis protested in Tel Aviv on Saturday night against the "
  "government's plan to overhaul the judiciary, police said."),
 ("k2", "tel-aviv-protest-2023-03-25", ["PROTEST"], "2023-03-26", "daily-two",
  "Israelis rally for 12th week",
  "Protesters rallied in Israel's commercial capital on Saturday for the 12th week running, "
  "blocking the Ayalon highway and clashing with police."),
 ("k3", "jerusalem-protest-2023-03-25", ["PROTEST"], "2023-03-25", "radio-three",
  "Protest outside PM's residence",
  "Several thousand demonstrators protested outside the prime minister's residence in Jerusalem "
  "on Saturday against the judicial overhaul."),

 ("l1", "uk-sanctions-banks-2022-02-22", ["SANCTION"], "2022-02-22", "wire-one",
  "Britain sanctions five Russian banks",
  "Britain imposed sanctions on five Russian banks and three wealthy individuals on Tuesday "
  "after Russia recognised two breakaway regions of Ukraine."),
 ("l2", "uk-sanctions-banks-2022-02-22", ["SANCTION"], "2022-02-23", "daily-two",
  "London targets Russian lenders",
  "The British government on Tuesday froze the assets of Rossiya bank and four other Russian "
  "lenders, Prime Minister Boris Johnson told parliament."),
 ("l3", "us-sanctions-banks-2022-02-22", ["SANCTION"], "2022-02-22", "radio-three",
  "Washington sanctions Russian state banks",
  "The United States imposed sanctions on two large Russian state-owned banks and on Russian "
  "sovereign debt on Tuesday, President Joe Biden said."),

 ("m1", "istanbul-grain-deal-2022-07-22", ["AGREE"], "2022-07-22", "wire-one",
  "Russia and Ukraine sign grain export deal",
  "Russia and Ukraine signed a deal in Istanbul on Friday to reopen Ukraine's Black Sea ports "
  "for grain exports, in an agreement brokered by Turkey and the United Nations."),
 ("m2", "istanbul-grain-deal-2022-07-22", ["AGREE"], "2022-07-23", "daily-two",
  "Grain corridor agreed in Turkey",
  "Moscow and Kyiv agreed on Friday to a safe corridor for grain ships, signing separate "
  "accords with Turkey and the UN at a ceremony in Istanbul's Dolmabahce palace."),
 ("m3", "istanbul-grain-deal-2022-07-22", ["AGREE"], "2022-07-22", "radio-three",
  "UN chief hails Black Sea deal",
  "Ukrainian and Russian ministers signed an agreement on Friday to resume grain shipments from "
  "Odesa and two other ports, the United Nations said."),

 ("n1", "navalny-detained-2021-01-17", ["COERCE", "ASSAULT"], "2021-01-17", "wire-one",
  "Navalny detained on return to Russia",
  "Russian police detained opposition leader Alexei Navalny at Sheremetyevo airport in Moscow "
  "on Sunday, shortly after he flew home from Germany."),
 ("n2", "navalny-detained-2021-01-17", ["COERCE", "ASSAULT"], "2021-01-18", "daily-two",
  "Kremlin critic arrested at passport control",
  "Alexei Navalny was arrested at passport control on Sunday after landing in the Russian "
  "capital, his spokeswoman said."),
 ("n3", "moscow-protest-arrests-2021-01-23", ["COERCE", "ASSAULT"], "2021-01-23", "radio-three",
  "Thousands detained at pro-Navalny rallies",
  "Russian police detained more than 1,000 people in Moscow on Saturday at protests demanding "
  "the release of Alexei Navalny, a monitoring group said."),

 ("o1", "bali-biden-xi-2022-11-14", ["CONSULT"], "2022-11-14", "wire-one",
  "Biden and Xi meet in Bali",
  "U.S. President Joe Biden met Chinese President Xi Jinping in Bali on Monday, their first "
  "in-person talks since Biden took office."),
 ("o2", "bali-biden-xi-2022-11-14", ["CONSULT"], "2022-11-15", "daily-two",
  "Three hours of talks in Nusa Dua",
  "Xi Jinping and Joe Biden held three hours of talks at a hotel on the Indonesian island on "
  "Monday, on the eve of the G20 summit."),

 ("p1", "mekelle-aid-2022-11-16", ["AID"], "2022-11-16", "wire-one",
  "First aid convoy reaches Tigray capital",
  "A convoy of World Food Programme trucks carrying food and medicine reached Mekelle, the "
  "capital of Tigray, on Wednesday, the first since the truce."),
 ("p2", "mekelle-aid-2022-11-16", ["AID"], "2022-11-17", "daily-two",
  "UN delivers food to Tigray",
  "The United Nations delivered food aid to the Tigray region of Ethiopia on Wednesday, "
  "a WFP spokeswoman said."),

 ("q1", "kunduz-mosque-2021-10-08", ["ASSAULT"], "2021-10-08", "wire-one",
  "Suicide bomber hits Shi'ite mosque in Afghanistan's Kunduz",
  "A suicide bomber attacked a Shi'ite mosque in the northern Afghan city of Kunduz during "
  "Friday prayers, killing at least 12 worshippers, a Taliban spokesman said."),
 ("q2", "kunduz-mosque-2021-10-08", ["ASSAULT"], "2021-10-09", "daily-two",
  "Kunduz mosque bombing toll rises to 55",
  "The death toll from Friday's suicide bombing of a Shiite mosque in Kunduz province rose to "
  "55 on Saturday, local officials said. Islamic State claimed the attack."),
 ("q3", "kunduz-mosque-2021-10-08", ["ASSAULT"], "2021-10-10", "radio-three",
  "Families bury victims of Kunduz attack",
  "An Islamic State suicide bomber killed 72 worshippers at the Gozar-e-Sayed Abad mosque in "
  "Kunduz on Friday, a hospital official said on Sunday."),
 ("q4", "kandahar-mosque-2021-10-15", ["ASSAULT"], "2021-10-15", "wire-one",
  "Blasts hit Shi'ite mosque in Kandahar",
  "Suicide bombers attacked a Shi'ite mosque in the southern city of Kandahar during Friday "
  "prayers, killing 47 people, officials said."),

 ("r1", "beijing-xi-lavrov-2024-04-09", ["CONSULT"], "2024-04-09", "wire-one",
  "Xi receives Lavrov in Beijing",
  "Chinese President Xi Jinping received Russian Foreign Minister Sergei Lavrov in Beijing on "
  "Tuesday, Chinese state media reported."),
 ("r2", "beijing-xi-lavrov-2024-04-09", ["CONSULT"], "2024-04-10", "daily-two",
  "Lavrov and Xi discuss Ukraine",
  "Sergei Lavrov met Xi Jinping in the Chinese capital on Tuesday and discussed the war in "
  "Ukraine, the Russian foreign ministry said."),

 # -- third batch: harder look-alikes (same day elsewhere in the country, follow-ups)
 ("s1", "dnipro-block-2023-01-14", ["ASSAULT"], "2023-01-14", "wire-one",
  "Russian missile hits Dnipro apartment block",
  "A Russian missile hit a nine-storey apartment block in Dnipro on Saturday, killing at least "
  "12 people, Ukrainian officials said."),
 ("s2", "dnipro-block-2023-01-14", ["ASSAULT"], "2023-01-16", "daily-two",
  "Dnipro toll climbs as rescuers search ruins",
  "Rescuers pulled more bodies from the ruins of an apartment building in Dnipro that a Russian "
  "missile destroyed on Saturday, raising the toll to 40, officials said on Monday."),
 ("s3", "dnipro-block-2023-01-14", ["ASSAULT"], "2023-01-14", "radio-three",
  "Missile strikes residential building in central Ukraine",
  "Russia fired a Kh-22 missile at a residential building in the Dnipropetrovsk region on "
  "Saturday, killing 20 people, the regional governor said."),
 ("s4", "lviv-energy-2023-01-14", ["ASSAULT"], "2023-01-14", "agency-four",
  "Missile hits energy site near Lviv",
  "A Russian missile struck an energy facility near Lviv on Saturday, the regional governor "
  "said."),
 ("s5", "dnipro-drones-2023-01-19", ["ASSAULT"], "2023-01-19", "wire-one",
  "Drones hit Dnipro again",
  "Russian drones hit industrial sites in Dnipro on Thursday, days after a missile strike on "
  "an apartment block in the city, the mayor said."),

 ("t1", "bamba-boat-2023-09-07", ["ASSAULT"], "2023-09-07", "wire-one",
  "Jihadists attack passenger boat in Mali",
  "Islamist militants attacked a passenger boat on the Niger River near Bamba in Mali's Gao "
  "region on Thursday, killing 49 civilians and 15 soldiers, the government said."),
 ("t2", "bamba-boat-2023-09-07", ["ASSAULT"], "2023-09-08", "daily-two",
  "Mali says 64 killed in boat attack",
  "Malian authorities said on Friday that 64 people were killed when jihadists struck the "
  "Tombouctou passenger boat on the Niger River on Thursday."),
 ("t3", "mopti-ambush-2023-09-07", ["ASSAULT"], "2023-09-07", "radio-three",
  "Three soldiers killed in Mopti ambush",
  "Suspected jihadists killed three Malian soldiers in an ambush near Mopti on Thursday, a "
  "military source said."),

 ("u1", "tehran-protest-2022-09-21", ["PROTEST"], "2022-09-21", "wire-one",
  "Protests over Mahsa Amini's death spread in Tehran",
  "Protesters clashed with security forces in Tehran on Wednesday over the death in custody of "
  "Mahsa Amini, witnesses said."),
 ("u2", "tehran-protest-2022-09-21", ["PROTEST"], "2022-09-22", "daily-two",
  "Iranians defy crackdown",
  "Demonstrators took to the streets of the Iranian capital on Wednesday night, chanting "
  "slogans against the authorities, videos on social media showed."),
 ("u3", "mashhad-protest-2022-09-21", ["PROTEST"], "2022-09-21", "radio-three",
  "Protesters set fires in Mashhad",
  "Protesters in the northeastern city of Mashhad set fire to police vehicles on Wednesday, "
  "state media said."),

 ("v1", "gershkovich-2023-03-30", ["COERCE", "ASSAULT"], "2023-03-30", "wire-one",
  "Russia detains US reporter on spying charges",
  "Russia's FSB security service detained Wall Street Journal reporter Evan Gershkovich in "
  "Yekaterinburg on Thursday on suspicion of spying."),
 ("v2", "gershkovich-2023-03-30", ["COERCE", "ASSAULT"], "2023-03-31", "daily-two",
  "American journalist held in the Urals",
  "Russian security services arrested an American journalist in the Urals city of "
  "Ekaterinburg on Thursday, his newspaper said on Friday."),
 ("v3", "moscow-activist-2023-03-30", ["COERCE", "ASSAULT"], "2023-03-30", "radio-three",
  "Activist detained in Moscow",
  "Russian police detained an anti-war activist in Moscow on Thursday, a rights group said."),

 ("x1", "aleppo-airport-2023-03-07", ["ASSAULT"], "2023-03-07", "wire-one",
  "Israeli strike puts Aleppo airport out of service",
  "Israeli missiles struck Aleppo airport early on Tuesday, putting it out of service, the "
  "Syrian army said."),
 ("x2", "aleppo-airport-2023-03-07", ["ASSAULT"], "2023-03-08", "daily-two",
  "Aleppo runway damaged in air raid",
  "An Israeli air raid on Aleppo International Airport on Tuesday damaged its runway, Syria's "
  "transport ministry said on Wednesday."),
 ("x3", "damascus-strike-2023-03-07", ["ASSAULT"], "2023-03-07", "radio-three",
  "Israeli missiles hit targets near Damascus",
  "Israeli missiles also struck targets near Damascus on Tuesday, killing three people, the "
  "Syrian army said."),

 # -- fourth batch: sanctions, aid and multi-city strikes
 ("w1", "eu-sanctions-morality-police-2022-10-17", ["SANCTION"], "2022-10-17", "wire-one",
  "EU sanctions Iran's morality police",
  "The European Union imposed sanctions on Iran's morality police and 11 officials on Monday "
  "over the crackdown on protests."),
 ("w2", "eu-sanctions-morality-police-2022-10-17", ["SANCTION"], "2022-10-18", "daily-two",
  "Brussels freezes assets of Iranian officials",
  "EU foreign ministers on Monday froze the assets of Iranian officials they hold responsible "
  "for the death of Mahsa Amini and the violent response to protests."),
 ("w3", "uk-sanctions-morality-police-2022-10-17", ["SANCTION"], "2022-10-17", "radio-three",
  "Britain sanctions Iranian morality police",
  "Britain sanctioned Iran's morality police and its leaders on Monday over the treatment of "
  "protesters."),

 ("z1", "us-airdrop-gaza-2024-03-02", ["AID"], "2024-03-02", "wire-one",
  "US airdrops food into Gaza",
  "U.S. military aircraft airdropped more than 38,000 meals into Gaza on Saturday, the first "
  "American airdrop of aid into the territory."),
 ("z2", "us-airdrop-gaza-2024-03-02", ["AID"], "2024-03-03", "daily-two",
  "American planes drop aid along Gaza coast",
  "American C-130 cargo planes dropped food aid along the coast of the Gaza Strip on Saturday, "
  "U.S. Central Command said."),
 ("z3", "jordan-airdrop-gaza-2024-03-02", ["AID"], "2024-03-02", "radio-three",
  "Jordan drops aid over northern Gaza",
  "Jordan's air force airdropped food parcels over northern Gaza on Saturday, the army said."),
 ("z4", "us-airdrop-gaza-2024-03-05", ["AID"], "2024-03-05", "agency-four",
  "Second US airdrop over Gaza",
  "U.S. aircraft carried out a second airdrop of aid over Gaza on Tuesday, dropping 36,000 "
  "meals."),

 ("y1", "yemen-strikes-2024-01-12", ["ASSAULT"], "2024-01-12", "wire-one",
  "US and Britain strike Houthi targets in Yemen",
  "The United States and Britain struck Houthi military targets across Yemen early on Friday "
  "in response to attacks on Red Sea shipping."),
 ("y2", "yemen-strikes-2024-01-12", ["ASSAULT"], "2024-01-13", "daily-two",
  "Warplanes bomb Houthi sites",
  "U.S. and British warplanes bombed Houthi military sites in Sanaa, Hodeidah and Saada on "
  "Friday, killing five fighters, the Houthis said."),
 ("y3", "yemen-strikes-2024-01-12", ["ASSAULT"], "2024-01-12", "radio-three",
  "Explosions heard in Sana'a",
  "American and British aircraft struck the Yemeni capital Sana'a on Friday, residents said, "
  "after weeks of Houthi attacks on ships."),
 ("y4", "yemen-radar-2024-01-13", ["ASSAULT"], "2024-01-13", "agency-four",
  "US strikes Houthi radar site",
  "The U.S. military struck a Houthi radar site in Yemen on Saturday, a day after wider "
  "strikes, officials said."),

 # -- fifth batch: same actors elsewhere the same day, same place days later, follow-ups
 ("bb1", "wad-al-noura-2024-06-05", ["ASSAULT"], "2024-06-05", "wire-one",
  "RSF attack on Sudanese village kills over 100",
  "RSF fighters attacked Wad al-Noura village in Gezira state on Wednesday, killing more than "
  "100 people, activists said."),
 ("bb2", "wad-al-noura-2024-06-05", ["ASSAULT"], "2024-06-06", "daily-two",
  "Villagers massacred in central Sudan",
  "The paramilitary Rapid Support Forces killed at least 104 villagers in an attack on Wad "
  "Al-Nourah in Sudan's central Al Jazirah state on Wednesday, a local committee said."),
 ("bb3", "omdurman-market-2024-06-05", ["ASSAULT"], "2024-06-05", "radio-three",
  "Shelling hits Omdurman market",
  "RSF shelling hit a market in Omdurman on Wednesday, killing 12 people, medics said."),
 ("bb4", "wad-al-noura-looting-2024-06-08", ["ASSAULT"], "2024-06-08", "agency-four",
  "RSF fighters return to Wad al-Noura",
  "RSF fighters returned to Wad al-Noura on Saturday and looted homes, residents said."),

 ("cc1", "belgrade-protest-2024-12-22", ["PROTEST"], "2024-12-22", "wire-one",
  "Tens of thousands rally in Belgrade",
  "Tens of thousands of people protested in Belgrade on Sunday against corruption, weeks after "
  "a deadly canopy collapse in Novi Sad."),
 ("cc2", "belgrade-protest-2024-12-22", ["PROTEST"], "2024-12-23", "daily-two",
  "Students lead huge Serbian rally",
  "Students led a huge rally in the Serbian capital on Sunday, one of the largest protests in "
  "years, an independent monitor said."),
 ("cc3", "novi-sad-protest-2024-12-22", ["PROTEST"], "2024-12-22", "radio-three",
  "Roads blocked in Novi Sad",
  "Protesters blocked roads in Novi Sad on Sunday, demanding accountability for the collapse."),
 ("cc4", "belgrade-protest-2024-12-23", ["PROTEST"], "2024-12-23", "agency-four",
  "Students block Belgrade intersection",
  "Students blocked a major intersection in Belgrade on Monday for fifteen minutes of silence."),

 ("dd1", "imamoglu-detained-2025-03-19", ["COERCE", "ASSAULT"], "2025-03-19", "wire-one",
  "Istanbul mayor detained",
  "Turkish police detained Istanbul Mayor Ekrem Imamoglu in a dawn raid on his home on "
  "Wednesday, state media said."),
 ("dd2", "imamoglu-detained-2025-03-19", ["COERCE", "ASSAULT"], "2025-03-20", "daily-two",
  "Erdogan rival taken into custody",
  "Authorities in Turkey took Istanbul's mayor into custody on Wednesday on corruption and "
  "terrorism charges, his party said."),
 ("dd3", "istanbul-posts-arrests-2025-03-20", ["COERCE", "ASSAULT"], "2025-03-20",
  "radio-three", "37 held over social media posts",
  "Turkish police detained 37 people in Istanbul on Thursday over social media posts about the "
  "mayor's detention, the interior minister said."),
]


def write_set(folder: Path, reports: list) -> None:
    """reports.jsonl (the pages) and gold.jsonl (their incidents and types) in ``folder``."""
    with open(folder / "reports.jsonl", "w", encoding="utf-8") as rep, \
         open(folder / "gold.jsonl", "w", encoding="utf-8") as gold:
        for rid, inc, types, date, outlet, title, text in reports:
            rep.write(json.dumps({"id": rid, "date": date, "source": outlet, "title": title,
                                  "text": title + "\n\n" + text}) + "\n")
            gold.write(json.dumps({"id": rid, "incident": inc, "types": types}) + "\n")


def main() -> None:
    write_set(HERE, R)


if __name__ == "__main__":
    main()
