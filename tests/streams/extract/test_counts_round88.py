"""Round counts-r88: the errors of opened C9 and C10 (constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import counts


@pytest.mark.parametrize(("text", "found"), [
    # inmates who fled right after the word of flight: they got away, no arrest
    ("وفي ذلك العام فرار أكثر من 200 أسير من معسكر الاعتقال", []),
    ("وشهدت البلدة فرار 70 سجينا من السجن المركزي", []),
    # inmates taken stay arrested
    ("واعتقلت الشرطة 5 أسرى فروا أمس", [("arrested", 5)]),
])
def test_escaped_inmates(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # players with موقوف after them: a sports suspension
    ("ويذكر أن هناك ستة لاعبين موقوفين في صفوف الناديين", []),
    # players arrested by the police stay a count
    ("واعتقلت الشرطة ستة لاعبين بتهمة التلاعب", [("arrested", 6)]),
])
def test_suspended_players(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # families of the wounded: kin, no wounded counted
    ("واستضافت الجمعية 25 أسرة من الجرحى وقدمت لهم المساعدات", []),
    ("بعد أن استقبل المركز 12 عائلة من المصابين", []),
])
def test_families_of_the_wounded(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the whole after من ضمن: the part is the count
    ("وتمكنت الوحدات من إيقاف ثلاثة أشخاص من ضمن سبعة عناصر مكونة لشبكة", [("arrested", 3)]),
    ("ومقتل 4 مسلحين وإصابة آخر من ضمن 12 مسلحا كانوا متحصنين", [("killed", 4)]),
    # a whole after من بين with its own fate after it stays
    ("توفي جندي متأثرا بجروحه من بين ثلاثة آخرين كانوا قد أصيبوا في الانفجار", [("injured", 3)]),
    # a whole told by its victims' noun stays
    ("وكان من بين 30 قتيلا خمسة أطفال", [("killed", 30), ("killed", 5)]),
])
def test_whole_after_among(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a ruling a few words before إعدام: a sentence, no dead
    ("وجاء ذلك بعد حكم محكمة في العاصمة بإعدام عشرة من قادة النظام", []),
    # a sentence carried out stays killed
    ("ونفذت السلطات حكم الإعدام بحق 3 مدانين", [("killed", 3)]),
])
def test_death_sentence(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # الإطاحة ب right before people: caught
    ("وتمكن أعوان الحرس من الإطاحة بخمسة عناصر تورطوا في السرقة", [("arrested", 5)]),
    ("وتمت الإطاحة بـ 4 أشخاص مفتش عنهم", [("arrested", 4)]),
])
def test_brought_down(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a capacity to take refugees in: no refugees counted
    ("وقال إن القارة غير قادرة على استقبال 300 ألف لاجئ", []),
    # refugees taken in stay displaced
    ("واستقبلت البلاد 300 ألف لاجئ منذ بداية الحرب", [("displaced", 300000)]),
])
def test_capacity(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a total with its dead and wounded in brackets: the parts are the counts
    ("إذ بلغ مجموع الضحايا 900 شخص (300 قتيل و600 جريح)", [("killed", 300), ("injured", 600)]),
    # a bracket of other people is a list of parts
    ("وقتل 12 شخصا (5 جنود و7 مدنيين)", [("killed", 12), ("killed", 5), ("killed", 7)]),
])
def test_total_with_breakdown(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # عاملة, a woman worker, counts people as عاملا does
    ("وأسفر الانقلاب عن إصابة 4 أطفال و17 عاملة فلاحة", [("injured", 4), ("injured", 17)]),
    ("وأصيبت 12 عاملة في انقلاب الشاحنة", [("injured", 12)]),
    # workers caught stay no arrest, as عمال
    ("وضبطت الدوريات 30 عاملة منزلية هاربة", []),
])
def test_woman_worker(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # حالة right before a part and how bad after it: the state of some, no count
    ("وأصيب 9 أشخاص في الحادث فيما وصفت حالة اثنين من المصابين بالخطيرة", [("injured", 9)]),
    ("وأصيب 9 أشخاص وحالة ثلاثة منهم حرجة", [("injured", 9)]),
    # the wounded counted after حالة with no severity stay
    ("وتم تسجيل حالة 5 مصابين في الحادث", [("injured", 5)]),
])
def test_state_of_some(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # سقط before إحدى / أحد: one fell, not the fate of the people counted after it
    ("وفي لحظة سقطت إحدى القطع المغطية للسلم، حيث تلقته امرأتان بالسوق", []),
    # سقط before people counted stays
    ("وسقط 12 قتيلا في القصف", [("killed", 12)]),
])
def test_one_fell(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found
