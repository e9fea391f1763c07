"""The clean stage's settings, as one object: ``clean_article(raw, options=...)``.

Line shapes (how many words make prose, a menu item, a tag) are constants of the modules
that define them; what an operator may want to tune per deployment is here: how far down
teasers are looked for, and how the per-source memory learns and stays bounded.
``DEFAULTS`` is what ``scripts/bench_clean.py`` was run with.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DEFAULTS", "CleanOptions"]


@dataclass(frozen=True, slots=True, kw_only=True)
class CleanOptions:
    """Settings of the clean stage (see ``memory.py`` for what the memory ones mean)."""

    teaser_window: int = 6  # teasers are looked for among this many first lines
    min_count: int = 3  # a line is a source's boilerplate once seen in this many articles...
    min_share: float = 0.15  # ...and in this share of the articles since it first appeared
    short_words: int = 2  # ...unless it has at most this many words (ad slots): count only
    max_line_words: int = 24  # longer lines are never counted
    max_fingerprints: int = 300  # fingerprints kept per source (the least seen go)...
    slack: int = 60  # ...trimmed back once this many more have piled up
    max_recent: int = 32  # hashes of recent articles, so that a duplicate teaches nothing
    decay_every: int = 400  # counts are halved every this many articles of a source


DEFAULTS = CleanOptions()
