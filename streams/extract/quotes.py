"""Quotations with their speakers (placeholder)."""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Entity, Quote

__all__ = ["find_quotes"]


def find_quotes(text: str, entities: Sequence[Entity]) -> list[Quote]:
    """Direct and reported speech in ``text``."""
    return []
