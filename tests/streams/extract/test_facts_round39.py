"""Round facts-r39: the opened v30 and v32 date and amount errors fixed in general form (constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import amounts


@pytest.mark.parametrize(("text", "found"), [
    # comma thousands (Latin or Arabic comma) before a decimal point: one value with its decimals
    ("ودفع المقاول مبلغا قدره 184،716.34 ريالا للبلدية.", [("184،716.34", 184716.34)]),
    ("وبلغت قيمة الصفقة 1,250,000.75 دولار.", [("1,250,000.75", 1250000.75)]),
    # three digits after the dot are one more thousands group (the separators mixed), not decimals
    ("وصرفت الأمانة تعويضا قدره (2,804.130 ريال) للملاك.", [("2,804.130", 2804130)]),
    # guards: comma thousands alone, and the Arabic comma as a decimal point, as before
    ("وبلغ عدد الزوار 12,500 زائر.", [("12,500", 12500)]),
    ("وارتفع المؤشر بنسبة 46،2 بالمئة.", [("46،2", 46.2)]),
])
def test_comma_thousands_with_decimals(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a law's articles or clauses in the plural (المواد، البنود، الفصول, with ب/ل/و glued) name them by number: labels,
    # and so is every number of their و-list, whatever word follows it (a verb, a noun)
    ("وأكد المحامي أن المواد 12 و19 و20 تضمن حق الدفاع.", []),
    ("وقررت اللجنة معاقبة النادي عملا بالمواد 4 و9 تأكيدا لسلطتها.", []),
    ("وأحيل المتهم طبق الفصول 31 و32 من المجلة الجزائية.", []),
    # guards: the singular head as before, and a list of prices counting the noun after it
    ("وتنص المادة 7 و8 على ذلك.", []),
    ("وتراوحت أسعار التذاكر بين 25 و60 دينارا.", [("25", 25), ("60", 60)]),
])
def test_plural_article_heads_are_labels(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # رقم with ب or و glued names a document, a case or a resolution by its number: a label, as رقم alone
    ("وقال إن الإمارة وجهت خطابا برقم 48213 بإعادة حقوقه.", []),
    ("وقيدت الشكوى لدى المحكمة برقم (6120) الشهر الماضي.", []),
    ("وصدر القرار رقم 17 ورقم 18 في الجلسة نفسها.", []),
    # guards: a scaled figure after برقم, and a record with its value later, stay amounts
    ("وحقق المصنع مبيعات برقم 5 ملايين ريال.", [("5 ملايين", 5_000_000)]),
    ("وأنهى العداء السباق برقم قياسي بلغ 9 ثوان.", [("9", 9)]),
])
def test_raqm_with_glued_particle_is_a_label(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # على قدميه "on foot, standing" is an idiom like بين يديه: no count of feet
    ("وقطع الرجل مسافة 30 كيلومترا على قدميه حتى وصل إلى المدينة.", [("30", 30)]),
    ("واستطاعت الطفلة الوقوف على قدميها بعد العملية.", []),
    # guard: the dual of feet without على still counts two
    ("وأصيب اللاعب في قدميه خلال المباراة.", [("قدميه", 2)]),
])
def test_on_his_feet_is_an_idiom(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found
