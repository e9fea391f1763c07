"""What the round-by-round facts tests read: items as (text, value) pairs for a fixed day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import NamedTuple

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


class Readers(NamedTuple):
    """The three readers bound to one anchor day."""

    dates: Callable[[str], list[tuple[str, str]]]
    amounts: Callable[[str], list[tuple[str, float]]]
    counts: Callable[[str], list[tuple[str, float]]]


def readers(anchor: dt.date) -> Readers:
    """dates, amounts and counts as read on ``anchor`` (a round's articles were published then)."""
    return Readers(partial(dates, anchor=anchor), partial(amounts, anchor=anchor), partial(counts, anchor=anchor))
