"""Round 24 (set DB opened): dates and amounts classes its misses showed. Constructed sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from facts_rounds import amounts, dates  # anchored on Wednesday 2016-11-16


@pytest.mark.parametrize(("text", "expected"), [
    # today, then the number and the indefinite noun the verb acts on
    ("أرسلت الهيئة اليوم 12 شاحنة إلى المنطقة المنكوبة.", [("اليوم", "2016-11-16")]),
    ("شنت الطائرات اليوم 30 غارة على مواقع المسلحين.", [("اليوم", "2016-11-16")]),
    # a day number after اليوم stays a day of something, not today
    ("وفي اليوم 3 من المهرجان عرضت المسرحيات.", []),
    ("دخل الاعتصام اليوم 24 لحركة الاحتجاج.", []),
])
def test_today_before_a_counted_object(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وقعت المعركة في ماي 1950 ثم في أكتوبر من نفس السنة انسحبت القوات.",
     [("ماي 1950", "1950-05"), ("أكتوبر من نفس السنة", "1950-10")]),
    ("صدر القرار في 1960 وعدل في مارس من العام نفسه.", [("1960", "1960"), ("مارس من العام نفسه", "1960-03")]),
    ("ولد سنة 1930 وفي ماي من ذات العام هاجرت عائلته.", [("سنة 1930", "1930"), ("ماي من ذات العام", "1930-05")]),
])
def test_month_of_the_same_year_takes_the_year_named_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


def test_month_of_the_same_year_with_no_year_before_is_left_to_the_anchor() -> None:
    assert dates("وفي أكتوبر من نفس السنة عاد.") == [("أكتوبر", "2016-10")]


@pytest.mark.parametrize(("text", "expected"), [
    ("ارتفعت الأسعار منذ بداية العام إلى اليوم بنسبة كبيرة.", [("بداية العام", "2016"), ("اليوم", "2016-11-16")]),
    ("منذ 2011 وإلى اليوم لم تتغير الأوضاع.", [("2011", "2011"), ("اليوم", "2016-11-16")]),
    # with no منذ before it, إلى اليوم is "to this day"
    ("لا تزال آثار الحرب قائمة إلى اليوم في المدينة.", []),
    ("بدأت الحرب منذ سنوات. ولا تزال قائمة إلى اليوم.", []),
])
def test_until_today_closing_a_span_opened_by_since(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وسددت اليونان الاثنين قرضين للصندوق.", [("الاثنين", "2016-11-14")]),
    ("وذكر أن لبنان الاثنين شهد احتجاجات.", [("الاثنين", "2016-11-14")]),
    ("اتفق الطرفان الاثنان على الهدنة.", []),
])
def test_monday_after_a_country_in_an(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وطالب بعدم تأجيلها إلى 2018 مشيرا إلى أهمية الموعد.", [("2018", "2018")]),
    ("وقرر الاتحاد تمديد العقد إلى 2020 بعد المفاوضات.", [("2020", "2020")]),
])
def test_year_something_is_put_off_to(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


def test_year_a_count_rises_to_stays_an_amount() -> None:
    assert amounts("ارتفع عدد الزوار إلى 2018 زائرا.") == [("2018", 2018)]


def test_weekday_not_taken_to_an_older_date_of_its_name() -> None:
    # 2016-11-07 is a Monday nine days back; the lone Monday of the story is the last one
    text = ("أعلنت الوزارة الاثنين أنها سددت كل ما عليها للصندوق بعد أسابيع من المفاوضات الطويلة. "
            "وكانت قد تخلفت عن دفع الأقساط المستحقة في 7 نوفمبر.")
    assert dates(text)[0] == ("الاثنين", "2016-11-14")


@pytest.mark.parametrize("text", [
    "البديل للمرسوم عدد 116 لسنة 2011 دون أن يقابل ذلك تفاعل.",
    "تم تنقيح القانون عدد 52 لسنة 1992 والأمر عدد 30 لسنة 2015.",
])
def test_a_legal_texts_number_after_a_prefixed_head_is_a_label(text: str) -> None:
    assert amounts(text) == []


@pytest.mark.parametrize("text", [
    # what there is nowadays: a word of having or numbering before اليوم and its count
    "ويبلغ عدد العاملين في هذا المصنع اليوم 40 عاملا.",
    "وأصبح لدى الشركة اليوم 6 فروع في المدينة.",
    "كانت المكتبة تطبع ألف نسخة لتصبح اليوم 200 نسخة فقط.",
    # a day, not today
    "ويدخن الرجل على مدار اليوم 10 سجائر.",
])
def test_today_before_a_count_of_what_there_is_or_through_the_day(text: str) -> None:
    assert dates(text) == []


def test_weekday_takes_a_date_beside_it_not_one_of_another_clause() -> None:
    # the Monday of the story is the last one; 14 November (a Monday) beside it is a second date of the clause
    text = "وسددت الحكومة الاثنين قسطين تأخرت في 8 و14 نوفمبر عن سدادهما."
    assert dates(text, anchor=dt.date(2016, 11, 22))[0] == ("الاثنين", "2016-11-21")


@pytest.mark.parametrize(("text", "expected"), [
    ("يصادف اليوم18 مارس 2016 ذكرى الاستقلال.", [("18 مارس 2016", "2016-03-18")]),
    ("وانطلقت الدورة يوم5 أفريل الماضي.", [("5 أفريل الماضي", "2016-04-05")]),
])
def test_a_day_glued_to_yawm_before_its_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وتبلغ تكلفة المرحلة الواحدة مليون دينار.", [("الواحدة", 1), ("مليون", 1_000_000)]),
    ("وبلغت حصة السهم الواحد 0.50 ريال.", [("الواحد", 1), ("0.50", 0.5)]),
    # "one and the same", not a unit
    ("وقال إن اللاعبين يلعبون بروح الفريق الواحد.", []),
])
def test_one_after_a_noun_priced_per_unit(text: str, expected: list[tuple[str, float]]) -> None:
    assert amounts(text) == expected


@pytest.mark.parametrize("text", [
    "ويتواصل البث المباشر على مدار اليوم.",
    "وتعمل الخدمة وعلى مدار اليوم دون توقف.",
])
def test_through_the_day_is_no_date(text: str) -> None:
    assert dates(text) == []


def test_weekday_beside_a_list_of_days() -> None:
    text = "تقام الدورة يومي الثلاثاء والأربعاء: 2-3/7/1436 هـ في مقر النادي."
    assert [v for _, v in dates(text, anchor=dt.date(2015, 4, 25))][:2] == ["2015-04-21", "2015-04-22"]
