"""Round facts-r260: the opened fresh sets V40 and V42 (stop 42). Constructed sentences."""

import datetime as dt

from tests.streams.extract.facts_rounds import readers

THURSDAY = dt.date(2015, 8, 6)
dates, amounts, _ = readers(THURSDAY)


def test_a_year_after_by_is_a_deadline_whatever_follows() -> None:
    # بحلول 2023 مقابل 49 سفينة: the year by which, though an uncounted word follows it
    assert ("2023", "2023") in dates("ما يسمح بعبور نحو 97 سفينة يوميا بحلول 2023 مقابل 49 سفينة حاليا.")


def test_hope_looks_ahead_to_the_weekday() -> None:
    # نأمل باجرائه يوم الجمعة: the coming Friday, the vote hoped for
    assert dates("وقال دبلوماسي إن العمل اكتمل. نأمل باجرائه يوم الجمعة.") == [("يوم الجمعة", "2015-08-07")]


def test_an_event_four_words_back_across_a_place() -> None:
    assert ("2014", "2014") in dates("ساهم في الفوز بكأس العالم الأخيرة بالبرازيل 2014 واحتلال المركز الثاني.")


def test_today_in_brackets_is_the_daily_not_a_day() -> None:
    assert dates("وأوضح المهندس لـ(اليوم) أنه سيبدأ العمل.") == []
    assert dates("بدعم المسؤولين في جريدة ( اليوم )، وحرصهم على ذلك.") == []


def test_today_with_its_weekday_in_brackets_stays_a_day() -> None:
    assert dates("وصل اليوم (الخميس) الوفد إلى الرياض.") == [("اليوم (الخميس)", "2015-08-06")]


def test_a_sweeping_win_gives_the_score_both_numbers() -> None:
    # اكتسح ... البيون 3-صفر: a score after a verb of winning, though a definite name stands before the digit
    assert amounts("في المباراة التي اكتسح فيها الفريق منافسه وست بروميتش البيون 3-صفر في افتتاح الدوري.") \
        == [("3", 3.0), ("صفر", 0.0)]


def test_a_festival_edition_after_its_name_is_a_label() -> None:
    assert amounts("توج نادي الأنصار بكأسي مهرجان صيف طيبة 36 في لقاء الديربي.") == []
    assert amounts("ضمن فعاليات مهرجان جدة 36، افتتح المعرض.") == []


def test_a_festival_tally_stays_an_amount() -> None:
    # not after the definite المهرجان and a particle, nor before a counted noun
    assert amounts("يفد على المهرجان ما بين 38 إلى 39 ألف زائر.") == [("38", 38.0), ("39 ألف", 39000.0)]
    assert amounts("استقطب مهرجان الجنادرية 30 ألف زائر.") == [("30 ألف", 30000.0)]
