"""Round amounts-r36: digits glued to Arabic letters on one or both sides, as scraped text has them, read as
they would be with spaces around them (constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import amounts, counts, dates


@pytest.mark.parametrize(("text", "found"), [
    # digits glued to the words on both sides (the site dropped the spaces): the number and the noun after it,
    # as with spaces, not a name's model number
    ("وقد قتل12جنديا في الهجوم على القاعدة.", [("12", 12)]),
    ("وقال المتحدث إن الهجوم أسفر عن مقتل5اشخاص وإصابة10آخرين.", [("5", 5), ("10", 10)]),
    ("ويتطلب المشروع تنظيم شارع عرض30متر في الحي الشمالي.", [("30", 30)]),
    # guards: a name glued to its number before a space is a model (آيفون7, ويندوز10)
    ("وأطلقت الشركة هاتف آيفون7 في السوق.", []),
    ("ويعمل البرنامج على ويندوز10 فقط.", []),
])
def test_digits_glued_on_both_sides_are_read_as_spaced(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("وقد قتل12جنديا في الهجوم على القاعدة.", [("killed", 12)]),
    ("وقال المتحدث إن الهجوم أسفر عن مقتل5اشخاص وإصابة10آخرين.", [("killed", 5), ("injured", 10)]),
])
def test_counts_on_digits_glued_on_both_sides(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize("text", [
    # a hashtag is a label, whatever digits are glued inside it (a guard: the model-name reading hid it before)
    "وأطلق المغردون وسم #إضراب5ساعات احتجاجا على الخدمة.",
    "ونشر المغردون وسم #رؤية_2030 على نطاق واسع.",
])
def test_digits_inside_a_hashtag_are_no_amount(text: str) -> None:
    assert amounts(text) == []


@pytest.mark.parametrize(("text", "found"), [
    # a day glued to a preposition before it, or to a weekday, is a day of the month after it, as with a space
    ("ولد الكاتب في15 مايو 1980 في الرياض.", [("15 مايو 1980", "1980-05-15")]),
    ("وعقد الاجتماع الاثنين14 نوفمبر الجاري في الرياض.", [("الاثنين14 نوفمبر الجاري", "2016-11-14")]),
    ("وتقام الدورة خلال الفترة من1 إلى5 ديسمبر المقبل.", [("1", "2016-12-01"), ("5 ديسمبر المقبل", "2016-12-05")]),
    # any word glued to a full date (day, month, year)
    ("ويسمح القانون لأقارب ضحايا أحداث11 سبتمبر2001 بملاحقة الشركات.", [("11 سبتمبر2001", "2001-09-11")]),
])
def test_day_glued_to_the_word_before_it(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found
    assert amounts(text) == []


@pytest.mark.parametrize(("text", "found"), [
    # a 2 or 3 glued after a length unit after a number is the unit's power (square, cubic metres): no amount,
    # glued or spaced before the unit, whatever word follows
    ("وأنشئ الممشى بمساحة 868م2 وتزويده بدورات مياه.", [("868", 868)]),
    ("ويقام المعرض على مساحة 5000 م2 تضم مئة جناح.", [("5000", 5000), ("مئة", 100)]),
    ("وتغطي اللوحة مساحة 40سم2 تقريبا من الجدار.", [("40", 40)]),
    ("وتمتد الغابة على 75كم2 شمال المدينة.", [("75", 75)]),
    # guards: a number after م (the era) and a count glued to its noun stay
    ("وفي عام 2015م 3 مشاريع جديدة.", [("3", 3)]),
    ("وشارك 200طالب في المسابقة.", [("200", 200)]),
])
def test_digit_after_a_length_unit_is_its_power(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # letters, digits, letters, digits with nothing between: a code (a flu strain, a tank), no amount at its end
    ("وتأكد ظهور سلالة اتش7إن7 في مزرعة للدواجن.", []),
    ("وقطع غيار لدبابات ام1آي1 الأمريكية.", []),
    # guards: numbers joined by a range word or و stay as spaced
    ("وقتل من3إلى5 أشخاص.", [("3", 3), ("5", 5)]),
    ("واشترى المواطن3و4 سيارات.", [("3", 3), ("4", 4)]),
])
def test_glued_letter_digit_code_is_no_amount(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found
