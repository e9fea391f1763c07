"""Round 17 of amount recall, from Tunisian (ANT) newsroom styles (constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import amounts, dates


@pytest.mark.parametrize(("text", "found"), [
    # numbers joined by و share the noun the last one counts: none is a label of the definite word before
    ("وتتراوح أسعار التذاكر 20 و45 دينار حسب الصفوف", [("20", 20), ("45", 45)]),
    ("أوقف التلميذان البالغان من العمر 13 و16 عاما", [("التلميذان", 2), ("13", 13), ("16", 16)]),  # round 19: the definite dual
    ("حجزت الوحدات على التوالي 300 و750 لترا من البنزين", [("300", 300), ("750", 750)]),
])
def test_numbers_joined_by_and_share_their_noun(text: str, found: list) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "first"), [
    # the first stays a label: clock times, a label head, a list that goes on, a punctuation before the noun
    ("وقع الزلزال على الساعة 14 و35 دقيقة", "14"),
    ("وقع الزلزال على الساعة الـ14 و35 دقيقة", "14"),
    ("تشمل الأشغال الطريق المحلية 512 و513 بولاية نابل", "512"),
    ("انقطع الماء في الوردية 2 و3 والمروج", "2"),
    ("جهزت المصاعد بين الطابق 4 و7، حسب البلدية", "4"),
])
def test_labels_joined_by_and_stay_labels(text: str, first: str) -> None:
    assert first not in [found for found, _ in amounts(text)]


@pytest.mark.parametrize(("text", "found"), [
    # a definite number after a verb of exceeding or reaching is the figure passed, not a label
    ("أصبحت المدرسة تستقبل نساء تجاوزن الـ50 سنة", [("50", 50)]),
    ("حتى تجاوز عدد المدن المشاركة الـ12 مدينة", [("12", 12)]),
    ("ويفوق عمق الوادي ال80 مترا في بعض المواقع", [("80", 80)]),
    ("توفي الرجل عن عمر يناهز الـ70 عاما", [("70", 70)]),
    # no verb of exceeding: still a definite numeral
    ("انعقدت القمة الـ30 في العاصمة", []),
    # the verb's figure is an earlier number
    ("تجاوز عددهم 300 في الدورة الـ12 للمهرجان", [("300", 300)]),
])
def test_definite_number_after_exceeding(text: str, found: list) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # Tunisian scaled-dinar abbreviations: م د (million), أ د (thousand), with or without a dot
    ("ارتفع الاقتراض الداخلي إلى 2400 م د في قانون المالية", [("2400 م د", 2.4e9)]),
    ("بلغت الصادرات 871 م.د مقابل 902 م.د", [("871 م.د", 871e6), ("902 م.د", 902e6)]),
    ("وخصصت البلدية 450 أ.د لتهيئة الحديقة", [("450 أ.د", 450e3)]),
    ("بلغت الديون 4ر118 م د للوزارات", [("4ر118 م د", 118.4e6)]),
    # a bare م is metres, not millions
    ("يبلغ طول الجسر 40 م دون احتساب المداخل", [("40", 40)]),
])
def test_scaled_dinar_abbreviations(text: str, found: list) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # في حدود (about) glued to a price does not make حدود a model name for the whole text
    ("سجل السهم ارتفاعا في حدود 4.250 د وتراجع آخر في حدود2.35 د", [("4.250", 4.25), ("2.35", 2.35)]),
    ("استقر التضخم في حدود6.1 % بعد أن كان في حدود 5.8 %", [("6.1", 6.1), ("5.8", 5.8)]),
])
def test_about_is_no_model_name(text: str, found: list) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # wire decimals that begin with 0 are decimals (096ر18 = 18.096), not phone numbers
    ("تمت الزيادة في الأجر ب 045ر21 دينارا شهريا", [("045ر21", 21.045)]),
    ("أغلق المؤشر في حدود 000ر75 د", [("000ر75", 75)]),
    ("للاتصال: 0175299990", []),
])
def test_wire_decimals_from_zero(text: str, found: list) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a number of times counts after any label head; a head then في is no label (a ruling on cases)
    ("وعاود الرجل الاتصال 7 مرات في ليلة واحدة", [("7", 7), ("واحدة", 1)]),
    ("وتم الفصل في 940 قضية خلال السنة القضائية", [("940", 940)]),
    ("ينص الفصل 49 من الدستور على ذلك", []),
    ("رقم الطوارئ 197", []),
])
def test_times_and_rulings_are_no_labels(text: str, found: list) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found_dates", "found_amounts"), [
    # days listed with و before a dated pair are days of that month, not amounts
    ("تنظم الجمعية أيام 12 و13 و14 مارس الجاري معرضا", [("12", "2016-03-12"), ("13", "2016-03-13"),
                                                        ("14 مارس الجاري", "2016-03-14")], []),
    ("ينعقد المؤتمر أيام 3 و 5 و 9 ديسمبر 2016 بحضور 400 مشارك",
     [("3", "2016-12-03"), ("5", "2016-12-05"), ("9 ديسمبر 2016", "2016-12-09")], [("400", 400)]),
    # an earlier number that does not count up to the day is no day of the list
    ("وزعت البلدية 300 و20 مارس الماضي", [("20 مارس الماضي", "2016-03-20")], [("300", 300)]),
])
def test_days_listed_before_a_month(text: str, found_dates: list, found_amounts: list) -> None:
    assert dates(text) == found_dates
    assert amounts(text) == found_amounts


@pytest.mark.parametrize(("text", "found"), [
    # a gauge and a rank name, they count nothing
    ("حجزت الوحدات 40 خرطوشة صيد عيار 12 في السيارة", [("40", 40)]),
    ("واحتلت البلاد المركز 64 عالميا في الترتيب", []),
    # the centre counting beds is no rank
    ("يضم المركز 120 سريرا", [("120", 120)]),
])
def test_gauges_and_ranks_are_labels(text: str, found: list) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a label head two words back labels only across its complement, على/عبر or its first number
    ("تحدث معه عبر الهاتف قبل 4 أيام من الحادث", [("4", 4)]),
    ("اتصلوا برقم النجدة 197", []),
    ("للاستعلام الاتصال على 1899", []),
    # digits glued to a word before a percent sign are a share, not a model number
    ("نسبة الإصابة لا تتجاوز0.65 % في الجهة", [("0.65", 0.65)]),
])
def test_label_heads_two_words_back_and_glued_shares(text: str, found: list) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a comma and three digits before the dinar are its millimes, as the dot writes them
    ("ارتفع الأجر الأدنى من 310,250 دينارا إلى 322,400 دينارا", [("310,250", 310.25), ("322,400", 322.4)]),
    # not before other currencies, a dinar without millimes, or a scale
    ("تبرع المحسن بمبلغ 2,500 دولار", [("2,500", 2500)]),
    ("بلغ الراتب 750,000 دينار عراقي", [("750,000", 750000)]),
    ("بلغت القيمة 120,500 ألف دينار", [("120,500 ألف", 120500000)]),
])
def test_comma_millimes_of_the_dinar(text: str, found: list) -> None:
    assert amounts(text) == found
