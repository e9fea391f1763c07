"""CoNLL-style tagging and scoring: one token a line, a blank line between sentences.

``tag_conll`` backs ``naba tag-conll``: it writes ``token<TAB>IOB2-tag`` for every
token it reads, blank lines preserved, so anyone can score the tagger with conlleval.
``score`` is a conlleval-equivalent scorer (exact span and type, micro-averaged).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

import pycrfsuite

from .iob import spans
from .ner_consistency import propagate
from .ner_model import DOC_WINDOW, tag_document
from .ner_tokens import REPLACEMENT, SURROGATE_RE, fold_word

__all__ = ["read_sentences", "score", "spans", "tag_conll", "tag_corpus"]


def read_sentences(lines: Iterable[str]) -> Iterator[list[list[str]]]:
    """Sentences of whitespace-split columns; blank lines separate sentences."""
    sent: list[list[str]] = []
    for line in lines:
        cols = line.rstrip("\r\n").split()
        if cols:
            sent.append(cols)
        elif sent:
            yield sent
            sent = []
    if sent:
        yield sent


def tag_corpus(
    sentences: list[list[str]], *, first: pycrfsuite.Tagger | None = None, second: pycrfsuite.Tagger | None = None
) -> list[list[str]]:
    """IOB2 tags for running sentences of folded tokens with no document breaks: both
    CRF passes, then recurrences of found names filled in (``DOC_WINDOW`` each side)."""
    tags = tag_document(sentences, first=first, second=second, window=DOC_WINDOW)
    return propagate(sentences, tags, window=DOC_WINDOW)


def tag_conll(lines: Iterable[str]) -> Iterator[str]:
    """``token<TAB>tag`` lines (no newline) for tokens read one a line; blanks kept.

    The input is read whole and tagged as one document: the second pass sees names
    found in the neighbouring sentences (``DOC_WINDOW`` each side).
    """
    tokens: list[str | None] = []
    sentences: list[list[str]] = [[]]
    for line in lines:
        cols = line.split()
        if cols:
            tokens.append(cols[0])
            sentences[-1].append(SURROGATE_RE.sub(REPLACEMENT, fold_word(cols[0]) or cols[0]))
        else:
            tokens.append(None)
            if sentences[-1]:
                sentences.append([])
    tags = iter([t for sent in tag_corpus(sentences) for t in sent])
    for tok in tokens:
        yield "" if tok is None else f"{tok}\t{next(tags)}"


def score(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> dict[str, dict[str, float]]:
    """Precision, recall and F1 per type and overall (micro) over sentences of tags."""
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = spans(g), spans(p)
        for s in gs:
            n_gold[s[2]] += 1
        for s in ps:
            n_pred[s[2]] += 1
        for s in gs & ps:
            tp[s[2]] += 1
    out: dict[str, dict[str, float]] = {}
    for kind in sorted(set(n_gold) | set(n_pred)) + ["ALL"]:
        t = sum(tp.values()) if kind == "ALL" else tp[kind]
        ng = sum(n_gold.values()) if kind == "ALL" else n_gold[kind]
        np_ = sum(n_pred.values()) if kind == "ALL" else n_pred[kind]
        p = t / np_ if np_ else 0.0
        r = t / ng if ng else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[kind] = {"precision": p, "recall": r, "f1": f, "gold": ng, "pred": np_}
    return out
