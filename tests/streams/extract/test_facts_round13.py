"""Round 13 of fixes to amounts and dates from fresh articles read by eye (constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import amounts, counts, dates


@pytest.mark.parametrize(("text", "found"), [
    # a fraction after a glued preposition (ب، ل) is a fraction of what follows, not "and a half"
    ("وصلت سيارة الإسعاف بعد الحادث بنصف ساعة", [("نصف", 0.5)]),
    ("لم يصل الإنفاق لربع الميزانية المعتمدة", [("ربع", 0.25)]),
    ("قال الوزير إن بوسع الشركة إنجاز العمل بثلث هذا المبلغ", [("ثلث", 1 / 3)]),
    ("ويكفي ثلث هذه الكمية لسد الحاجة", [("ثلث", 1 / 3)]),
    # a fraction with a pronoun: half of it, two thirds of them
    ("افتتحت الوزارة 40 مدرسة نصفها للبنات", [("40", 40), ("نصفها", 0.5)]),
    ("خاض النشطاء عشرين معركة وفازوا بثلثيها", [("عشرين", 20), ("ثلثيها", 2 / 3)]),
    ("قال نصفهم إنهم راضون عن الخدمة", [("نصفهم", 0.5)]),
    # still not amounts: "and a half" alone, the semi-final, the verb "we describe" (نصفه) after a relative
    ("في ليلة العيد الذي نصفه بالسعادة دائما", []),
    ("وهو ما نصفها به في كل مرة", []),
    ("تأهل الفريق إلى نصف النهائي بعد فوزه", []),
    ("يتبقى على إغلاق باب التسجيل شهر ونصف", []),
    ("وصل المنتخب لنصف نهائي البطولة", []),
])
def test_fractions_with_a_preposition_or_a_pronoun(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # short feminine duals (a two-letter stem in ة: فئة، كرة، رئة) and the dual of وفاة
    ("وزعت المنتخبات على فئتين حسب التصنيف", [("فئتين", 2)]),
    ("وسدد المهاجم كرتين في القائم", [("كرتين", 2)]),
    ("أسفر الحادث عن وفاتين وثلاث إصابات", [("وفاتين", 2), ("ثلاث", 3)]),
    ("نتج عن الحادث وفاتان و5 إصابات", [("وفاتان", 2), ("5", 5)]),
    # not duals: a name, routine, a verbal noun (تمتين) and a verb (نؤتين) of the same shape
    ("بحث الوزير تمتين العلاقات الثنائية", []),
    ("فالزموا أماكنكم لا نؤتين من قبلكم", []),
    ("التقى الرئيس فلاديمير بوتين نظيره", []),
    ("أصبح ذلك روتين يومي", []),
])
def test_short_feminine_duals_and_deaths(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


def test_thousands_in_the_accusative() -> None:
    assert amounts("أظهر التقرير أن آلافا آخرين ينتظرون") == [("آلافا", 1000)]


@pytest.mark.parametrize(("text", "found"), [
    # the dual of وفاة is two deaths (its و is no conjunction)
    ("وقع حادث انقلاب لمركبة نتج عنه وفاتان و5 إصابات", [("killed", 2), ("injured", 5)]),
    ("أسفر الحادث عن وفاتين وثلاث إصابات", [("killed", 2), ("injured", 3)]),
])
def test_two_deaths(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the decimals of a number are no day of the month
    ("وارتفع المؤشر إلى 53.7 هذا الشهر من 52.1", [("هذا الشهر", "2016-11")]),
    ("يبدأ المهرجان في 7 هذا الشهر", [("7 هذا الشهر", "2016-11-07")]),
    # يوليه alone is also the verb يولي + ه: a month only beside a day, a year, شهر or a direction word
    ("وهو الحرص الدائم الذي يوليه مدير الشرطة للمشاركة", []),
    ("انتهى المشروع في 5 يوليه", [("5 يوليه", "2016-07-05")]),
    ("بدأ المشروع في شهر يوليه الماضي", [("شهر يوليه الماضي", "2016-07")]),
])
def test_decimals_and_the_verb_yuliihi(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # more masculine nouns whose plural is broken or in ات, so that ين is their dual
    ("قصفت الطائرات مقرين للتنظيم", [("مقرين", 2)]),
    ("لم يوافق المجلس على موضوعين", [("موضوعين", 2)]),
    ("تضمنت العقود حفر بئرين في المشروع", [("بئرين", 2)]),
    ("تسلمت المؤسسة معهدين في المنطقة", [("معهدين", 2)]),
    ("أصدر المجلس قرارا خاصا بمقترحين", [("مقترحين", 2)]),
    ("قام بالاختراق باحثان من الجامعة", [("باحثان", 2)]),
    # the sound plural of people is no dual
    ("أجرى الدراسة باحثين من الجامعة", []),
])
def test_more_masculine_duals(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a number word that is weak alone (واحد، خمس) before "per cent" written apart is a percentage
    ("تراجعت أسعار الذهب أكثر من واحد في المئة", [("واحد", 1)]),
    ("ارتفع المؤشر خمس في المئة خلال الجلسة", [("خمس", 5)]),
    ("ارتفع المؤشر ستة في المئة", [("ستة", 6)]),
])
def test_a_weak_number_word_before_per_cent(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a day of the anchor's month (16 November 2016) with الماضي/المقبل: the one just gone or to come
    ("وفي 12 نوفمبر الماضي فجرت انتحارية نفسها", [("12 نوفمبر الماضي", "2016-11-12")]),
    ("تنطلق البطولة في 25 نوفمبر المقبل", [("25 نوفمبر المقبل", "2016-11-25")]),
    # a day the month has not reached yet with الماضي is last year's; a month alone is the last one
    ("وفي 20 نوفمبر الماضي فجرت انتحارية نفسها", [("20 نوفمبر الماضي", "2015-11-20")]),
    ("وفي نوفمبر الماضي فجرت انتحارية نفسها", [("نوفمبر الماضي", "2015-11")]),
])
def test_a_day_of_this_month_gone_or_to_come(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a feminine dual with a preposition glued is no adjective of the dual before it
    ("لعب الفريق الشوطين بتشكيلتين مختلفتين", [("الشوطين", 2), ("تشكيلتين", 2)]),  # round 19: the definite dual
    # a root ب stays an adjective of the dual before it
    ("أصيب اللاعب بإصابتين بسيطتين", [("إصابتين", 2)]),
])
def test_a_dual_with_a_preposition_after_a_dual(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found
