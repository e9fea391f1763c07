"""What the round-by-round facts tests read: items as (text, value) pairs for a fixed day."""

from __future__ import annotations

import datetime as dt

from streams.extract.amounts import find_amounts
from streams.extract.counts import find_counts
from streams.extract.dates import find_dates

ANCHOR = dt.date(2016, 11, 16)  # a Wednesday


def amounts(text: str, anchor: dt.date = ANCHOR) -> list[tuple[str, float]]:
    """Amounts outside the dates, as the pipeline finds them."""
    return [(a.text, a.value) for a in find_amounts(text, dates=find_dates(text, anchor=anchor))]


def dates(text: str, anchor: dt.date = ANCHOR) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(text, anchor=anchor)]


def counts(text: str, anchor: dt.date = ANCHOR) -> list[tuple[str, float]]:
    """Counts over the amounts outside the dates."""
    found = find_amounts(text, dates=find_dates(text, anchor=anchor))
    return [(c.type, c.value) for c in find_counts(text, found)]
