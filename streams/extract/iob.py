"""IOB2 tag sequences read as entity spans, the way conlleval reads them."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["Span", "spans"]

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
