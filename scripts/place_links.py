"""How many of the places found in news articles carry a link (a country or coordinates).

    .venv/bin/python scripts/place_links.py [-n 1000] [--start 2000] [--top 30]

Runs ``find_entities`` on ``n`` SaudiNewsNet and ``n`` ANT articles from line ``start`` and
prints the share of LOC entities linked to the gazetteer, and the commonest unlinked names:
where the gazetteer is worth extending next.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import sys
from collections import Counter
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's streams, not an installed one

from streams.extract.entities import find_entities

NEWS = Path(__file__).resolve().parents[1].parent / "shared/data/news"
CORPORA = (("saudinewsnet-dev.jsonl.gz", "content"), ("ant_v1.1.jsonl.gz", "text"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1000, help="articles of each corpus")
    ap.add_argument("--start", type=int, default=2000, help="first line read in each corpus")
    ap.add_argument("--top", type=int, default=30, help="unlinked names listed")
    ap.add_argument("--news", type=Path, default=NEWS)
    args = ap.parse_args()
    places, linked, unlinked = 0, 0, Counter()
    for name, field in CORPORA:
        with gzip.open(args.news / name) as fh:
            for line in itertools.islice(fh, args.start, args.start + args.n):
                for e in find_entities(orjson.loads(line).get(field) or ""):
                    if e.type != "LOC":
                        continue
                    places += 1
                    if e.country or e.lat is not None:
                        linked += 1
                    else:
                        unlinked[e.canonical] += 1
    print(f"{places} places in {2 * args.n} articles, {linked} linked ({linked / max(places, 1):.3f})")
    print("commonest unlinked:", ", ".join(f"{k} {v}" for k, v in unlinked.most_common(args.top)))


if __name__ == "__main__":
    main()
