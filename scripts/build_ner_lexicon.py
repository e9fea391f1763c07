"""Build the entity tagger's word lexicon from the shared news corpora.

For every folded word seen often enough in ``shared/data/news`` it stores its count
(used to decide whether a leading و ف ب ل ك is a clitic: بدمشق → دمشق, not بوتين → وتين)
and two word clusters (k-means over SVD-reduced PPMI co-occurrence vectors, a fast
stand-in for Brown clusters) used as tagger features.

Usage: .venv/bin/python scripts/build_ner_lexicon.py [--data ../shared/data]
Writes streams/extract/data/ner_lexicon.json.gz. Only counts and cluster ids ship,
never article text.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import orjson

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's streams, not an installed one

from streams.extract.ner_tokens import TOKEN_RE, fold_word

OUT = Path(__file__).resolve().parents[1] / "streams/extract/data/ner_lexicon.json.gz"
MIN_COUNT = 3  # words kept for counts
N_CLUSTER_WORDS = 80_000  # words that get clusters
N_CONTEXT = 1_500  # context words per side
DIM = 100
KS = (64, 256, 512, 1024, 2048)


def read_texts(data: Path):
    """Article texts of the news corpora (SaudiNewsNet content, ANT text)."""
    with gzip.open(data / "news/saudinewsnet-dev.jsonl.gz") as fh:
        for line in fh:
            obj = orjson.loads(line)
            yield (obj.get("title") or "") + "\n" + (obj.get("content") or "")
    with gzip.open(data / "news/ant_v1.1.jsonl.gz") as fh:
        for line in fh:
            obj = orjson.loads(line)
            yield (obj.get("title") or "") + "\n" + (obj.get("text") or "")


def kmeans(x: np.ndarray, k: int, iters: int, seed: int = 0) -> np.ndarray:
    """Plain Lloyd k-means (cosine: rows are unit vectors); returns labels."""
    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), size=k, replace=False)].copy()
    labels = np.zeros(len(x), dtype=np.int32)
    for _ in range(iters):
        sims = x @ centres.T
        labels = sims.argmax(axis=1).astype(np.int32)
        for c in range(k):
            members = x[labels == c]
            if len(members):
                v = members.sum(axis=0)
                centres[c] = v / (np.linalg.norm(v) + 1e-9)
            else:
                centres[c] = x[rng.integers(len(x))]
    return labels


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared/data")
    ap.add_argument("--embeddings", type=Path, help="also save the word vectors here (.npy), for experiments")
    args = ap.parse_args()
    t0 = time.time()
    counts: Counter[str] = Counter()
    docs: list[list[str]] = []
    for text in read_texts(args.data):
        toks = TOKEN_RE.findall(fold_word(text))
        counts.update(toks)
        docs.append(toks)
    print(f"{sum(counts.values()):,} tokens, {len(counts):,} types in {time.time() - t0:.0f}s")
    vocab = [w for w, _ in counts.most_common(N_CLUSTER_WORDS)]
    index = {w: i for i, w in enumerate(vocab)}
    ids = np.fromiter(
        (index.get(w, -1) for toks in docs for w in [*toks, "\n"]), dtype=np.int32
    )
    del docs
    v, c = len(vocab), N_CONTEXT
    mat = np.zeros((v, 4 * c), dtype=np.float32)
    for slot, off in enumerate((-2, -1, 1, 2)):
        a = ids[max(0, -off) : len(ids) - max(0, off)]
        b = ids[max(0, off) : len(ids) - max(0, -off) if off < 0 else len(ids)]
        b = b[: len(a)]
        keep = (a >= 0) & (b >= 0) & (b < c)
        flat = a[keep].astype(np.int64) * (4 * c) + slot * c + b[keep]
        mat += np.bincount(flat, minlength=v * 4 * c).reshape(v, 4 * c).astype(np.float32)
    print(f"co-occurrence {mat.shape} in {time.time() - t0:.0f}s")
    total = mat.sum()
    row = mat.sum(axis=1, keepdims=True) + 1e-9
    col = mat.sum(axis=0, keepdims=True) + 1e-9
    with np.errstate(divide="ignore"):
        pmi = np.log(mat * total / (row * col))
    pmi[~np.isfinite(pmi)] = 0
    np.maximum(pmi, 0, out=pmi)
    gram = pmi.T @ pmi
    _vals, vecs = np.linalg.eigh(gram)
    proj = vecs[:, -DIM:]
    emb = pmi @ proj
    emb /= np.linalg.norm(emb, axis=1, keepdims=True) + 1e-9
    print(f"svd in {time.time() - t0:.0f}s")
    if args.embeddings:
        np.save(args.embeddings, emb.astype(np.float32))
        args.embeddings.with_suffix(".vocab.json").write_bytes(orjson.dumps(vocab))
    clusters = {k: kmeans(emb, k, iters=15) for k in KS}
    print(f"k-means in {time.time() - t0:.0f}s")
    words = [w for w, n in counts.items() if n >= MIN_COUNT]
    out = {
        "freq": {w: counts[w] for w in words},
        **{f"c{k}": {w: int(lab[i]) for i, w in enumerate(vocab)} for k, lab in clusters.items()},
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(OUT, "wb", compresslevel=9, mtime=0) as fh:  # no time stamp: a rebuild is byte-identical
        fh.write(orjson.dumps(out))
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.1f} MB), {len(words):,} words, {time.time() - t0:.0f}s")
    for probe in ("روسيا", "دمشق", "بوتين", "وزاره", "الرئيس", "محمد"):
        i = index.get(probe)
        if i is not None:
            same = [vocab[j] for j in np.flatnonzero(clusters[512] == clusters[512][i])[:12]]
            print(probe, "->", " ".join(same))


if __name__ == "__main__":
    main()
