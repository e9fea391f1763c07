"""Round 27 (blind v20's dates, amounts and counts opened): the general classes behind its misses, in
constructed sentences."""

from __future__ import annotations

import datetime as dt

import facts_rounds
import pytest

ANCHOR = dt.date(2017, 2, 3)
dates, amounts, counts = facts_rounds.readers(ANCHOR)


@pytest.mark.parametrize(("text", "found"), [
    # a stray full stop between the link of a pair of years and the second year (a typo at a line's end)
    ("واستمرت الأزمة بين عامي 2003 و.2006\nثم عاد الهدوء", [("عامي 2003", "2003"), ("2006", "2006")]),
    ("وشغل المنصب خلال الفترة من 2010 إلى .2013", [("2010", "2010"), ("2013", "2013")]),
])
def test_stray_stop_before_the_second_year(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found
    assert amounts(text) == []


@pytest.mark.parametrize(("text", "found"), [
    # a year of two digits after عام/سنة: the last century's when it would lie ahead of the anchor
    ("وقصفت الطائرات المخيم عام 82 واغتيل القائد عام 91 في المنفى",
     [("عام 82", "1982"), ("عام 91", "1991")]),
    ("وهاجر أهلها سنة 48 إلى الأردن", [("سنة 48", "1948")]),
    ("منذ عام 48 والعائلة تنتظر العودة", [("عام 48", "1948")]),  # test_dates left it to the amounts till round 27
    ("وفاز الفريق باللقب عام 15 بعد غياب", [("عام 15", "2015")]),
])
def test_two_digit_year_after_a_year_word(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found
    assert amounts(text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("وتجاوز عمره 80 عاما قبل أن يموت", [("80", 80)]),  # a number before the year word
    ("بعد مرور عام 20 يوما على الحادث", [("20", 20)]),  # a counted noun after it
    ("واحتفلت الجمعية بالعام 25 لتأسيسها", [("25", 25)]),  # the definite year word: the 25th year
    ("تراجع الإنتاج هذا العام 12 في المئة", [("12", 12)]),  # a per cent
])
def test_two_digit_number_after_a_year_word_stays_an_amount(text: str, found: list[tuple[str, float]]) -> None:
    assert dates(text) in ([], [("هذا العام", "2017")])
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a range of prices after بين: no years, whether money follows or the second end is no year
    ("وتراوح سعر الكيلوغرام بين 1200 و1800 مليم في الأسواق", [("1200", 1200), ("1800", 1800)]),
    ("وتراوح سعر الصندوق بين 1500 و900 في سوق الجملة", [("1500", 1500), ("900", 900)]),
])
def test_price_range_after_between_is_no_years(text: str, found: list[tuple[str, float]]) -> None:
    assert dates(text) == []
    assert amounts(text) == found


def test_range_of_years_after_between_stays() -> None:
    assert dates("ووقعت الحرب بين 1980 و1988 على الحدود") == [("1980", "1980"), ("1988", "1988")]


@pytest.mark.parametrize(("text", "found"), [
    # الواحد after a unit of measure or money: one unit (a price per unit)
    ("وبلغ سعر الكيلوغرام الواحد 4500 مليم", [("الواحد", 1), ("4500", 4500)]),
    ("ويباع بخمسة ريالات للكيلو الواحد في السوق", [("خمسة", 5), ("الواحد", 1)]),
    ("وارتفع ثمن اللتر الواحد من الوقود", [("الواحد", 1)]),
    ("وتراجع سعر البرميل الواحد إلى 50 دولارا", [("الواحد", 1), ("50", 50)]),
])
def test_one_after_a_unit_of_measure(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize("text", [
    "وقاتلوا كالجسد الواحد في الميدان",  # "one and the same"
    "وانطلقت المسيرة على الساعة الواحدة ظهرا",  # a clock time
])
def test_one_and_the_same_stays_out(text: str) -> None:
    assert amounts(text) == []


@pytest.mark.parametrize(("text", "found"), [
    # people added to a list by إضافة إلى / فضلا عن / علاوة على share the fate of the count before them
    ("وأسفر الهجوم عن مقتل ٧ من رجال الأمن، إضافة إلى أربعة من المارة وإصابة 20 آخرين",
     [("killed", 7), ("killed", 4), ("injured", 20)]),
    ("أدى الانفجار إلى استشهاد 5 جنود بالإضافة إلى مدنيين اثنين", [("killed", 5), ("killed", 2)]),
    ("واعتقلت الشرطة 12 مطلوبا، فضلا عن ثلاثة من مساعديهم", [("arrested", 12), ("arrested", 3)]),
])
def test_people_added_to_a_count_share_its_fate(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("قتل 5 جنود في الهجوم. إضافة إلى ثلاثة مشاريع جديدة افتتحها الوزير", [("killed", 5)]),  # a new sentence
    ("أصيب 4 أشخاص في الحادث، إضافة إلى ثلاث سيارات", [("injured", 4)]),  # things, not people
])
def test_added_items_that_share_no_fate(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize("text", [
    "وأعاد الخليفة بناء المسجد عام 65 هـ بعد الحريق",  # a Hijri year of two digits: left
    "بحكم المحكمة الدستورية رقم 12 لسنة 31 ق بعدم الدستورية",  # a judicial year (ق)
    "وعاشت التوأمتان لمدة سنة 16 ملتصقتين",  # a duration miswritten
])
def test_two_digit_numbers_after_a_year_word_that_are_no_gregorian_year(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("وصدر القانون عدد 40 لسنة 92 المتعلق بالجمعيات", [("سنة 92", "1992")]),  # a law of 1992
    ("وانهار الاتحاد السوفيتي عام 91م وتفككت جمهورياته", [("عام 91م", "1991")]),  # the Gregorian era
])
def test_two_digit_years_with_law_or_era(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a stray full stop before a year after a month: one mention of the month of that year
    ("وتراجعت المبيعات في تموز/يوليو من عام .2014\nوقالت الشركة", [("تموز/يوليو من عام 2014", "2014-07")]),
])
def test_stray_stop_after_a_month(text: str, found: list[tuple[str, str]]) -> None:
    assert [(value) for _, value in dates(text)] == [v for _, v in found]


@pytest.mark.parametrize("text", [
    "وتسعى الهيئة لتطبيق نظام النقطة الواحدة على الجسر",  # a one-stop checkpoint: "single"
])
def test_single_point_is_no_unit(text: str) -> None:
    assert amounts(text) == []


@pytest.mark.parametrize(("text", "found"), [
    # a year word with its direction, then the year it names: one mention of that year
    ("وينتهي عقده في العام المقبل 2018 وكان قد جدده", [("العام المقبل 2018", "2018")]),
    ("وكان من المقرر افتتاحه في العام الماضي .2016 وتأخر العمل", [("العام الماضي .2016", "2016")]),
])
def test_year_word_with_direction_then_year(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found
    assert amounts(text) == []


@pytest.mark.parametrize(("text", "found"), [
    # a decade named by its ordinal in a century: valued as the decade words are
    ("وكان هذا الطراز رائجا في العقد الأول من القرن العشرين في أوروبا", [("العقد الأول من القرن العشرين", "190")]),
    ("وتضاعف عدد السكان في العقد الأخير من القرن الماضي", [("العقد الأخير من القرن الماضي", "199")]),
    ("وشهدت المدينة نموا في العقد الثاني من القرن الحادي والعشرين",
     [("العقد الثاني من القرن الحادي والعشرين", "201")]),
])
def test_decade_of_a_century(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a verse's number is a label, as an article's of law (the surah's number before its name stays: left)
    ("قال تعالى: \"ولقد كرمنا بني آدم\" (سورة الإسراء الآية 70)", []),
    ("وجاء في الآية 255 من سورة البقرة", []),
    ("وتضم السورة 286 آية", [("286", 286)]),  # a number of verses
])
def test_verse_number_is_a_label(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found
