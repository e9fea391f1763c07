"""Entity tag sequences: IOB2 read as spans the way conlleval reads them, and the BIOES
encoding the CRF models are trained on (single-token names and name ends get labels of
their own), converted back to IOB2 at the output."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["Span", "spans", "to_bioes", "to_iob2"]

Span = tuple[int, int, str]


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


def to_bioes(tags: Sequence[str]) -> list[str]:
    """The BIOES tags of the entities an IOB tag sequence holds (as :func:`spans` reads it)."""
    out = ["O"] * len(tags)
    for i, j, kind in spans(tags):
        if j - i == 1:
            out[i] = "S-" + kind
            continue
        out[i] = "B-" + kind
        out[i + 1 : j - 1] = ["I-" + kind] * (j - i - 2)
        out[j - 1] = "E-" + kind
    return out


_IOB2 = {"S": "B", "E": "I"}


def to_iob2(tags: Sequence[str]) -> list[str]:
    """IOB2 tags of a BIOES (or IOB2: unchanged) sequence, label by label: S- reads as B-,
    E- as I-, so a decoded sequence that breaks BIOES still gives the spans it suggests."""
    return [_IOB2[t[0]] + t[1:] if t[:1] in _IOB2 and t[1:2] == "-" else t for t in tags]
