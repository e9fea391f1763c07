"""Round dates-r266: a year word with its calendar named (an audit of unread text, stop 42)."""

import datetime as dt

from tests.streams.extract.facts_rounds import readers

dates, amounts, _ = readers(dt.date(2015, 7, 21))


def test_the_gregorian_year_named_with_its_calendar() -> None:
    # أواخر العام الميلادي 2014: one mention of 2014, not this year's end and a bare 2014
    assert dates("تم تشغيل المحطة أواخر العام الميلادي 2014، وتم ربطها بالشبكة.") == [("العام الميلادي 2014", "2014")]


def test_the_hijri_year_named_with_its_calendar() -> None:
    assert dates("انطلق المشروع خلال السنة الهجرية 1436 في المنطقة.") == [("السنة الهجرية 1436", "2014")]
    assert amounts("غرة شهر رمضان للعام الهجري الحالي 1438 ستوافق يوم السبت.") == []
