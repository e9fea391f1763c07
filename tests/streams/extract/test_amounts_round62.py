"""Round amounts-r62 (an audit of amounts on unread SaudiNewsNet and ANT text): the bare article's number after a
definite broken plural or a plural of people counts it (الدول الـ12); الأحد after its day is the weekday; و + أحد is
"and one of", not واحد (constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import amounts

from streams.extract.amounts import find_amounts


@pytest.mark.parametrize(("text", "found"), [
    # the number after الـ counts the definite plural before it, as after a plural in ات (السنوات الـ10)
    ("وتجتمع الدول الـ 12 في العاصمة لبحث الاتفاق.", [("12", 12)]),
    ("وسقط معظم الضحايا الـ3700 في المدن الجنوبية.", [("3700", 3700)]),
    ("وخلال الأعوام الـ 24 الماضية تغير كل شيء في المدينة.", [("24", 24)]),
    ("وصوت النواب الـ 435 على القرار بالإجماع.", [("435", 435)]),
    ("وستناقش الأيام الـ3 المقبلة خطة العمل.", [("3", 3)]),
    # guards: a rank after a singular (الدورة، الجولة، القرن) and the rank of an indefinite head in ة stay labels
    ("وانطلقت الدورة الـ 51 للمهرجان بحضور كبير.", []),
    ("وفاز الفريق في الجولة الـ17 من الدوري.", []),
    ("وانعقدت قمة الدول الـ20 في المدينة.", []),
])
def test_bare_article_number_after_a_definite_plural_counts_it(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # الأحد after اليوم/يوم: the weekday (Sunday), not "the one", even where no date is found around it (an article
    # with no publication day)
    ("وضبط الجيش اليوم الأحد 7 بنادق في الصحراء.", [("7", 7)]),
    ("وأعلنت الوزارة أن الامتحانات تبدأ اليوم الأحد في جميع المدارس.", []),
    # guard: الواحد after a unit of time is still one
    ("ويعمل الموظف عشر ساعات في اليوم الواحد.", [("عشر", 10), ("الواحد", 1)]),
])
def test_ahad_after_its_day_is_the_weekday(text: str, found: list[tuple[str, float]]) -> None:
    assert [(a.text, a.value) for a in find_amounts(text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # و + أحد/إحدى as written: "and one of", unmarked as أحد is, not the postposed واحد of the noun before
    ("وهو مشروع ناجح وأحد الأمثلة على التعاون بين البلدين.", [("البلدين", 2)]),
    ("وقتل جندي وأحد عناصر الأمن في الهجوم.", []),
    # guards: وإحدى (never folded to واحد), واحد after its noun stays one; وأحد عشر is eleven
    ("وزار الوفد مدرسة قديمة وإحدى الجامعات في المدينة.", []),
    ("وأصيب جندي واحد في الهجوم.", [("واحد", 1)]),
    ("ومكث هناك عاما وأحد عشر شهرا.", [("وأحد عشر", 11)]),
])
def test_and_ahad_is_and_one_of(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a country or city of the gazetteer whose name ends like a dual (ين/ان) counts no two of anything
    ("وسيعرض الجهاز في معرض بالعاصمة الألمانية برلين وسيكون متاحا للجميع.", []),
    ("وتعمل الجمعية في فلسطين لتيسير عودة الطلاب إلى المدارس.", []),
    ("وقدمت البعثة خدمات صحية في جيبوتي شملت أدوية ومستلزمات.", []),
    ("ولا تزال أوروبا واليابان تديران برامج تحفيز نشطة.", []),
    # guards: the duals of nouns stay two
    ("وقضى الوفد يومين في العاصمة ووقع اتفاقيتين.", [("يومين", 2), ("اتفاقيتين", 2)]),
    ("وعقد الجانبان اجتماعين في المدينتين.", [("الجانبان", 2), ("اجتماعين", 2), ("المدينتين", 2)]),
    # guard: a town's name that is the dual of a word of the news (القصرين, of قصر) stays two where it counts
    ("والمعلمان عبارة عن قصرين رومانيين قديمين.", [("والمعلمان", 2), ("قصرين", 2)]),
])
def test_listed_place_is_no_dual(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found
