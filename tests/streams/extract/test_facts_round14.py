"""Round 14 of fixes to amounts and dates, from the tuning part of Wojood train (constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import amounts, dates


@pytest.mark.parametrize(("text", "found_dates", "found_amounts"), [
    # a year after an event's name with its adjectives, whatever word follows it
    ("وتنطلق عروض مهرجان قرطاج الدولي 2016 بحفل موسيقي", [("2016", "2016")], []),
    ("وخلال الانتفاضة الأولى 1987 سقط عشرات الشهداء", [("1987", "1987")], [("عشرات", 10)]),
    ("فاز السباح بذهبية بطولة العالم للسباحة 2015 رغم إصابته", [("2015", "2015")], []),
    # yearly exam sessions and budgets
    ("انطلقت امتحانات الباكالوريا 2016 بمشاركة 130 ألف تلميذ", [("2016", "2016")], [("130 ألف", 130000)]),
    ("وضعت الحكومة تقديرات ميزانية الدولة 2017 باعتماد سعر صرف جديد", [("2017", "2017")], []),
    # still amounts: a number that counts what follows, or with no event before it
    ("حضر مهرجان المدينة الصيفي 2000 شخص", [], [("2000", 2000)]),
    ("وزع المتطوعون 2000 منشورات في الأحياء", [], [("2000", 2000)]),
])
def test_year_after_an_event_name(text: str, found_dates: list, found_amounts: list) -> None:
    assert dates(text) == found_dates
    assert amounts(text) == found_amounts


@pytest.mark.parametrize(("text", "found"), [
    # إب with a hamza below is the Yemeni city, never the month آب (nor اب, its bare spelling)
    ("اندلعت اشتباكات عنيفة في إب أمس بين الطرفين", [("أمس", "2016-11-15")]),
    ("وفي إب قال مسؤول محلي إن الوضع هادئ", []),
    ("وصل الوفد إلى بيروت في آب الماضي", [("آب الماضي", "2016-08")]),
    ("جرى ذلك في اب 2014", [("اب 2014", "2014-08")]),
])
def test_the_city_ibb_is_no_month(text: str, found: list) -> None:
    assert dates(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # digits inside a web or mail address name a page, they count nothing
    ("التفاصيل على الرابط https://2u.pw/3ziv7 وفيه 5 صور", [("5", 5)]),
    ("للحجز راسلونا على www.hotel24.com.sa/rooms/12 قبل نفاد 30 غرفة", [("30", 30)]),
    ("ترسل الشكاوى إلى team12@mail.com وتعالج خلال 3 أيام", [("3", 3)]),
])
def test_digits_of_web_addresses_are_no_amounts(text: str, found: list) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # an anniversary and a rank are ordinal in meaning
    ("احتفلت البلاد بالذكرى 61 لعيد الاستقلال بحضور 300 ضيف", [("300", 300)]),
    ("تحيي العائلة الذكرى 40 لرحيله", []),
    ("احتل المنتخب المرتبة 82 عالميا", []),
    ("وجاءت الجامعة في الرتبة 91 عربيا", []),
    # still amounts: a number after the noun's complement
    ("شارك 5 آلاف شخص في إحياء الذكرى", [("5 آلاف", 5000)]),
    ("احتفل بالذكرى مع 300 ضيف", [("300", 300)]),
])
def test_anniversaries_ranks_and_articles_are_labels(text: str, found: list) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a fraction before an adjective it compounds with: semi-automatic, half-yearly, quarterly
    ("ضبطت الشرطة أسلحة نصف آلية في المنزل", []),
    ("نشرت الشركة نتائجها المالية نصف السنوية", []),
    ("تصدر الهيئة تقارير ربع سنوية", []),
    ("يعمل الموظفون بدوام نصف يومي", []),
    # still a fraction of something
    ("خسرت الشركة نصف قيمتها السنوية", [("نصف", 0.5)]),
])
def test_fraction_compounds_are_no_amounts(text: str, found: list) -> None:
    assert amounts(text) == found
