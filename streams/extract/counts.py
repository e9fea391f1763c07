"""Casualty and arrest counts (placeholder)."""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Amount, Count

__all__ = ["find_counts"]


def find_counts(text: str, amounts: Sequence[Amount]) -> list[Count]:
    """Killed, injured, arrested... counts built on the amounts found in ``text``."""
    return []
