"""Arabic normalisation: a clean display form, and a folded match form that maps back to it.

Display text keeps the letters as written (diacritics included). The match form drops
diacritics, unifies alef, ya and ta marbuta and turns Arabic-Indic digits into ASCII, so
that extraction and deduplication match spelling variants; ``fold`` returns, beside it,
the display offset of every folded character.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "normalize_display"]

TATWEEL = "\u0640"
BIDI_CONTROLS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
ZERO_WIDTH = "\u200b\u2060\ufeff"
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0670"
ALEFS = "\u0622\u0623\u0625\u0671"  # آ أ إ ٱ
ALEF = "\u0627"
ALEF_MAKSURA = "\u0649"
YA = "\u064a"
TA_MARBUTA = "\u0629"
HA = "\u0647"
ARABIC_INDIC_DIGITS = "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
PERSIAN_DIGITS = "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9"
ARABIC_DECIMAL_SEPARATOR = "\u066b"
ARABIC_THOUSANDS_SEPARATOR = "\u066c"

_DROP_DISPLAY = str.maketrans("", "", TATWEEL + BIDI_CONTROLS + ZERO_WIDTH)
# Presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) are the only place NFKC is safe for
# Arabic: elsewhere it would rewrite letters and digits users wrote on purpose.
PRESENTATION_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]+")
# NFKC turns U+FDFC (the rial sign) into a Persian yeh sequence; spell it out instead.
RIAL_SIGN = "\ufdfc"
SPACES_RE = re.compile("[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")

_FOLD_TABLE: dict[int, str | None] = {ord(c): None for c in HARAKAT + TATWEEL + BIDI_CONTROLS + ZERO_WIDTH}
_FOLD_TABLE.update({ord(c): ALEF for c in ALEFS})
_FOLD_TABLE.update({ord(ALEF_MAKSURA): YA, ord(TA_MARBUTA): HA})
_FOLD_TABLE.update({ord(d): str(i) for i, d in enumerate(ARABIC_INDIC_DIGITS)})
_FOLD_TABLE.update({ord(d): str(i) for i, d in enumerate(PERSIAN_DIGITS)})
_FOLD_TABLE.update({ord(ARABIC_DECIMAL_SEPARATOR): ".", ord(ARABIC_THOUSANDS_SEPARATOR): ","})


def _nfkc_presentation(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group().replace(RIAL_SIGN, "\u0631\u064a\u0627\u0644"))


def normalize_display(text: str) -> str:
    """Text for display: no tatweel, bidi controls or zero-width marks; presentation forms
    decomposed; spaces unified and lines stripped. Letters and diacritics stay as written."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_DROP_DISPLAY)
    text = PRESENTATION_RE.sub(_nfkc_presentation, text)
    return "\n".join(SPACES_RE.sub(" ", line).strip() for line in text.split("\n"))


def fold(text: str) -> tuple[str, list[int]]:
    """The match form of ``text`` and, for each of its characters, the offset in ``text``.

    The map has one extra entry, ``len(text)``, so a folded span ``[i, j)`` maps back to
    ``[back[i], back[j])``.
    """
    out: list[str] = []
    back: list[int] = []
    table = _FOLD_TABLE
    for i, ch in enumerate(text):
        rep = table.get(ord(ch), ch)
        if rep is None:
            continue
        out.append(rep)
        back.append(i)
    back.append(len(text))
    return "".join(out), back
