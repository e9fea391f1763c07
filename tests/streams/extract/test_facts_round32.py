"""Round 32 (blind v24's dates and amounts opened): the general classes behind its misses, in
constructed sentences."""

from __future__ import annotations

import datetime as dt

import facts_rounds
import pytest

ANCHOR = dt.date(2015, 8, 10)  # a Monday
dates = facts_rounds.readers(ANCHOR).dates
amounts = facts_rounds.readers(ANCHOR).amounts


@pytest.mark.parametrize(("text", "found"), [
    # an en dash between the numbers of a date counts as the hyphen, also mixed with it
    ("وتبدأ المرحلة بتاريخ 12 – 11 - 1436هـ وتستمر أسبوعا", [("12 – 11 - 1436ه", "2015-08-27")]),
    ("وصدر القرار في 3 – 9 – 2015م", [("3 – 9 – 2015م", "2015-09-03")]),
])
def test_en_dash_numeric_date(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found
    assert amounts(text) == []


@pytest.mark.parametrize(("text", "found"), [
    # a weekday (or a relative day) and the date written beside it through الموافق: one mention
    ("ويبدأ التسجيل يوم الأربعاء القادم الموافق 27 - 10 - 1436هـ",
     [("يوم الأربعاء القادم الموافق 27 - 10 - 1436ه", "2015-08-12")]),
    ("وذلك أمس الأحد الموافق 24 شوال", [("أمس الأحد الموافق 24 شوال", "2015-08-09")]),
    # guards: two written dates stay two
    ("الأحد 24 شوال 1436 هـ الموافق 9 أغسطس 2015 م", [("الأحد 24 شوال 1436 ه", "2015-08-09"),
                                                    ("9 أغسطس 2015 م", "2015-08-09")]),
    # ... and so do two weekdays before a list of days (the Friday is the 24th)
    ("تستضيف الجمعية مساء الخميس والجمعة الموافق 23و24 يوليو 2015م منتدى", [
        ("مساء الخميس", "2015-07-23"), ("الجمعة", "2015-07-24"), ("23", "2015-07-23"), ("24 يوليو 2015م", "2015-07-24")]),
])
def test_weekday_and_its_written_date_are_one(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found


@pytest.mark.parametrize("text", [
    # a month or a day of a month "of every year": a recurring time, no calendar time
    "يحتفل العالم في 21 مارس من كل عام بعيد الأم",
    "وتنظم السوق في شهر أكتوبر من كل سنة",
    "ويحل الموسم ليلة 14 رمضان من كل عام",
    "وهو يوم يوافق 17 من أبريل من كل عام",
    # a school, academic or fiscal year is no calendar year
    "مع بداية العام الدراسي المقبل",
    "حتى نهاية السنة المالية",
    # the weekend as a kind of leave
    "يزدحم الطريق في إجازة نهاية الأسبوع",
    "ويكثر الزوار في إجازات نهاية الأسبوع",
])
def test_recurring_and_other_years_are_no_dates(text: str) -> None:
    assert dates(text) == []
    assert amounts(text) == []  # the day's number of a recurring date is no amount either


@pytest.mark.parametrize(("text", "found"), [
    # guards: a year of the calendar, a month with its year, a weekend with its direction
    ("منذ بداية العام الحالي", [("بداية العام الحالي", "2015")]),
    ("وتنظم السوق في شهر أكتوبر من العام الماضي", [("شهر أكتوبر من العام الماضي", "2014-10")]),
    ("خلال عطلة نهاية الأسبوع الماضي", [("نهاية الأسبوع الماضي", "2015-W32")]),
])
def test_calendar_years_and_weeks_stay(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a label head with a glued particle (للفصل) names its clause
    ("وفقا للفصل 45 من قانون العقوبات", []),
    # an age after من العمر, whatever follows it, and a definite ten before من عمره
    ("ويبلغ من العمر 33 الانتقال إلى جدة", [("33", 33)]),
    ("رجل تجاوز الستين من عمره", [("الستين", 60)]),
    ("توفي في السابعة و الأربعين من العمر", []),  # guard: an ordinal's tail
    # the definite dual of امرأة drops its alif
    ("وأصيبت المرأتين بجروح", [("المرأتين", 2)]),
    # duals of events whose plural is in ات, of دور (floors), of ولد after و
    ("نظمت الجمعية ورشتي عمل للشباب", [("ورشتي", 2)]),
    ("عقدت الجمعية ندوتين", [("ندوتين", 2)]),
    ("يتكون المنزل من دورين", [("دورين", 2)]),
    ("يعيش مع زوجته وولديه في جدة", [("ولديه", 2)]),
    # guards: a league, "and he has", "my son" before a noun in و
    ("يشارك في دوري الأبطال والمحترفين", []),
    ("ولديه خبرة طويلة", []),
    ("وقال إن لابني فهد ولد يدرس", []),
])
def test_amount_classes(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a year glued to و after an event's year in the same sentence is the next of its years, whatever follows
    ("وتستضيف روسيا كأس العالم 2018 في أحد عشر ملعبا، و2022 ستنظمه قطر",
     [("2018", "2018"), ("2022", "2022")]),
])
def test_year_joined_to_an_event_year(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found
    assert [a for a in amounts(text) if a[1] >= 1900] == []


def test_number_joined_to_a_count_stays_an_amount() -> None:
    # guard: the last number before it counts voters, no event's year
    assert ("2000", 2000) in amounts("وشارك في انتخابات 2014 نحو 1500 ناخب و2000 سيشاركون")


@pytest.mark.parametrize(("text", "found"), [
    # a definite numeral before من and a month: the days of that month, counted
    ("وأكمل صيام الست من شوال", [("الست", 6)]),
    ("الست من أشهر الفنانات", []),  # guard: "the lady"
])
def test_numeral_of_a_month(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found
