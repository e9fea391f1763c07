"""Round facts-r41 (held-out set v33, opened): a month joined by ل or من to a relative year that is then
written out (شهر رمضان للعام الحالي 1436هـ) is that year's month, one mention, and a Hijri month's year
joined by لعام is a Hijri year; an edition noun with its owner's pronoun (في دورته 36) and Airbus spelt
آرباص name, not count (constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import amounts, dates


@pytest.mark.parametrize(("text", "found"), [
    # month + ل/من + relative year + the year written: one mention of the named year's month
    ("ارتفعت العمليات خلال شهر رمضان للعام الحالي 1436هـ، بنسبة كبيرة.", [("شهر رمضان للعام الحالي 1436ه", "2015-06")]),
    ("مقارنة بشهر رمضان للعام السابق 1435هـ الذي سجل تراجعا.", [("رمضان للعام السابق 1435ه", "2014-06")]),
    ("وسجلت المبيعات في شهر مارس من العام الماضي 2014 رقما قياسيا.", [("شهر مارس من العام الماضي 2014", "2014-03")]),
    ("وتراجعت الحركة في شعبان للعام الماضي 1437هـ بشكل ملحوظ.", [("شعبان للعام الماضي 1437ه", "2016-05")]),
    # a Hijri month joined by لعام to a Hijri year, with or without its era
    ("وأقيمت المسابقة في شهر رمضان لعام 1435هـ في مكة.", [("شهر رمضان لعام 1435ه", "2014-06")]),
    ("وأقيمت المسابقة في شهر رمضان لعام 1434 في مكة.", [("شهر رمضان لعام 1434", "2013-07")]),
    # guards: a Gregorian month does not take a Hijri year; a relative year alone stays as it was
    ("وانطلقت الحملة في يونيو للعام الحالي 1436هـ في الرياض.", [("يونيو", "2016-06"), ("للعام الحالي 1436ه", "2014")]),
    ("وسجلت المبيعات في شهر مارس من العام الماضي رقما قياسيا.", [("شهر مارس من العام الماضي", "2015-03")]),
])
def test_month_of_a_relative_year_written_out(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # an edition noun with a pronoun before its number: a label
    ("وعبر مدير المهرجان الدولي للزيتونة في دورته 36، عن ارتياحه.", []),
    ("وتنطلق المسابقة في نسختها 12 للعام الثاني على التوالي.", []),
    ("واختتم المعرض لدورته 20، بحضور الوزير.", []),
    # the Tunisian spelling of Airbus before a model number
    ("وخصصت الشركة طائرتين من نوع آرباص 330 للرحلات.", [("طائرتين", 2.0)]),
    ("واقتنت الخطوط طائرة جديدة من نوع ارباص 320.", []),
    # guards: a tour of 5 countries, a season's 3 titles, a plain session count stay amounts
    ("وقام الوزير في جولته 5 دول عربية.", [("5", 5.0)]),
    ("وحقق الفريق في موسمه 3 ألقاب.", [("3", 3.0)]),
    ("وشارك في الدورة 16 منتخبا.", [("16", 16.0)]),
])
def test_edition_with_pronoun_and_airbus_are_labels(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a shape in تين whose singular no text writes: a foreign name (Goldstein, Epstein), not a dual
    ("وأوضح إريك غولدستين نائب مدير قسم الشرق الأوسط بالمنظمة.", []),
    ("وقال الباحث مارك ايبشتين إن الدراسة لم تكتمل.", []),
    # guards: duals of known nouns stay
    ("وعقد الوفدان جلستين في الرياض.", [("الوفدان", 2.0), ("جلستين", 2.0)]),
    ("واشترت البلدية شاحنتين وحافلتين.", [("شاحنتين", 2.0), ("حافلتين", 2.0)]),
])
def test_foreign_name_in_tin_is_no_dual(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a club named by a definite dual (نادي الجبلين): the same word later in the article is the club
    ("عقدت الجمعية العمومية لنادي الجبلين بحضور الأعضاء. وطالب الرئيس أيضاً من جميع أبناء الجبلين التكاتف والوقوف مع النادي.",
     []),
    # guard: a definite dual the article never names so stays two
    ("عقدت الجمعية العمومية للنادي بحضور الأعضاء. وطالب الرئيس أيضاً من جميع أبناء البلدين التكاتف والوقوف مع النادي.",
     [("البلدين", 2.0)]),
])
def test_dual_named_as_a_club_is_a_name_throughout(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the same month a year back, after a month named in the paragraph: one mention of that month
    ("وارتفعت المبيعات خلال يونيو الماضي بنسبة 14% عن الشهر نفسه من العام الماضي.",
     [("يونيو الماضي", "2016-06"), ("الشهر نفسه من العام الماضي", "2015-06")]),
    ("وبلغ التضخم 4.6 في شهر جانفي الماضي مقارنة بالشهر ذاته من العام الماضي.",
     [("شهر جانفي الماضي", "2016-01"), ("الشهر ذاته من العام الماضي", "2015-01")]),
    # a Hijri month: its own calendar's year before (Ramadan 1437 -> Ramadan 1436)
    ("وبلغت العمليات في شهر رمضان للعام الحالي 1437هـ 38 مليونا مقابل 31 مليونا للشهر المقابل من العام الماضي.",
     [("شهر رمضان للعام الحالي 1437ه", "2016-06"), ("للشهر المقابل من العام الماضي", "2015-06")]),
    # guard: no month named before: the year alone, as before
    ("وارتفعت الصادرات مقارنة بالشهر نفسه من العام الماضي.", [("العام الماضي", "2015")]),
])
def test_same_month_a_year_back(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # guards of the foreign-name reading: a singular the lexicon lacks whose plural it knows, one after
    # ك, and a dual with its dual adjective stay two
    ("وسقطت في الحفرة جرافتان وشاحنة.", [("جرافتان", 2.0)]),
    ("واحتجز زوجته وابنته كرهينتين في المنزل.", [("كرهينتين", 2.0)]),
    ("ويمكن أن تنتج المرأة بويضتين صالحتين للتخصيب.", [("بويضتين", 2.0)]),
])
def test_duals_of_rare_singulars_stay(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


def test_same_month_twice_reads_the_month_named_not_itself() -> None:
    text = ("وسجلت اليابان في يونيو فائضا بزيادة 21 في المائة عن الشهر نفسه من العام الماضي، في حين بلغ العجز "
            "411 مليار ين مقابل 374 مليار ين خلال الشهر نفسه من العام الماضي.")
    assert [v for _, v in dates(text)] == ["2016-06", "2015-06", "2015-06"]
