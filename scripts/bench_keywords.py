"""Time keywords and topics together on SaudiNewsNet articles (the production call pair).

Usage: .venv/bin/python scripts/bench_keywords.py [--data ../shared/data] [-n 1000]
Prints the mean time per article of ``find_keywords`` + ``find_topics``, after a warm-up
(model loading and the word cache are paid once per worker, not per article).
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

from streams.extract.keywords import find_keywords
from streams.extract.topics import find_topics


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared/data"
    )
    parser.add_argument("-n", type=int, default=1000)
    args = parser.parse_args()
    with gzip.open(args.data / "news/saudinewsnet-dev.jsonl.gz") as fh:
        texts = [
            orjson.loads(line).get("content") or ""
            for line in itertools.islice(fh, 2 * args.n)
        ]
    warm, timed = texts[args.n :], texts[: args.n]
    t0 = time.perf_counter()
    for text in warm:
        find_keywords(text), find_topics(text)
    t1 = time.perf_counter()
    for text in timed:
        find_keywords(text), find_topics(text)
    t2 = time.perf_counter()
    chars = sum(map(len, timed)) / len(timed)
    print(f"warm-up {len(warm)} articles: {t1 - t0:.2f}s (loading included)")
    print(
        f"{len(timed)} articles, {chars:.0f} chars on average: {(t2 - t1) / len(timed) * 1000:.3f} ms per article"
    )


if __name__ == "__main__":
    main()
