"""Train the CRF entity tagger on ANERcorp and score it on a held-out dev split.

    .venv/bin/python scripts/train_ner.py --dev      # train on the first 90%, score the last 10%
    .venv/bin/python scripts/train_ner.py --all      # train on all of train, write the shipped model

The dev split is the last 10% of sentences of ``shared/data/anercorp/train.txt``;
scores are entity-level (exact span and type), micro-averaged, like conlleval.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pycrfsuite

from streams.extract.conll import read_sentences, score
from streams.extract.ner_features import sentence_features
from streams.extract.ner_model import MODEL_NAME
from streams.extract.ner_tokens import fold_word

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "streams/extract/data" / MODEL_NAME
PARAMS = {"c1": 0.05, "c2": 0.02, "max_iterations": 250, "feature.possible_transitions": True}


def load(path: Path) -> list[tuple[list[str], list[str]]]:
    """(tokens, tags) per sentence."""
    with path.open(encoding="utf-8") as fh:
        return [([c[0] for c in s], [c[-1] for c in s]) for s in read_sentences(fh)]


def features(tokens: list[str]) -> list[list[str]]:
    return sentence_features([fold_word(t) or t for t in tokens])


def train(sents: list[tuple[list[str], list[str]]], out: Path, params: dict) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for toks, tags in sents:
        trainer.append(features(toks), tags)
    trainer.set_params(params)
    trainer.train(str(out))


def report(result: dict[str, dict[str, float]]) -> None:
    for kind, r in result.items():
        print(
            f"{kind:5s} P={r['precision']:.4f} R={r['recall']:.4f} F1={r['f1']:.4f}"
            f"  (gold {int(r['gold'])}, predicted {int(r['pred'])})"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/anercorp/train.txt")
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--dev", action="store_true", help="train on 90%%, score the last 10%%")
    mode.add_argument("--all", action="store_true", help="train on all, write the shipped model")
    ap.add_argument("--iterations", type=int, default=PARAMS["max_iterations"])
    ap.add_argument("--c1", type=float, default=PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=PARAMS["c2"])
    args = ap.parse_args()
    params = {**PARAMS, "max_iterations": args.iterations, "c1": args.c1, "c2": args.c2}
    sents = load(args.data)
    t0 = time.time()
    if args.all:
        train(sents, MODEL, params)
        print(f"trained on {len(sents)} sentences in {time.time() - t0:.0f}s -> {MODEL}")
        return
    cut = len(sents) - len(sents) // 10
    tr, dev = sents[:cut], sents[cut:]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dev.crfsuite"
        train(tr, path, params)
        print(f"trained on {len(tr)} sentences in {time.time() - t0:.0f}s; dev = last {len(dev)} sentences")
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        pred = [tagger.tag(features(toks)) for toks, _ in dev]
    report(score([tags for _, tags in dev], pred))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
