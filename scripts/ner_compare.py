"""Compare two entity taggers on the ANERcorp dev split with a paired bootstrap.

    .venv/bin/python scripts/ner_compare.py BASE_DIR NEW_DIR [--resamples 2000]

Each folder holds the two models kept by ``train_ner.py --dev --keep DIR`` (or only the
sentence model: then only the sentence pass is compared). Both tag the dev split (the last
10% of train) as ``naba tag-conll`` does, and by the sentence pass alone;
the dev sentences are resampled with replacement, the same draw for both, and the
micro-F1 difference NEW - BASE is read off each resample: its 2.5 and 97.5 percentiles
are the 95% interval, with the share of resamples where NEW is ahead.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pycrfsuite

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streams.extract.conll import read_sentences, tag_corpus
from streams.extract.iob import spans
from streams.extract.ner_features import sentence_features
from streams.extract.ner_model import MODEL_NAME, STACKED_NAME
from streams.extract.ner_tokens import fold_word


def open_models(folder: Path) -> list[pycrfsuite.Tagger]:
    """The folder's sentence model, and its document model if there is one."""
    out = []
    for name in (MODEL_NAME, STACKED_NAME):
        if (folder / name).exists():
            t = pycrfsuite.Tagger()
            t.open(str(folder / name))
            out.append(t)
    return out


def counts(gold: list[list[str]], pred: list[list[str]]) -> np.ndarray:
    """Per sentence: (correct, gold, predicted) entities."""
    rows = []
    for g, p in zip(gold, pred, strict=True):
        gs, ps = spans(g), spans(p)
        rows.append((len(gs & ps), len(gs), len(ps)))
    return np.array(rows, dtype=float)


def f1(c: np.ndarray) -> np.ndarray:
    """Micro-F1 from summed (correct, gold, predicted) over the last-but-one axis."""
    tp, g, p = np.moveaxis(c.sum(axis=-2), -1, 0)
    return np.where(g + p > 0, 2 * tp / np.maximum(g + p, 1), 0.0)


def bootstrap(a: np.ndarray, b: np.ndarray, resamples: int, seed: int = 0) -> tuple[float, float, float, float]:
    """F1(b) - F1(a), its 95% interval over sentence resamples, and P(diff > 0)."""
    rng = np.random.default_rng(seed)
    n = len(a)
    diffs = np.empty(resamples)
    for k in range(resamples):
        idx = rng.integers(0, n, n)
        diffs[k] = f1(b[idx]) - f1(a[idx])
    lo, hi = np.percentile(diffs, [2.5, 97.5])
    return float(f1(b) - f1(a)), float(lo), float(hi), float((diffs > 0).mean())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/anercorp/train.txt")
    ap.add_argument("--resamples", type=int, default=2000)
    args = ap.parse_args()
    with args.data.open(encoding="utf-8") as fh:
        sents = list(read_sentences(fh))
    cut = len(sents) - len(sents) // 10
    forms = [[fold_word(c[0]) or c[0] for c in s] for s in sents[cut:]]
    gold = [[c[-1] for c in s] for s in sents[cut:]]
    res = {}
    for name, folder in (("base", args.base), ("new", args.new)):
        models = open_models(folder)
        res[name] = {"sentence pass": counts(gold, [models[0].tag(sentence_features(f)) for f in forms])}
        if len(models) == 2:
            res[name]["tag-conll"] = counts(gold, tag_corpus(forms, first=models[0], second=models[1]))
    for what in [w for w in res["new"] if w in res["base"]]:
        a, b = res["base"][what], res["new"][what]
        d, lo, hi, ahead = bootstrap(a, b, args.resamples)
        print(f"{what:13s} base F1={f1(a):.4f} new F1={f1(b):.4f}  diff {d:+.4f}"
              f"  95% CI [{lo:+.4f}, {hi:+.4f}]  P(new ahead)={ahead:.2f}  ({args.resamples} resamples)")


if __name__ == "__main__":
    main()
