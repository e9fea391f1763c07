"""Bylines and datelines: the short lines above a story that say who and where, moved out of
the text.

A byline line is short, has no sentence punctuation, and is made of two or three short
segments joined by a dash (hyphen, en or em dash, or a kashida used as a dash), or starts
with a byline verb (بقلم، كتب). A one-word segment is the dateline (the place, or the
agency after a place); the rest is the byline. A dateline line of its own is a place
followed by a date (numbers) and often an agency.
"""

from __future__ import annotations

import re

from .lines import Line

__all__ = ["Byline", "is_dated_dateline", "is_dateline", "parse_byline"]

# Dash separators spaced on at least one side (a hyphen inside a word is not one).
SEPARATOR_RE = re.compile("\\s+[-\u2013\u2014\u0640]\\s*|\\s*[-\u2013\u2014\u0640]\\s+")
# بقلم / كتب / كتبت at the start of a line name the author.
BYLINE_VERB_RE = re.compile("^(?:\u0628\u0642\u0644\u0645|\u0643\u062a\u0628|\u0643\u062a\u0628\u062a)\\s*:?\\s+")
MAX_WORDS = 8
# A dateline line: a place and a date (two or more numbers), often an agency; no sentence.
DATELINE_MIN_WORDS = 3
DATELINE_MAX_WORDS = 14
DIGIT_RUN_RE = re.compile(r"\d+")
# A year of either calendar, and the marks of a Hijri date paired with its Gregorian one.
YEAR_RE = re.compile(r"(?<!\d)(?:1[34]\d\d|19\d\d|20\d\d)(?!\d)")
PAIRED_DATE_RE = re.compile("\u0647\u0640|\u0627\u0644\u0645\u0648\u0627\u0641\u0642")  # هـ، الموافق
MAX_SEGMENT_WORDS = 4

Byline = tuple[str | None, str | None]


def parse_byline(line: Line) -> Byline | None:
    """``(byline, dateline)`` when the line is a byline line, else None."""
    if line.prose or line.question or line.ellipsis or line.words > MAX_WORDS:
        return None
    text = line.text
    verb = BYLINE_VERB_RE.match(text)
    if verb is not None:
        name = text[verb.end() :].strip()
        return (name, None) if 0 < len(name.split()) <= MAX_SEGMENT_WORDS else None
    if line.label is not None:
        return None
    segments = [s.strip() for s in SEPARATOR_RE.split(text)]
    if len(segments) < 2 or len(segments) > 3 or not all(segments):
        return None
    if any(len(s.split()) > MAX_SEGMENT_WORDS or not any(ch.isalpha() for ch in s) for s in segments):
        return None
    single = [s for s in segments if len(s.split()) == 1]
    if not single:
        return text, None
    place = single[-1] if len(single) < len(segments) else segments[0]
    rest = " - ".join(s for s in segments if s is not place)
    return rest, place


def is_dateline(line: Line) -> bool:
    """A short line made of a place, a date and maybe an agency (``الرياض 26 شوال 1436 هـ
    الموافق 11 أغسطس 2015 م واس``): two or more numbers, no sentence, no label."""
    if line.prose or line.question or line.ellipsis or line.label is not None:
        return False
    if not DATELINE_MIN_WORDS <= line.words <= DATELINE_MAX_WORDS:
        return False
    return len(DIGIT_RUN_RE.findall(line.text)) >= 2 and line.text[:1].isalpha()


def is_dated_dateline(line: Line) -> bool:
    """A dateline that gives a full date (``الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس``):
    a year and a Hijri mark or الموافق. Never a headline, even as the first line."""
    return is_dateline(line) and YEAR_RE.search(line.text) is not None and PAIRED_DATE_RE.search(line.text) is not None
