"""Entity tagging speed on SaudiNewsNet articles, in articles per second on one core.

    .venv/bin/python scripts/bench_entities.py [-n 1000] [--warm 50] [--no-warm-up] [--document-pass]

Reads the ``content`` of the first articles of shared/data/news/saudinewsnet-dev.jsonl.gz, does
what ``naba worker`` does at its start (``warm_up``: the decoder's rows for the news's 60,000 most
frequent word types; ``--no-warm-up`` leaves it out, as a one-off ``naba process`` does), warms
the model and its per-word caches on the first ``--warm`` articles (50: mostly first sightings of
the rarer words, as a worker just started meets them; 3000 or more: a worker that has run a
while) and times ``find_entities`` on the N after them.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import sys
import time
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's streams, not an installed one

from streams.extract import warm_up
from streams.extract.entities import find_entities

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared/data/news/saudinewsnet-dev.jsonl.gz"
WARMUP = 50


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1000, help="articles to time")
    ap.add_argument("--warm", type=int, default=WARMUP, help="articles tagged before timing")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--no-warm-up", action="store_true", help="skip the worker's start-up warm-up")
    ap.add_argument("--document-pass", action="store_true", help="also run the stacked document pass")
    args = ap.parse_args()
    with gzip.open(args.corpus) as fh:
        texts = [orjson.loads(line).get("content") or "" for line in itertools.islice(fh, args.warm + args.n)]
    doc = args.document_pass
    if not args.no_warm_up:
        t0 = time.perf_counter()
        words = warm_up()
        print(f"warm-up as naba worker starts: {words:,} word types in {time.perf_counter() - t0:.1f}s")
    for t in texts[:args.warm]:
        find_entities(t, document_pass=doc)
    timed = texts[args.warm:]
    chars = sum(map(len, timed))
    t0 = time.process_time()
    found = sum(len(find_entities(t, document_pass=doc)) for t in timed)
    dt = time.process_time() - t0
    print(f"{len(timed)} articles ({chars / max(len(timed), 1):.0f} chars avg) after {args.warm} to warm, {found} entities")
    print(f"{len(timed) / dt:.0f} articles/s on one core ({dt * 1000 / len(timed):.2f} ms/article, CPU time)")


if __name__ == "__main__":
    main()
