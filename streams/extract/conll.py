"""CoNLL-style tagging and scoring: one token a line, a blank line between sentences.

``tag_conll`` backs ``naba tag-conll``: it writes ``token<TAB>IOB2-tag`` for every
token it reads, blank lines preserved, so anyone can score the tagger with conlleval.
``score`` is a conlleval-equivalent scorer (exact span and type, micro-averaged).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from .ner_model import tag_sentence
from .ner_tokens import fold_word

__all__ = ["read_sentences", "score", "spans", "tag_conll"]

Span = tuple[int, int, str]


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


def tag_conll(lines: Iterable[str]) -> Iterator[str]:
    """``token<TAB>tag`` lines (no newline) for tokens read one a line; blanks kept."""
    sent: list[str] = []

    def flush() -> Iterator[str]:
        tags = tag_sentence([fold_word(t) or t for t in sent])
        for tok, tag in zip(sent, tags):
            yield f"{tok}\t{tag}"

    for line in lines:
        cols = line.rstrip("\r\n").split()
        if cols:
            sent.append(cols[0])
            continue
        if sent:
            yield from flush()
            sent = []
        yield ""
    if sent:
        yield from flush()


def spans(tags: Sequence[str]) -> set[Span]:
    """Entity spans ``(start, end, type)`` of an IOB tag sequence, as conlleval reads it
    (an I- after O or another type starts a new entity)."""
    out: set[Span] = set()
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        pre, _, typ = tag.partition("-")
        if kind and (pre != "I" or typ != kind):
            out.add((start, i, kind))
            kind = ""
        if pre == "B" or (pre == "I" and not kind):
            start, kind = i, typ
    return out


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
