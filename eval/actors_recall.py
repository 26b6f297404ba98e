"""Actor mention recall and country-code agreement on a gold file with ``gold_actors``.

    python eval/actors_recall.py ../shared/eval/events/plover_gsr_dev.jsonl [--no-places]
        [--misses N] [--limit N]

Recall: the share of gold actor spans (``gold_actors[].spans``) that overlap at least one
``doc.actors`` mention. Country agreement: for matched gold actors whose ``code`` starts with
an ISO 3166 alpha-3 country code (CAMEO style), the share whose mention has the same country.
Gold codes starting IGO are checked against mentions of kind igo/coalition instead.
Not collected by pytest; needs the spaCy model.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

#: CAMEO country codes that are not ISO alpha-3
CAMEO_TO_ISO = {"JAP": "JPN", "ROM": "ROU", "SER": "SRB", "UKG": "GBR", "GMY": "DEU",
                "KSV": "XKX", "TMP": "TLS", "ZAR": "COD"}


def iso3(code: str | None) -> str | None:
    import pycountry

    if not code or len(code) < 3:
        return None
    c = CAMEO_TO_ISO.get(code[:3].upper(), code[:3].upper())
    return c if pycountry.countries.get(alpha_3=c) is not None else None


def alpha3_of(alpha2: str | None) -> str | None:
    import pycountry

    if not alpha2:
        return None
    c = pycountry.countries.get(alpha_2=alpha2)
    return str(c.alpha_3) if c else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--no-places", action="store_true", help="run without the places stage")
    ap.add_argument("--misses", type=int, default=0, help="print this many missed spans")
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    args = ap.parse_args(argv)

    import eventscope
    from eventscope.config import Config

    comps = ("eventscope.actors.v1",) if args.no_places else \
        ("eventscope.places.v1", "eventscope.actors.v1")
    nlp = eventscope.load(Config(components=comps))
    rows = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line]
    rows = rows[:args.limit] if args.limit else rows
    n_spans = hit = 0
    c_total = c_ok = igo_total = igo_ok = 0
    mentions = 0
    vias: Counter[str] = Counter()
    misses: list[str] = []
    wrong: list[str] = []
    t0 = time.time()
    for row in rows:
        doc = nlp(row["text"], id=row["id"], date=row.get("date"))
        mentions += len(doc.actors)
        vias.update(a.via or "?" for a in doc.actors)
        for g in row.get("gold_actors") or []:
            gold_country = iso3(g.get("code"))
            for s, e in g["spans"]:
                n_spans += 1
                over = [a for a in doc.actors if a.start < e and s < a.end]
                if not over:
                    misses.append(f"{row['id']}: {row['text'][s:e]!r} ({g.get('code')})")
                    continue
                hit += 1
                best = max(over, key=lambda a: min(e, a.end) - max(s, a.start))
                if gold_country:
                    c_total += 1
                    if alpha3_of(best.country_code) == gold_country:
                        c_ok += 1
                    else:
                        wrong.append(f"{row['id']}: {best.text!r} -> {best.country_code} "
                                     f"(gold {g.get('code')})")
                elif (g.get("code") or "").startswith("IGO"):
                    igo_total += 1
                    igo_ok += best.kind in ("igo", "coalition")
    secs = time.time() - t0
    print(f"documents: {len(rows)}  gold actor spans: {n_spans}  mentions predicted: {mentions}")
    print(f"mention recall (span overlap): {hit}/{n_spans} = {hit / max(1, n_spans):.3f}")
    print(f"country-code agreement on matched country-coded actors: {c_ok}/{c_total} = "
          f"{c_ok / max(1, c_total):.3f}")
    print(f"IGO gold actors matched by an igo/coalition mention: {igo_ok}/{igo_total}")
    print(f"mentions by via: {dict(vias)}   ({len(rows) / secs:.1f} docs/s incl. other stages)")
    for m in misses[:args.misses]:
        print("  MISS", m)
    for w in wrong[:args.misses]:
        print("  COUNTRY", w)
    return 0


if __name__ == "__main__":
    sys.exit(main())
