"""Train the coarse topic classifier on the ANT corpus and print its dev scores.

A multinomial naive Bayes over term keys (``streams.extract.terms``) learned from ANT's
nine categories (Tunisian news, Jawhara FM, Apache-2.0), mapped to English slugs. A fixed
random 10% of the articles is held out: the script prints accuracy and macro-F1 on it,
then refits on everything and writes the model. The length scale that calibrates the
posteriors (naive Bayes is overconfident on long texts) is chosen on the dev split.

Usage: .venv/bin/python scripts/train_topics.py [--data ../shared/data] [--bench]
Writes streams/extract/data/topics.json.gz: labels, log priors and, per vocabulary
term, its log probabilities in hundredths (integers). No article text ships.
"""

from __future__ import annotations

import argparse
import gzip
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import orjson

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's streams, not an installed one

from streams.extract.terms import text_terms

OUT = Path(__file__).resolve().parents[1] / "streams/extract/data/topics.json.gz"
LABELS = {
    "politic": "politics",
    "internationalNews": "international",
    "localNews": "national",
    "society": "society",
    "sport": "sport",
    "economy": "economy",
    "culture": "culture",
    "technology": "technology",
    "diverse": "misc",
}
VOCAB = 12_000
MIN_DF = 3
ALPHA = 1.0
SCALES = (1, 2, 3, 5, 8, 12)
DEV_FRACTION = 0.1
SEED = 13


def read_ant(data: Path) -> list[tuple[str, str]]:
    """(label, text) for every categorised ANT article, in docno order."""
    rows = []
    with gzip.open(data / "news/ant_v1.1.jsonl.gz") as fh:
        for line in fh:
            obj = orjson.loads(line)
            if obj.get("cat") in LABELS:
                rows.append(
                    (
                        obj["docno"],
                        LABELS[obj["cat"]],
                        (obj.get("title") or "") + "\n" + (obj.get("text") or ""),
                    )
                )
    rows.sort()
    return [(label, text) for _, label, text in rows]


def keys_of(text: str) -> list[str]:
    return list(text_terms(text).keys)


def fit(docs: list[list[str]], labels: list[str], classes: list[str], uniform: bool):
    """Vocabulary, log priors and log P(term | class) (terms × classes)."""
    df = Counter(k for d in docs for k in set(d))
    ranked = sorted(df.items(), key=lambda kv: (-kv[1], kv[0]))  # ties by the term: the same file on every run
    vocab = [k for k, n in ranked[:VOCAB] if n >= MIN_DF]
    index = {k: i for i, k in enumerate(vocab)}
    counts = np.zeros((len(vocab), len(classes)))
    ci = {c: j for j, c in enumerate(classes)}
    for d, y in zip(docs, labels):
        for k in d:
            i = index.get(k)
            if i is not None:
                counts[i, ci[y]] += 1
    logp = np.log((counts + ALPHA) / (counts + ALPHA).sum(0))
    n = Counter(labels)
    prior = np.array([n[c] for c in classes], dtype=float)
    prior = np.ones(len(classes)) if uniform else prior
    return vocab, np.log(prior / prior.sum()), logp


def posteriors(
    doc: list[str],
    index: dict[str, int],
    prior: np.ndarray,
    logp: np.ndarray,
    scale: float,
) -> np.ndarray:
    idx = [index[k] for k in doc if k in index]
    if not idx:
        return np.full(len(prior), np.nan)
    s = (logp[idx].sum(0) + prior) * min(1.0, scale / len(idx))
    e = np.exp(s - s.max())
    return e / e.sum()


def macro_f1(
    gold: list[str], pred: list[str], classes: list[str]
) -> tuple[float, dict[str, float]]:
    per = {}
    for c in classes:
        tp = sum(g == c == p for g, p in zip(gold, pred))
        fp = sum(p == c != g for g, p in zip(gold, pred))
        fn = sum(g == c != p for g, p in zip(gold, pred))
        per[c] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return sum(per.values()) / len(per), per


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared/data"
    )
    parser.add_argument("--uniform", action="store_true", help="uniform class priors")
    args = parser.parse_args()
    t0 = time.perf_counter()
    rows = read_ant(args.data)
    classes = sorted({label for label, _ in rows})
    docs = [keys_of(text) for _, text in rows]
    labels = [label for label, _ in rows]
    order = list(range(len(rows)))
    random.Random(SEED).shuffle(order)
    n_dev = int(len(rows) * DEV_FRACTION)
    dev, train = order[:n_dev], order[n_dev:]
    vocab, prior, logp = fit(
        [docs[i] for i in train], [labels[i] for i in train], classes, args.uniform
    )
    index = {k: i for i, k in enumerate(vocab)}
    best = None
    for scale in SCALES:
        post = [posteriors(docs[i], index, prior, logp, scale) for i in dev]
        loss = -np.mean(
            [
                np.log(max(p[classes.index(labels[i])], 1e-12))
                for p, i in zip(post, dev)
                if not np.isnan(p).any()
            ]
        )
        print(f"scale {scale}: dev log-loss {loss:.3f}")
        if best is None or loss < best[0]:
            best = (loss, scale, post)
    _, scale, post = best
    pred = [
        classes[int(np.nanargmax(p))] if not np.isnan(p).any() else "misc" for p in post
    ]
    gold = [labels[i] for i in dev]
    acc = sum(g == p for g, p in zip(gold, pred)) / len(gold)
    f1, per = macro_f1(gold, pred, classes)
    print(
        f"dev ({len(dev)} articles): accuracy {acc:.3f}, macro-F1 {f1:.3f}, scale {scale}"
    )
    print("  " + ", ".join(f"{c} {v:.2f} (n={gold.count(c)})" for c, v in per.items()))

    vocab, prior, logp = fit(docs, labels, classes, args.uniform)
    model = {
        "labels": classes,
        "scale": scale,
        "prior": [round(float(x), 4) for x in prior],
        "terms": {
            k: [round(float(x) * 100) for x in row] for k, row in zip(vocab, logp)
        },
    }
    OUT.write_bytes(gzip.compress(orjson.dumps(model), mtime=0))
    print(
        f"wrote {OUT.name}: {len(vocab)} terms, {OUT.stat().st_size // 1024} KiB, {time.perf_counter() - t0:.0f}s"
    )


if __name__ == "__main__":
    main()
