"""How well and how fast the story index links copies, on SaudiNewsNet articles.

    .venv/bin/python scripts/bench_stories.py [-n 3000]

Runs ``cluster_article`` over the ``content`` of the first N articles in corpus order (one
index, as ``naba process`` does), then checks it against brute force: every pair of
articles whose true Jaccard similarity of word 3-grams is at least ``NEAR`` should be in one
story (recall), and every near link should be such a pair (precision). Prints the counts,
the misses' similarities, and the time per article (CPU time, one core).
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import sys
import time
from collections import Counter
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's streams, not an installed one

from streams.cluster import cluster_article
from streams.cluster.minhash import shingles
from streams.cluster.stories import NEAR
from streams.records import ExtractedArticle

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared/data/news/saudinewsnet-dev.jsonl.gz"


def jaccard(a: set[bytes], b: set[bytes]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=3000, help="articles")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    with gzip.open(args.corpus) as fh:
        texts = [orjson.loads(line).get("content") or "" for line in itertools.islice(fh, args.n)]
    articles = [
        ExtractedArticle(id=f"{i:016x}", url="", canonical_url="", source="", title="", lead="", text=t, lang="ar")
        for i, t in enumerate(texts)
    ]
    seen: dict[str, str] = {}
    t0 = time.process_time()
    stories = [cluster_article(a, seen=seen).story for a in articles]
    dt = time.process_time() - t0
    kinds = Counter(s.kind or "original" for s in stories)
    print(f"{len(articles)} articles: {dict(kinds)}; {dt * 1000 / len(articles):.2f} ms/article on one core")

    grams = [shingles(t) for t in texts]
    by_gram: dict[bytes, list[int]] = {}
    for i, g in enumerate(grams):
        for x in g:
            by_gram.setdefault(x, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for i, g in enumerate(grams):
        shared = Counter(j for x in g for j in by_gram[x] if j < i)
        for j, n in shared.items():
            if n / (len(g) + len(grams[j]) - n) >= NEAR:
                pairs.add((j, i))
    cluster = [int(s.cluster_id, 16) for s in stories]
    linked = [p for p in pairs if cluster[p[0]] == cluster[p[1]]]
    missed = sorted(jaccard(grams[j], grams[i]) for j, i in pairs if cluster[j] != cluster[i])
    near = [(int(s.duplicate_of, 16), i) for i, s in enumerate(stories) if s.kind == "near"]
    right = [p for p in near if jaccard(grams[p[0]], grams[p[1]]) >= NEAR]
    wrong = sorted(round(jaccard(grams[j], grams[i]), 3) for j, i in near if (j, i) not in set(right))
    print(f"pairs at true similarity >= {NEAR}: {len(pairs)}; in one story: {len(linked)} "
          f"(recall {len(linked) / max(len(pairs), 1):.3f}); missed at {[round(x, 3) for x in missed[:20]]}")
    print(f"near links: {len(near)}; at true similarity >= {NEAR}: {len(right)} "
          f"(precision {len(right) / max(len(near), 1):.3f}); the others at {wrong[:20]}")


if __name__ == "__main__":
    main()
