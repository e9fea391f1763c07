"""Tokens for the entity tagger: words, numbers and punctuation, with offsets.

The tagger sees the folded match form (no diacritics or tatweel, unified alef, ya and
ta marbuta), which is what ANERcorp, the gazetteers and the news counts are folded to
as well; each token keeps its code-point span in the text passed in.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from ..arabic import fold

__all__ = ["SENTENCE_END", "TOKEN_RE", "Token", "fold_word", "tokenize"]

# A word is a run of letters/digits (\w), a number keeps its separators, anything
# else non-space is one punctuation token, as in ANERcorp.
TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|\S", re.UNICODE)
# Lone surrogates cannot be encoded for the tagger; one replacement char each keeps offsets.
SURROGATE_RE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"
SENTENCE_END = frozenset({".", "!", "?", "\u061f", "\u061b"})  # . ! ? ؟ ؛ tokens that end a sentence


class Token(NamedTuple):
    """A folded token and its span ``[start, end)`` in the original text."""

    form: str
    start: int
    end: int


def fold_word(word: str) -> str:
    """The folded match form of one word (as the tagger and the lexicons see it)."""
    return fold(word)[0]


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) == "Mn"


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text``: folded forms with code-point spans into ``text``.

    A span ends after its last kept character plus any combining marks that follow it
    (a final diacritic belongs to its word).
    """
    folded, back = fold(text)
    folded = SURROGATE_RE.sub(REPLACEMENT, folded)
    n = len(text)
    out: list[Token] = []
    for m in TOKEN_RE.finditer(folded):
        i, j = m.span()
        start = back[i]
        end = back[j - 1] + 1
        while end < back[j] and end < n and _is_mark(text[end]):
            end += 1
        out.append(Token(m.group(), start, end))
    return out
