"""Snapshot of everything the entity tagger puts out, to prove a speed change changes none of it.

    .venv/bin/python scripts/ner_snapshot.py OUT_DIR [-n 3000]
    cmp -s BEFORE/entities.jsonl AFTER/entities.jsonl && ...   (or: --compare BEFORE AFTER)

Writes, into OUT_DIR:

* ``entities.jsonl``: every field of every entity ``find_entities`` finds in the first N
  SaudiNewsNet articles, one article a line;
* ``entities-doc.jsonl``: the same with ``document_pass=True``;
* ``features.sha256``: a digest of the training features (sentence and document pass) of
  every ANERcorp sentence, so a change to the feature code that would need retraining shows;
* ``tag-conll.txt``: ``naba tag-conll`` output on the ANERcorp dev split (last 10% of
  sentences, as scripts/train_ner.py splits it).

It runs under ``PYTHONHASHSEED=0`` (re-executing itself if the variable is unset): which
longer mention a person's short mention takes its canonical form from can depend on set
order when two are the same length, so two runs with other hash seeds can differ.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import hashlib
import itertools
import os
import sys
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's streams, not an installed one

from streams.extract.conll import read_sentences, tag_conll
from streams.extract.entities import find_entities
from streams.extract.ner_consistency import doc_features
from streams.extract.ner_features import sentence_features, with_document
from streams.extract.ner_model import DOC_WINDOW, tagger
from streams.extract.ner_tokens import fold_word

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared/data/news/saudinewsnet-dev.jsonl.gz"
ANERCORP = ROOT.parent / "shared/data/anercorp/train.txt"
FILES = ("entities.jsonl", "entities-doc.jsonl", "features.sha256", "tag-conll.txt")


def _entities(texts: list[str], out: Path, document_pass: bool) -> None:
    with out.open("wb") as fh:
        for t in texts:
            found = [dataclasses.asdict(e) for e in find_entities(t, document_pass=document_pass)]
            fh.write(orjson.dumps(found) + b"\n")


def _features(sents: list[list[list[str]]], out: Path) -> None:
    """One digest over the training features of the ANERcorp sentences (both passes, the
    document pass on the shipped sentence model's tags): equal digests, equal models."""
    h = hashlib.sha256()
    forms = [[fold_word(c[0]) or c[0] for c in s] for s in sents]
    feats = [sentence_features(f) for f in forms]
    for x in feats:
        h.update(orjson.dumps(x))
    first = tagger()
    extra = doc_features(forms, [first.tag(x) for x in feats], DOC_WINDOW)
    for x, e in zip(feats, extra):
        h.update(orjson.dumps(with_document(x, e)))
    out.write_text(h.hexdigest() + "\n")


def _dev_lines(sents: list[list[list[str]]]) -> list[str]:
    dev = sents[len(sents) - len(sents) // 10 :]
    return [line for s in dev for line in [*(" ".join(c) for c in s), ""]]


def snapshot(out: Path, n: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with gzip.open(CORPUS) as fh:
        texts = [orjson.loads(line).get("content") or "" for line in itertools.islice(fh, n)]
    _entities(texts, out / "entities.jsonl", False)
    _entities(texts, out / "entities-doc.jsonl", True)
    with ANERCORP.open(encoding="utf-8") as fh:
        sents = list(read_sentences(fh))
    _features(sents, out / "features.sha256")
    (out / "tag-conll.txt").write_text("".join(line + "\n" for line in tag_conll(_dev_lines(sents))), encoding="utf-8")


def compare(before: Path, after: Path) -> bool:
    same = True
    for name in FILES:
        a, b = (before / name).read_bytes(), (after / name).read_bytes()
        lines = a.count(b"\n")
        print(f"{name}: {'identical' if a == b else 'DIFFERENT'} ({lines} lines, {len(a)} bytes)")
        same &= a == b
    return same


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") is None:
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, nargs="?")
    ap.add_argument("-n", type=int, default=3000, help="SaudiNewsNet articles")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = ap.parse_args()
    if args.compare:
        sys.exit(0 if compare(*args.compare) else 1)
    if args.out is None:
        ap.error("OUT_DIR or --compare BEFORE AFTER")
    snapshot(args.out, args.n)


if __name__ == "__main__":
    main()
