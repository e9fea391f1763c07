"""Arabic normalisation: a clean display form, and a folded match form that maps back to it.

Display text keeps the letters as written (diacritics included). It drops tatweel, bidi
controls, stray zero-width characters, soft hyphens, other invisible controls and lone
surrogates; applies NFKC only to presentation forms (the one place it is safe for Arabic,
with the rial sign spelled out first); turns every kind of line break into ``\\n`` and
every kind of space into one ASCII space; and strips each line.

The match form drops diacritics, unifies alef, ya (alef maksura and Persian yeh) and ta
marbuta, Persian kaf, and turns Arabic-Indic and Persian digits into ASCII, so that
extraction and deduplication match spelling variants. ``fold`` returns, beside it, the
display offset of every folded character; ``match_key`` is the same fold without the map
(fast, for fingerprints and comparisons).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "BIDI_CONTROLS",
    "HARAKAT",
    "TATWEEL",
    "ZERO_WIDTH",
    "fold",
    "match_key",
    "normalize_display",
]

TATWEEL = "\u0640"
BIDI_CONTROLS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
# Invisible characters that never carry meaning in news text.
ZERO_WIDTH = "\u200b\u2060\ufeff\u00ad\u180e"
# Joiners carry meaning between two letters (Persian uses ZWNJ inside words); elsewhere
# they are stray and dropped.
ZWNJ = "\u200c"
ZWJ = "\u200d"
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u065f\u0670"
QURANIC_MARKS = "".join(chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06DD, 0x06DE, 0x06E9))
ALEFS = "\u0622\u0623\u0625\u0671\u0672\u0673"  # alef with madda, hamza above/below, wasla, wavy
ALEF = "\u0627"
ALEF_MAKSURA = "\u0649"
YA = "\u064a"
FARSI_YEH = "\u06cc"
KAF = "\u0643"
KEHEH = "\u06a9"
TA_MARBUTA = "\u0629"
HA = "\u0647"
ARABIC_INDIC_DIGITS = "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
PERSIAN_DIGITS = "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9"
ARABIC_DECIMAL_SEPARATOR = "\u066b"
ARABIC_THOUSANDS_SEPARATOR = "\u066c"
RIAL_SIGN = "\ufdfc"
RIAL_WORD = "\u0631\u064a\u0627\u0644"  # ريال
LINE_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

# C0/C1 controls other than tab and newline, dropped from display text.
_CONTROLS = "".join(chr(c) for c in [*range(0x09), *range(0x0E, 0x1C), 0x1F, 0x7F, *range(0x80, 0x85), *range(0x86, 0xA0)])

DROP_RE = re.compile(f"[{re.escape(BIDI_CONTROLS + ZERO_WIDTH + _CONTROLS)}]+")
BREAKS_RE = re.compile(f"[{re.escape(LINE_BREAKS)}]")
CRLF_RE = re.compile("\r\n")
SURROGATE_RE = re.compile("[\ud800-\udfff]")
# A joiner is kept only between two word characters; anywhere else it is stray.
STRAY_JOINER_RE = re.compile(f"(?<!\\w)[{ZWNJ}{ZWJ}]+|[{ZWNJ}{ZWJ}]+(?!\\w)")
# Presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) are the only place NFKC is safe for
# Arabic: elsewhere it would rewrite letters and digits users wrote on purpose.
PRESENTATION_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]+")
# A tatweel standing alone between spaces is a dash, not an elongation: keep it as one.
LONE_TATWEEL_RE = re.compile(f"(?<!\\S){TATWEEL}+(?!\\S)")
# A tatweel between two Arabic letters only stretches the joint: it goes. Elsewhere it marks
# a prefix or an abbreviation (بـ2، هـ for the Hijri year) and stays, once.
ARABIC_LETTER_OR_MARK = "\u0620-\u065f\u066e-\u06d3\u06d5\u0670\u06fa-\u06ff\u0750-\u077f"
JOINT_TATWEEL_RE = re.compile(f"(?<=[{ARABIC_LETTER_OR_MARK}]){TATWEEL}+(?=[{ARABIC_LETTER_OR_MARK}])")
TATWEEL_RUN_RE = re.compile(f"{TATWEEL}{{2,}}")
EN_DASH = "\u2013"
ODD_SPACES = "\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
# Runs of spaces that are not already one ASCII space (a lone space is left alone: fast).
SPACES_RE = re.compile(f"(?:[{ODD_SPACES}]| (?=[ {ODD_SPACES}]))[ {ODD_SPACES}]*")

_FOLD_TABLE: dict[int, str | None] = {
    ord(c): None for c in HARAKAT + QURANIC_MARKS + TATWEEL + BIDI_CONTROLS + ZERO_WIDTH + ZWNJ + ZWJ
}
_FOLD_TABLE.update({ord(c): ALEF for c in ALEFS})
_FOLD_TABLE.update({ord(ALEF_MAKSURA): YA, ord(FARSI_YEH): YA, ord(KEHEH): KAF, ord(TA_MARBUTA): HA})
_FOLD_TABLE.update({ord(d): str(i) for i, d in enumerate(ARABIC_INDIC_DIGITS)})
_FOLD_TABLE.update({ord(d): str(i) for i, d in enumerate(PERSIAN_DIGITS)})
_FOLD_TABLE.update({ord(ARABIC_DECIMAL_SEPARATOR): ".", ord(ARABIC_THOUSANDS_SEPARATOR): ","})


# Any character normalize_display would remove or rewrite (besides spaces).
RARE_RE = re.compile(
    f"[{re.escape(LINE_BREAKS + BIDI_CONTROLS + ZERO_WIDTH + _CONTROLS + TATWEEL + ZWNJ + ZWJ)}"
    "\ud800-\udfff\ufb50-\ufdff\ufe70-\ufefe]"
)
_FOLD_DELETED = "".join(chr(c) for c, rep in _FOLD_TABLE.items() if rep is None)
FOLD_DELETE_RE = re.compile(f"[{re.escape(_FOLD_DELETED)}]+")
_FOLD_PAIRS: tuple[tuple[str, str], ...] = tuple((chr(c), rep) for c, rep in _FOLD_TABLE.items() if rep is not None)


def _nfkc_presentation(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group().replace(RIAL_SIGN, RIAL_WORD))


def normalize_display(text: str) -> str:
    """Text for display: invisible and bidi marks, tatweel and controls gone; presentation
    forms decomposed; line breaks and spaces unified and lines stripped. Letters and
    diacritics stay as written. Idempotent."""
    if RARE_RE.search(text) is None:  # the common case: nothing to remove or rewrite
        return "\n".join(line.strip() for line in SPACES_RE.sub(" ", text).split("\n"))
    if "\r" in text:
        text = CRLF_RE.sub("\n", text)
    if BREAKS_RE.search(text):
        text = BREAKS_RE.sub("\n", text)
    if DROP_RE.search(text):
        text = DROP_RE.sub("", text)
    if not text.isascii():
        if SURROGATE_RE.search(text):
            text = SURROGATE_RE.sub("", text)
        if PRESENTATION_RE.search(text):
            text = PRESENTATION_RE.sub(_nfkc_presentation, text)
        if TATWEEL in text:
            text = LONE_TATWEEL_RE.sub(EN_DASH, text)
            text = TATWEEL_RUN_RE.sub(TATWEEL, JOINT_TATWEEL_RE.sub("", text))
        if ZWNJ in text or ZWJ in text:
            text = STRAY_JOINER_RE.sub("", text)
    return "\n".join(line.strip() for line in SPACES_RE.sub(" ", text).split("\n"))


def fold(text: str) -> tuple[str, list[int]]:
    """The match form of ``text`` and, for each of its characters, the offset in ``text``.

    The map has one extra entry, ``len(text)``, so a folded span ``[i, j)`` maps back to
    ``[back[i], back[j])``. Every fold is one character to one or none, so the map is the
    kept positions: built a run at a time, between the deleted runs.
    """
    if FOLD_DELETE_RE.search(text) is None:  # nothing dropped: offsets are the identity
        return match_key(text), list(range(len(text) + 1))
    parts: list[str] = []
    back: list[int] = []
    pos = 0
    for m in FOLD_DELETE_RE.finditer(text):
        start, end = m.span()
        if start > pos:
            parts.append(text[pos:start])
            back.extend(range(pos, start))
        pos = end
    if pos < len(text):
        parts.append(text[pos:])
        back.extend(range(pos, len(text)))
    back.append(len(text))
    return match_key("".join(parts)), back


def match_key(text: str) -> str:
    """The match form of ``text`` without the offset map: ``fold(text)[0]``, faster (deletions
    by one regex, then one ``str.replace`` per mapped character present)."""
    if FOLD_DELETE_RE.search(text):
        text = FOLD_DELETE_RE.sub("", text)
    for src, dst in _FOLD_PAIRS:
        if src in text:
            text = text.replace(src, dst)
    return text
