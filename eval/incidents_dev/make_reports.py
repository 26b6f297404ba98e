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
]


def main() -> None:
    with open(HERE / "reports.jsonl", "w", encoding="utf-8") as rep, \
         open(HERE / "gold.jsonl", "w", encoding="utf-8") as gold:
        for rid, inc, types, date, outlet, title, text in R:
            rep.write(json.dumps({"id": rid, "date": date, "source": outlet, "title": title,
                                  "text": title + "\n\n" + text}) + "\n")
            gold.write(json.dumps({"id": rid, "incident": inc, "types": types}) + "\n")


if __name__ == "__main__":
    main()
