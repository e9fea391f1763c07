"""Dates in every Arabic convention, resolved to ISO 8601 against the publication day.

Matching runs on the folded text (``streams.arabic.fold``) and spans map back to the
clean text. Covered: month names of every regional series and their paired newsroom
forms (كانون الأول/ديسمبر; not باب, a door, read as ب + آب, nor the Yemeni city إب, whose alif the month never takes), Hijri dates (converted with hijridate), numeric dates,
years, decades, weekdays and relative expressions (أول من أمس الاثنين، بالأمس، الشهر الماضي),
ranges (يومي 21 و22), New Year's Day and Eve (ليلة رأس السنة), year pairs (2015/2016،
1435/1436هـ) and years standing alone after a name (كأس العالم 2018) when nothing counted
follows them (after an event's name, مهرجان قرطاج الدولي 2016، الانتفاضة الأولى 1987, whatever uncounted word follows). A 4-digit number before a counted noun or a scale word (بين 1800 و2000 لاجئ،
قبل 1400 عام، 1077 دولارا), after a label (القرار 2216) or in a list with a number that is
no year is left to the amounts, and so is م read as metres (مساحته 1600م). A month without a year takes the
year that puts it in the news window around the anchor: from nine months before to two
months after, or this one or a coming one in a clause that looks ahead (من المقرر); a day of the
anchor's own month with الماضي (or المقبل) is the one just gone (or to come) when its day allows. A
weekday without الماضي/المقبل is the one the article dates elsewhere, else the coming one
in such a clause, else the last one; one with a date of its name beside it (الاثنين الماضي
الموافق 26 رمضان) is that date. Not dates: the Friday prayer (خطبة الجمعة), weekdays of a
habit (أيام الأحد), and اليوم as "nowadays" (وهي اليوم، باتت اليوم) or in a quoted title
(لـ"اليوم"، "الإمارات اليوم").
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Collection, Iterator
from functools import cache

from hijridate import Gregorian, Hijri

from ..records import DateMention
from .counts import PEOPLE, PERCENT_AFTER_RE, THINGS
from .matchform import fold_word, match_form
from .months import (
    GREGORIAN_MONTHS,
    HIJRI_MONTHS,
    NEEDS_CONTEXT,
    ORDINAL_DAYS,
    WEEKDAYS,
)
from .ner_lexicon import gazetteers, lexicon
from .numbers import DUAL_NOMINATIVE_ONLY, DUAL_NOUNS, number_word

__all__ = ["find_dates", "parse_published"]

AR = "\u0621-\u064a"
WORD_START = f"(?<![{AR}\\w])"
WORD_END = f"(?![{AR}])"
# How far a month named without a year may sit from the anchor month (news window).
MONTHS_BACK = 9
MONTHS_AHEAD = 2
AHEAD = 2  # direction of a month named in a clause that looks ahead: this one or a coming one

EDGE_WORDS = ("أواخر", "أوائل", "مطلع", "منتصف", "بداية", "نهاية", "أواسط", "آخر")
DIRECTION_WORDS: dict[str, int] = {
    "الماضي": -1, "الماضية": -1, "المنصرم": -1, "المنصرمة": -1, "السابق": -1,
    "الفارط": -1, "الفارطة": -1, "المنقضي": -1, "المنقضية": -1, "الفائت": -1, "الفائتة": -1,
    "الماضيين": -1, "الماضيتين": -1,
    "المقبل": 1, "المقبلة": 1, "القادم": 1, "القادمة": 1, "المقبلين": 1, "القادمين": 1,
    "الجاري": 0, "الحالي": 0, "الحالية": 0, "الجارية": 0,
}
PERIOD_WORDS: dict[str, str] = {"الأسبوع": "week", "الشهر": "month", "العام": "year", "السنة": "year"}
THIS_WORDS = ("هذا", "هذه")
YEAR_WORDS = ("عام", "العام", "سنة", "السنة", "عامي")
WAR_EVENTS = ("حرب", "ثورة", "انتفاضة", "نكبة", "نكسة")
# Events named by their year, also a few words on (كأس العالم 2018، انتخابات 2015، نسخة 2018، موسم 2015).
YEARLY_EVENTS = ("انتخابات", "ميزانية", "موازنة", "مونديال", "كأس", "أولمبياد", "نسخة", "موسم")
YEAR_CUES = ("منذ", "في", "حتى", "خلال", "قبل", "بعد", "مطلع", "أواخر", "أوائل", "منتصف",
             "بداية", "نهاية", "صيف", "صائفة", "شتاء", "ربيع", "خريف", "بتاريخ", "بين",  # صائفة: the Tunisian summer
             # events named by their year (حرب 1948، انتخابات 2015)
             *WAR_EVENTS, *YEARLY_EVENTS, "أحداث", "دستور", "اتفاق", "اتفاقية", "قانون", "مواليد",
             # model years (موديل 2014)
             "موديل")
HIJRI_ERA = ("هـ", "ه", "هجري", "هجرية", "للهجرة")
GREGORIAN_ERA = ("م", "ميلادي", "ميلادية", "للميلاد")
DAY_OFFSETS: dict[str, int] = {
    "أول من أمس": -2, "أول أمس": -2, "أمس الأول": -2, "البارحة الأولى": -2, "أمس": -1, "الأمس": -1, "يوم الأمس": -1,
    "الليلة الماضية": -1, "البارحة": -1, "اليوم": 0,
    "غدا": 1, "غداً": 1, "بعد غد": 2, "يوم غد": 1, "غد": 1, "الغد": 1, "بكرا": 1,
}
# Offsets that are dates only after a time of day (صباح غد، مساء الغد) or, for الغد, an event it
# dates (مباراة الغد), not alone (الغد، غد أفضل، جيل الغد).
NEEDS_TIME = ("غد", "الغد")
# Places named after a day of a month, written without its year (شارع 7 نوفمبر، ساحة 14 جانفي، مدينة 6 أكتوبر):
# the day and month after them are a name, not a date.
DATE_NAMED_PLACES = ("شارع", "نهج", "ساحة", "ميدان", "جسر", "مدينة", "حي", "ملعب", "مطار", "محطة", "مستشفى",
                     "معهد", "مدرسة", "جامعة", "مركب", "قصر", "نزل", "طريق")
# Events named by their day and month (ثورة 25 يناير، أحداث 11 سبتمبر، انتفاضة 17 ديسمبر): a name, as those places (round
# facts-r30, as v23's annotator reads it; without its year the date would also take the wrong one).
DATE_NAMED_EVENTS = ("ثورة", "ثورتي", "انتفاضة", "أحداث", "هجمات", "تفجيرات", "حرب")
# Events of a day before الغد that make it tomorrow (مباراة الغد، قبل مواجهة الغد، جلسة الغد).
TOMORROW_EVENTS = ("مباراة", "مواجهة", "لقاء", "مقابلة", "قمة", "اجتماع", "جلسة", "موعد", "مسيرة", "مظاهرة",
                   "تظاهرة", "وقفة", "احتفال", "حفل", "سباق", "نزال", "مناظرة", "إضراب", "امتحان", "امتحانات")
# Words before a bare month that make an ambiguous name (مارس، آب) a month.
MONTH_CUES = ("في", "خلال", "منذ", "حتى", "قبل", "بعد", "شهر")
STRICT_MONTHS = ("رجب", "صفر", "محرم")  # first names or common words even after في
# Outlets named "... اليوم" (their datelines are not dates), folded.
NAMED_TODAY = ("عين", "روسيا", "مصر", "المغرب", "الجزائر", "اخبار")
# Words before a lone اليوم that make it "nowadays" or "to this day", not the day.
VAGUE_TODAY = ("في", "هذا", "ذلك", "ذات", "طوال", "مدار", "نفس", "إلى", "وإلى", "الى", "والى", "حد",
               "غاية", "لغاية", "انتهاء", "بانتهاء", "نهاية", "بنهاية",
               # verbs of becoming and living (باتت اليوم تمثل خطرا، نعيش اليوم), a pronoun
               # set against the past (وهي اليوم تنبض بالحياة), today's world: "nowadays"
               "بات", "باتت", "أصبح", "أصبحت", "أضحى", "أضحت", "صار", "صارت", "بتنا", "أصبحنا",
               "نعيش", "يعيش", "تعيش", "ويعيش", "وتعيش", "عالم", "عالمنا", "لعالم",
               "هو", "هي", "هم", "هن", "نحن", "وهو", "وهي", "وهم", "ونحن", "فهو", "فهي", "فهم", "فنحن")
DAY_TIMES = ("صباح", "مساء", "ليل", "ليلة", "فجر", "ظهر", "عصر", "صباح يوم", "مساء يوم")
DECADES: dict[str, int] = {
    "العشرينيات": 2, "الثلاثينيات": 3, "الأربعينيات": 4, "الخمسينيات": 5,
    "الستينيات": 6, "السبعينيات": 7, "الثمانينيات": 8, "التسعينيات": 9,
}
DECADES.update({k[:-3] + "ات": v for k, v in list(DECADES.items())})  # التسعينات
# Words before a weekday that make it a name (سوق الجمعة) or the Friday prayer (خطبة الجمعة،
# منبر الجمعة), not a day.
WEEKDAY_NAME_HEADS = ("سوق", "صلاة", "صلاتي", "خطبة", "خطبتي", "خطب", "منبر", "منابر", "خطيب", "خطباء", "إمام")
# Words before a weekday that make it a habit (أيام الأحد، كل خميس), unless a date is beside it.
HABIT_WORDS = ("أيام", "ايام", "كل", "وكل", "بكل")
# Words beside a lone الاثنين that make it "the two" (بين الاثنين، أحد الاثنين، الاثنين معا).
TWO_WORDS = ("بين", "كلا", "هذين", "هاتين", "أحد", "إحدى", "مع", "على", "معا", "معاً", "منهما",
             "منهم", "من", "كل")
# Words that put a weekday named without الماضي/المقبل in the coming days.
FUTURE_CUES = ("سوف", "المقرر", "المنتظر", "المرتقب", "المزمع", "المتوقع", "سيتم", "ستتم",
               "سيكون", "ستكون", "يعتزم", "تعتزم", "يتوقع", "تتوقع", "يرتقب", "ينتظر",
               "سيبدأ", "ستبدأ", "سينطلق", "ستنطلق",
               # likelihood of what is to come (من المرجح أن يكون خلال شهر سبتمبر)
               "المرجح", "يرجح", "ترجح", "ويرجح",
               # hope for what is to come (نأمل بإجرائه يوم الجمعة: this Friday, the vote not yet held)
               "نأمل", "يأمل", "تأمل", "يأملون")
# Verbs of starting in the present right before a month or a weekday (الموسم الذي يبدأ في أكتوبر،
# وتنطلق يومي السبت والأحد): a coming one (farther back they may tell a habit).
START_VERBS = ("يبدأ", "تبدأ", "ويبدأ", "وتبدأ", "ينطلق", "تنطلق", "وينطلق", "وتنطلق", "تنعقد", "ينعقد", "تقام", "يقام")
# Words before a bare 4-digit number that make it a quantity (نحو 2000، الساعة 1807).
QUANTITY_BEFORE = ("نحو", "حوالي", "حوالى", "قرابة", "زهاء", "الساعة", "رقم", "أصل", "عدد",
                   "مجموع", "أكثر", "أقل", "اكثر", "اقل", "يبلغ", "تبلغ", "بلغ", "بلغت",
                   # numbers that label (الرقم 1900، القرار 2216: a phone line, a UN resolution)
                   "الرقم", "برقم", "بالرقم", "القرار", "القرارين", "القرارات", "بالقرار")
# Counted nouns a year never precedes, beside the people and things of counts.py (بين 1800
# و2000 لاجئ، 1800 حبة): a number before one of them is an amount.
COUNTED_NOUNS = ("لاجئ", "نازح", "حبة", "قرص")
UNIT_ABBREVIATIONS = ("كم", "كلم")  # no accusative in ا: كما، كلما are words of their own
# Measures before a number in م (مساحته 1600م): metres, not the Gregorian era.
MEASURE_BEFORE = ("مساحة", "مساحته", "مساحتها", "بمساحة", "طول", "بطول", "طوله", "طولها", "ارتفاع",
                  "بارتفاع", "ارتفاعه", "عمق", "بعمق", "مسافة", "بمسافة", "سعة", "بسعة", "قطر", "بقطر")
# Words after a bare 4-digit number that leave it a year (روسيا 2018 في، سابك 2025 التي).
YEAR_FOLLOWERS = ("في", "من", "إلى", "الى", "على", "عن", "مع", "حتى", "و", "أو", "او", "ثم",
                  "بعد", "قبل", "حيث", "إذ", "لكن", "بين", "خلال", "منذ", "عندما", "ضد", "أمام",
                  "فيما", "بينما", "كما", "هو", "هي",
                  "ذلك", "هذا", "هذه", "تلك")  # من 2014 وذلك جراء: a demonstrative counts nothing


def _f(word: str) -> str:
    return fold_word(word)


def _alt(words: object) -> str:
    """A regex alternation of folded words, longest first, spaces as any whitespace."""
    folded = sorted({_f(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace("\\ ", "\\s+") for w in folded)


MONTH_ALT = _alt(list(GREGORIAN_MONTHS) + list(HIJRI_MONTHS))
WEEKDAY_ALT = _alt(WEEKDAYS)
ORDINAL_ALT = _alt(ORDINAL_DAYS)
DIRECTION_ALT = _alt(DIRECTION_WORDS)
ERA_ALT = _alt(HIJRI_ERA + GREGORIAN_ERA)
EDGE_ALT = _alt(EDGE_WORDS)
YEAR_WORD_ALT = _alt(YEAR_WORDS)


def _contracted(words: object) -> str:
    """The definite words of ``words`` after ل, which drops the article's alif (للعام، للشهر)."""
    return "|".join(sorted({re.escape(_f(w)[2:]) for w in words if _f(w).startswith("ال")},  # type: ignore[attr-defined]
                           key=len, reverse=True))

# Day (or day range) + month (maybe paired) + year + direction word.
MONTH_DATE_RE = re.compile(
    f"(?:{WORD_START}|(?<=[\u0648\u0628\u0644])(?=\\d)|(?<=\u064a\u0648\u0645)(?=\\d)"  # و30 يونيو، لـ1أكتوبر، اليوم24 جانفي: a glued day
    f"|(?<=(?<![{AR}])(?:في|من))(?=\\d)|(?<=(?<![{AR}])(?:الي|منذ|حتي))(?=\\d)"  # في15 مايو، من1 إلى5 مايو: a glued preposition
    f"|(?<=[{AR}])(?=\\d{{1,2}}\\s*(?:{MONTH_ALT})\\s*\\d{{4}}))"  # الدمام25 شوال 1436، أحداث11 سبتمبر2001: a word glued to a full date
    f"(?:(?P<edge>[وب]?(?:{EDGE_ALT}))\\s+)?"
    f"(?:(?P<lead>[وب]?(?:اول\\s+(?:من\\s+)?امس|امس\\s+الاول|اليوم|امس|يوم|غدا))\\s+(?=(?:{WEEKDAY_ALT})))?"
    f"(?:(?P<wd>[وب]?(?:{WEEKDAY_ALT}))(?:\\s*[،,]?\\s+|(?=\\d{{1,2}}(?!\\d))))?"  # الاثنين15 يونيو: glued
    f"(?:(?P<cue>[وبل]?(?:{_alt(MONTH_CUES)}))\\s+)?"
    f"(?:(?P<yawm>[وبل]?(?:يوم|يومي|ليله|ليلتي))\\s+)?"
    f"(?:(?P<dp>\\(\\s*)?(?:ال)?(?P<d1>\\d{{1,2}}|{ORDINAL_ALT})"
    f"(?:\\s*(?:و|-|–|الي|حتي)\\s*(?P<d2>\\d{{1,2}}))?(?(dp)\\s*\\))\\s*(?:(?<=\\d)\\s*/\\s*)?(?:من\\s+)?(?:شهر\\s+)?)?"
    f"(?P<shahr>[وبل]?شهري?\\s+)?"
    f"(?P<po>\\(\\s*)?(?P<m1>[وبل]?(?:{MONTH_ALT}))(?:{WORD_END}|(?=(?:{DIRECTION_ALT}){WORD_END}))(?(po)\\s*\\))"
    f"(?:\\s*(?:/|\\(|-|–|(?=\\s))\\s*(?P<m2>{MONTH_ALT}){WORD_END}(?:\\s*\\))?)?"
    f"(?:\\s*(?:[,،]|(?<=[{AR}])\\s*/)?\\s*(?:(?:من\\s+)?(?:{YEAR_WORD_ALT})\\s*)?\\(?\\s*(?P<y>\\d{{4}})(?!\\d)\\s*\\)?"
    f"(?:\\s*(?P<era>{ERA_ALT}){WORD_END})?)?"
    f"(?:\\s*(?P<dir>{DIRECTION_ALT}){WORD_END})?"  # سبتمبرالجاري: glued too
)
# The two separators are the same mark, a hyphen and an en dash counting as one (4 – 9 - 1436هـ).
NUMERIC_DATE_RE = re.compile(
    r"(?<![\d/.\-\\\u2013])(?:"
    r"(?P<d>\d{1,2})\s*(?:(?P<s>[/.\\])|[\-\u2013])\s*(?P<m>\d{1,2})\s*(?(s)(?P=s)|[\-\u2013])\s*\(?\s*(?P<y>\d{4})"
    r"|(?P<y2>\d{4})\s*(?:(?P<s2>/)|[\-\u2013])\s*(?P<m2>\d{1,2})\s*(?(s2)/|[\-\u2013])\s*(?P<d2>\d{1,2})"
    r")(?![\d/.\-\\\u2013]\d)\s*\)?"
    f"(?:\\s*(?P<era>{ERA_ALT}){WORD_END})?"
)
# Days listed before one numeric month and year (9-10-11/10/1436): each a date of that month.
DAY_LIST_RE = re.compile(
    r"(?<![\d/.\-])(?P<days>(?:\d{1,2}\s*[-\u2013]\s*)+)(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})(?![\d/.\-]\d)"
    f"(?:\\s*(?P<era>{ERA_ALT}){WORD_END})?"
)
YEAR_RE = re.compile(
    f"{WORD_START}(?:(?P<word>[وف]?لل(?:{_contracted(YEAR_WORDS)})|[وبلف]?(?:{YEAR_WORD_ALT}))"
    f"(?:\\s+(?:ال)?(?:ميلادي|هجري)ه?{WORD_END})?"  # العام الميلادي 2014، السنة الهجرية 1437: its calendar named
    f"(?:\\s+(?:{DIRECTION_ALT}){WORD_END})?|(?P<cue>[وبلف]?(?:{_alt(YEAR_CUES)})))"  # العام المقبل 2016: the year it names
    f"\\s*\\(?\\s*(?P<y>\\d{{4}})(?!\\d)\\s*\\)?"
    f"(?:\\s*(?:و|او|-|–|الي|حتي)\\s*(?P<y2>\\d{{4}})(?!\\d))?"
    f"(?:\\s*(?P<era>{ERA_ALT}){WORD_END})?"
    f"|(?<![\\d/.])(?P<y3>\\d{{4}})(?:\\s*\\))?\\s*(?P<era3>{ERA_ALT}){WORD_END}"
    f"|\\(\\s*(?P<y4>1[89]\\d\\d|20\\d\\d)\\s*\\)"
)
RELATIVE_RE = re.compile(
    f"{WORD_START}"
    f"(?:(?P<time>[وب]?(?:{_alt(DAY_TIMES)}))\\s+)?"
    f"(?P<rel>[وبل]?(?:{_alt(DAY_OFFSETS)})){WORD_END}"
    f"(?:\\s*[،,]?\\s*(?P<wp>\\(\\s*)?(?P<wq>[\"\u201c\u00ab]\\s*)?(?P<wd>{WEEKDAY_ALT}){WORD_END}"
    f"(?(wp)\\s*\\))(?(wq)\\s*[\"\u201d\u00bb]))?"  # أمس (الأحد)، اليوم «الأحد»، غد "السبت": the weekday in brackets or quotes
)
WEEKDAY_RE = re.compile(
    f"{WORD_START}"
    f"(?:(?P<time>[وب]?(?:{_alt(DAY_TIMES)}))\\s+)?"
    f"(?:(?P<yawm>[وبل]?يوم)\\s+)?(?P<wd>[وبل]?(?:{WEEKDAY_ALT})){WORD_END}"
    f"(?:\\s+(?P<dir>{DIRECTION_ALT}){WORD_END})?"
)
# Weekdays joined by و and then a day number (أيام الأحد والاثنين 10 و11 شوال): dated days.
DATED_LIST_RE = re.compile(f"(?:\\s*[،,]?\\s*و(?:{WEEKDAY_ALT}))*\\s*\\(?\\s*\\d")
PERIOD_RE = re.compile(
    f"{WORD_START}"
    f"(?:(?P<edge>[وبل]?(?:{EDGE_ALT}|خلال))\\s+)?"
    f"(?:(?P<this>[وبل]?(?:{_alt(THIS_WORDS)}))\\s+)?"
    f"(?P<period>[وف]?لل(?:{_contracted(PERIOD_WORDS)})|[وبل]?(?:{_alt(PERIOD_WORDS)}))"
    f"(?:\\s+(?P<dir>{DIRECTION_ALT}))?{WORD_END}"
)
# Two years joined by a slash or dash (2015/2016، 1435/1436هـ، 1936 - 1939).
YEAR_RANGE_RE = re.compile(
    r"(?<![\d/.\-])(?P<y1>\d{4})\s*[/\-\u2013]\s*(?P<y2>\d{4})(?![\d/\-]|\.\d|\s*[/\-\u2013]\s*\d)"
    f"(?:\\s*(?P<era>{ERA_ALT}){WORD_END})?"
)
# An indefinite feminine noun and its nisba after a number (في المعرض باعت 2000 شقة سكنية): a thing
# counted, even after an event's name (not a glued preposition: معرض الرياض 2015 بمشاركة دولية).
COUNTED_PAIR_RE = re.compile(f"\\s+(?!ال|[وبلفك])[{AR}]{{2,}}\u0647\\s+(?!ال)[{AR}]{{2,}}\u064a\u0647(?![{AR}])")
# What may follow a bare year: end, punctuation, a dash before a word (1917 - الحرب), or a word.
AFTER_YEAR_RE = re.compile(f"\\s*(?:\\)|(?P<end>$|[،,.؛;:!?»\"\u201d\u2033)\\n](?!\\d))|[-\u2013]\\s+(?=[{AR}])|(?P<word>[{AR}]+))")
# The two Arabic words before a position, across spaces, quotes and brackets.
WORDS_BEFORE_RE = re.compile(f"(?:([{AR}]+)[\\s(\"\u201c\u00ab]+)?([{AR}]+)[\\s(\"\u201c\u00ab]*$")
DECADE_RE = re.compile(
    f"{WORD_START}(?P<dec>[وبلف]?(?:{_alt(DECADES)}))"
    f"(?:\\s+(?:من\\s+)?القرن\\s+(?P<cent>الماضي|العشرين|المنصرم))?{WORD_END}"
)
# The word just before a match, across spaces and quote marks only (لـ”عين اليوم”, not الطوال،).
WORD_BEFORE_RE = re.compile(f"(?<![{AR}])([{AR}]+)[\\s\u201c\u201d\"\u00ab\u00bb]*$")
# A day written before "the month" (الثامن من الشهر المقبل): the day of that month.
DAY_OF_MONTH_RE = re.compile(f"(?:{WORD_START}|(?<=(?<![{AR}\\w])\u0648))(?<!\\d[.,\u060c])(?P<d>\\d{{1,2}}|{ORDINAL_ALT})\\s+(?:من\\s+)?$")  # not 53.7 هذا الشهر: decimals
# A second month and a dual direction word both months share (شهري شعبان ورمضان الماضيين).
SHARED_DIR_RE = re.compile(f"\\s+و(?:{MONTH_ALT})\\s+(?P<dir>{DIRECTION_ALT}){WORD_END}")
SHARED_WEEKDAY_DIR_RE = re.compile(f"\\s*[،,]?\\s*و\\s*(?:{WEEKDAY_ALT})\\s+(?P<dir>(?:{DIRECTION_ALT}))(?<=ين){WORD_END}")
YEAR_AFTER_RE = re.compile(f"(?:\\s+(?:{DIRECTION_ALT}))?\\s*\\(?\\s*\\d{{4}}")
LIFESPAN = 110  # the longest span of a bracketed pair of years (a life, a reign)
LIFESPAN_OPENERS = frozenset("(\"\u201c\u00ab")
# The word after a number, across a closing bracket or quote (1200 - 1900) ريال.
AFTER_NUMBER_RE = re.compile(f"[\\s)\"\u201d\u00bb]*([{AR}]+)")
# A number and a conjunction or dash just before a position (1200 - 1900، 1835 و1929).
NUMBER_BEFORE_RE = re.compile(r"(\d+(?:[.,]\d+)?)\s*\)?\s*(?:و|-|\u2013|الي|حتي)\s*\(?\s*$")
# What follows a م that is metres or millions, not the era: 1000م3، 1300 م.د، 2000 م د.
METRE_AFTER_RE = re.compile(f"(?:[\\d\u00b2\u00b3]|\\s*\\.?\\s*\u062f(?![{AR}]))")
ISO_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
TIME_RE = re.compile(r"(?<!\d)(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d)")


def _word_before(folded: str, pos: int, words: frozenset[str]) -> bool:
    """Whether one of the one or two words just before ``pos`` is in ``words``."""
    before = WORDS_BEFORE_RE.search(folded, max(0, pos - 40), pos)
    return bool(before and any(w in words for w in before.groups() if w))


@cache
def _month_table() -> dict[str, tuple[int, str]]:
    table: dict[str, tuple[int, str]] = {}
    for name, m in GREGORIAN_MONTHS.items():
        table[re.sub(r"\s+", " ", _f(name))] = (m, "gregorian")
    for name, m in HIJRI_MONTHS.items():
        table[re.sub(r"\s+", " ", _f(name))] = (m, "hijri")
    return table


@cache
def _strict() -> frozenset[str]:
    return frozenset(_f(w) for w in STRICT_MONTHS)


@cache
def _needs_context() -> frozenset[str]:
    return frozenset(_f(w) for w in NEEDS_CONTEXT)


@cache
def _lookup(words: tuple[tuple[str, object], ...]) -> dict[str, object]:
    return {_f(k): v for k, v in words}


def _table(mapping: dict[str, object]) -> dict[str, object]:
    return _lookup(tuple(mapping.items()))


def _strip_prefix(word: str, table: Collection[str]) -> str:
    """The word without a glued و/ب/ل when only the bare form is in ``table``."""
    word = re.sub(r"\s+", " ", word)
    if word in table:
        return word
    if word[:1] in "وبلف" and word[1:] in table:
        return word[1:]
    for glue in ("لل", "ولل", "فلل"):  # للعام: ل before the article drops its alif
        if word.startswith(glue) and "ال" + word[len(glue):] in table:
            return "ال" + word[len(glue):]
    return word


def _month(word: str) -> tuple[int, str] | None:
    table = _month_table()
    key = _strip_prefix(word, table)  # type: ignore[arg-type]
    return table.get(key)


def _day_number(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return _table(ORDINAL_DAYS).get(re.sub(r"\s+", " ", token))  # type: ignore[return-value]


def _month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def _nearest_year(month: int, here_year: int, here_month: int, direction: int | None) -> int:
    """The year of ``month`` seen from (``here_year``, ``here_month``) of the same calendar:
    this month (0), the last one before (-1), the next one after (1), this or a coming one
    (``AHEAD``), or the news window."""
    here = _month_index(here_year, here_month)
    if direction == 0:
        return here_year
    for year in (here_year - 1, here_year, here_year + 1):
        delta = _month_index(year, month) - here
        if direction == -1 and -12 <= delta < 0:
            return year
        if direction == AHEAD and 0 <= delta < 12:
            return year
        if direction == 1 and 0 < delta <= 12:
            return year
        if direction is None and -MONTHS_BACK <= delta <= MONTHS_AHEAD:
            return year
    return here_year


GREGORIAN_FLOOR = 1800  # a year from here on after a Hijri month is Gregorian (رمضان 2016)
# A year joined to the month before it by من or ل: explicit (لسنة 2017، للعام 2016، لعام 2014) ...
OF_YEAR_RE = re.compile(
    f"\\s*(?:من\\s+(?:{YEAR_WORD_ALT})|ل(?:{YEAR_WORD_ALT})|لل(?:{_contracted(YEAR_WORDS)}))"
    f"\\s*\\(?\\s*(?P<y>\\d{{4}})(?!\\d)\\s*\\)?"
)
# ... or relative (من العام الماضي، لهذه السنة، للسنة الماضية), read by PERIOD_RE after من.
OF_PERIOD_RE = re.compile("\\s*(?:من\\s+)?(?=[لهاو]|ال)")
# ... or the year last named (أكتوبر من نفس السنة، مارس من العام نفسه، ماي من ذات السنة).
SAME_WORDS = ("نفس", "ذات")
SAME_YEAR_RE = re.compile(
    f"\\s*من\\s+(?:(?:{_alt(SAME_WORDS)})\\s+(?:{YEAR_WORD_ALT})|(?:{YEAR_WORD_ALT})\\s+(?:{_alt(SAME_WORDS)})(?:ه|ها)){WORD_END}"
)
BARE_YEAR_RE = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
SAME_YEAR_REACH = 300  # how far back the year named may stand (the same paragraph)
CLOSE_BRACKET_RE = re.compile(r"\s*\)")
BRACKET_YEAR_RE = re.compile(r"\s*(?P<y>1[89]\d\d|20\d\d)(?![\d/.\-])")
BRACKET_REACH = 40  # how far back the bracket a month closes may open


def _year_of_month(folded: str, pos: int, calendar: str = "gregorian") -> tuple[int | None, int | None, int] | None:
    """The year a month is of when من or ل joins a year to it right after (رمضان لسنة 2017، شهر مارس من
    العام الماضي، يناير لهذا العام), so the month takes that year and one mention covers both, as the
    annotators mark it: (the Gregorian year named, or None; the offset of a relative year from the
    current one, or None; the end of the year's words). A bracket the month closes is passed ((سبتمبر- نوفمبر)
    من هذا العام، (أبريل – يونيو) 2016: the year of the months inside)."""
    close = CLOSE_BRACKET_RE.match(folded, pos)
    if close and folded.rfind("(", max(0, pos - BRACKET_REACH), pos) > folded.rfind(")", max(0, pos - BRACKET_REACH), pos):
        pos = close.end()
        bare = BRACKET_YEAR_RE.match(folded, pos)
        if bare:  # (أبريل – يونيو) 2016: the year right after the bracket
            return int(bare["y"]), None, bare.end()
    same = SAME_YEAR_RE.match(folded, pos)
    if same:  # أكتوبر من نفس السنة: the year named last before the month, in the same paragraph
        start = max(0, pos - SAME_YEAR_REACH, folded.rfind("\n", 0, pos) + 1)
        years = BARE_YEAR_RE.findall(folded, start, pos)
        return (int(years[-1]), None, same.end()) if years else None
    explicit = OF_YEAR_RE.match(folded, pos)
    if explicit:
        return _named_year(folded, explicit, calendar)
    lead = OF_PERIOD_RE.match(folded, pos)
    if lead is None:
        return None
    linked = lead.group().strip() or folded[lead.end():lead.end() + 1] == "\u0644"
    period = PERIOD_RE.match(folded, lead.end()) if linked else None
    if period is None or period["edge"] or not (period["this"] or period["dir"]) \
            or _table(PERIOD_WORDS).get(_strip_prefix(period["period"], _table(PERIOD_WORDS))) != "year":
        return None
    named = NAMED_AFTER_PERIOD_RE.match(folded, period.end())
    if named:  # رمضان للعام الحالي 1436هـ، شهر رمضان للعام السابق 1435هـ: the year the relative words name
        return _named_year(folded, named, calendar)
    if YEAR_AFTER_RE.match(folded, period.end()):
        return None
    return None, DIRECTION_WORDS_F().get(period["dir"], 0) if period["dir"] else 0, period.end()


# The year written after a relative one the month is of (للعام الحالي 1436هـ، من العام الماضي 2014).
NAMED_AFTER_PERIOD_RE = re.compile("\\s*\\(?\\s*(?P<y>\\d{4})(?!\\d)\\s*\\)?")


def _named_year(folded: str, m: re.Match[str], calendar: str) -> tuple[int | None, int | None, int] | None:
    """The year ``m`` names for a month of ``calendar``, and the end of its words with the era: a Hijri
    year (era هـ, or below GREGORIAN_FLOOR) only for a Hijri month (شهر رمضان لعام 1436هـ)."""
    era = ERA_AFTER_RE.match(folded, m.end())
    if _is_hijri_era(era["era"]) and (calendar != "hijri" or int(m["y"]) >= GREGORIAN_FLOOR):
        return None
    return int(m["y"]), None, era.end() if era["era"] else m.end()


ERA_AFTER_RE = re.compile(f"(?:\\s*(?P<era>{ERA_ALT}){WORD_END})?")


def _hijri_year_in(month: int, year: int) -> int | None:
    """The Hijri year whose ``month`` begins in the Gregorian ``year`` (رمضان 2017: 1438)."""
    guess = int((year - 621.5643) / 0.970229)
    for h in (guess - 1, guess, guess + 1, guess + 2):
        g = _hijri_to_gregorian(h, month, 1)
        if g is not None and g.year == year:
            return h
    return None


def _year_for_month(month: int, anchor: dt.date | None, direction: int | None) -> int | None:
    """The year of a month named without one, by the direction word or the news window."""
    if anchor is None:
        return None
    return _nearest_year(month, anchor.year, anchor.month, direction)


def _hijri_year_for_month(month: int, anchor: dt.date | None, direction: int | None) -> int | None:
    """The same for a Hijri month, seen from the anchor's Hijri date."""
    if anchor is None:
        return None
    try:
        h = Gregorian(anchor.year, anchor.month, anchor.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return _nearest_year(month, h.year, h.month, direction)


def _hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(g.year, g.month, g.day)


def _approx_hijri_year(year: int) -> int:
    """The Gregorian year in which a Hijri year begins (arithmetic, outside the tables)."""
    start = _hijri_to_gregorian(year, 1, 1)
    return start.year if start else int(year * 0.970229 + 621.5643)


@cache
def _hijri_eras() -> frozenset[str]:
    return frozenset(_f(e) for e in HIJRI_ERA)


def _is_hijri_era(era: str | None) -> bool:
    return bool(era) and _f(era or "") in _hijri_eras()


def _shift(anchor: dt.date, days: int) -> dt.date | None:
    """The anchor moved by ``days``, or None past the calendar's ends."""
    try:
        return anchor + dt.timedelta(days=days)
    except OverflowError:
        return None


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


# --- candidates: (start, end, value, granularity, calendar, relative) in folded offsets ---

Candidate = tuple[int, int, str, str, str, bool]


# Scanning every position with the full patterns is slow; each pattern runs only in a
# window around the words that can anchor it, found in one pass over the words.
YEAR_HIT_RE = re.compile(r"(?<!\d)\d{4}(?!\d)")
NUMERIC_HIT_RE = re.compile(r"\d\s*[/.\-\\\u2013]\s*\d")  # 17\10\1436 and 4 – 9 - 1436 too
ARABIC_WORD_RE = re.compile(f"[{AR}]+")
WINDOW_BEFORE = 80
WINDOW_AFTER = 40
GLUE = ("", "و", "ب", "ل", "ف", "وب", "ول")
GLUED_WORDS = frozenset({"\u0628\u0627\u0628", "\u0648\u0628\u0627\u0628"})  # باب، وباب: words, not ب + آب
RELATIVE_ANCHORS = ("أمس", "الأمس", "اليوم", "غدا", "غد", "الغد", "البارحة", "بكرا", "بكرة", "الليلة")


@cache
def _anchor_words() -> dict[str, str]:
    """Folded word (with a glued particle) -> which pattern it anchors."""
    table: dict[str, str] = {}
    groups = {
        "month": [n.split()[0] for n in (*GREGORIAN_MONTHS, *HIJRI_MONTHS)],
        "relative": list(RELATIVE_ANCHORS),
        "weekday": list(WEEKDAYS),
        "period": list(PERIOD_WORDS),
        "decade": list(DECADES),
    }
    for kind, words in groups.items():
        for w in words:
            for g in GLUE:
                if _f(g + w) not in GLUED_WORDS:  # باب (a door, باب المندب) is not ب + آب
                    table.setdefault(_f(g + w), kind)
            if _f(w).startswith("ال"):
                for g in ("لل", "ولل", "فلل"):  # للعام، وللشهر
                    table.setdefault(g + _f(w)[2:], kind)
    return table


def _hits(folded: str) -> dict[str, list[tuple[int, int]]]:
    """Spans of anchor words by pattern kind, and of digit groups for years and numerics."""
    table = _anchor_words()
    out: dict[str, list[tuple[int, int]]] = {}
    for m in ARABIC_WORD_RE.finditer(folded):
        kind = table.get(m.group())
        if kind:
            out.setdefault(kind, []).append(m.span())
        elif "ال" in m.group()[3:]:  # سبتمبرالجاري: a month glued to its direction word
            cut = m.group().find("ال", 3)
            if table.get(m.group()[:cut]) == "month" and m.group()[cut:] in DIRECTION_WORDS_F():
                out.setdefault("month", []).append((m.start(), m.start() + cut))
    out["year"] = [m.span() for m in YEAR_HIT_RE.finditer(folded)]
    out["numeric"] = [m.span() for m in NUMERIC_HIT_RE.finditer(folded)]
    return out


def _windowed(pattern: re.Pattern[str], hits: list[tuple[int, int]], folded: str) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` that contain a hit, searched near each hit only."""
    done = 0
    for start, end in hits:
        if start < done:
            continue
        for m in pattern.finditer(folded, max(done, start - WINDOW_BEFORE), end + WINDOW_AFTER):
            if m.end() <= start:
                continue
            if m.start() > start:
                break
            done = m.end()
            yield m
            break


MONTH_RANGE_DASHES = ("-", "\u2013")


def _month_ranges_split(matches: Iterator[re.Match[str]], folded: str) -> Iterator[re.Match[str]]:
    """A pair of two different months joined by a dash is a range (من (سبتمبر- نوفمبر) من هذا العام): each month is
    read alone, the first up to its name, the second with what follows it (its year: the range's year for both)."""
    for m in matches:
        if not m["m2"] or folded[m.end("m1"):m.start("m2")].strip() not in MONTH_RANGE_DASHES \
                or (m1 := _month(m["m1"])) is None or (m2 := _month(m["m2"])) is None or m2[0] == m1[0]:
            yield m
            continue
        first = MONTH_DATE_RE.match(folded[:m.end("m1")], m.start())
        second = MONTH_DATE_RE.match(folded, m.start("m2"))
        yield from (x for x in (first, second) if x is not None)


# "Of every year" after a month or a day of a month (شهر جانفي من كل سنة): a recurring time.
EVERY_YEAR_RE = re.compile(f"\\s*(?:من\\s+)?كل\\s+(?:عام|سنه){WORD_END}")


def _month_dates(folded: str, anchor: dt.date | None, hits: list[tuple[int, int]]) -> Iterator[Candidate]:
    last: tuple[int, int, int] | None = None  # (end, year, month) of the last Gregorian month met
    named_end = -1  # where the last date read as a name ends (the next joined by و is one too)
    for m in _month_ranges_split(_windowed(MONTH_DATE_RE, hits, folded), folded):
        m1 = _month(m["m1"])
        if m1 is None:
            continue
        month, calendar = m1
        if m["m2"]:
            m2 = _month(m["m2"])
            if m2 is None or m2[0] != month:
                if folded[m.end("m1"):m.start("m2")].strip():
                    continue
                m = MONTH_DATE_RE.match(folded[:m.end("m1")], m.start())  # يناير فبراير: two months, not a pair
                if m is None:
                    continue
        d1 = _day_number(m["d1"]) if m["d1"] else None
        week_of = False
        if m["d1"] and not m["d1"][0].isdigit():
            head = WORD_BEFORE_RE.search(folded, max(0, m.start() - 20), m.start())
            week_of = bool(head and _strip_prefix(head.group(1), _period_heads()) in _period_heads())
            if week_of:
                d1 = None  # الأسبوع الثاني من شهر يوليو: a week or a part of the month, not its second day
        bare = _strip_prefix(m["m1"], _month_table())  # type: ignore[arg-type]
        if m["d1"] and bare in _strict() and "/" in folded[m.end("d1"):m.start("m1")]:
            continue  # 3 / صفر: a score, not the 3rd of Safar
        if m["d1"] and calendar == "gregorian" and not (m["y"] or m["dir"] or m["wd"] or m["yawm"] or m["cue"] or m["edge"]) \
                and (folded[named_end:m.start()].strip() == "\u0648" or (
                    (head := WORD_BEFORE_RE.search(folded, max(0, m.start() - 20), m.start()))
                    and head.group(1) in _date_named_heads())):
            named_end = m.end()
            continue  # شارع 7 نوفمبر، ساحة 14 جانفي، ثورتي 25 يناير و30 يونيو: a place or an event named after a date
        if not m["y"] and EVERY_YEAR_RE.match(folded, m.end()):
            continue  # في شهر جانفي من كل سنة، 14 فيفري من كل عام: a month of every year, no calendar time
        bare_month = not (d1 or m["y"] or m["m2"] or m["shahr"] or week_of)
        if bare in _needs_context() and bare_month and (not (m["cue"] or m["edge"] or m["dir"]) or bare in _strict()):
            continue
        era = m["era"]
        year: int | None = int(m["y"]) if m["y"] else None
        end = m.end()
        named_relative = False  # a year the month is of, named after it (رمضان لسنة 2017، صفر من هذا العام)
        if calendar == "hijri" and year is not None and year >= GREGORIAN_FLOOR and not _is_hijri_era(era):
            year = _hijri_year_in(month, year)  # رمضان 2016: the Ramadan that falls in 2016
            if year is None:
                continue
        elif year is None and not m["dir"]:
            of_year = _year_of_month(folded, end, calendar)
            if of_year is not None:
                named, offset, end = of_year
                if offset is not None:  # this year, last year: of the month's own calendar
                    named_relative = True
                    here = _hijri_year_for_month(month, anchor, 0) if calendar == "hijri" else \
                        (anchor.year if anchor else None)
                    year = None if here is None else here + offset
                else:
                    year = named if calendar == "gregorian" or named < GREGORIAN_FLOOR \
                        else _hijri_year_in(month, named)  # type: ignore[arg-type,operator]  # رمضان لعام 1436: a Hijri year
                if year is None:
                    continue
        shared = None if m["dir"] or m["y"] else SHARED_DIR_RE.match(folded, m.end())  # شعبان ورمضان الماضيين
        direction = DIRECTION_WORDS_F().get(m["dir"] or (shared and shared["dir"]) or "")
        if direction is None and year is None and (_future_clause(folded, m.start()) or _starts_before(folded, m.start())):
            direction = AHEAD  # من المقرر أن يفتتح في مارس: this March or the next
        if calendar == "gregorian" and _is_hijri_era(era):
            continue
        relative = year is None or named_relative
        if calendar == "hijri":
            if year is None:
                year = _hijri_year_for_month(month, anchor, direction)
            if year is None:
                continue
        elif year is None:
            year = _year_for_month(month, anchor, direction)
            if year is None:
                continue
            if d1 is not None and anchor is not None and month == anchor.month and direction in (-1, 1) \
                    and (d1 - anchor.day) * direction > 0:
                year = anchor.year  # 12 يوليو الماضي written on 24 July: the 12th just gone, not last year's
            if direction is None and d1 is not None and last is not None and last[2] <= month and last[1] != year \
                    and not SENTENCE_END_RE.search(folded, last[0], m.start()) \
                    and not _weekday_fits(m["wd"], year, month, d1, last[1]):
                year = last[1]  # من 13 إلى 15 مارس ... ومن 16 الى 20 ماي: a list runs forward in its year
        if calendar == "gregorian" and d1 is not None:
            last = (m.end(), year, month)  # a day of a month: the list is one of dated days
        start = m.end("cue") if m["cue"] else m.start()
        if m["cue"] and (m["edge"] or m["wd"]):
            start = m.start()
        if week_of:
            start = m.start("m1")
        if d1 is None:
            if calendar == "hijri":
                g = _hijri_to_gregorian(year, month, 1)
                if g is None:
                    continue
                yield start, end, f"{g.year:04d}-{g.month:02d}", "month", "hijri", relative
            else:
                yield start, end, f"{year:04d}-{month:02d}", "month", "gregorian", relative
            continue
        days = [d1]
        if m["d2"]:
            days.append(int(m["d2"]))
        values = []
        for d in days:
            date = _hijri_to_gregorian(year, month, d) if calendar == "hijri" else _valid(year, month, d)
            if date is None:
                break
            values.append(date.isoformat())
        else:
            if start == m.start("d1") and m["d1"][0].isdigit():
                yield from _leading_days(folded, start, year, month, d1, calendar, relative)
            if len(values) == 2:
                cut = m.end("d1")
                yield start, cut, values[0], "day", calendar, relative
                yield m.start("d2"), end, values[1], "day", calendar, relative
            else:
                yield start, end, values[0], "day", calendar, relative


def _weekday_fits(weekday: str | None, year: int, month: int, day: int, other: int) -> bool:
    """The weekday written with a day and month fits ``year`` and not ``other`` (ذكرى 2 مارس 1934 وذلك يوم الأحد 5
    مارس: this year's Sunday, not 1934's): the weekday names the year."""
    if not weekday:
        return False
    named = _weekday_of(weekday)
    here, there = _valid(year, month, day), _valid(other, month, day)
    return named is not None and here is not None and here.weekday() == named \
        and (there is None or there.weekday() != named)


LEADING_DAY_RE = re.compile(r"(?<![\d.,/])(\d{1,2})\s*\u0648\s*$")  # 25 و (26 و27 فيفري)


def _leading_days(folded: str, start: int, year: int, month: int, first: int, calendar: str,
                  relative: bool) -> Iterator[Candidate]:
    """Days listed with و before a dated day or pair, counting up to it (أيام 25 و26 و27 فيفري,
    أيام 4 و5 و8 و12 ديسمبر): each a day of the same month, not an amount."""
    found: list[Candidate] = []
    while (m := LEADING_DAY_RE.search(folded, max(0, start - 8), start)) is not None and 1 <= int(m[1]) < first:
        first, start = int(m[1]), m.start(1)
        date = _hijri_to_gregorian(year, month, first) if calendar == "hijri" else _valid(year, month, first)
        if date is None:
            return
        found.append((start, m.end(1), date.isoformat(), "day", calendar, relative))
    yield from reversed(found)


SENTENCE_END_RE = re.compile(r"\.(?!\d)|\n")
# Parts of a month an ordinal may number (الأسبوع الثاني من شهر يوليو، العشر الأواخر): no day.
PERIOD_HEADS = ("الأسبوع", "الاسبوع", "الأسابيع", "العشر", "العشرة", "الربع", "النصف", "الثلث", "الجزء", "المرحلة")


@cache
def _period_heads() -> frozenset[str]:
    return frozenset(_f(w) for w in PERIOD_HEADS)


@cache
def DIRECTION_WORDS_F() -> dict[str, int]:
    return {_f(k): v for k, v in DIRECTION_WORDS.items()}


def _numeric_dates(folded: str, hits: list[tuple[int, int]]) -> Iterator[Candidate]:
    for m in _windowed(NUMERIC_DATE_RE, hits, folded):
        if m["y"]:
            d, mo, y = int(m["d"]), int(m["m"]), int(m["y"])
            if mo > 12 and d <= 12:
                d, mo = mo, d
        else:
            y, mo, d = int(m["y2"]), int(m["m2"]), int(m["d2"])
        hijri = _is_hijri_era(m["era"]) or 1300 <= y < 1500
        if hijri:
            date = _hijri_to_gregorian(y, mo, d)
        elif 1800 <= y <= 2100:
            date = _valid(y, mo, d)
        else:
            date = None
        if date is None:
            continue
        end = m.end()
        while end > m.start() and folded[end - 1].isspace():
            end -= 1
        text = folded[m.start():end]
        if text.endswith(")") and "(" not in text:
            end -= 1
            while folded[end - 1].isspace():
                end -= 1
        yield m.start(), end, date.isoformat(), "day", "hijri" if hijri else "gregorian", False


def _day_lists(folded: str, hits: list[tuple[int, int]]) -> Iterator[Candidate]:
    """9-10-11/10/1436: the days before the last one share its month and year."""
    if not hits:
        return
    for m in DAY_LIST_RE.finditer(folded):
        y, mo = int(m["y"]), int(m["m"])
        hijri = _is_hijri_era(m["era"]) or 1300 <= y < 1500
        if not hijri and not 1800 <= y <= 2100:
            continue
        days = [(d.start() + m.start("days"), d.end() + m.start("days"), int(d.group()))
                for d in re.finditer(r"\d{1,2}", m["days"])] + [(m.start("d"), m.end(), int(m["d"]))]
        if [d for *_, d in days] != list(range(days[0][2], days[-1][2] + 1)):
            continue  # the days of a list count up one by one
        found = [(s, e, _hijri_to_gregorian(y, mo, d) if hijri else _valid(y, mo, d)) for s, e, d in days]
        if any(date is None for *_, date in found):
            continue
        for s, e, date in found:
            yield s, e, date.isoformat(), "day", "hijri" if hijri else "gregorian", False  # type: ignore[union-attr]


def _year_match(folded: str, m: re.Match[str]) -> tuple[list[int], str | None, int, int] | None:
    """The years of a ``YEAR_RE`` match with their era, start and end, or None when its numbers
    count something (بين 1800 و2000 لاجئ، قبل 1400 عام، ( 2000 ) شخص) or are metres
    (مساحته 1600م). A second number that counts something or
    goes back in time is an amount after a year (سنة 2016 و1870 مليون دينار)."""
    if m["y4"]:
        if _counted_after(folded, m.end("y4")) or _quantity_head(folded, m.start()):
            return None  # ( 2000 ) شخص، قرار الوزير رقم (2000)
        return [int(m["y4"])], None, m.start("y4"), m.end()
    if m["y3"]:
        years, era, start, stop = [int(m["y3"])], m["era3"], m.start("y3"), m.end()
        era_end = m.end("era3")
    else:
        years = [int(m["y"])] + ([int(m["y2"])] if m["y2"] else [])
        era, start, stop, era_end = m["era"], m.start("word") if m["word"] else m.start("y"), m.end(), m.end("era")
        counted = not era and _counted_after(folded, m.end("y2") if m["y2"] else m.end("y"))
        cue = _strip_prefix(m["cue"], _between()) if m["cue"] else None
        if counted and cue and (len(years) == 1 or cue in _between()):
            return None
        if cue in _between() and len(years) == 1 and BETWEEN_NUMBER_RE.match(folded, m.end("y")):
            return None  # بين 1500 و900: a range of amounts whose other end is no year
        if len(years) == 2 and (counted or years[1] < years[0] - 1):
            years, era, stop = years[:1], None, m.end("y")
    if era and _metres(folded, start, _f(era), era_end):
        return None
    return years, era, start, stop


# The other end of a range after بين that is no year: a number of 1, 3 or 5 and more digits (بين 1500 و900);
# two digits may shorten a year (بين 2014 و15).
BETWEEN_NUMBER_RE = re.compile(r"\s*\)?\s*(?:و|-|\u2013)\s*\(?\s*(?:\d|\d{3}|\d{5,})(?![\d٫])")


@cache
def _between() -> frozenset[str]:
    return frozenset({_f("بين")})


def _years(folded: str, hits: list[tuple[int, int]]) -> Iterator[Candidate]:
    for m in _windowed(YEAR_RE, hits, folded):
        found = _year_match(folded, m)
        if found is None:
            continue
        years, era, start, stop = found
        hijri = _is_hijri_era(era) or (not era and all(1300 <= y < 1500 for y in years))
        values = []
        for y in years:
            if hijri:
                values.append(_approx_hijri_year(y))
            elif 1000 <= y <= 2100:
                values.append(y)
        if len(values) != len(years) or not values:
            continue
        end = stop
        while folded[end - 1].isspace():
            end -= 1
        if folded[end - 1] == ")" and "(" not in folded[start:end]:
            end -= 1
            while folded[end - 1].isspace():
                end -= 1
        elif folded.count("(", start, end) > folded.count(")", start, end):
            close = re.match(r"\s*\)", folded[end:])  # عام (1273هـ): close the bracket
            end += close.end() if close else 0
        if len(values) == 2:
            cut = m.end("y")  # only a match with y and y2 keeps two values
            yield start, cut, f"{values[0]:04d}", "year", "hijri" if hijri else "gregorian", False
            yield m.start("y2"), end, f"{values[1]:04d}", "year", "hijri" if hijri else "gregorian", False
        else:
            yield start, end, f"{values[0]:04d}", "year", "hijri" if hijri else "gregorian", False


# A year of two digits after an indefinite year word (عام 85، سنة 48، عام 79م); not before a decimal.
# (The word's start is checked apart: a literal first makes the search cheap.)
SHORT_YEAR_RE = re.compile(f"(?:عام|سنه)\\s+(?P<y>\\d\\d)(?![\\d٫/:%]|[.,]\\d)(?:\\s*(?:{_alt(GREGORIAN_ERA)}){WORD_END})?")
WORD_PREFIX_RE = re.compile(f"(?<![{AR}])[وبلف]?$")  # what may stand before a year word: a glued letter
# Another era after it (عام 65 هجرية: the first Hijri century, left) or a lone letter of a label (لسنة 29 ق: a
# judicial year); not م (the Gregorian era) nor و.
OTHER_ERA_AFTER_RE = re.compile(f"\\s*(?:(?:{_alt(HIJRI_ERA)}){WORD_END}|[{AR}](?![{AR}])(?<![مو]))")
DURATION_HEADS = ("لمدة", "مدة", "طيلة", "طوال", "قرابة", "نحو", "حوالي")  # لمدة سنة 16: a duration miswritten


@cache
def _duration_heads() -> frozenset[str]:
    return frozenset(_f(w) for w in DURATION_HEADS)


def _short_years(folded: str, anchor: dt.date | None) -> Iterator[Candidate]:
    """A year written with two digits after عام/سنة (عام 85 = 1985, عام 15 = 2015 in 2017): the one of this
    century unless it lies ahead of the anchor. Not before a counted noun, a scale word, per cent or another era
    (عام 20 يوما، سنة 12 في المئة، عام 65 هـ), nor after a word of duration (لمدة سنة 16)."""
    if anchor is None:
        return
    for m in SHORT_YEAR_RE.finditer(folded):
        glue = WORD_PREFIX_RE.search(folded, max(0, m.start() - 2), m.start())
        if glue is None:
            continue  # نظام 20، الأعوام: the letters end another word
        if _counted_after(folded, m.end("y")) or PERCENT_AFTER_RE.match(folded, m.end("y")) \
                or OTHER_ERA_AFTER_RE.match(folded, m.end("y")) \
                or _word_before(folded, glue.start(), _duration_heads()):
            continue
        short = int(m["y"])
        year = 2000 + short if 2000 + short <= anchor.year else 1900 + short
        yield m.start(), m.end(), f"{year:04d}", "year", "gregorian", False


def _weekday_table() -> dict[str, int]:
    return _table(WEEKDAYS)  # type: ignore[return-value]


def _weekday_of(word: str) -> int | None:
    """The weekday number (Monday 0) of a weekday word, maybe with a glued و/ب/ل/ف."""
    return _weekday_table().get(_strip_prefix(word, _weekday_table()))


PUNCTUATION_BEFORE_DAY = frozenset("\u060c,(")  # ، , (: a clause or bracket opens on the day
# A title in quotes that ends on اليوم, one word at most before it ("الإمارات اليوم"، ل"اليوم").
QUOTED_TITLE_RE = re.compile(f"[\"\u201c\u00ab](?:[{AR}]+\\s+)?[{AR}]?\u0627\u0644\u064a\u0648\u0645[\"\u201d\u00bb]$")
# اليوم alone in brackets (لـ(اليوم)، جريدة ( اليوم )، علمت (اليوم) أن): the Dammam daily, as the news cites it.
BRACKETED_RE = re.compile("\\( ?\u0627\u0644\u064a\u0648\u0645 ?\\)")
OPENING_QUOTES = frozenset("\u00ab\u201c")  # « “ (a straight " opens and closes alike)


LAGGING_ANCHOR_DAYS = 3  # how far the publication day may lag the day the text was written (a crawl date)


def _named_weekday_before(date: dt.date, weekday: int | None) -> dt.date:
    """The day of the weekday named with a relative word (اليوم الأربعاء، أمس الثلاثاء) when it falls in the few days
    before the one the anchor gives: the text was written then and the anchor is the later crawl (V39-V45's
    annotators read it so); a weekday ahead of it, or farther back, leaves the anchor's day."""
    if weekday is None or date.weekday() == weekday:
        return date
    back = (date.weekday() - weekday) % 7
    return date - dt.timedelta(days=back) if back <= LAGGING_ANCHOR_DAYS else date


def _relatives(folded: str, anchor: dt.date | None, hits: list[tuple[int, int]]) -> Iterator[Candidate]:
    if anchor is None:
        return
    offsets = _table(DAY_OFFSETS)
    for m in _windowed(RELATIVE_RE, hits, folded):
        rel = _strip_prefix(m["rel"], offsets)
        if rel not in offsets:
            continue
        if rel == _f("أمس") and m["rel"] == _f("لأمس"):
            continue  # لامس: "touched", and لأمس is not written
        if rel == _f("أمس") and DIREST_NEED_RE.match(folded, m.end("rel")):
            continue  # بأمس الحاجة: "in the direst need", an elative, no yesterday
        if rel == _f("الأمس") and (not (m["time"] or m["rel"][:1] == "\u0628")
                                   or folded[m.end("rel"):m.end("rel") + 8].strip().startswith(_f("القريب"))):
            continue  # ذكريات الأمس، بالأمس القريب: the past; بالأمس، صباح الأمس: yesterday
        if rel == _f("اليوم"):
            after = folded[m.end("rel"):m.end("rel") + 16].lstrip()
            nxt = ARABIC_WORD_RE.match(after)
            if not m["wd"] and ((after[:1].isdigit() and not (_counts_after_today(after) and (
                    m["time"] or not _present_holding(folded, m.start()))))
                                or (nxt is not None and _day_attribute(nxt.group()))):
                continue  # اليوم الأول، اليوم 3 من المهرجان: a day, not today (but أصدرته اليوم الهيئة، سيّر اليوم 7 شاحنات)
            lead = WORD_BEFORE_RE.search(folded, max(0, m.start() - 20), m.start())  # لـ”عين اليوم”
            before = [lead.group(1)] if lead else []
            if not m["wd"] and before and before[-1] in _vague_today_heads() and not _since_until(folded, m.start(), before[-1]):
                continue  # عين اليوم: an outlet; إلى اليوم، إلى حد اليوم: "to this day" (not منذ بداية جانفي إلى اليوم)
            if not (m["wd"] or m["time"]) and NOT_TOMORROW_RE.match(folded, m.end("rel")):
                continue  # اليوم قبل الغد: "at once", an idiom, no day
            if not m["wd"] and folded[max(0, m.start() - 1):m.start()] in OPENING_QUOTES:
                continue  # «اليوم يتم تجاهل الدستور: the quoted "nowadays" that opens a statement
            if not m["wd"] and (QUOTED_TITLE_RE.search(folded, max(0, m.start() - 24), m.end() + 1)
                                or BRACKETED_RE.search(folded, max(0, m.start("rel") - 2), m.end("rel") + 2)):
                continue  # ل"اليوم"، صحيفة "الإمارات اليوم"، لـ(اليوم)، جريدة ( اليوم ): a newspaper or a programme
        if rel in _needs_time() and not m["time"] and not (rel == _f("الغد") and _word_before(folded, m.start(), _tomorrow_events())):
            continue
        if rel == _f("الغد") and m["wd"] and DATED_LIST_RE.match(folded, m.end()):
            continue  # صباح يوم الغد الأربعاء 11 ماي 2016: the weekday's own date reads it whole
        date = _shift(anchor, int(offsets[rel]))  # type: ignore[arg-type]
        if date is None:
            continue
        if m["wd"]:
            date = _named_weekday_before(date, _weekday_of(m["wd"]))
        yield m.start(), m.end(), date.isoformat(), "day", "gregorian", True


# أمس before الحاجة / حاجة: أمسّ, "direst" (بأمس الحاجة إلى، في أمس الحاجة لـ), no yesterday.
DIREST_NEED_RE = re.compile(f"\\s+(?:{_f('الحاجة')}|{_f('حاجة')})(?![{AR}])")
# اليوم before tomorrow (يجب أن يفتح اليوم قبل الغد): "at once, without delay", an idiom, no calendar day.
NOT_TOMORROW_RE = re.compile("\\s*\u0642\u0628\u0644\\s+(?:\u0627\u0644)?\u063a\u062f(?![\u0621-\u064a])")  # قبل الغد
# A number and the indefinite noun it counts right after اليوم (سيّر اليوم 7 شاحنات، نفذت اليوم 41 ضربة): today,
# the verb's object after it; not a day number (اليوم 3 من المهرجان، اليوم 24 للاعتصام، اليوم 15 جانفي).
COUNTED_AFTER_TODAY_RE = re.compile(f"\\d+\\s+(?P<noun>[{AR}]+)")
# Words of having or numbering (لدى، يبلغ، تضم) before اليوم and a count: a present state ("nowadays").
HOLDING_WORDS = ("لدى", "لديه", "لديها", "لديهم", "لدينا", "يبلغ", "تبلغ", "يعمل", "تعمل", "يضم", "تضم", "يشمل", "تشمل",
                 "أصبح", "أصبحت", "يصبح", "تصبح", "بات", "باتت", "يوجد", "توجد", "يملك", "تملك", "يعد", "تعد")
NOT_COUNTED_AFTER_TODAY = ("من", "في", "علي", "الي", "عن", "مع", "حتي", "منذ", "او", "و")
UNTIL_WORDS = ("إلى", "وإلى", "الى", "والى")
SINCE_UNTIL_REACH = 80  # how far before إلى اليوم its منذ may stand, in the same sentence
SINCE_RE = re.compile(f"{WORD_START}[وف]?منذ{WORD_END}")


def _counts_after_today(after: str) -> bool:
    """Whether the digits opening ``after`` (the text right after اليوم) count the indefinite noun after them."""
    m = COUNTED_AFTER_TODAY_RE.match(after)
    if m is None:
        return False
    noun = m["noun"]
    return not (noun.startswith(("ال", "ل", "ب")) or noun in _not_counted_after_today() or _month(noun) is not None)


def _present_holding(folded: str, start: int) -> bool:
    """Whether a verb or word of having or numbering stands in the six words before اليوم at ``start`` (يعمل لديها
    اليوم 8 موظفين، لتصبح اليوم 500 نسخة، تشمل اليوم 39 مركزا): what there is nowadays, not a day's event."""
    words = ARABIC_WORD_RE.findall(folded, max(0, start - 60), start)[-6:]
    return any(w in _holding_words() for w in words)


@cache
def _holding_words() -> frozenset[str]:
    return frozenset(_f(g + w) for w in HOLDING_WORDS for g in ("", "و", "ف", "ل"))


@cache
def _not_counted_after_today() -> frozenset[str]:
    return frozenset(_f(w) for w in NOT_COUNTED_AFTER_TODAY)


def _since_until(folded: str, start: int, word: str) -> bool:
    """Whether إلى before اليوم at ``start`` closes a span opened by منذ in the same sentence (منذ بداية
    جانفي إلى اليوم، منذ 2011 وإلى اليوم): the day the span ends, today, as dev marks منذ يوم أمس حتى اليوم."""
    if word not in _until_words():
        return False
    lo = max(0, start - SINCE_UNTIL_REACH)
    since = [m.end() for m in SINCE_RE.finditer(folded, lo, start)]
    return bool(since) and not SENTENCE_END_RE.search(folded, since[-1], start)


@cache
def _until_words() -> frozenset[str]:
    return frozenset(_f(w) for w in UNTIL_WORDS)


# Adjectives of a day (اليوم الأخير، اليوم المفتوح) beside ordinals and nisbas (اليوم الأول،
# اليوم الوطني، اليوم التالي): after them اليوم is "the day", not today. Any other definite word
# after اليوم is the subject or object of the verb before it (أصدرته اليوم الهيئة).
DAY_ADJECTIVES = ("الأخير", "الموعود", "المشهود", "المفتوح", "الكبير", "الجديد", "المحدد", "المقرر", "المنتظر",
                  "الحاسم", "الأسود", "الواحد", "الطويل", "العصيب", "الحزين", "السعيد", "العظيم", "المشؤوم",
                  "المبارك", "الكامل", "الأخيرة", "الذي", "الذى",
                  "الآخر")  # واليوم الآخر: the Last Day of the creed


@cache
def _day_adjectives() -> frozenset[str]:
    return frozenset(_f(w) for w in (*DAY_ADJECTIVES, *ORDINAL_DAYS))


def _day_attribute(word: str) -> bool:
    """A definite word after اليوم that describes the day: an ordinal, a nisba or a participle in
    ي (الوطني، التالي، الموالي), a tens word (الأربعين) or an adjective of a day; not إلى (الي)."""
    if not word.startswith("ال") or word in ("الي", "الا"):
        return False
    passive = len(word) == 7 and word[2] == "م" and word[5] == "و" and word not in _office_nouns()  # المقصود، المنشود
    return word in _day_adjectives() or word.endswith(("ي", "يه")) or number_word(word[2:]) is not None or passive


@cache
def _office_nouns() -> frozenset[str]:
    return frozenset(_f(w) for w in ("المسؤول", "المسئول", "المأمور"))


@cache
def _vague_today_heads() -> frozenset[str]:
    return frozenset(_f(w) for w in (*VAGUE_TODAY, *NAMED_TODAY))


@cache
def _date_named_heads() -> frozenset[str]:
    return frozenset(_f(g + w) for w in (*DATE_NAMED_PLACES, *DATE_NAMED_EVENTS)
                     for g in ("", "و", "ب", "ل", "ف", "ال", "بال", "وال"))


@cache
def _tomorrow_events() -> frozenset[str]:
    return frozenset(_f(g + w) for w in TOMORROW_EVENTS for g in ("", "و", "ب", "ل", "ف"))


@cache
def _needs_time() -> frozenset[str]:
    return frozenset(_f(w) for w in NEEDS_TIME)


def _weekdays(folded: str, anchor: dt.date | None, hits: list[tuple[int, int]],
              named: list[tuple[int, dt.date]]) -> Iterator[Candidate]:
    """Weekdays resolved against the anchor. One without الماضي/المقبل is the day of that
    name the article dates elsewhere (``named``: day dates by position), else the coming
    one after a future cue (من المقرر ... الثلاثاء), else the last one."""
    if anchor is None:
        return
    table = _weekday_table()
    monday = _f("الاثنين")
    habitual_end = -1  # where the last weekday of a habit ended (أيام الثلاثاء والخميس)
    paired: tuple[int, dt.date] | None = None  # the end and date of a first day sharing a plural direction
    for m in _windowed(WEEKDAY_RE, hits, folded):
        wd_word = _strip_prefix(m["wd"], table)
        if wd_word not in table:
            continue
        before = WORD_BEFORE_RE.search(folded, max(0, m.start() - 20), m.start())
        if wd_word == monday and not (m["yawm"] or m["dir"] or m["time"]) and _two_not_monday(folded, m, before):
            continue
        if not (m["yawm"] or m["time"]) and before and _strip_prefix(before.group(1), _weekday_heads()) in _weekday_heads():
            continue  # سوق الجمعة، لخطب الجمعة: a name, the Friday prayer
        weekday = table[wd_word]
        direction = DIRECTION_WORDS_F().get(m["dir"]) if m["dir"] else None
        shared = None if m["dir"] else SHARED_WEEKDAY_DIR_RE.match(folded, m.end())
        if shared is not None:  # يومي الجمعة والسبت المقبلين: the plural direction is both days'
            direction = DIRECTION_WORDS_F().get(shared["dir"])
        delta = (weekday - anchor.weekday()) % 7
        beside = [(pos, day) for pos, day in named if day.weekday() == weekday and 0 < pos - m.end() <= 40
                  and _dated_beside(folded, m.end(), pos, named)]
        same = [(abs(pos - m.start()), day) for pos, day in named
                if day.weekday() == weekday and (-7 < (day - anchor).days <= 10 or (pos, day) in beside)]
        if not (beside or m["dir"] or DATED_LIST_RE.match(folded, m.end())) and (
                (before and before.group(1) in _habit_heads())
                or (m["wd"][:1] == "\u0648" and habitual_end >= 0 and not folded[habitual_end:m.start()].strip())):
            habitual_end = m.end()
            continue  # تفتح المتاجر أيام الأحد، كل خميس: a habit, not a day
        start_day = _span_start(folded, m, named) if not (beside or m["dir"]) else None
        if beside:  # الاثنين الماضي الموافق 26 رمضان: the date written beside it, whatever the anchor
            date = min(beside)[1]
        elif (after_first := _second_of_pair(folded, m, paired, weekday, direction, anchor)) is not None:
            date = after_first  # يومي الأحد والاثنين المقبلين: the first Monday after that Sunday
        elif start_day is not None:  # من اليوم الاثنين إلى يوم الأربعاء: the first one after the start
            date = start_day + dt.timedelta(days=(weekday - start_day.weekday()) % 7 or 7)
        elif direction == 1:
            date = _shift(anchor, delta or 7)
        elif direction == -1:
            date = _shift(anchor, -((7 - delta) % 7 or 7))
        elif same:
            date = min(same)[1]
        elif _future_clause(folded, m.start()) or _starts_before(folded, m.start()):
            date = _shift(anchor, delta)
        else:
            date = _shift(anchor, -((7 - delta) % 7))
        if date is None:
            continue
        paired = (m.end(), date) if shared is not None else None
        yield m.start(), m.end(), date.isoformat(), "day", "gregorian", True


BESIDE_GAP_WORDS = 2  # the most words between a weekday and the date written beside it (الماضي الموافق 26 رمضان)
DATE_LIST_GAP = 12  # the most characters from the first date after a weekday to a later one of its list (2-3/7/1436)


def _dated_beside(folded: str, end: int, pos: int, named: list[tuple[int, dt.date]]) -> bool:
    """Whether the day date at ``pos`` is written beside the weekday ending at ``end``: the first date after it, or one
    of that date's list, with at most two words between (يومي الثلاثاء والأربعاء: 2-3/7/1436، الاثنين الموافق 26
    رمضان); not a date of another clause (سلمت الاثنين دفعتين تخلفت عن سدادهما في 30 يونيو و13 يوليو)."""
    first = min((p for p, _ in named if p > end), default=pos)
    words = [w for w in ARABIC_WORD_RE.findall(folded, end, first) if w not in _date_words() and _month(w) is None]
    return len(words) <= BESIDE_GAP_WORDS and pos - first <= DATE_LIST_GAP


@cache
def _date_words() -> frozenset[str]:
    """Words of a date itself between a weekday and its other calendar's date (34 رجب 1436هـ الموافق 13 مايو)."""
    return frozenset(_f(w) for w in (*HIJRI_ERA, *GREGORIAN_ERA, "الموافق", "الموافقة", "هـ", "ه", "م"))


def _second_of_pair(folded: str, m: re.Match[str], paired: tuple[int, dt.date] | None, weekday: int,
                    direction: int | None, anchor: dt.date) -> dt.date | None:
    """The second weekday of a pair sharing a plural direction (يومي الجمعة والسبت المقبلين), right after the
    first (``paired``: its end and date): the first day of its name after the first day; in the past only
    when that day is before the anchor (else it is resolved alone)."""
    if paired is None or not (m["dir"] and m["dir"].endswith("\u064a\u0646") and m["wd"][:1] == "\u0648") \
            or not re.fullmatch(r"[\s\u060c,]*", folded[paired[0]:m.start()]):
        return None
    date = paired[1] + dt.timedelta(days=(weekday - paired[1].weekday()) % 7 or 7)
    return date if direction == 1 or date < anchor else None


UNTIL_RE = re.compile("(?:^|\\s)(?:[وف]?(?:الي|حتي|لغايه|غايه))\\s*$")


def _span_start(folded: str, m: re.Match[str], named: list[tuple[int, dt.date]]) -> dt.date | None:
    """The day a span starts on when the weekday at ``m`` ends it (من اليوم الاثنين إلى يوم
    الأربعاء): a day named up to 60 characters before إلى/حتى in the same sentence."""
    head = m.start("yawm") if m["yawm"] else m.start("wd")
    if not UNTIL_RE.search(folded, max(0, head - 12), head):
        return None
    before = [(pos, day) for pos, day in named if head - 60 <= pos < head and not SENTENCE_END_RE.search(folded, pos, head)]
    return max(before)[1] if before else None


def _two_not_monday(folded: str, m: re.Match[str], before: re.Match[str] | None) -> bool:
    """Whether a lone الاثنين is "the two": after a dual or plural (الطرفين الاثنين), بين،
    كلا or a demonstrative, before معا/منهما, glued to a particle (والاثنين), or opening the
    text; after a comma or a bracket it is the day (سيول، الاثنين)."""
    if m["wd"] != _f("الاثنين") and m["wd"] != _f("الإثنين"):
        return True
    word = before.group(1) if before else ""
    if not word and folded[:m.start()].rstrip()[-1:] in PUNCTUATION_BEFORE_DAY:
        return False
    after = ARABIC_WORD_RE.match(folded, m.end() + 1) if folded[m.end():m.end() + 1] == " " else None
    dual = word.endswith(("ين", "ان")) and not _place_name(word)  # سلمت اليونان الاثنين: a country, not a dual
    return (not word or dual or word in _two_heads()
            or bool(after and after.group() in _two_heads()))


def _place_name(word: str) -> bool:
    """Whether a folded word is a country or a place of the gazetteers (اليونان، البحرين)."""
    kinds = gazetteers().single.get(word, frozenset())
    return bool(kinds & {"COUNTRY", "LOC"})


@cache
def _two_heads() -> frozenset[str]:
    return frozenset(_f(w) for w in TWO_WORDS)


@cache
def _habit_heads() -> frozenset[str]:
    return frozenset(_f(w) for w in HABIT_WORDS)


@cache
def _weekday_heads() -> frozenset[str]:
    return frozenset(_f(w) for w in WEEKDAY_NAME_HEADS)


@cache
def _future_cues() -> frozenset[str]:
    return frozenset(_f(w) for w in FUTURE_CUES)


@cache
def _start_verbs() -> frozenset[str]:
    return frozenset(_f(w) for w in START_VERBS)


def _starts_before(folded: str, pos: int) -> bool:
    """A verb of starting in the present one or two words before ``pos``."""
    return _word_before(folded, pos, _start_verbs())


def _future_clause(folded: str, pos: int) -> bool:
    """Whether the clause before ``pos`` (back to a full stop or line break) looks ahead."""
    start = max(folded.rfind(".", 0, pos), folded.rfind("\n", 0, pos), pos - 80, 0)
    words = ARABIC_WORD_RE.findall(folded, start, pos)
    cues = _future_cues()
    if any(w in _past_marks() for w in words):
        return False  # كان من المقرر: a plan in the past
    ahead = False
    for k, w in enumerate(words):
        if w in cues or (w[:1] in "\u0648\u0641" and w[1:] in cues) or _future_verb(w):
            # الأضعف من المتوقع: "than expected", a comparison, not a plan
            ahead = not (k >= 2 and words[k - 1] == "\u0645\u0646" and _comparative(words[k - 2]))
        elif w in _relative_pronouns():
            ahead = False  # ... التي بدأت في يونيو: a new clause tells what happened
    return ahead


# Words in سي/ست/سن that are no future verbs (سيارة، ستة، سنة، سياسة).
NOT_FUTURE = ("سيار", "سيد", "سياس", "سيطر", "سيول", "سين", "ستين", "ستار", "ستة", "ست", "سنو", "سنة", "سنين", "سنا",
              "سياح", "سيف", "سيرة", "سير", "سيل", "ستو", "سنت", "سنغ", "سيب", "سيك", "سيم", "سيو", "ستر", "ستا", "سند", "سنن")


# But the word without its س is a present verb the news uses often (سيكون، ستعقد، سيواجه: يكون،
# تعقد، يواجه): then it is the future, whatever its first letters, unless it is one of these names.
PRESENT_MIN_COUNT = 20  # occurrences in the news corpora (the tagger's word counts)
NOT_FUTURE_WORDS = ("سيرجي", "سنابل", "ستوني", "سيونغ", "ستارة")


@cache
def _not_future() -> tuple[str, ...]:
    return tuple(_f(w) for w in NOT_FUTURE)


@cache
def _not_future_words() -> frozenset[str]:
    return frozenset(_f(w) for w in NOT_FUTURE_WORDS)


def _future_verb(word: str) -> bool:
    """A present verb after the future's س (سيتوجهون، ستعقد، سنعلن), maybe after و/ف."""
    w = word[1:] if word[:1] in "\u0648\u0641" and word[1:2] == "\u0633" else word
    if not (len(w) >= 5 and w[0] == "\u0633" and w[1] in "\u064a\u062a\u0646") or w in _not_future_words():
        return False
    return not w.startswith(_not_future()) or lexicon().freq.get(w[1:], 0) >= PRESENT_MIN_COUNT


@cache
def _relative_pronouns() -> frozenset[str]:
    return frozenset(_f(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي"))


def _comparative(word: str) -> bool:
    """An elative (أقل، الأضعف، أكبر): أفعل with or without the article."""
    bare = word.removeprefix("ال")
    return len(bare) == 4 and bare[0] == "ا" and bare[2] != "ا"


@cache
def _past_marks() -> frozenset[str]:
    return frozenset(_f(w) for w in ("كان", "كانت", "وكان", "وكانت"))


# Qualifiers of a year that is no calendar year (العام الدراسي، السنة المالية), and leaves named by
# the weekend (إجازة نهاية الأسبوع، عطلات نهاية الأسبوع): the Gulf's إجازة and the plurals name the
# kind; the singular عطلة is as often a weekend just gone (المفاوضات خلال عطلة نهاية الأسبوع), left dated.
OTHER_YEAR_KINDS = ("الدراسي", "الدراسية", "الجامعي", "الجامعية", "المالي", "المالية", "الأكاديمي", "الأكاديمية",
                    "القضائي", "القضائية", "التشريعي", "التشريعية", "البرلماني", "البرلمانية")
LEAVE_WORDS = ("إجازة", "اجازة", "إجازات", "اجازات", "عطلات", "عطل")


@cache
def _other_year_kinds() -> frozenset[str]:
    return frozenset(_f(w) for w in OTHER_YEAR_KINDS)


@cache
def _leave_words() -> frozenset[str]:
    return frozenset(_f(g + w) for w in LEAVE_WORDS for g in ("", "و", "ب", "ل", "وب", "ول"))


def _periods(folded: str, anchor: dt.date | None, hits: list[tuple[int, int]]) -> Iterator[Candidate]:
    if anchor is None:
        return
    periods = _table(PERIOD_WORDS)
    for m in _windowed(PERIOD_RE, hits, folded):
        if not (m["dir"] or m["this"] or (m["edge"] and not m["edge"].endswith(_f("خلال")))):
            continue  # مطلع الأسبوع: the current one
        period = periods.get(_strip_prefix(m["period"], periods))
        if period is None:
            continue
        if period == "year" and YEAR_AFTER_RE.match(folded, m.end()):
            continue  # أواخر العام 2015: the year named, not this one
        if period == "year" and (after := AFTER_NUMBER_RE.match(folded, m.end())) \
                and after.group(1) in _other_year_kinds():
            continue  # بداية العام الجامعي القادم، هذا العام الدراسي: a school or fiscal year, no calendar year
        if period == "week" and not (m["dir"] or m["this"]) and _word_before(folded, m.start(), _leave_words()):
            continue  # إجازة نهاية الأسبوع، عطلة نهاية الأسبوع: the weekend as a kind of leave, no calendar week
        direction = DIRECTION_WORDS_F().get(m["dir"], 0) if m["dir"] else 0
        if period == "week":
            day = _shift(anchor, 7 * direction)
            if day is None:
                continue
            iso = day.isocalendar()
            value = f"{iso[0]:04d}-W{iso[1]:02d}"
        elif period == "month":
            idx = _month_index(anchor.year, anchor.month) + direction
            value = f"{idx // 12:04d}-{idx % 12 + 1:02d}"
            day = DAY_OF_MONTH_RE.search(folded, max(0, m.start() - 30), m.start()) if not m["edge"] else None
            date = _valid(idx // 12, idx % 12 + 1, _day_number(day["d"]) or 0) if day else None
            if date is not None:  # الثامن من الشهر المقبل، 15 من الشهر الجاري، يومي 12 و14 من الشهر الجاري
                if day["d"][0].isdigit():
                    yield from _leading_days(folded, day.start("d"), idx // 12, idx % 12 + 1, date.day, "gregorian", True)
                yield day.start("d"), m.end(), date.isoformat(), "day", "gregorian", True
                continue
        else:
            value = f"{anchor.year + direction:04d}"
        yield m.start(), m.end(), value, period, "gregorian", True


def _year_ranges(folded: str, hits: list[tuple[int, int]]) -> Iterator[Candidate]:
    """2015/2016، 1435/1436هـ، (2008-2009): each year of the pair; in brackets or quotes a
    lifetime or a reign may span more (أم كلثوم (1898 - 1975))."""
    for m in _windowed(YEAR_RANGE_RE, hits, folded):
        y1, y2 = int(m["y1"]), int(m["y2"])
        quoted = folded[:m.start()].rstrip()[-1:] in LIFESPAN_OPENERS
        if not -1 <= y2 - y1 <= (LIFESPAN if quoted else 30) or y1 == y2:
            continue
        if not m["era"] and _counted_after(folded, m.end("y2")):
            continue  # 1300-1500 طالب: a range of quantities
        hijri = _is_hijri_era(m["era"]) or (not m["era"] and all(1300 <= y < 1500 for y in (y1, y2)))
        if not hijri and not all(1800 <= y <= 2100 for y in (y1, y2)):
            continue
        calendar = "hijri" if hijri else "gregorian"
        for (s, e), y in (((m.start("y1"), m.end("y1")), y1), ((m.start("y2"), m.end()), y2)):
            value = _approx_hijri_year(y) if hijri else y
            yield s, e, f"{value:04d}", "year", calendar, False


@cache
def _quantity_before() -> frozenset[str]:
    return frozenset(_f(w) for w in QUANTITY_BEFORE)


def _quantity_head(folded: str, start: int) -> bool:
    """Whether one of the two words before ``start`` makes the number there a quantity or a
    label (نحو 2000، الساعة 1807، القرار 2216، رقم (2000))."""
    return _word_before(folded, start, _quantity_before())


@cache
def _year_followers() -> frozenset[str]:
    return frozenset(_f(w) for w in YEAR_FOLLOWERS)


@cache
def _counted_nouns() -> frozenset[str]:
    """Folded nouns that follow a number they count: the people and things of counts.py, the
    nouns whose duals are numbers, and a few more."""
    return frozenset(_f(w) for w in (*PEOPLE, *THINGS, *DUAL_NOUNS, *DUAL_NOMINATIVE_ONLY, *COUNTED_NOUNS))


def _counted_after(folded: str, end: int) -> bool:
    """Whether the number ending at ``end`` counts the word after it (1077 دولارا، 2000 لاجئ،
    1400 سنة، 1260 صوتا): a counted noun (maybe in the accusative) or a scale word. Such a number is an amount, not
    a year (a verb or a masdar after a year, في 2012 قادما، is no counted noun)."""
    m = AFTER_NUMBER_RE.match(folded, end)
    if m is None:
        return False
    word, nouns = m.group(1), _counted_nouns()
    accusative = word[-1:] == "\u0627" and word[:-1] in nouns and word[:-1] not in _abbreviations()
    return word in nouns or accusative or number_word(word) is not None


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(_f(w) for w in UNIT_ABBREVIATIONS)


def _after_quantity(folded: str, start: int) -> bool:
    """Whether the number at ``start`` closes a range or list of quantities or labels: after a
    number that cannot be a year (250 - 1900), or in a list of three or more where one cannot
    be a recent year (القرارات 1737 و1835 و1929). A pair of years (1898 - 1975) stays."""
    chain: list[str] = []
    pos = start
    while len(chain) < 4:
        m = NUMBER_BEFORE_RE.search(folded, max(0, pos - 16), pos)
        if m is None:
            break
        chain.append(m.group(1))
        pos = m.start(1)
    if not chain:
        return False
    if not _year_like(chain[0], 1000):
        return True
    return len(chain) >= 2 and not all(_year_like(n, 1900) for n in chain)


def _year_like(number: str, low: int) -> bool:
    """A plain 4-digit number from ``low`` to 2100."""
    return len(number) == 4 and number.isdigit() and low <= int(number) <= 2100


@cache
def _measure_before() -> frozenset[str]:
    return frozenset(_f(w) for w in MEASURE_BEFORE)


def _metres(folded: str, start: int, era: str, era_end: int) -> bool:
    """Whether the م after the number at ``start`` is metres or millions, not the era: before
    a digit or د (1000م3، 1300 م.د) or after a measure (مساحته 1600م)."""
    if era != "\u0645":
        return False
    if METRE_AFTER_RE.match(folded, era_end):
        return True
    return _word_before(folded, start, _measure_before())


CLOSING_QUOTES = ("\"", "\u201d", "\u00bb", "\u2033")  # a year quoted before its counted noun: “2000″ ريال
# A verb or verbal noun of putting off or extending, then إلى, right before a bare year (وعدم تأجيلها إلى 2018
# مشيرا، مدد العقد إلى 2020 بعد): the year it is put off to, whatever word follows.
POSTPONED_TO_RE = re.compile(
    f"{WORD_START}[وفل]?(?:تاجيل|تاخير|ارجاء|تمديد|اجل|اجلت|يؤجل|تؤجل|ارجا|ارجات|يرجئ|ترجئ|مدد|مددت|يمدد|تمدد)"
    f"(?:ه|ها|هم|هما)?\\s+(?:\\S+\\s+)?(?:الي|حتي)\\s*$"
)
# By a year (بحلول 2023 مقابل 49 سفينة حاليا): a deadline, whatever word follows.
BY_TIME_RE = re.compile(f"{WORD_START}[وف]?بحلول\\s*$")
HIJRI_BARE = (1400, 1450)  # a Hijri year written without its era, read as one only after an event's name


def _bare_years(folded: str, hits: list[tuple[int, int]]) -> Iterator[Candidate]:
    """A 4-digit number from 1900 to 2100 standing alone (كأس العالم 2018، روسيا 2018 وقطر
    2022): a year when nothing counted follows it (end, punctuation, a definite word or a
    particle; any uncounted word after an event's name or after و that joins it to an event's year:
    كأس العالم 2018 سينظم في روسيا، و2022 ستحتضنه قطر) and no quantity word (نحو، الساعة) comes before it; from 1400 to 1450 after an
    event's name, a Hijri year (مهرجان أبها يجمعنا 1436: the Gregorian year it begins in)."""
    for s, e in hits:
        y = int(folded[s:e])
        hijri = HIJRI_BARE[0] <= y <= HIJRI_BARE[1] and _event_before(folded, s)  # مهرجان أبها يجمعنا 1436
        if not (1900 <= y <= 2100 or hijri):
            continue
        lead = folded[s - 1] if s else " "
        if lead in "\u0648\u0628\u0644" and (s < 2 or folded[s - 2] in " \n("):  # و2019
            lead = folded[s - 2] if s >= 2 else " "
        if not (lead.isspace() or lead in "(\"\u201c\u00ab"):
            continue
        after = AFTER_YEAR_RE.match(folded, e)
        if after is None:
            continue
        word = after["word"]
        if word and not (word.startswith("ال") or word in _year_followers()
                         or (word[0] in "وبلف" and (word[1:].startswith("ال") or word[1:] in _year_followers()))
                         or (word[:2] in ("وب", "ول", "فب", "فل", "وك") and word[2:].startswith("ال"))) \
                and (not (_event_before(folded, s) or _next_event_year(folded, s)) or COUNTED_PAIR_RE.match(folded, e)) \
                and not POSTPONED_TO_RE.search(folded, max(0, s - 30), s) and not BY_TIME_RE.search(folded, max(0, s - 12), s):
            continue  # (but كأس آسيا 2019 وكأس العالم، مهرجان قرطاج الدولي 2016 يوم: an event's year)
        if _quantity_head(folded, s):
            continue
        if _counted_after(folded, e) or _after_quantity(folded, s) \
                or (after["end"] in CLOSING_QUOTES and _counted_after(folded, after.end())):
            continue  # (1200 - 1900) ريال، القرارات 1835 و1929، “2000″ ريال
        if hijri:
            yield s, e, f"{_approx_hijri_year(y):04d}", "year", "hijri", False
            continue
        yield s, e, f"{y:04d}", "year", "gregorian", False


EVENT_YEAR_REACH = 80  # the most characters back from a year glued to و to the event's year it is joined to
PREVIOUS_YEAR_RE = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)[^.\n\d]*$")


def _next_event_year(folded: str, s: int) -> bool:
    """Whether the year at ``s`` is glued to و and the last number before it in the sentence is a
    year after an event's name (كأس العالم 2018 سينظم في روسيا، و2022 ستحتضنه قطر): the next of a
    list of the event's years."""
    if folded[s - 1:s] != "\u0648":
        return False
    m = PREVIOUS_YEAR_RE.search(folded, max(0, s - 1 - EVENT_YEAR_REACH), s - 1)
    return m is not None and _event_before(folded, m.start())


EVENT_HEADS = ("بطولة", "تصفيات", "دورة", "معرض", "مهرجان", "رؤية", *WAR_EVENTS, *YEARLY_EVENTS,
               # yearly sessions (امتحانات الباكالوريا 2016، مناظرة السيزيام)
               "امتحان", "امتحانات", "باكالوريا", "بكالوريا", "مناظرة")
EVENT_PREFIX_RE = re.compile("^(?:[وبل]?ال|[وب]?لل|[وبل])")  # والانتفاضة، للدورة، بكأس
# The Arabic words before a position (an event's name and its adjectives), as WORDS_BEFORE_RE: three,
# or four for a place after the name (بكأس العالم الأخيرة بالبرازيل 2014).
EVENT_WORDS_BEFORE_RE = re.compile(f"(?:([{AR}]+)[\\s(\"\u201c\u00ab]+)?(?:([{AR}]+)[\\s(\"\u201c\u00ab]+)?"
                                   f"(?:([{AR}]+)[\\s(\"\u201c\u00ab]+)?([{AR}]+)[\\s(\"\u201c\u00ab]*$")


@cache
def _event_heads() -> frozenset[str]:
    return frozenset(_f(w) for w in EVENT_HEADS)


def _event_before(folded: str, s: int) -> bool:
    """An event's name, maybe definite, with a glued و/ب/ل, up to four words before a year
    (كأس آسيا 2019، بطولة أمم أفريقيا، مهرجان قرطاج الدولي 2016، الانتفاضة الأولى 1987)."""
    before = EVENT_WORDS_BEFORE_RE.search(folded, max(0, s - 60), s)
    heads = _event_heads()
    return any(word and (word in heads or EVENT_PREFIX_RE.sub("", word) in heads)
               for word in (before.groups() if before else ()))


# New Year (رأس السنة الميلادية) and its eve (ليلة رأس السنة); the Hijri one is not a fixed day.
NEW_YEAR_RE = re.compile(f"(?<![{AR}])(?P<eve>[وب]?(?:ليله|عشيه)\\s+)?[وبل]?راس\\s+السنه(?:\\s+(?P<kind>الميلاديه|الجديده|الهجريه))?(?![{AR}])")


def _new_years(folded: str, anchor: dt.date | None) -> Iterator[Candidate]:
    """New Year's Day or Eve nearest to the anchor (the one just past in January, the coming
    one in December)."""
    if anchor is None or "\u0631\u0627\u0633 \u0627\u0644\u0633\u0646\u0647" not in folded:  # راس السنه
        return
    for m in NEW_YEAR_RE.finditer(folded):
        if m["kind"] == _f("الهجرية"):
            continue
        first = _valid(anchor.year + (1 if anchor.month >= 7 else 0), 1, 1)
        day = first and (_shift(first, -1) if m["eve"] else first)
        if day:  # None past the calendar's ends (an anchor in 9999)
            yield m.start(), m.end(), day.isoformat(), "day", "gregorian", True


# The two feasts by their Hijri day (عيد الفطر: 1 Shawwal; عيد الأضحى: 10 Dhu al-Hijja), dated only with a
# direction word (عيد الفطر المبارك الماضي، عيد الأضحى المقبل): alone they name the occasion (بمناسبة عيد الفطر);
# السابق is the one before the feast the story tells of (مبادرات أطلقوها في عيد الفطر السابق), not the last one.
FEASTS: dict[str, tuple[int, int]] = {"الفطر": (10, 1), "الأضحى": (12, 10), "الاضحى": (12, 10)}
FEAST_ADJECTIVES = ("المبارك", "السعيد")
FEAST_RE = re.compile(
    f"(?<![{AR}])[وبل]?عيد\\s+(?P<feast>{_alt(FEASTS)})(?:\\s+(?:{_alt(FEAST_ADJECTIVES)}))?"
    f"\\s+(?P<dir>{_alt(k for k, v in DIRECTION_WORDS.items() if v and not k.startswith('السابق'))}){WORD_END}")


def _feasts(folded: str, anchor: dt.date | None) -> Iterator[Candidate]:
    """A feast with الماضي/المقبل: the last one before the anchor or the next one after it."""
    if anchor is None or _f("عيد") not in folded:
        return
    try:
        here = Gregorian(anchor.year, anchor.month, anchor.day).to_hijri().year
    except (ValueError, OverflowError):
        return
    for m in FEAST_RE.finditer(folded):
        month, day = _table(FEASTS)[m["feast"]]  # type: ignore[misc]
        days = [d for y in (here - 1, here, here + 1) if (d := _hijri_to_gregorian(y, month, day)) is not None]
        before, after = [d for d in days if d < anchor], [d for d in days if d > anchor]
        pick = (before[-1] if before else None) if DIRECTION_WORDS_F()[m["dir"]] < 0 else (after[0] if after else None)
        if pick is not None:
            yield m.start(), m.end(), pick.isoformat(), "day", "hijri", True


AGE_AFTER_RE = re.compile(r"\s+من\s+(?:العمر|عمر)")


def _decades(folded: str, hits: list[tuple[int, int]]) -> Iterator[Candidate]:
    table = _table(DECADES)
    for m in _windowed(DECADE_RE, hits, folded):
        digit = table.get(_strip_prefix(m["dec"], table))
        if digit is None:
            continue
        if not m["cent"] and AGE_AFTER_RE.match(folded, m.end()):
            continue  # في العشرينات من العمر: an age, not a decade
        yield m.start(), m.end(), f"19{digit}", "decade", "gregorian", False


# A decade named by its ordinal in a century (العقد الأول من القرن العشرين = the 1900s, العقد الأخير من القرن
# الماضي = the 1990s): the century by its ordinal or as the last or this one from the anchor.
CENTURIES = {"العشرين": 1900, "الحادي والعشرين": 2000, "التاسع عشر": 1800}
CENTURY_BACK = {"الماضي": -1, "المنصرم": -1, "الحالي": 0, "الجاري": 0}
LAST_DECADE = ("الأخير", "الاخير")
DECADE_ORDINALS = [k for k, v in ORDINAL_DAYS.items() if v <= 10 and k.startswith("ال") and " " not in k]
CENTURY_DECADE_RE = re.compile(
    f"{WORD_START}[وبلف]?العقد\\s+(?P<ord>{_alt([*DECADE_ORDINALS, *LAST_DECADE])})"
    f"\\s+من\\s+القرن\\s+(?P<cent>{_alt([*CENTURIES, *CENTURY_BACK])}){WORD_END}")


def _century_decades(folded: str, anchor: dt.date | None) -> Iterator[Candidate]:
    """The decades of ``CENTURY_DECADE_RE``, valued as the decade words are (190: the 1900s)."""
    if _f("العقد") not in folded:
        return
    for m in CENTURY_DECADE_RE.finditer(folded):
        name = re.sub(r"\s+", " ", m["cent"])
        cent = _table(CENTURIES).get(name)
        if cent is None:
            if anchor is None:
                continue
            cent = (anchor.year // 100 + _table(CENTURY_BACK)[name]) * 100  # type: ignore[operator]
        nth = 10 if m["ord"] in _last_decade() else _table(ORDINAL_DAYS)[m["ord"]]
        yield m.start(), m.end(), f"{(cent + 10 * (nth - 1)) // 10:03d}", "decade", "gregorian", False  # type: ignore[operator]


@cache
def _last_decade() -> frozenset[str]:
    return frozenset(_f(w) for w in LAST_DECADE)


# What links a relative day to the date written beside it (يوم الأحد القادم الموافق 24-10-1436هـ).
NEXT_DAY_RE = re.compile(r"\s*(?:\u0648|-|\u2013)\s*\d")  # الخميس والجمعة الموافق 23و24 يوليو: a list of days, each its own
BESIDE_LINK_RE = re.compile(f"[\\s(\u060c,]*(?:{_alt(('الموافق', 'الموافقة'))})[\\s(\u060c,]*")


def _one_day(p: Candidate, c: Candidate, folded: str) -> bool:
    """Whether two neighbouring day candidates are one mention: the same day with nothing
    between (اليوم الأحد 17/10/1436هـ), or a day named by its weekday and the date written beside
    it through الموافق (يوم السبت الموافق 16/12/1436ه, the written date's value, as the gold marks
    it); two written dates stay two (26 شوال 1436 هـ الموافق 11 أغسطس 2015 م), and so does the first
    day of a list (مساء الخميس والجمعة الموافق 23و24 يوليو)."""
    if not p[3] == c[3] == "day":
        return False
    if p[2] == c[2] and not folded[p[1]:c[0]].strip(" \t\n(\u060c,"):
        return True
    return (BESIDE_LINK_RE.fullmatch(folded, p[1], c[0]) is not None and not NEXT_DAY_RE.match(folded, c[1])
            and _named_day_only(folded, p) and not _named_day_only(folded, c))


def _named_day_only(folded: str, cand: Candidate) -> bool:
    """Whether a day candidate names its day by a weekday or a relative word alone (يوم الأحد
    القادم، أمس الاثنين), with no month or number written."""
    kinds = [_anchor_words().get(w) for w in ARABIC_WORD_RE.findall(folded, cand[0], cand[1])]
    return not any(ch.isdigit() for ch in folded[cand[0]:cand[1]]) and "month" not in kinds \
        and any(k in ("weekday", "relative") for k in kinds)


# The month last named, a year back (مقارنة بالشهر نفسه من العام الماضي، للشهر المقابل من العام السابق).
SAME_MONTH_RE = re.compile(
    f"{WORD_START}[وف]?(?:لل|بال|ال)شهر\\s+(?:{_alt(('المقابل', 'المماثل', 'نفسه', 'ذاته'))})\\s+من\\s+"
    f"(?:{_alt(('العام', 'السنة'))})\\s+(?:{_alt(('الماضي', 'السابق', 'الماضية', 'السابقة'))}){WORD_END}"
)
SAME_MONTH_REACH = 300  # how far back the month named may stand (the same paragraph)


def _same_months(folded: str, cands: list[Candidate]) -> Iterator[Candidate]:
    """The month a year before the one named last in the paragraph (في يونيو الماضي ... عن الشهر نفسه من
    العام الماضي: June of the year before), in that month's calendar (رمضان 1436 ... للشهر المقابل من العام
    الماضي: Ramadan 1435), one mention of a month as مارس من العام الماضي is; none when no month is named."""
    for m in SAME_MONTH_RE.finditer(folded):
        start = max(0, m.start() - SAME_MONTH_REACH, folded.rfind("\n", 0, m.start()) + 1)
        named = [c for c in cands if c[3] in ("month", "day") and start <= c[0] and c[1] <= m.start()]
        if not named:
            continue
        last = max(named, key=lambda c: c[1])
        year, month = int(last[2][:4]), int(last[2][5:7])
        if last[4] == "hijri":
            hijri = _hijri_month_named(folded[last[0]:last[1]], last[2])
            if hijri is None:
                continue
            g = _hijri_to_gregorian(hijri[0] - 1, hijri[1], 1)
            if g is None:
                continue
            year, month = g.year, g.month
        else:
            year -= 1
        yield m.start(), m.end(), f"{year:04d}-{month:02d}", "month", last[4], True


# A day of the month named just before (في 27 يوليو ... وآخر في 31 من الشهر ذاته، من 20 شوال إلى 25 من نفس
# الشهر); not that month a year back (الشهر نفسه من العام الماضي: ``SAME_MONTH_RE``).
SAME_MONTH_DAY_RE = re.compile(
    f"{WORD_START}(?:الشهر\\s+(?:{_alt(('نفسه', 'ذاته'))})|(?:{_alt(('نفس', 'ذات'))})\\s+الشهر){WORD_END}"
)
SAME_MONTH_YEAR_RE = re.compile(
    f"\\s*(?:(?:من|في|خلال|ل)\\s*)?(?:(?:ال|لل)?(?:{_alt(('عام', 'سنة', 'سنه'))}){WORD_END}|\\d{{4}})"
)


def _same_month_days(folded: str, cands: list[Candidate]) -> Iterator[Candidate]:
    """A day numbered in the month named last in the paragraph (يوم 23 يوليو ... والثاني في 27 من الشهر
    ذاته: 27 July), in that month's calendar and as relative as it; none when no month is named."""
    for m in SAME_MONTH_DAY_RE.finditer(folded):
        if SAME_MONTH_YEAR_RE.match(folded, m.end()):
            continue  # الشهر نفسه من العام الماضي، نفس الشهر لعام 2014: a month of another year
        day = DAY_OF_MONTH_RE.search(folded, max(0, m.start() - 30), m.start())
        number = _day_number(day["d"]) if day else None
        if day is None or not number:
            continue
        start = max(0, day.start("d") - SAME_MONTH_REACH)  # a paragraph back too: news paragraphs are short
        named = [c for c in cands if c[3] in ("month", "day") and start <= c[0] and c[1] <= day.start("d")
                 and not (c[3] == "day" and _named_day_only(folded, c))]  # يوم الأربعاء names no month
        if not named:
            continue
        last = max(named, key=lambda c: c[1])
        if last[4] == "hijri":
            hijri = _hijri_of_day(last[2]) if last[3] == "day" else _hijri_month_named(folded[last[0]:last[1]], last[2])
            date = _hijri_to_gregorian(hijri[0], hijri[1], number) if hijri else None
        else:
            year, month = int(last[2][:4]), int(last[2][5:7])
            date = _valid(year, month, number)
            if date is not None and day["d"][0].isdigit():  # يومي 14 و17 من نفس الشهر
                yield from _leading_days(folded, day.start("d"), year, month, number, "gregorian", last[5])
        if date is None:
            continue
        weekday = [c[0] for c in cands if c[3] == "day" and _named_day_only(folded, c)
                   and c[1] <= day.start("d") and not folded[c[1]:day.start("d")].strip(" \t\u060c,")]
        # يوم الأربعاء الخامس من نفس الشهر: one day, the weekday with it
        yield min(weekday, default=day.start("d")), m.end(), date.isoformat(), "day", last[4], last[5]


def _hijri_of_day(value: str) -> tuple[int, int] | None:
    """(Hijri year, month) of a Gregorian day (2015-08-17: Dhu al-Qadah 1436)."""
    try:
        h = Gregorian(int(value[:4]), int(value[5:7]), int(value[8:10])).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month


def _hijri_month_named(words: str, value: str) -> tuple[int, int] | None:
    """(Hijri year, month) of a Hijri month mention whose Gregorian value is ``value`` (its first day's
    month, or its day): the month its words name, in the Hijri year that month falls in then."""
    named = [hm for w in ARABIC_WORD_RE.findall(words) if (hm := _month(w)) and hm[1] == "hijri"]
    if not named:
        return None
    month = named[0][0]
    y, m = int(value[:4]), int(value[5:7])
    for day in (int(value[8:10]) if len(value) > 7 else 1, 15, 28):
        try:
            h = Gregorian(y, m, day).to_hijri()
        except (ValueError, OverflowError):
            continue
        if h.month == month:
            return h.year, month
    return None


def _resolve(candidates: list[Candidate], folded: str) -> list[Candidate]:
    """Keep the longest candidates; a shorter one overlapping a kept one goes. Neighbours
    that are one day (``_one_day``) become one mention."""
    kept: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0])):
        if any(c[0] < e and s < c[1] for s, e in taken):
            continue
        kept.append(c)
        taken.append((c[0], c[1]))
    merged: list[Candidate] = []
    for c in sorted(kept):
        if merged:
            p = merged[-1]
            if _one_day(p, c, folded):
                merged[-1] = (p[0], c[1], c[2], c[3], "hijri" if "hijri" in (p[4], c[4]) else p[4], p[5] and c[5])
                continue
        merged.append(c)
    return merged


# What joins the two ends of a range of dates (من 25 مارس إلى 5 أفريل 2018، من نوفمبر حتى فيفري).
RANGE_LINK_RE = re.compile(r"\s*(?:[-\u2013]|(?:و|)(?:الي|حتي)(?:\s+(?:غايه|نهايه))?|ل?غايه)\s*$")


def _range_years(cands: list[Candidate], folded: str) -> list[Candidate]:
    """A Gregorian month or day named without a year that opens a range whose other end names
    its year takes that year (the year before when its month comes later: من نوفمبر حتى فيفري
    2018)."""
    out = list(cands)
    for k in range(len(out) - 1):
        first, last = out[k], out[k + 1]
        if not (first[5] and first[4] == last[4] == "gregorian" and not last[5]
                and first[3] in ("day", "month") and last[3] in ("day", "month")):
            continue
        if not RANGE_LINK_RE.match(folded, first[1], last[0]) or _has_direction(folded[first[0]:first[1]]):
            continue
        year, month = int(last[2][:4]), int(last[2][5:7])
        own = int(first[2][5:7])
        year -= 1 if own > month else 0
        value = f"{year:04d}" + first[2][4:]
        if first[3] == "day" and _valid(year, own, int(first[2][8:10])) is None:
            continue
        out[k] = (first[0], first[1], value, first[3], first[4], False)
    return out


def _has_direction(span: str) -> bool:
    return any(w in DIRECTION_WORDS_F() for w in ARABIC_WORD_RE.findall(span))


@cache
def _span_words() -> frozenset[str]:
    """Folded words a date span may begin with, to tell a glued و/ب/ل from a first letter."""
    words = [*GREGORIAN_MONTHS, *HIJRI_MONTHS, *WEEKDAYS, *ORDINAL_DAYS, *EDGE_WORDS, *PERIOD_WORDS,
             *THIS_WORDS, *YEAR_WORDS, *YEAR_CUES, *DAY_OFFSETS, *DAY_TIMES, *DECADES,
             "يوم", "يومي", "ليلة", "ليلتي", "شهر"]
    return frozenset(_f(w).split()[0] for w in words)


def _after_glued(folded: str, start: int) -> int:
    """Skip a conjunction or preposition glued to the first word (وأمس، بشهر)."""
    if folded[start] not in "\u0648\u0628\u0644\u0641":
        return start
    m = re.match(f"[{AR}]+", folded[start:])
    word = m.group() if m else ""
    if word not in _span_words() and word[1:] in _span_words():
        return start + 1
    return start


# The city إب (Yemen) folds like the month آب; a month alone spelt with a hamza below is the city.
IBB_RE = re.compile("[وبفل]?\u0625\u0628")


# A full stop misplaced before a year after a space or a lone و (بين عامي 1992 و.1995، من 2009 إلى .2011، في
# تموز من عام .2014): the sentence's stop written on the wrong side of the number; read as a space.
STOP_BEFORE_YEAR_RE = re.compile(r"\.(?=\d{4}(?![\d.,]\d))")


def _without_stray_stops(folded: str) -> str:
    """``folded`` with each stray stop before a year made a space (same length: the offsets hold)."""
    stops = [m.start() for m in STOP_BEFORE_YEAR_RE.finditer(folded)
             if m.start() >= 2 and (folded[m.start() - 1].isspace()
                                    or (folded[m.start() - 1] == "\u0648" and folded[m.start() - 2].isspace()))]
    if not stops:
        return folded
    chars = list(folded)
    for k in stops:
        chars[k] = " "
    return "".join(chars)


def find_dates(text: str, *, anchor: dt.date | None = None) -> list[DateMention]:
    """Dates in ``text``, relative ones resolved against ``anchor`` (the publication day)."""
    if not text:
        return []
    folded, back = match_form(text)
    folded = _without_stray_stops(folded)
    hits = _hits(folded)
    cands: list[Candidate] = []
    cands.extend(_month_dates(folded, anchor, hits.get("month", [])))
    cands.extend(_numeric_dates(folded, hits["numeric"]))
    cands.extend(_day_lists(folded, hits["numeric"]))
    cands.extend(_years(folded, hits["year"]))
    cands.extend(_short_years(folded, anchor))
    cands.extend(_relatives(folded, anchor, hits.get("relative", [])))
    named = [(c[0], dt.date.fromisoformat(c[2])) for c in cands if c[3] == "day"]
    cands.extend(_weekdays(folded, anchor, hits.get("weekday", []), named))
    cands.extend(_periods(folded, anchor, hits.get("period", [])))
    cands.extend(_decades(folded, hits.get("decade", [])))
    cands.extend(_century_decades(folded, anchor))
    cands.extend(_year_ranges(folded, hits["year"]))
    cands.extend(_bare_years(folded, hits["year"]))
    cands.extend(_new_years(folded, anchor))
    cands.extend(_feasts(folded, anchor))
    cands.extend(list(_same_months(folded, cands)))  # read off the months named, not off its own
    cands.extend(list(_same_month_days(folded, cands)))
    out: list[DateMention] = []
    for s, e, value, gran, cal, rel in _range_years(_resolve(cands, folded), folded):
        while s < e and folded[s].isspace():
            s += 1
        if s >= e:
            continue
        s = _after_glued(folded, s)
        while e > s and folded[e - 1].isspace():
            e -= 1
        if e <= s:
            continue
        a, b = back[s], back[e - 1] + 1
        if IBB_RE.fullmatch(text, a, b):
            continue
        out.append(DateMention(text=text[a:b], start=a, end=b, value=value, granularity=gran,  # type: ignore[arg-type]
                               calendar=cal, relative=rel))  # type: ignore[arg-type]
    return out


def parse_published(value: str | None) -> str | None:
    """The publication date as ISO 8601 from ISO, RFC 2822 or Arabic text
    ("الأحد 26 يوليو 2015", "26/07/2015 10:30"); None when it cannot be read."""
    if not value or not isinstance(value, str):
        return None
    raw = value.strip()
    if ISO_DATE_RE.fullmatch(raw):
        try:
            return dt.date.fromisoformat(raw).isoformat()
        except ValueError:
            return None
    try:
        return dt.datetime.fromisoformat(raw).isoformat()
    except ValueError:
        pass
    try:
        return dt.date.fromisoformat(raw[:10]).isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(raw).isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    days = [d for d in find_dates(raw) if d.granularity == "day"]
    if not days:
        return None
    date = dt.date.fromisoformat(days[0].value)
    t = TIME_RE.search(match_form(raw)[0])
    if t:
        h, mi, sec = int(t[1]), int(t[2]), int(t[3] or 0)
        if h < 24 and mi < 60 and sec < 60:
            return dt.datetime(date.year, date.month, date.day, h, mi, sec).isoformat()
    return date.isoformat()
