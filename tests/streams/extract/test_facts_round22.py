"""Round 22 (blind v16 opened): the general classes behind its misses, in constructed sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.extract.dates import find_dates

ANCHOR = dt.date(2017, 6, 10)  # in Ramadan 1438 (from 27 May 2017)


def dates(text: str) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(text, anchor=ANCHOR)]


@pytest.mark.parametrize(("text", "found"), [
    # a month, then ل or من and the year it is of: one mention, the month of that year
    ("ارتفع عدد الحوادث خلال شهر رمضان لسنة 2016 في الولاية", [("شهر رمضان لسنة 2016", "2016-06")]),
    ("وتراجعت المبيعات في شهر مارس لسنة 2015 بنسبة كبيرة", [("شهر مارس لسنة 2015", "2015-03")]),
    ("وافتتح المعرض في أكتوبر لعام 2014 بحضور الوزير", [("أكتوبر لعام 2014", "2014-10")]),
    ("وسجلت الشركة أرباحا في شهر مارس للعام 2016 فقط", [("شهر مارس للعام 2016", "2016-03")]),
    ("ولد في الثالث من ديسمبر لعام 1990م في القرية", [("الثالث من ديسمبر لعام 1990م", "1990-12-03")]),
    ("وصدر القرار في ديسمبر من العام الماضي بعد نقاش", [("ديسمبر من العام الماضي", "2016-12")]),
    ("وبدأ العمل في يناير من هذا العام في المصنع", [("يناير من هذا العام", "2017-01")]),
    ("تراجعت نسبة الحوادث في رمضان لهذه السنة مقارنة بالعام الماضي",
     [("رمضان لهذه السنة", "2017-05"), ("العام الماضي", "2016")]),
    ("انخفضت الأسعار في شهر ماي للسنة الماضية بشكل حاد", [("شهر ماي للسنة الماضية", "2016-05")]),
    # a Hijri month's relative year is a Hijri year (صفر 1438 began in November 2016)
    ("وتراجع سعر المتر في شهر صفر من هذا العام في الحي", [("شهر صفر من هذا العام", "2016-11")]),
    # a Hijri month before a Gregorian year: the one that falls in that year
    ("وزادت الحركة في الأسواق خلال رمضان 2016 بشكل لافت", [("رمضان 2016", "2016-06")]),
])
def test_month_of_a_year_joined_by_li_or_min(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("وسافر في مارس لهذا السبب إلى الخارج", [("مارس", "2017-03")]),  # ل and no year
    ("في شهر مارس لعام 1437 هـ", [("شهر مارس", "2017-03"), ("عام 1437 ه", "2015")]),  # a Hijri year: not the month's
    ("وصل في رمضان 1438 إلى مكة", [("رمضان 1438", "2017-05")]),
])
def test_month_not_joined_to_a_year(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found
