"""Per-source memory: which line fingerprints a source repeats across its articles.

The state of one source is a small JSON value, so that the same code runs on a plain dict
(``naba process``) and on a changelog-backed Faust table (the worker)::

    {"v": 1, "n": <articles seen>, "fp": {<8 hex>: [count, first_n, last_n]}, "recent": [<8 hex>...]}

Bounds: at most ``MAX_FINGERPRINTS`` fingerprints (the least seen, then the oldest, go
first), counts halved every ``DECAY_EVERY`` articles (so a site that changes its template
forgets the old one), and the last ``MAX_RECENT`` article hashes (an exact duplicate
article teaches nothing). Only short non-prose lines and ``label:`` prefixes are counted:
article sentences never repeat and would only churn the table. A value is rewritten with
``memory[source] = state`` after each article; nothing is mutated in place.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, MutableMapping
from typing import Any

from .lines import Line, fingerprint_key

__all__ = [
    "DECAY_EVERY",
    "MAX_FINGERPRINTS",
    "MAX_RECENT",
    "SourceMemory",
    "line_fingerprints",
]

MAX_FINGERPRINTS = 300
MAX_RECENT = 32
DECAY_EVERY = 400
# A fingerprint is boilerplate once seen in this many articles...
MIN_COUNT = 3
# ...and in at least this share of the source's articles since it was first seen.
MIN_SHARE = 0.15
# ...unless the line is this short (an ad slot or a menu word: counted, not shared).
SHORT_WORDS = 2
# A fingerprint needs this many letters (numbering like «1» or separators like ** are not boilerplate).
MIN_LETTERS = 2
# Lines longer than this are not counted (boilerplate notices are short).
MAX_LINE_WORDS = 24
VERSION = 1


def _hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=4).hexdigest()


def line_fingerprints(line: Line) -> list[str]:
    """The fingerprints a line contributes: the whole line, and its label when it has one."""
    out = []
    whole = fingerprint_key(line.text)
    if sum(ch.isalpha() for ch in whole) >= MIN_LETTERS:
        out.append(_hash(whole))
    if line.label:
        label = fingerprint_key(line.label)
        if label:
            out.append(_hash("label:" + label))
    return out


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
        """A valid state from whatever the table held (a fresh one if it was damaged)."""
        fresh: dict[str, Any] = {"v": VERSION, "n": 0, "fp": {}, "recent": []}
        if not isinstance(value, dict) or value.get("v") != VERSION:
            return fresh
        n, fp, recent = value.get("n"), value.get("fp"), value.get("recent")
        if not isinstance(n, int) or not isinstance(fp, dict) or not isinstance(recent, list):
            return fresh
        clean_fp = {
            k: [int(v[0]), int(v[1]), int(v[2])]
            for k, v in fp.items()
            if isinstance(k, str) and isinstance(v, list) and len(v) == 3 and all(isinstance(x, int) for x in v)
        }
        return {"v": VERSION, "n": n, "fp": clean_fp, "recent": [r for r in recent if isinstance(r, str)]}

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
            entry = fp.get(h)
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
        recent: list[str] = list(state["recent"])
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
                entry = fp.get(h)
                fp[h] = [entry[0] + 1, entry[1], n] if entry else [1, n, n]
        if n % DECAY_EVERY == 0:
            fp = {h: [c // 2, _halve_span(f, n), last] for h, (c, f, last) in fp.items() if c // 2 > 0}
        if len(fp) > MAX_FINGERPRINTS:
            keep = sorted(fp.items(), key=lambda kv: (kv[1][0], kv[1][2]), reverse=True)[:MAX_FINGERPRINTS]
            fp = dict(keep)
        self._state = {"v": VERSION, "n": n, "fp": fp, "recent": recent[-MAX_RECENT:]}
        self._memory[self._source] = self._state
