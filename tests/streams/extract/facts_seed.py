"""The seed's clean text, shared by the facts tests (dates, amounts, counts, quotations)."""

from __future__ import annotations

import datetime as dt

import orjson

ANCHOR = dt.date(2017, 12, 13)  # the seed's publication day


def seed_body(seed_line: bytes) -> str:
    """The seed's body lines as the cleaner keeps them, joined by blank lines."""
    lines = orjson.loads(seed_line)["body"].split("\n")
    first = [i for i, line in enumerate(lines) if line.startswith("أعلنت وزارة الخارجية")][-1]
    last = next(i for i, line in enumerate(lines) if line.endswith("وأطباء ميدانيون."))
    return "\n\n".join(lines[first : last + 1])
