"""Quote marks, Arabic character classes and the token and sentence regexes.

The lowest layer of the quotation extractor: every other module tokenises and finds sentence
ends with these, so they live where nothing else needs importing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..matchform import fold_word

LEFT_DOUBLE_QUOTE = "\u201c"
RIGHT_DOUBLE_QUOTE = "\u201d"
LEFT_GUILLEMET = "\u00ab"
RIGHT_GUILLEMET = "\u00bb"
QUOTATION_MARK = '"'
CLOSING: dict[str, str] = {
    LEFT_DOUBLE_QUOTE: RIGHT_DOUBLE_QUOTE,
    LEFT_GUILLEMET: RIGHT_GUILLEMET,
    QUOTATION_MARK: QUOTATION_MARK,
    RIGHT_DOUBLE_QUOTE: RIGHT_DOUBLE_QUOTE,  # ”…” as some sites write it
}
ARABIC_COMMA = "\u060c"
TANWEEN_FATH = "\u064b"  # the accusative ending (ركوداً): an object, never a subject
WORD_CACHE = 1 << 15  # word predicates (_definite, _is_name_token...) are asked again and again
AR = "\u0621-\u064a"
# A full stop ends a sentence (after a year too: نهاية 2012. وكتب), except inside numbers (19.3)
# and after one-letter abbreviations (د.، أ.د.، (د. ب. أ)); a semicolon before a lead adverbial of another side
# (؛ من جهته، ؛ بدوره) ends one too. An acronym's letters joined by two dots or more (جيه.إل.إل،
# بي.بي.سي) are one token: إل there is no article.
SENTENCE_END_RE = re.compile(f"(?<![\\s(.][{AR}])(?<!^[{AR}])[.!?\u061f](?![\\d{AR}A-Za-z])|\u061b(?=\\s*(?:\u0645\u0646 \u062c\u0647\u062a|\u0645\u0646 \u062c\u0627\u0646\u0628|\u0628\u062f\u0648\u0631))|\n")
TOKEN_RE = re.compile(f"(?<![{AR}.])(?:[{AR}]{{1,3}}\\.){{2,5}}[{AR}]{{1,3}}(?![{AR}])|[{AR}]+|[A-Za-z]+|[{ARABIC_COMMA},:]|[{LEFT_DOUBLE_QUOTE}{RIGHT_DOUBLE_QUOTE}{LEFT_GUILLEMET}{RIGHT_GUILLEMET}{QUOTATION_MARK}]")
WORD_RE = re.compile(f"[{AR}]+")
BRACKETED_RE = re.compile(r"\([^()\n]{0,60}\)")
# An aside between dashes, the first after a space and the last before one (العنود الزقدي –ربة منزل- أنها)
DASHED_RE = re.compile("(?<=\\s)[-\u2013\u2014][^-\u2013\u2014\\n]{2,40}?[-\u2013\u2014](?=\\s)")
SEPARATORS = frozenset(ARABIC_COMMA + ",:" + LEFT_DOUBLE_QUOTE + RIGHT_DOUBLE_QUOTE + LEFT_GUILLEMET + RIGHT_GUILLEMET + '"')
QUOTE_CHARS = frozenset(LEFT_DOUBLE_QUOTE + RIGHT_DOUBLE_QUOTE + LEFT_GUILLEMET + RIGHT_GUILLEMET + QUOTATION_MARK)


def _f(word: str) -> str:
    return fold_word(word)


def _alt(words: Sequence[str]) -> str:
    folded = sorted({_f(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace("\\ ", "\\s+") for w in folded)
SHADDA = "\u0651"


def _mark_before(folded: str, pos: int, reach: int = 40) -> str:
    """The last character before ``pos`` that is not blank, or a line break when one stands between: a paragraph
    that ends without a full stop (…سليم الصدر )) still ends its sentence. Empty at the text's start."""
    window = folded[max(0, pos - reach):pos]
    kept = window.rstrip()
    return "\n" if "\n" in window[len(kept):] else kept[-1:]


def _sentence_end(folded: str, pos: int) -> int:
    m = SENTENCE_END_RE.search(folded, pos)
    return m.start() if m else len(folded)
