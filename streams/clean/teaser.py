"""Teasers and repeated titles: lines that say again, cut short, what the body says in full.

A teaser is a line near the top whose text (without its trailing ellipsis) is a prefix of
the body text starting at a later line, possibly running over several lines and cut in
the middle of a word. A repeated title is a line whose match form equals the title's.
"""

from __future__ import annotations

import re

from ..arabic import match_key
from .lines import ELLIPSIS_RE, Line

__all__ = ["find_teasers", "is_title_repeat", "loose_key", "title_key"]

# Below this many characters a prefix match says nothing (a two-word line matches anything).
MIN_TEASER_CHARS = 20
# Trailing marks dropped from a teaser before matching: ellipsis, dots, closers, spaces.
TRAILING_RE = re.compile(r"[\s.\u2026\"'\u00bb\u201d)\]]+$")
PUNCT_SPACE_RE = re.compile(r"[^\w\s]+")
SPACE_RE = re.compile(r"\s+")


def loose_key(key: str) -> str:
    """A match key with punctuation dropped and spaces collapsed, for prefix and title matching."""
    return SPACE_RE.sub(" ", PUNCT_SPACE_RE.sub(" ", key)).strip()


def is_title_repeat(line: Line, title_key: str) -> bool:
    """The line repeats the title (same match form, punctuation aside)."""
    return bool(title_key) and loose_key(line.key) == title_key


def title_key(title: str) -> str:
    """The loose match key of a title, for ``is_title_repeat`` and link-out checks."""
    return loose_key(match_key(title)) if title else ""


def find_teasers(lines: list[Line], *, window: int) -> set[int]:
    """Positions (in ``lines``) of teasers among the first ``window`` lines."""
    if len(lines) < 2:
        return set()
    loose = [loose_key(line.key) for line in lines]
    found: set[int] = set()
    for i in range(min(window, len(lines) - 1)):
        line = lines[i]
        core = loose_key(TRAILING_RE.sub("", ELLIPSIS_RE.sub("", line.key))) if line.ellipsis else loose[i]
        if len(core) < MIN_TEASER_CHARS:
            continue
        # The text from each later line on, joined: the teaser must start at a line start.
        for j in range(i + 1, len(lines)):
            if j in found or not loose[j]:
                continue
            if not loose[j].startswith(core[: len(loose[j])]) and not core.startswith(loose[j][: len(core)]):
                continue
            joined = loose[j]
            k = j + 1
            while len(joined) < len(core) and k < len(lines):
                joined = f"{joined} {loose[k]}"
                k += 1
            if joined.startswith(core) and (line.ellipsis or len(joined) > len(core) or core == loose[j]):
                found.add(i)
                break
    return found
