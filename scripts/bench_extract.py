"""CPU time of each step of the extract stage (streams/extract/article.py) per article.

    .venv/bin/python scripts/bench_extract.py [-n 1000] [--repeat 3]

Runs the extractors ``extract_article`` runs, in its order and with its inputs, on the
display-normalised ``content`` of the first N SaudiNewsNet articles (after 50 warm-up
articles), timing each with ``time.process_time`` (CPU time: the figure holds on a shared
machine). Each repeat is a fresh process, so caches start cold as in the speed target's
benchmark; prints each step's median ms/article and share, and articles/s for the stage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import itertools
import statistics
import subprocess
import sys
import time
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared/data/news/saudinewsnet-dev.jsonl.gz"
WARMUP = 50
ANCHOR = dt.date(2015, 1, 1)


def run(n: int) -> dict[str, float]:
    """Seconds of CPU time per step over ``n`` articles (one process)."""
    from streams.arabic import normalize_display
    from streams.extract.amounts import find_amounts
    from streams.extract.counts import find_counts
    from streams.extract.dates import find_dates
    from streams.extract.entities import find_entities
    from streams.extract.keywords import find_keywords
    from streams.extract.quotes import find_quotes
    from streams.extract.topics import find_topics

    with gzip.open(CORPUS) as fh:
        texts = [normalize_display(orjson.loads(line).get("content") or "") for line in itertools.islice(fh, WARMUP + n)]
    took: dict[str, float] = {}
    clock = time.process_time
    for k, text in enumerate(texts):
        steps = {}
        t = clock()
        entities = find_entities(text)
        steps["entities"], t = clock() - t, clock()
        dates = find_dates(text, anchor=ANCHOR)
        steps["dates"], t = clock() - t, clock()
        amounts = find_amounts(text, dates=dates)
        steps["amounts"], t = clock() - t, clock()
        find_counts(text, amounts)
        steps["counts"], t = clock() - t, clock()
        find_quotes(text, entities)
        steps["quotes"], t = clock() - t, clock()
        find_topics(text)
        steps["topics"], t = clock() - t, clock()
        find_keywords(text)
        steps["keywords"] = clock() - t
        if k >= WARMUP:
            for name, s in steps.items():
                took[name] = took.get(name, 0.0) + s
    return took


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # a single run, as JSON
    args = ap.parse_args()
    if args.one:
        print(orjson.dumps(run(args.n)).decode())
        return
    runs = []
    for _ in range(args.repeat):
        out = subprocess.run([sys.executable, __file__, "-n", str(args.n), "--one"], check=True, capture_output=True, text=True)
        runs.append(orjson.loads(out.stdout))
    med = {name: statistics.median(r[name] for r in runs) * 1000 / args.n for name in runs[0]}
    total = statistics.median(sum(r.values()) for r in runs) * 1000 / args.n
    for name, ms in med.items():
        print(f"{name:10s} {ms:6.2f} ms/article  {100 * ms / total:5.1f}%")
    print(f"{'total':10s} {total:6.2f} ms/article  ({1000 / total:.0f} articles/s, median of {args.repeat} runs, CPU time)")


if __name__ == "__main__":
    main()
