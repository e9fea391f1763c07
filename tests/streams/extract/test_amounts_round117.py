"""Round amounts-r117: an audit of amounts over unread text (seed 117). Constructed sentences."""

import pytest

from streams.extract.amounts import find_amounts


def _values(text: str) -> list[tuple[str, float]]:
    return [(a.text, a.value) for a in find_amounts(text)]


@pytest.mark.parametrize("text, first", [
    ("فاز الأهلي على الهلال 2-صفر في المباراة الودية.", "2"),
    ("وتمكن الفريق الضيف من التقدم 2-صفر بعد هدف ثان.", "2"),
    ("فاز النادي على منافسه 3 - صفر مساء أمس.", "3"),
])
def test_digit_before_a_score_zero_after_a_team(text: str, first: str) -> None:
    # a score's first number, then صفر: both numbers, though a team's name stands before the digit
    assert _values(text) == [(first, float(first)), ("صفر", 0.0)]


def test_digit_after_a_score_zero_with_a_dash() -> None:
    # صفر-2: a score, not a model name like سي-130
    assert _values("خسر الفريق أمام ضيفه صفر-2 أمس.") == [("صفر", 0.0), ("2", 2.0)]


def test_model_name_with_a_dash_stays_no_amount() -> None:
    assert _values("هبطت طائرة من طراز سي-130 في المطار.") == []


@pytest.mark.parametrize("text, dual", [
    ("اعترف المتهمان بتنفيذ عمليتي تهريب سابقتين خلال العام.", "عمليتي"),
    ("نفذت الفرق عمليتي مراقبة منفصلتين في المدينة.", "عمليتي"),
    ("أرسلت الوزارة وحدتي إسعاف متنقلتين إلى القرية.", "وحدتي"),
])
def test_dual_adjective_after_a_construct_dual_and_its_complement(text: str, dual: str) -> None:
    # the adjective describes the two the construct dual counted: one amount, not two
    assert [t for t, _ in _values(text) if t != "المتهمان"] == [dual]


def test_dual_adjective_after_a_dual_verb_of_being() -> None:
    assert _values("زار الوفد منطقتين كانتا مرشحتين لاستضافة المعرض.") == [("منطقتين", 2.0)]


def test_dual_after_a_construct_dual_and_and_still_counts() -> None:
    # a second dual joined by و is coordinated, not an adjective
    assert _values("زار الوفد مدينتي الشمال ومنطقتين أخريين.") == [("مدينتي", 2.0), ("منطقتين", 2.0)]


def test_spaced_slash_score_after_a_team_name() -> None:
    # a score's first number after a nisba or a team: a cardinal, not a label (حمام سوسة 2)
    assert _values("فاز النادي على ضيفه الإسباني 7 / 6 بركلات الترجيح.") == [("7", 7.0), ("6", 6.0)]


def test_spaced_slash_day_and_month_stay_no_score() -> None:
    assert _values("تستمر الحملة من 23 / 4 إلى 26 / 6.") == []


@pytest.mark.parametrize("text", [
    "أعلن الاتحاد فئة للدول الـ13 الأعلى تصنيفا.",
    "نشرت الهيئة قائمة بالدول الـ13 الأعلى نموا.",
])
def test_bare_article_number_after_a_prepositional_plural(text: str) -> None:
    # a plural with a preposition glued completes no head in ة before it: the countries counted, no rank
    assert _values(text) == [("13", 13.0)]


def test_rank_of_a_head_completed_by_a_plural_stays_a_label() -> None:
    assert _values("انطلقت قمة الدول الـ20 في المدينة.") == []


def test_low_end_of_a_bare_article_range() -> None:
    assert _values("تتراوح أعمار المشاركين ما بين الـ16 والـ20 سنة.") == [("16", 16.0), ("20", 20.0)]


def test_bare_article_range_of_days_is_no_amount() -> None:
    import datetime as dt

    from streams.extract.dates import find_dates
    text = "تقام الدورة في الفترة ما بين الـ12 والـ15 من شهر مايو."
    assert find_amounts(text, dates=find_dates(text, anchor=dt.date(2015, 6, 1))) == []


@pytest.mark.parametrize("text, value", [
    ("سجلت الوزارة 3 حالات خلال الـ 24 ساعة الماضية.", 24.0),
    ("تراجعت الأسعار خلال الـ12 سنة الماضية.", 12.0),
])
def test_bare_article_number_before_a_unit_of_time_in_ta_marbuta(text: str, value: float) -> None:
    # a unit of time in ة shows no accusative ا (الـ 20 عاما is counted already)
    assert (str(int(value)), value) in _values(text)


def test_clock_hour_after_the_bare_article_stays_no_amount() -> None:
    assert _values("يستمر المعرض حتى الساعة الـ 12 ظهرا.") == []


@pytest.mark.parametrize("text, value", [
    ("أوقفت الشرطة رجلا في الـ29 من العمر.", 29.0),
    ("توفي شاب في الـ 25 من عمره.", 25.0),
])
def test_bare_article_age_before_min_al_umr(text: str, value: float) -> None:
    # an age, as في الثلاثين من العمر is
    assert [v for _, v in _values(text)] == [value]


def test_clock_hour_before_min_laylat_stays_no_amount() -> None:
    assert _values("ضبطت الدورية شاحنة في حدود الساعة الـ11 من ليلة الجمعة.") == []
