"""Round dates-r59 (an audit of dates over unread SaudiNewsNet and ANT text): a day numbered in the month
named just before (31 من الشهر ذاته), and Friday pulpits (منابر الجمعة). Constructed sentences."""

from __future__ import annotations

import pytest
from facts_rounds import dates  # anchored on Wednesday 2016-11-16


@pytest.mark.parametrize(("text", "expected"), [
    ("يلعب الفريق وديا في 27 ديسمبر المقبل، ثم في 30 من الشهر ذاته.",
     [("27 ديسمبر المقبل", "2016-12-27"), ("30 من الشهر ذاته", "2016-12-30")]),
    ("افتتح المعرض يوم 8 مارس 2015 وتواصل إلى يوم 15 من نفس الشهر.",
     [("يوم 8 مارس 2015", "2015-03-08"), ("15 من نفس الشهر", "2015-03-15")]),
    ("فقد الاتصال بالبحارة في العاشر من يوليو ثم عثر عليهم في الثاني عشر من الشهر نفسه.",
     [("العاشر من يوليو", "2016-07-10"), ("الثاني عشر من الشهر نفسه", "2016-07-12")]),
    ("تبدأ الدورة في 2 يناير 2017 وتختتم يوم الأحد 8 من ذات الشهر.",
     [("2 يناير 2017", "2017-01-02"), ("يوم الأحد 8 من ذات الشهر", "2017-01-08")]),
    # a Hijri month: its day in the Hijri calendar (5 and 10 Ramadan 1436 = 22 and 27 June 2015)
    ("تقام الدورة من 5 رمضان 1436هـ حتى 10 من الشهر نفسه.",
     [("5 رمضان 1436ه", "2015-06-22"), ("10 من الشهر نفسه", "2015-06-27")]),
    # a Hijri day named before (2 and 6 Dhu al-Qadah 1436 = 17 and 21 August 2015)
    ("يلاقي الرائد في الثاني من شهر ذي القعدة 1436 هـ ثم الرياض في السادس من الشهر ذاته.",
     [("الثاني من شهر ذي القعدة 1436 ه", "2015-08-17"), ("السادس من الشهر ذاته", "2015-08-21")]),
    # the month in the paragraph before, and a weekday with the day
    ("تلعب المباراة الثالثة في الثاني من أغسطس 2015.\n\nويلاقي الفريق منافسه مساء الأربعاء الخامس من الشهر ذاته.",
     [("الثاني من أغسطس 2015", "2015-08-02"), ("مساء الأربعاء الخامس من الشهر ذاته", "2015-08-05")]),
])
def test_day_of_the_month_named_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the same month a year back stays a month (round 23's rule), no day
    ("ارتفعت الصادرات في يونيو الماضي مقارنة بالشهر نفسه من العام الماضي.",
     [("يونيو الماضي", "2016-06"), ("الشهر نفسه من العام الماضي", "2015-06")]),
    # no month named before: nothing to read the day off
    ("عاد الوفد أمس الثلاثاء على أن يرجع في 29 من الشهر ذاته.", [("أمس الثلاثاء", "2016-11-15")]),
    ("بلغت المبيعات 12 مليونا في الشهر ذاته.", []),
])
def test_same_month_without_a_day_or_a_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


def test_friday_pulpits_are_no_day() -> None:
    assert dates("واشتغلت منابر الجمعة بجزئيات الشريعة.") == []
