"""Per-source memory: which line fingerprints a source repeats across its articles.

The state of one source is a small JSON value, so that the same code runs on a plain dict
(``naba process``) and on a changelog-backed Faust table (the worker)::

    {"v": 1, "n": <articles seen>, "fp": {<8 hex>: [count, first_n, last_n]}, "recent": [<8 hex>...]}

Bounds (``CleanOptions``): at most ``max_fingerprints`` (+ ``slack``) fingerprints (the
least seen, then the oldest, go first), counts halved every ``decay_every`` articles (so a
site that changes its template forgets the old one), and the last ``max_recent`` article
hashes (an exact duplicate article teaches nothing): about 10 KB of JSON per source at
most. Only non-prose lines of at most ``max_line_words`` words and ``label:`` prefixes are
counted: article sentences never repeat and would only churn the table. A value is rewritten with
``memory[source] = state`` after each article; nothing is mutated in place.

A fingerprint is boilerplate once seen in ``min_count`` articles of the source and in
``min_share`` of the articles since it first appeared (lines of up to ``short_words``
words, such as ad slots, need only the count). Where in an article a learned line is dropped is decided
by ``boilerplate.py``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, MutableMapping
from typing import Any

from ..arabic import match_key
from .lines import Line, fingerprint_key, loose_key
from .options import DEFAULTS, CleanOptions

__all__ = ["SourceMemory", "line_fingerprints"]

# A fingerprint needs two letters (numbering like «1» or separators like ** are not boilerplate).
LETTERS_RE = re.compile(r"[^\W\d_]{2}")
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

    __slots__ = ("_memory", "_options", "_source", "_state")

    def __init__(
        self, memory: MutableMapping[str, Any] | None, source: str, *, options: CleanOptions = DEFAULTS
    ) -> None:
        self._memory = memory
        self._options = options
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
        opts = self._options
        if self._memory is None or line.words > opts.max_line_words:
            return False
        fp = self._state["fp"]
        n = self._state["n"]
        for h in line_fingerprints(line):
            entry = _entry(fp.get(h))
            if entry is None:
                continue
            count, first, _last = entry
            if count >= opts.min_count and (line.words <= opts.short_words or count >= opts.min_share * (n - first + 1)):
                return True
        return False

    def learn(self, lines: Iterable[Line], article_key: str) -> None:
        """Count this article's candidate lines and write the state back (once per article)."""
        if self._memory is None:
            return
        opts = self._options
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
            if line.prose or line.words > opts.max_line_words:
                continue
            for h in line_fingerprints(line):
                if h in seen:
                    continue
                seen.add(h)
                entry = _entry(fp.get(h))
                fp[h] = [entry[0] + 1, entry[1], n] if entry else [1, n, n]
        if n % opts.decay_every == 0:
            fp = {h: [e[0] // 2, _halve_span(e[1], n), e[2]] for h, v in fp.items() if (e := _entry(v)) and e[0] > 1}
        if len(fp) > opts.max_fingerprints + opts.slack:
            keep = sorted(
                ((h, e) for h, e in fp.items() if _entry(e)), key=lambda kv: (kv[1][0], kv[1][2]), reverse=True
            )[: opts.max_fingerprints]
            fp = dict(keep)
        self._state = {"v": VERSION, "n": n, "fp": fp, "recent": recent[-opts.max_recent :]}
        self._memory[self._source] = self._state
