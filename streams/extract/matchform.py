"""The folded match form of a text, shared by the facts extractors of one article.

Dates, amounts, counts and quotations all match on ``streams.arabic.fold(text)``; the
article stage calls them one after the other on the same text, so the fold is kept for
the last few texts instead of being recomputed four times. Word lists and short words
(counted nouns, speaker names) are folded through a bounded cache too.
"""

from __future__ import annotations

from functools import lru_cache

from ..arabic import fold

__all__ = ["fold_word", "match_form"]

RECENT_TEXTS = 8
RECENT_WORDS = 8192


@lru_cache(maxsize=RECENT_TEXTS)
def match_form(text: str) -> tuple[str, tuple[int, ...]]:
    """``fold(text)``, its offset map as a tuple (shared, so not to be mutated)."""
    folded, back = fold(text)
    return folded, tuple(back)


@lru_cache(maxsize=RECENT_WORDS)
def fold_word(word: str) -> str:
    """The folded form of a word or short phrase."""
    return fold(word)[0]
