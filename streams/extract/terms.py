"""The content terms of a text: folded word keys without clitics, with display spans.

Keywords and topics both count words by a key: the folded word (``streams.arabic.fold``)
without an attached conjunction or preposition (و ف ب ل ك) and without the article ال,
so that بالمحادثات، والمحادثات and محادثات count as one term. A leading letter in front
of ال is always a clitic; in front of a bare word it is one only when the rest is a
much more common word in the news (وروسيا → روسيا, but وزارة and بوتين stay whole).
That needs word statistics: the document frequencies in ``data/idf.json.gz``, built by
``scripts/build_keywords_idf.py`` and loaded on first use.

Each term also keeps the span of its readable form in the text: the word without the
conjunction or preposition but with its article (بالرئيس → الرئيس; للمحادثات →
المحادثات, the alef that لل swallowed put back).
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Mapping
from functools import cache, lru_cache
from importlib import resources
from itertools import accumulate
from typing import NamedTuple

import orjson

from streams.arabic import fold

from .clitics import AL, ALEF, BA, FA, KAF, LAM, PROCLITICS, WAW
from .stopwords import folded_stopwords

__all__ = [
    "WORD_RE",
    "TermStats",
    "Terms",
    "content_split",
    "split_word",
    "term_stats",
    "text_terms",
]

_PKG = "streams.extract.data"
IDF_FILE = "idf.json.gz"

CONJUNCTIONS = ("", WAW, FA)
CLITIC_LETTERS = frozenset(WAW + FA + BA + LAM + KAF)
# A run of folded Arabic letters (fold has removed diacritics and tatweel); digits and
# Latin letters end a word and are never terms. پ چ ژ گ come in loanwords.
WORD_RE = re.compile("[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06af]+")
# The same, captured: ``split`` gives separators and words in turn.
WORD_SPLIT_RE = re.compile(f"({WORD_RE.pattern})")
MIN_STEM = 3  # a bare word keeps its leading letter unless at least this much is left
MIN_KEY = 2  # shorter keys (one letter) are never terms
# A bare word loses a leading clitic when the rest is this much more common.
CLITIC_RATIO = 2
CLITIC_MARGIN = 5


# How a word splits: (clitic length, alef swallowed, key).
Split = tuple[int, bool, str]


class Terms:
    """The content words of a text, in order.

    ``keys[i]`` is the i-th content word's key. ``joined[i]`` says only a space separates
    it from the previous content word and it carries no conjunction or preposition: the
    two read as one phrase (وزارة الخارجية). ``display(i)`` is its readable form in the
    text: without its conjunction or preposition, with its article (للمحادثات →
    المحادثات, the alef the preposition swallowed put back). Read-only.
    """

    __slots__ = (
        "_back",
        "_parts",
        "_splits",
        "_starts",
        "_text",
        "_words",
        "joined",
        "keys",
    )

    def __init__(
        self,
        text: str,
        parts: list[str],
        back: list[int],
        splits: list[Split | None],
        words: list[int],
    ) -> None:
        self._text, self._parts, self._back, self._splits, self._words = (
            text,
            parts,
            back,
            splits,
            words,
        )
        self._starts: list[int] | None = None
        self.keys: list[str] = [splits[k][2] for k in words]
        self.joined: list[bool] = [
            i > 0
            and words[i - 1] == k - 1
            and splits[k][0] == 0
            and parts[2 * k] == " "
            for i, k in enumerate(words)
        ]

    def display(self, i: int) -> str:
        """The readable form of the i-th content word."""
        if self._starts is None:  # folded offset of every part, once
            self._starts = [0, *accumulate(map(len, self._parts))]
        k = self._words[i]
        clitic, alef, _ = self._splits[k]
        start = self._starts[2 * k + 1]
        end = start + len(self._parts[2 * k + 1])
        form = self._text[self._back[start + clitic] : self._back[end]]
        return ALEF + form if alef else form


class TermStats(NamedTuple):
    """Document frequencies of term keys (and of ``"key1 key2"`` bigrams) over the news."""

    docs: int
    df: dict[str, int]


@cache
def term_stats() -> TermStats:
    """The shipped document frequencies (``data/idf.json.gz``), read once."""
    raw = resources.files(_PKG).joinpath(IDF_FILE).read_bytes()
    data = orjson.loads(gzip.decompress(raw))
    return TermStats(docs=int(data["docs"]), df=data["df"])


def split_word(word: str, df: Mapping[str, int]) -> Split:
    """How a folded word splits: (clitic length, alef swallowed, key).

    ``word[clitic:]`` is the readable form (with ``ALEF`` in front when the flag is set);
    the key also drops the article. ``df`` decides bare words (see the module doc).
    """
    for c in CONJUNCTIONS:  # لل: a preposition on an article whose alef is dropped
        if (
            word.startswith(LAM, len(c) + 1)
            and word.startswith(c + LAM)
            and len(word) - len(c) >= 4
        ):
            return len(c) + 1, True, word[len(c) + 2 :]
    for p in PROCLITICS:
        if (
            word.startswith(AL, len(p))
            and word.startswith(p)
            and len(word) - len(p) >= 2 + MIN_KEY
        ):
            return len(p), False, word[len(p) + 2 :]
    if word.startswith(AL) and len(word) >= 2 + MIN_KEY:
        return 0, False, word[2:]
    if word[0] in CLITIC_LETTERS and len(word) > MIN_STEM:
        whole = df.get(word, 0)
        for p in PROCLITICS:
            if word.startswith(p) and len(word) - len(p) >= MIN_STEM:
                rest = word[len(p) :]
                if df.get(rest, 0) >= CLITIC_RATIO * whole + CLITIC_MARGIN:
                    return len(p), False, rest
    return 0, False, word


def content_split(word: str, df: Mapping[str, int]) -> Split | None:
    """``split_word``, or None when the word is a stopword or its key too short."""
    clitic, alef, key = split_word(word, df)
    stop = folded_stopwords()
    readable = word[clitic:]
    if len(key) < MIN_KEY or key in stop or readable in stop or word in stop:
        return None
    if alef and AL + key in stop:
        return None
    if clitic == 0 and word[0] in CLITIC_LETTERS:  # وأعلنت، فهو: a clitic on a stopword
        for p in PROCLITICS:
            if word.startswith(p) and word[len(p) :] in stop:
                return None
    return clitic, alef, key


@lru_cache(maxsize=200_000)
def _split_known(word: str) -> Split | None:
    """``content_split`` against the shipped statistics (cached: words repeat)."""
    return content_split(word, term_stats().df)


@lru_cache(maxsize=8)
def text_terms(text: str) -> Terms:
    """The content terms of ``text`` in order (stopwords, numbers, single letters left out).

    Cached for the last few texts: keywords and topics of one article tokenize once.
    """
    folded, back = fold(text)
    # separator, word, separator, word, ..., separator
    parts = WORD_SPLIT_RE.split(folded)
    splits = list(map(_split_known, parts[1::2]))
    words = [k for k, split in enumerate(splits) if split is not None]
    return Terms(text, parts, back, splits, words)
