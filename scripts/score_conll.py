"""Score tagged CoNLL output against gold, entity-level (exact span and type), like conlleval.

    naba tag-conll < gold.txt > pred.txt
    .venv/bin/python scripts/score_conll.py gold.txt pred.txt

Both files: one token a line (the tag in the last column), blank lines between sentences.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's streams, not an installed one

from streams.extract.conll import read_sentences, score


def tags(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as fh:
        return [[cols[-1] for cols in sent] for sent in read_sentences(fh)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("pred", type=Path)
    args = ap.parse_args()
    gold, pred = tags(args.gold), tags(args.pred)
    if [len(s) for s in gold] != [len(s) for s in pred]:
        raise SystemExit("gold and predicted files do not line up sentence by sentence")
    for kind, r in score(gold, pred).items():
        print(f"{kind:5s} P={r['precision']:.4f} R={r['recall']:.4f} F1={r['f1']:.4f}  (gold {int(r['gold'])}, predicted {int(r['pred'])})")


if __name__ == "__main__":
    main()
