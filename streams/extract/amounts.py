"""Amounts in digits or words (placeholder)."""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Amount, DateMention

__all__ = ["find_amounts"]


def find_amounts(text: str, *, dates: Sequence[DateMention] = ()) -> list[Amount]:
    """Numbers in ``text`` outside the given dates."""
    return []
