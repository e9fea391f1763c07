"""Round 8 of fixes from fresh articles read by eye: dates and amounts (constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import amounts, dates

# --- amounts -----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "found"), [
    # a model number glued to its name, then the same name with a number anywhere in the article
    ("اصطف المشترون لشراء جهاز ايفون6 الجديد، وسعر ايفون 6 بلس 3199 ريالا", [("3199", 3199)]),
    # a series named after نظام: the name's numbers, decimals too, are versions
    ("أطلقت الشركة نظام ويندوز 10 اليوم، وهو مجاني لمن يملك ويندوز 7 وويندوز 8.1 الأصلي", []),
    # a number glued to a word and counting what follows stays an amount
    ("بلغ عددهم25 شخصا", [("25", 25)]),
    # a bracketed number counts the noun after the bracket, even after a series head
    ("نفذ برنامج بمستشفى الولادة والأطفال لمدة (3) أيام", [("3", 3)]),
])
def test_amount_model_numbers_of_a_named_series(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("الدول الأطول: 1. هولندا 2. بلجيكا 3. إستونيا 4. لاتفيا", []),
    ("ارتفع العدد إلى 2. وقال المسؤول إن 3 أشخاص أصيبوا", [("2", 2), ("3", 3)]),
])
def test_amount_numbered_list_markers_inside_a_line(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "value"), [
    ("وزعت المساعدات على أكثر من 30.000 شخص", 30000),
    ("بلغ عدد المتابعين 54.457 شخصا", 54457),
    ("يتراوح عدد سكانها بين 100 إلى 5.000 نسمة", 5000),
    ("ارتفع سعر الصرف إلى 3.125 دينار", 3.125),  # a currency with three decimals
    ("بلغت الصادرات 6.935 مليون برميل", 6_935_000),
])
def test_amount_dotted_thousands_before_a_counted_noun(text: str, value: float) -> None:
    assert amounts(text)[-1][1] == value


@pytest.mark.parametrize(("text", "found"), [
    ("قال مدير الدورة 27 لأيام قرطاج السينمائية", []),
    ("دعت الهيئة المديرة للدورة 27 لأيام قرطاج", []),
    ("تشارك في الدورة 16 منتخبا", [("16", 16)]),
])
def test_amount_edition_numbers_are_labels(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ('انضمت إلى المنظومة شركتي "طوطال" و"شال" للمحروقات', [("شركتي", 2)]),
    ("قابلا تاجرين سعوديين في الفندق", [("تاجرين", 2)]),
])
def test_amount_duals_of_a_quoted_pair_and_of_a_broken_plural_noun(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


def test_amount_a_dual_after_digits_is_the_counted_noun() -> None:
    assert amounts("وهبط خام برنت 15 سنتا إلى 56.95 دولار") == [("15", 15), ("56.95", 56.95)]


@pytest.mark.parametrize(("text", "found"), [
    ("تبدأ عمليات البيع من الساعة 12 من منتصف الليل", []),
    ("ارسل رسالة تبدأ بالرمز (71) ثم مسافة", []),
    ("المشروعات التاسع والعاشر والحادي عشر", []),
    ("تراجع إلى المركزين 42 و37 على التوالي", [("المركزين", 2)]),  # round 19: the definite dual
    ("تشمل الأشغال أحياء الوردية 4 و5 و6", []),
    ("بدأ العمل في شهر 4 من هذا العام", []),
])
def test_amount_clock_times_codes_ordinals_and_ranks_are_not_amounts(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


def test_amount_a_year_before_a_demonstrative_is_a_year() -> None:
    text = "تفاقم العجز خلال السبعة أشهر الأخيرة من 2014 وذلك جراء تقلص الصادرات"
    assert amounts(text) == [("السبعة", 7)]  # round 19: a definite numeral counts
    assert dates(text) == [("2014", "2014")]


# --- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "found"), [
    ("دعت الوزارة في بلاغ أصدرته اليوم الهيئة المديرة إلى تقديم التقرير", [("اليوم", "2016-11-16")]),
    ("هطلت الأمطار منذ ليلة أمس وحتى اليوم إلى حدود المساء", [("ليلة أمس", "2016-11-15"), ("اليوم", "2016-11-16")]),
    ("احتفل الطلاب باليوم الوطني وفي اليوم الأول من المعرض", []),
    ("كان اليوم الأخير من المهرجان", []),
    ("خلال 15 يوما (اليوم المقصود به يوم عمل حكومي)", []),
    ("صرح اليوم المسؤول عن الملف", [("اليوم", "2016-11-16")]),
])
def test_date_today_before_a_definite_word(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("قام المنظمون للعام الحالي بجمع العصي", [("للعام الحالي", "2016")]),
    ("صدر قانون المالية للعام 2015 بعد نقاش", [("للعام 2015", "2015")]),
    ("ارتفعت الأسعار للشهر الثاني على التوالي", []),
])
def test_date_period_words_after_the_contracted_article(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found


def test_date_days_listed_before_a_numeric_month_and_year() -> None:
    text = "تلقت الغرف 46 بلاغا في الفترة ما بين 9-10-11 / 10 / 1436 لحوادث مختلفة"
    assert dates(text) == [("9", "2015-07-25"), ("10", "2015-07-26"), ("11 / 10 / 1436", "2015-07-27")]
    assert amounts(text) == [("46", 46)]


# --- second read (sample C) ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "found"), [
    ('فاز فيلم "آخر واحد فينا" بالجائزة', []),
    ("وزع على كل واحد منهم هدية", []),
    ("لم يبق إلا مقعد واحد", [("واحد", 1)]),
])
def test_amount_one_as_a_pronoun_after_last_each_any(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("ضبط بحوزتهما حزامان ناسفان وحوضان صغيران", [("حزامان", 2), ("حوضان", 2)]),
    ("قتل وجرح آخرون بينها تفجيران تبناهما التنظيم", [("تفجيران", 2)]),
    ("الأهلي والزمالك ناديان كبيران", [("ناديان", 2)]),
    ("قدمه فنانان حجازيان في معرضهما", [("فنانان", 2)]),
    ("يتوقع صدور جزئين جديدين من السلسلة", [("جزئين", 2)]),
    ("ألقى كلمته عثمان سليمان أمام الحضور", []),
    ("حضر الإعلان المسؤولان الكبيران", [("المسؤولان", 2)]),  # round 19: the definite dual
])
def test_amount_duals_by_agreement_and_masdar_shape(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("وبلغ مؤشر الإنتاج 47.3 في يوليو", [("47.3", 47.3)]),
    ("بلغت النسبة المكافئة 92.71 ودرجة القدرات", [("92.71", 92.71)]),
    ("على ان يصل هذا الرقم الى 1757 مليون دينار", [("1757 مليون", 1_757_000_000)]),
])
def test_amount_decimals_and_scaled_numbers_are_no_labels(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("المقابلات من 12,30 ظهراً إلى الرابعة عصراً", []),
    ("يبدأ الحفل على الساعة 9 مساء", []),
    ('حقق الجزء السابع "فيوريوس 7" أرباحا', []),
    ("حصلت على «91.54» نسبة موزونة", [("91.54", 91.54)]),
])
def test_amount_clock_times_before_a_time_of_day_and_numbered_titles(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("امتد المهرجان من 31 اوت الماضي الى غاية 10 سبتمبرالجاري", [("31 اوت الماضي", "2016-08-31"), ("10 سبتمبرالجاري", "2016-09-10")]),
    ("ينتظم المهرجان من 25 مارس الى 5 أفريل 2018", [("25 مارس", "2018-03-25"), ("5 أفريل 2018", "2018-04-05")]),
    ("يمتد الموسم من نوفمبر حتى فيفري 2018", [("نوفمبر", "2017-11"), ("فيفري 2018", "2018-02")]),
    ("جاءت النتيجة الأضعف من المتوقع بعد موجة تهاوي الأسهم التي بدأت في يونيو", [("يونيو", "2016-06")]),
    ("من المتوقع أن تنطلق الأشغال في يونيو", [("يونيو", "2017-06")]),
    ("وفي وقت سابق لامس الذهب أقل سعر", []),
])
def test_date_glued_direction_range_years_past_clauses_and_touched(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found


# --- third read (sample E) -----------------------------------------------------------------


@pytest.mark.parametrize(("text", "found"), [
    ("انقطاع الماء بحي النصر 2 إلى حدود الليل", []),
    ("انقطاع الماء بحي النصر 2 وسلمى سيتي", []),
    ("إنقاذ شباب منطقة سلتة 2 من ولاية سيدي بوزيد", []),
    ("انقلاب مركبة بطريق الهجرة كيلو 60 قبل المركز", []),
    ("اصطاد 18 كيلو و200 جرام من الأسماك", [("18", 18), ("200", 200)]),
    ("وذكر موقع minutes 20، أن القرش لا يشكل خطرا", []),
    ("سيتوفر جهاز Tab Pro 12.2 بوصة في مارس", [("12.2", 12.2)]),
    ("شراء مقاتلات إف 15 بقيمة نحو 12 مليار دولار", [("12 مليار", 12e9)]),
])
def test_amount_numbered_places_markers_and_latin_names(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("تحويل لمبلغ ألف مليون دينار", [("ألف مليون", 1e9)]),
    ("بلغت الكلفة 3 آلاف مليون دينار", [("3 آلاف مليون", 3e9)]),
    ("أخبرته بحالتي وأنني معاق", []),
    ("سيخوض الفريق مباراتين وديتين في المعسكر", [("مباراتين", 2)]),
    ("القبض على مواطن بحوزته «1982» حبة كبتاجون", [("1982", 1982)]),
    ("تضم ممثلين من الوزارات وعضوين من الشركات", [("عضوين", 2)]),
    ("نفذوا ثلاثة إضرابات قطاعية وإضرابين إداريين", [("ثلاثة", 3), ("إضرابين", 2)]),
    ("عقد المجلس اجتماعين واستثمارين جديدين", [("اجتماعين", 2), ("استثمارين", 2)]),
    ("اجراءات الامن السياحي والتامين الذاتي للمؤسسات", []),
    ("ارتفعت أسعار التأمين والاستثمار", []),
])
def test_amount_scale_of_a_scale_duals_and_quoted_counts(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


def test_date_a_decade_of_age_is_no_date() -> None:
    assert dates("رجل في أواخر العشرينات من العمر") == []
    assert dates("شهدت المدينة في الثمانينات من القرن الماضي نموا") == [("الثمانينات من القرن الماضي", "198")]
