"""Counts round counts-r24: the classes behind blind v17's count errors (constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import counts


@pytest.mark.parametrize(("text", "found"), [
    # a dual joined by و then its numeral (جريحين اثنين): the dual's own kind, not the trigger before it
    ("وأعلن الجيش حصيلة أولية عن أربعة قتلى وجريحين اثنين من الجنود.", [("killed", 4), ("injured", 2)]),
    ("وأصيب ثلاثة أشخاص وشرطيان اثنان في الانفجار.", [("injured", 3), ("injured", 2)]),
    # guards: a dual without و, and a verb of the next clause after the amount
    ("أصيب شرطيان اثنان في الهجوم.", [("injured", 2)]),
    ("قتل نحو 30 مسلحا وأصيب العشرات في الاشتباكات.", [("killed", 30), ("injured", 10)]),
])
def test_numeral_after_its_dual(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a trigger after بالإضافة إلى / إضافة إلى / فضلا عن opens a new item: the people before it keep the first fate
    ("قتل 30 من الجنود و4 مدنيين بالإضافة إلى إصابة 70 شخصا بجروح.", [("killed", 30), ("killed", 4), ("injured", 70)]),
    ("لقي 12 من رجال الشرطة، و3 مواطنين إضافة إلى إصابة 40 شخصا.", [("killed", 12), ("killed", 3), ("injured", 40)]),
    ("اعتقلت الشرطة 8 أشخاص و5 آخرين فضلا عن إصابة 3 عناصر.", [("arrested", 8), ("arrested", 5), ("injured", 3)]),
    # guard: a verb of their own right after them still counts
    ("قتل شرطي و3 تلاميذ أصيبوا بجروح.", [("injured", 3)]),
])
def test_a_trigger_in_addition_is_a_new_item(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # an order, warrant or decision to arrest is no arrest (yet)
    ("وصدر أمر باعتقال 40 متهما بالانتماء للتنظيم.", []),
    ("وأصدر القاضي مذكرات توقيف بحق 12 شخصا من المشتبه بهم.", []),
    ("وأصدرت المحكمة قرارا بالقبض على 7 أشخاص فارين.", []),
    ("وطالبت المنظمة بإطلاق سراح المعتقلين وأمرت النيابة باعتقال 9 أشخاص آخرين.", []),
    # guards: arrests done, and the Maghreb permission to hold (أذنت النيابة بالاحتفاظ)
    ("وألقت الشرطة القبض على 17 شخصا في عمليات دهم.", [("arrested", 17)]),
    ("وأذنت النيابة العمومية بالاحتفاظ بـ 4 أشخاص.", [("arrested", 4)]),
])
def test_an_order_to_arrest(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # those who escaped or withdrew (هروب، انسحاب) share no fate of the group before them
    ("وأشارت المصادر إلى مقتل عشرات المسلحين وهروب العشرات منهم.", [("killed", 10)]),
    ("قتل خمسة مسلحين وهروب 10 آخرين إلى الجبال.", [("killed", 5)]),
    ("وأسفرت المواجهات عن مقتل 20 عنصرا وانسحاب 50 آخرين من مواقعهم.", [("killed", 20)]),
    # guard: a part of the dead still counts
    ("قتل 12 شخصا بينهم خمسة عسكريين.", [("killed", 12), ("killed", 5)]),
])
def test_escaped_share_no_fate(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # one number before the dead and the wounded (plural nouns joined by و): a total, as 48 قتيلا وجريحا
    ("وأسفرت المعارك عن عشرات القتلى والجرحى في صفوف المسلحين.", []),
    ("وخلف القصف مئات القتلى والجرحى بين المدنيين.", []),
    ("ما نتج عنه سقوط العشرات من الشهداء والمصابين.", []),
    ("وأوقعت الغارات عشرات القتلى والجرحى بينهم مدنيون.", []),
    # guards: each group with its own number, and other plural pairs (both counted, round counts-r18)
    ("وأسفرت المعارك عن 12 قتيلا و30 جريحا.", [("killed", 12), ("injured", 30)]),
    ("وخلفت الحرب آلاف القتلى والمفقودين.", [("killed", 1000), ("missing", 1000)]),
    ("خلف الزلزال أكثر من 8900 قتيل وآلاف الجرحى والمفقودين.", [("killed", 8900), ("injured", 1000), ("missing", 1000)]),
])
def test_dead_and_wounded_after_one_number(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a fate announced for later (سيتم، سوف) has not happened: no count yet
    ("وقالت الشرطة إنه سيتم توقيف الشخصين بعد تلقيهما العلاج.", []),
    ("وأكد المصدر أنه سيتم اعتقال 5 أشخاص آخرين خلال الأيام المقبلة.", []),
    # guard: the same trigger done
    ("وأكد المصدر أنه تم اعتقال 5 أشخاص آخرين.", [("arrested", 5)]),
])
def test_a_fate_to_come(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found
