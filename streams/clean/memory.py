"""Per-source memory: which line fingerprints a source repeats across its articles.

The state of one source is a small JSON value, so that the same code runs on a plain dict
(``naba process``) and on a changelog-backed Faust table (the worker)::

    {"v": 1, "n": <articles seen>, "fp": {<8 hex>: [count, first_n, last_n]}, "recent": [<8 hex>...]}

Bounds: at most ``MAX_FINGERPRINTS`` fingerprints (the least seen, then the oldest, go
first), counts halved every ``DECAY_EVERY`` articles (so a site that changes its template
forgets the old one), and the last ``MAX_RECENT`` article hashes (an exact duplicate
article teaches nothing): about 10 KB of JSON per source at most. Only non-prose lines of
at most ``MAX_LINE_WORDS`` words and ``label:`` prefixes are counted: article sentences
never repeat and would only churn the table. A value is rewritten with
``memory[source] = state`` after each article; nothing is mutated in place.

A fingerprint is boilerplate once seen in ``MIN_COUNT`` articles of the source and in
``MIN_SHARE`` of the articles since it first appeared (one- and two-word lines, such as
ad slots, need only the count). Where in an article a learned line is dropped is decided
by ``boilerplate.py``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, MutableMapping
from typing import Any

from ..arabic import match_key
from .lines import Line, fingerprint_key, loose_key

__all__ = [
    "DECAY_EVERY",
    "MAX_FINGERPRINTS",
    "MAX_RECENT",
    "SLACK",
    "SourceMemory",
    "line_fingerprints",
]

MAX_FINGERPRINTS = 300
MAX_RECENT = 32
# The table is trimmed back to MAX_FINGERPRINTS once it holds this many more (amortised).
SLACK = 60
DECAY_EVERY = 400
# A fingerprint is boilerplate once seen in this many articles...
MIN_COUNT = 3
# ...and in at least this share of the source's articles since it was first seen.
MIN_SHARE = 0.15
# ...unless the line is this short (an ad slot or a menu word: counted, not shared).
SHORT_WORDS = 2
# A fingerprint needs two letters (numbering like «1» or separators like ** are not boilerplate).
LETTERS_RE = re.compile(r"[^\W\d_]{2}")
# Lines longer than this are not counted (boilerplate notices are short).
MAX_LINE_WORDS = 24
VERSION = 1


def _hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=4).hexdigest()


def line_fingerprints(line: Line) -> list[str]:
    """The fingerprints a line contributes: the whole line, and its label when it has one."""
    if line.fingerprints is not None:
        return line.fingerprints
    out = []
    whole = fingerprint_key(line.loose)
    if LETTERS_RE.search(whole):
        out.append(_hash(whole))
    if line.label:
        label = fingerprint_key(loose_key(match_key(line.label)))
        if label:
            out.append(_hash("label:" + label))
    line.fingerprints = out
    return out


def _entry(value: Any) -> list[int] | None:
    """A ``[count, first, last]`` entry, or None when absent or damaged."""
    if type(value) is list and len(value) == 3 and type(value[0]) is int and type(value[1]) is int and type(value[2]) is int:
        return value
    return None


def _halve_span(first: int, n: int) -> int:
    """The first-seen mark moved so that the span it opens is halved, like the count."""
    return n - max(1, (n - first + 1) // 2) + 1


class SourceMemory:
    """The learned boilerplate of one source, read from and written back to ``memory``."""

    __slots__ = ("_memory", "_source", "_state")

    def __init__(self, memory: MutableMapping[str, Any] | None, source: str) -> None:
        self._memory = memory
        self._source = source
        self._state = self._load(memory.get(source) if memory is not None else None)

    @staticmethod
    def _load(value: Any) -> dict[str, Any]:
        """The state the table held, or a fresh one if it is not a state of this version
        (entries are checked when used: a damaged one counts as unseen)."""
        if (
            isinstance(value, dict)
            and value.get("v") == VERSION
            and isinstance(value.get("n"), int)
            and isinstance(value.get("fp"), dict)
            and isinstance(value.get("recent"), list)
        ):
            return value
        return {"v": VERSION, "n": 0, "fp": {}, "recent": []}

    @property
    def articles(self) -> int:
        """How many articles of this source taught the memory (after decay)."""
        return int(self._state["n"])

    def is_boilerplate(self, line: Line) -> bool:
        """The line (or its label) was seen in many of this source's articles."""
        if self._memory is None or line.words > MAX_LINE_WORDS:
            return False
        fp = self._state["fp"]
        n = self._state["n"]
        for h in line_fingerprints(line):
            entry = _entry(fp.get(h))
            if entry is None:
                continue
            count, first, _last = entry
            if count >= MIN_COUNT and (line.words <= SHORT_WORDS or count >= MIN_SHARE * (n - first + 1)):
                return True
        return False

    def learn(self, lines: Iterable[Line], article_key: str) -> None:
        """Count this article's candidate lines and write the state back (once per article)."""
        if self._memory is None:
            return
        state = self._state
        digest = _hash(article_key)
        recent: list[str] = [r for r in state["recent"] if isinstance(r, str)]
        if digest in recent:
            return
        recent.append(digest)
        n = state["n"] + 1
        fp: dict[str, list[int]] = dict(state["fp"])
        seen: set[str] = set()
        for line in lines:
            if line.prose or line.words > MAX_LINE_WORDS:
                continue
            for h in line_fingerprints(line):
                if h in seen:
                    continue
                seen.add(h)
                entry = _entry(fp.get(h))
                fp[h] = [entry[0] + 1, entry[1], n] if entry else [1, n, n]
        if n % DECAY_EVERY == 0:
            fp = {h: [e[0] // 2, _halve_span(e[1], n), e[2]] for h, v in fp.items() if (e := _entry(v)) and e[0] > 1}
        if len(fp) > MAX_FINGERPRINTS + SLACK:
            keep = sorted(
                ((h, e) for h, e in fp.items() if _entry(e)), key=lambda kv: (kv[1][0], kv[1][2]), reverse=True
            )[:MAX_FINGERPRINTS]
            fp = dict(keep)
        self._state = {"v": VERSION, "n": n, "fp": fp, "recent": recent[-MAX_RECENT:]}
        self._memory[self._source] = self._state
