"""Teasers and repeated titles: lines that say again, cut short, what the body says in full.

A teaser is a line near the top whose text (without its trailing ellipsis) is a prefix of
the body text starting at a later line, possibly running over several lines and cut in
the middle of a word. A repeated title is a line whose match form equals the title's.
"""

from __future__ import annotations

import re

from ..arabic import match_key
from .lines import ELLIPSIS_RE, Line, loose_key

__all__ = ["find_teasers", "is_title_repeat", "title_key"]

# Below this many characters a prefix match says nothing (a two-word line matches anything).
MIN_TEASER_CHARS = 20
# Lines that may interrupt a teaser's continuation in the body (inserted ads, captions).
MAX_SKIPPED = 2
# Trailing marks dropped from a teaser before matching: ellipsis, dots, closers, spaces.
TRAILING_RE = re.compile(r"[\s.\u2026\"'\u00bb\u201d)\]]+$")


def is_title_repeat(line: Line, title_key: str) -> bool:
    """The line repeats the title (same match form, punctuation aside)."""
    return bool(title_key) and line.loose == title_key


def title_key(title: str) -> str:
    """The loose match key of a title, for ``is_title_repeat`` and link-out checks."""
    return loose_key(match_key(title)) if title else ""


def _continues(core: str, loose: list[str], j: int) -> bool:
    """``core`` is the text of lines ``j, j+1...`` joined, cut anywhere; up to
    ``MAX_SKIPPED`` lines that do not continue it (an ad slot, a caption inserted into the
    body) are stepped over."""
    joined = loose[j]
    skipped = 0
    k = j + 1
    while len(joined) < len(core) and k < len(loose):
        candidate = f"{joined} {loose[k]}" if loose[k] else joined
        if core.startswith(candidate[: len(core)]):
            joined = candidate
        elif skipped < MAX_SKIPPED:
            skipped += 1
        else:
            return False
        k += 1
    return joined.startswith(core)


def find_teasers(lines: list[Line], *, window: int) -> set[int]:
    """Positions (in ``lines``) of teasers among the first ``window`` lines."""
    if len(lines) < 2:
        return set()
    loose = [line.loose for line in lines]
    found: set[int] = set()
    for i in range(min(window, len(lines) - 1)):
        line = lines[i]
        core = loose_key(TRAILING_RE.sub("", ELLIPSIS_RE.sub("", line.key))) if line.ellipsis else loose[i]
        if len(core) < MIN_TEASER_CHARS:
            continue
        for j in range(i + 1, len(lines)):
            head = loose[j]
            if j in found or not head:
                continue
            # A prefix of one later line (or the same line again: the later copy stays),
            # or of several later lines joined.
            if head.startswith(core) or (core.startswith(head) and _continues(core, loose, j)):
                found.add(i)
                break
    return found
