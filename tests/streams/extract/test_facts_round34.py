"""Round facts-r34: the opened v26 (dates, amounts, counts) and C4 (counts) errors fixed in general form
(constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import amounts, counts


@pytest.mark.parametrize(("text", "found"), [
    # a comma closes the trigger verb's clause: the number after it starts the parts of the dead, no object of
    # the verb (so those counted before the verb are its victims, not its killers)
    # (round counts-r37: the definite الثلاثة after و is the list's next item, killed 3, as C4's gold reads الخمسة)
    ("وقال الضابط إن 9 أشخاص قتلوا، 6 جنود وأفراد الطاقم الثلاثة.", [("killed", 9), ("killed", 6), ("killed", 3)]),
    ("وأكد المصدر أن 14 شخصا أصيبوا، 8 منهم من النساء.", [("injured", 14), ("injured", 8)]),
    ("وذكرت الشرطة أن 25 مهاجرا اعتقلوا، 10 أطفال بينهم.", [("arrested", 25), ("arrested", 10)]),
    # guards: a number right after the verb is its object, those before it the killers
    ("وقالت الشرطة إن مسلحين اثنين قتلوا ستة أشخاص في السوق.", [("killed", 6)]),
    ("وقال إن 5 مسلحين خطفوا 12 عاملا من الموقع.", [("kidnapped", 12)]),
])
def test_comma_closes_the_verbs_object(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # ألوف, the other plural of ألف, is a scale plural like آلاف (at its lower bound alone, a multiplier after مئات)
    ("ويعيش في المخيمات مئات الألوف من السكان.", [("مئات الألوف", 100000)]),
    ("وتنفق الأسر ألوف الريالات على الحفلات.", [("ألوف", 1000)]),
    ("ولم يعد الحضور بالمئات بل بعشرات الألوف.", [("المئات", 100), ("عشرات الألوف", 10000)]),
    # guards: the singular and the other plural as before, and a word sharing the letters
    ("وبلغت الكلفة مئات الآلاف من الدولارات.", [("مئات الآلاف", 100000)]),
    ("وأصبح المشهد مألوفا لدى السكان.", []),
])
def test_aluf_is_a_scale_plural(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the construct dual of مسابقة and بطولة before two named contests is two (the article need not name them
    # in the plural elsewhere, nor with the article)
    ("وتنطلق غدا مسابقتي دوري أبطال آسيا وكأس الخليج.", [("مسابقتي", 2)]),
    ("وأعلن الاتحاد تعديلات على نظام بطولتي كأس آسيا ودوري الأبطال.", [("بطولتي", 2)]),
    ("وفاز الفريق ببطولتين في الموسم الماضي.", [("بطولتين", 2)]),
    ("وتنطلق الأسبوع المقبل مسابقتي الكأس والدوري الممتاز.", [("مسابقتي", 2)]),
    # guards: "my contest", "my championship" (a possessive with an adjective or an ordinal)
    ("وقالت اللاعبة إن هذه بطولتي الأولى مع المنتخب.", []),
    ("وقال إن هذه مسابقتي المفضلة منذ الصغر.", []),
])
def test_contest_duals(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # people taken من the kin of victims (أفراد من عائلات الضحايا) are the relatives, not the victims
    ("وتعهدت الولاية بتشغيل 8 أفراد من عائلات ضحايا الحادث.", []),
    ("وتقرر انتداب 15 شخصا من أهالي شهداء الجيش.", []),
    ("والتقى الوزير 20 فردا من أسر المفقودين في البحر.", []),
    # guards: kin with no victim after them, and the victims themselves
    ("ولقي خمسة أشخاص من عائلة واحدة مصرعهم في الحادث.", [("killed", 5)]),
    ("وقتل 6 أشخاص في الهجوم وتكفلت الدولة بعائلات الضحايا.", [("killed", 6)]),
])
def test_people_of_the_victims_kin(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the number of a population (سكانها البالغ عددهم) is those who live there, not victims of a trigger nearby
    ("وشهدت المدينة نزوح نصف سكانها البالغ عددهم 300 ألف نسمة.", []),
    ("وقتل 50 شخصا، ويحتاج 70% من السكان البالغ عددهم 9 ملايين نسمة إلى مساعدات.", [("killed", 50)]),
    ("وأصيب كثير من سكان الإقليم الذين يبلغ عددهم مليوني شخص بالذعر.", []),
    # guards: the wounded counted with بلغ عددهم, and those displaced named as inhabitants
    ("ونقل المصابون الذين بلغ عددهم 22 شخصا إلى المستشفى.", [("injured", 22)]),
    ("وأدى القصف إلى نزوح 40 ألف نسمة من المدينة.", [("displaced", 40000)]),
])
def test_population_is_no_count(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the members of a busted cell, network or gang counted right after it are taken (C2's and C4's reading)
    ("وتمكنت الوحدات من الإطاحة بخلية إرهابية تتكون من 7 عناصر تنشط في الجنوب.", [("arrested", 7)]),
    ("ونجحت الشرطة في تفكيك شبكة مكونة من 12 شخصا مختصة في التهريب.", [("arrested", 12)]),
    ("وأعلنت الوزارة الإطاحة بخلايا مرتبطة بالتنظيم يبلغ عدد أفرادها 95 شخصا.", [("arrested", 95)]),
    # guards: only a part of the members taken, and a cell counted by no people
    ("وتم تفكيك خلية تتكون من 4 أشخاص، تم إلقاء القبض على ثلاثة منهم وفر الرابع.", [("arrested", 3)]),
    ("وتمكنت الشرطة من تفكيك شبكة تضم 3 مخازن للأسلحة.", []),
])
def test_busted_cell_members_are_arrested(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a part after بينهم / منهم told only by how badly it is hurt has no count of its own (README, from C1)
    ("وأصيب 40 شخصا بينهم 12 إصاباتهم خطيرة.", [("injured", 40)]),
    ("وتم تسجيل 9 إصابات في صفوف الأعوان، من بينهم ثلاثة حالتهم حرجة.", [("injured", 9)]),
    # guards: a part named by who they are, and the severity after منهم (already no count)
    ("وأصيب 30 شخصا بينهم 8 أطفال.", [("injured", 30), ("injured", 8)]),
    ("وأصيب عشرة أشخاص، أربعة منهم إصاباتهم بالغة.", [("injured", 10)]),
])
def test_a_part_told_by_its_severity_after_bainahum(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found
