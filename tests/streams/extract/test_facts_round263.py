"""Round facts-r263: the opened fresh set V44 (stop 42). Constructed sentences."""

import datetime as dt

from tests.streams.extract.facts_rounds import readers

dates, amounts, _ = readers(dt.date(2017, 1, 26))


def test_a_weekday_names_the_year_a_list_would_carry() -> None:
    # ذكرى 2 مارس 1934 وذلك يوم الأحد 5 مارس: Sunday 5 March is this year's, not 1934's
    assert dates("قرروا عقد اجتماع لإحياء ذكرى 2 مارس 1934 وذلك يوم الأحد 5 مارس.") \
        == [("2 مارس 1934", "1934-03-02"), ("يوم الأحد 5 مارس", "2017-03-05")]


def test_a_list_of_days_still_runs_forward_in_its_year() -> None:
    assert ("20 ماي", "2016-05-20") in dates("من 13 إلى 15 مارس 2016 ومن 16 الى 20 ماي.")


def test_a_feminine_noun_with_my_before_a_preposition_is_no_dual() -> None:
    assert amounts("ولم أتمكن من إنهاء معاملتي بسبب التزاحم، ووصلت الباحة في ساعة متأخرة.") == []


def test_a_construct_dual_before_its_noun_stays_two() -> None:
    assert amounts("أسفر الحادث عن حالتي وفاة.") == [("حالتي", 2.0)]


def test_a_fraction_joins_no_number_across_a_date() -> None:
    # found by the property test: ونصف after الاثنين (a weekday, a date) does not add to ثلاثة وعشرون before it
    found = amounts("ثلاثة وعشرون الاثنين ونصف")
    assert found == [("ثلاثة وعشرون", 23.0)]
