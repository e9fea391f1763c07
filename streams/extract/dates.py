"""Dates in every Arabic convention (placeholder: ISO publication dates only)."""

from __future__ import annotations

import datetime as dt

from ..records import DateMention

__all__ = ["find_dates", "parse_published"]


def parse_published(value: str | None) -> str | None:
    """The publication date as ISO 8601, or None when it cannot be read."""
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00")).isoformat()
    except ValueError:
        try:
            return dt.date.fromisoformat(value.strip()[:10]).isoformat()
        except ValueError:
            return None


def find_dates(text: str, *, anchor: dt.date | None = None) -> list[DateMention]:
    """Dates in ``text``, relative ones resolved against ``anchor``."""
    return []
