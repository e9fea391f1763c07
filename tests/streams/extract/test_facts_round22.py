"""Round 22 (blind v16 opened): the general classes behind its misses, in constructed sentences."""

from __future__ import annotations

import datetime as dt

import facts_rounds
import pytest

ANCHOR = dt.date(2017, 6, 10)  # in Ramadan 1438 (from 27 May 2017)
dates, amounts, counts = facts_rounds.readers(ANCHOR)


@pytest.mark.parametrize(("text", "found"), [
    # a month, then ل or من and the year it is of: one mention, the month of that year
    ("ارتفع عدد الحوادث خلال شهر رمضان لسنة 2016 في الولاية", [("شهر رمضان لسنة 2016", "2016-06")]),
    ("وتراجعت المبيعات في شهر مارس لسنة 2015 بنسبة كبيرة", [("شهر مارس لسنة 2015", "2015-03")]),
    ("وافتتح المعرض في أكتوبر لعام 2014 بحضور الوزير", [("أكتوبر لعام 2014", "2014-10")]),
    ("وسجلت الشركة أرباحا في شهر مارس للعام 2016 فقط", [("شهر مارس للعام 2016", "2016-03")]),
    ("ولد في الثالث من ديسمبر لعام 1990م في القرية", [("الثالث من ديسمبر لعام 1990م", "1990-12-03")]),
    ("وصدر القرار في ديسمبر من العام الماضي بعد نقاش", [("ديسمبر من العام الماضي", "2016-12")]),
    ("وبدأ العمل في يناير من هذا العام في المصنع", [("يناير من هذا العام", "2017-01")]),
    ("تراجعت نسبة الحوادث في رمضان لهذه السنة مقارنة بالعام الماضي",
     [("رمضان لهذه السنة", "2017-05"), ("العام الماضي", "2016")]),
    ("انخفضت الأسعار في شهر ماي للسنة الماضية بشكل حاد", [("شهر ماي للسنة الماضية", "2016-05")]),
    # a Hijri month's relative year is a Hijri year (صفر 1438 began in November 2016)
    ("وتراجع سعر المتر في شهر صفر من هذا العام في الحي", [("شهر صفر من هذا العام", "2016-11")]),
    # a Hijri month before a Gregorian year: the one that falls in that year
    ("وزادت الحركة في الأسواق خلال رمضان 2016 بشكل لافت", [("رمضان 2016", "2016-06")]),
])
def test_month_of_a_year_joined_by_li_or_min(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("وسافر في مارس لهذا السبب إلى الخارج", [("مارس", "2017-03")]),  # ل and no year
    ("في شهر مارس لعام 1437 هـ", [("شهر مارس", "2017-03"), ("عام 1437 ه", "2015")]),  # a Hijri year: not the month's
    ("وصل في رمضان 1438 إلى مكة", [("رمضان 1438", "2017-05")]),
])
def test_month_not_joined_to_a_year(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a dual frozen in a place name (القريتين, a Syrian town) after كلا/كلتا
    ("وعاد الهدوء إلى كلا القريتين بعد تدخل الجيش", [("القريتين", 2)]),
    ("وقال عدد من أهالي كلتا القريتين إنهم يريدون الصلح", [("القريتين", 2)]),
    # ... or where the article also has the noun's construct or indefinite dual
    ("تجددت المواجهات بين قريتين في الجنوب. وتمركز الجيش بين القريتين منذ الصباح",
     [("قريتين", 2), ("القريتين", 2)]),
    # a construct dual in ي whose definite dual the article has: the lexicon need not know the noun
    ("انحرف قطاري شحن عن السكة في الشمال. وقال مسؤول إن القطارين كانا محملين بالوقود",
     [("قطاري", 2), ("القطارين", 2)]),
    ("دعا الوسيط طرفي النزاع إلى الحوار. وقال إن الطرفين وافقا على الهدنة", [("طرفي", 2), ("الطرفين", 2)]),
    ("اشتبك أهالي قريتي \"العين\" و\"الوادي\". ودعا الوالي أهالي القريتين إلى الهدوء",
     [("قريتي", 2), ("القريتين", 2)]),
    # a class after صنف with nothing counted after it is a label
    ("ووصلت سيارة إسعاف مجهزة صنف (1) إلى مكان الحادث", []),
    ("ويشترط القانون لقيادة الحافلات رخصة سياقة صنف 2، وتمنحها الوزارة", []),
])
def test_round22_amounts(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("سيطر التنظيم على مدينة القريتين في ريف حمص الشرقي", []),  # the town
    ("وصلت جثتي عنصرين من الشرطة. ونقلت الجثتين إلى المستشفى", [("عنصرين", 2), ("الجثتين", 2)]),  # the pair counted on the complement
    ("ويكثر حاملي الجينات في الجنوب. ويقول الباحثون إن حاملو الجينات والحاملين لها كثر", []),  # a participle's plural
    ("وقف مسؤولي الوزارة أمام المسؤولين في المحافظة", []),  # a sound plural
    ("وصنف التقرير 20 دولة ضمن القائمة السوداء", [("20", 20)]),  # the verb صنّف: a count follows
])
def test_round22_not_amounts(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # people with injuries: ب and the injury noun right after them, whatever adjective follows
    ("واستقبل المستشفى الجهوي 67 شخصا بإصابات متفاوتة الخطورة جراء الاشتباكات", [("injured", 67)]),
    ("ونقل 12 شخصا بإصابات خطيرة إلى المستشفى الجامعي", [("injured", 12)]),
])
def test_round22_counts(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


def test_event_with_its_own_object_still_breaks() -> None:
    assert counts("يقطنها 56 ألف شخص، بعد مقتل بائع السمك في السوق") == []


@pytest.mark.parametrize(("text", "found"), [
    ("وطالب الأهالي بتحويل المركز الصحي من صنف 3 إلى صنف 4 في أقرب الآجال", []),
    ("وبلغ عدد الأصحاء 1054 شخصا بينما صنف 1568 على أنهم أصحاب وزن زائد", [("1054", 1054), ("1568", 1568)]),
])
def test_round22_class_labels(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # an indefinite dual in ين whose definite dual the article reads as a dual, whatever the lexicon knows
    ("ضبطت الشرطة لصين في السوق. وقال إن اللصين اللذين سرقا المحل اعترفا", [("لصين", 2), ("اللصين", 2)]),
    ("عثر على مسدسين في السيارة. وقال إن المسدسين كانا محشوين", [("مسدسين", 2), ("المسدسين", 2)]),
    ("قرر إيقاف حكمين عن التحكيم. وقال إن الحكمين اللذين أخطآ سيعودان", [("حكمين", 2), ("الحكمين", 2)]),
])
def test_round22_attested_oblique(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("وصل الوفد للصين أمس. وقال إن البلدين اتفقا على التعاون", [("البلدين", 2)]),  # ل + الصين
    ("اعتقل مسلحين في الجبل. وقال إن المسلحين اللذين فرا قتلا", []),  # a sound plural
    ("وشارك ثلاثة حكمين في الدورة. وقال إن الحكمين اللذين أخطآ سيعودان", [("ثلاثة", 3), ("الحكمين", 2)]),
])
def test_round22_not_attested_oblique(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


def test_my_first_team_is_no_pair() -> None:
    assert amounts("قال المدرب إن فريقي الأول جاهز. وتقام المباراة بين الفريقين غدا") == [("الفريقين", 2)]
