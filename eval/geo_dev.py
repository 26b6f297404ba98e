"""Score the places stage on a geo gold set with the reference scorer.

    python eval/geo_dev.py ../shared/eval/geo/lgl.jsonl [--out OUT.jsonl] [--roles literal,...]

Strips the gold_* fields, runs spaCy then only the places component, writes contract-shaped
lines ({"id", "status": "ok", "places": [...]}), runs ``score.py geo`` on them and prints
docs/s and places/s of the places component alone (spaCy excluded).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from eventscope.annotate import Annotator
from eventscope.config import Config
from eventscope.doc import Doc
from eventscope.places import PlaceResolver, open_gazetteer

SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--roles", default="literal,metonym,demonym")
    ap.add_argument("--keep-unresolved", action="store_true")
    ap.add_argument("--scorer", type=Path, default=SCORER)
    ap.add_argument("--details", type=Path, default=None)
    args = ap.parse_args()

    rows = [json.loads(line) for line in args.gold.open(encoding="utf-8") if line.strip()]
    docs = [Doc(id=str(r["id"]), text=r["text"]) for r in rows]
    config = Config(components=("eventscope.places.v1",))
    t0 = time.perf_counter()
    gaz = open_gazetteer(config.gazetteer_path)
    load_s = time.perf_counter() - t0
    resolver = PlaceResolver(gaz, keep_unresolved=args.keep_unresolved,
                             roles=tuple(args.roles.split(",")))
    annotated = list(Annotator(config).pipe(docs))
    t0 = time.perf_counter()
    for d in annotated:
        resolver(d)
    places_s = time.perf_counter() - t0
    n_places = sum(len(d.places) for d in annotated)

    out = args.out or Path(f"/tmp/geo_dev_{args.gold.stem}.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for d in annotated:
            d.check_offsets()
            fh.write(json.dumps({"id": d.id, "status": "ok",
                                 "places": [p.to_dict() for p in d.places]}) + "\n")
    cmd = [sys.executable, str(args.scorer), "geo", str(args.gold), str(out)]
    if args.details:
        cmd += ["--details", str(args.details)]
    subprocess.run(cmd, check=True)
    print(f"gazetteer open: {load_s:.3f} s; places stage: {len(annotated)} docs, {n_places} "
          f"places in {places_s:.2f} s = {len(annotated) / places_s:.0f} docs/s, "
          f"{n_places / places_s:.0f} places/s (spaCy excluded)")


if __name__ == "__main__":
    main()
