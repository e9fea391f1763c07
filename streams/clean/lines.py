"""Line features: what the cleaner knows about one line of a scraped body, by its shape only.

Nothing here knows a phrase of any site: a line is described by its length in words, how it
ends (sentence punctuation, an ellipsis), whether it is a ``label: rest`` line, a run of
short items, a copyright notice, and its match key (the folded form used for comparisons).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..arabic import match_key

__all__ = ["Line", "fingerprint_key", "loose_key", "make_lines", "split_label"]

ELLIPSIS = "\u2026"
COPYRIGHT = "\u00a9"
ARABIC_QUESTION = "\u061f"
ARABIC_COMMA = "\u060c"
ARABIC_SEMICOLON = "\u061b"
URDU_FULL_STOP = "\u06d4"
# Closing quotes and brackets that may follow the sentence-final mark.
CLOSERS = "\"'\u00bb\u201d\u2019)]}\u203a"
# A line that ends a sentence: a period or colon (not an ellipsis), or a question or
# exclamation mark (closing quotes and brackets after them aside).
FULL_STOPS = frozenset(f".:{URDU_FULL_STOP}")
QUESTION_MARKS = frozenset(f"!?{ARABIC_QUESTION}")
SOFT_ENDS = frozenset(f".,;{ARABIC_COMMA}{ARABIC_SEMICOLON}")
PUNCT_RE = re.compile(r"[^\w\s]+")
# A line cut off: three dots, two dots, or the ellipsis character, at its end.
ELLIPSIS_RE = re.compile(f"(?:\\.{{2,}}|{ELLIPSIS})\\s*[{re.escape(CLOSERS)}]*$")
# ``label: rest`` with a short label (no sentence punctuation; at most four words, checked after).
LABEL_RE = re.compile(r"^([^:.!?\u061f\u060c]{1,40}?)\s*:\s*(\S.*)$")
# A label is words: letters (digits and diacritics allowed after a letter), spaces, dashes.
LABEL_WORDS_RE = re.compile("^[^\\W\\d_][\\w\\s\\-\u2013\u064b-\u065f\u0670]*$")
# Separators that join short items in one line: bullets, pipes, middle dots, slashes,
# chevrons (spaced: a slash inside a date is no separator).
MENU_SEPARATORS = "|\u2022\u00b7/\u203a>\u2039<"
ITEM_SEPARATOR_RE = re.compile(f"\\s+[{MENU_SEPARATORS}]\\s+")
MENU_MIN_ITEMS = 3
LETTER_RE = re.compile(r"[^\W\d_]")
MENU_ITEM_WORDS = 3
MENU_MAX_WORDS = 24
DIGIT_RUN_RE = re.compile(r"\d+")
# "(c) 2024", "2024 (c)" or the word: a copyright notice without the sign.
COPYRIGHT_RE = re.compile(r"\([cC]\)\s*\d{4}|\d{4}\s*\([cC]\)|copyright", re.IGNORECASE)
LATIN_WORD_RE = re.compile(r"^[A-Za-z][A-Za-z0-9.+&'-]*$")
# Prose: this many words whatever the ending; or a sentence end after this many words
# (a question or exclamation needs more: headlines end that way too).
PROSE_WORDS = 20
SENTENCE_WORDS = 5
QUESTION_WORDS = 15
# A non-prose line up to this many words is a headline, menu item or caption.
SHORT_WORDS = 16


@dataclass(slots=True)
class Line:
    """One non-empty line of the body, with its shape."""

    index: int  # line number in the scraped body
    text: str  # display form
    key: str  # match form
    loose: str  # match form without punctuation, spaces collapsed (for comparisons)
    block: int  # index of its blank-line-separated block
    words: int
    full_stop: bool  # ends with a period or colon
    question: bool  # ends with ! or ?
    ellipsis: bool  # ends cut off
    soft_end: bool  # ends with a period, comma or semicolon
    label: str | None  # the label of a ``label: rest`` line
    rest_words: int  # words after the label
    in_field_list: bool = False  # a label: value line among others with other labels
    shape: str | None = None  # junk reason by shape, once judged ("" when none)
    fingerprints: list[str] | None = None  # memory fingerprints, once computed

    @property
    def prose(self) -> bool:
        """A sentence of the article: long enough and ended like a sentence, or simply long."""
        if self.ellipsis:
            return False
        if self.words >= PROSE_WORDS:
            return True
        if self.full_stop and self.words >= SENTENCE_WORDS:
            return True
        return self.question and self.words >= QUESTION_WORDS

    @property
    def short(self) -> bool:
        """A headline, menu item or caption: few words, no sentence end."""
        return not self.prose and self.words <= SHORT_WORDS

    @property
    def copyright(self) -> bool:
        """A copyright notice (the sign, (c) with a year, or the word)."""
        text = self.text
        if COPYRIGHT in text:
            return True
        return ("(" in text or "opyright" in text or "OPYRIGHT" in text) and COPYRIGHT_RE.search(text) is not None

    @property
    def menu(self) -> bool:
        """Short items joined by separators on one line: a menu or breadcrumb (A | B | C, A > B > C)."""
        if self.prose or self.words > MENU_MAX_WORDS or not any(c in self.text for c in MENU_SEPARATORS):
            return False
        items = ITEM_SEPARATOR_RE.split(self.text)
        return len(items) >= MENU_MIN_ITEMS and all(
            0 < len(item.split()) <= MENU_ITEM_WORDS and LETTER_RE.search(item) for item in items
        )

    @property
    def latin_only(self) -> bool:
        """A line of one or two Latin words (social buttons, menu items) in a non-Latin page."""
        if self.words > 2 or not self.text.isascii():
            return False
        return all(LATIN_WORD_RE.match(p) for p in self.text.split())


def split_label(text: str) -> tuple[str, str] | None:
    """``(label, rest)`` for a ``label: rest`` line with a label of at most four words."""
    m = LABEL_RE.match(text)
    if m is None:
        return None
    label = m.group(1).strip()
    if not label or len(label.split()) > 4 or not LABEL_WORDS_RE.match(label):
        return None
    return label, m.group(2).strip()


def loose_key(key: str) -> str:
    """A match key with punctuation dropped and spaces collapsed, for prefix and title matching."""
    return " ".join(PUNCT_RE.sub(" ", key).split())


def fingerprint_key(loose: str) -> str:
    """The form two lines share when they are the same boilerplate (from a ``loose_key``):
    digits as one mark, no spaces, lower case."""
    return DIGIT_RUN_RE.sub("0", loose).replace(" ", "").replace("_", "").lower()


def _ending(text: str) -> tuple[bool, bool, bool, bool]:
    """(full stop, question or exclamation, ellipsis, soft end) at the end of a line, closers
    aside; a soft end is a period, comma or semicolon (how verse lines end)."""
    t = text.rstrip(CLOSERS + " ")
    last = t[-1:]
    ellipsis = last == ELLIPSIS or t.endswith("..")
    full_stop = not ellipsis and last in FULL_STOPS
    return full_stop, last in QUESTION_MARKS, ellipsis, not ellipsis and last in SOFT_ENDS


def make_lines(raw_lines: list[str]) -> list[Line]:
    """The non-empty lines of a body (already in display form), with their shapes."""
    out: list[Line] = []
    # One pass over the whole body for each form: none of them touches newlines.
    folded = match_key("\n".join(raw_lines))
    keys = folded.split("\n")
    loose_text = PUNCT_RE.sub(" ", folded)
    looses = loose_text.split("\n")

    block = 0
    previous_blank = False
    for i, text in enumerate(raw_lines):
        if not text:
            previous_blank = True
            continue
        if previous_blank and out:
            block += 1
        previous_blank = False
        labelled = split_label(text) if ":" in text else None
        words = len(text.split())
        key = keys[i]  # display lines have single spaces already, and the fold keeps them
        full_stop, question, ellipsis, soft_end = _ending(text)
        out.append(
            Line(
                index=i,
                text=text,
                key=key,
                loose=" ".join(looses[i].split()),
                block=block,
                words=words,
                full_stop=full_stop,
                question=question,
                ellipsis=ellipsis,
                soft_end=soft_end,
                label=labelled[0] if labelled else None,
                rest_words=len(labelled[1].split()) if labelled else 0,
            )
        )
    return out
