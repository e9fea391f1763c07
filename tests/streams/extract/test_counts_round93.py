"""Round counts-r93: the errors of the opened C11 and C12 (constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import counts


@pytest.mark.parametrize(("text", "found"), [
    # a toll, then its parts: the first with منهم, the next joined by و far past it
    ("أسفر الهجوم عن استشهاد (12) مصليا (4) منهم من أفراد الحراسة في المبنى و (5) متدربين من المسجلين في الدورة الصيفية "
     "و (3) من العاملين في المطعم", [("killed", 12), ("killed", 4), ("killed", 5), ("killed", 3)]),
    ("وأسفر الانفجار عن مقتل 10 أشخاص، ثلاثة منهم من عناصر الشرطة المكلفين بالحراسة، وأربعة متطوعين من المقيمين "
     "في الحي الشرقي، وثلاثة من الباعة", [("killed", 10), ("killed", 3), ("killed", 4), ("killed", 3)]),
    # a casualty word between the parts gives the next its own fate
    ("قتل 10 أشخاص، ثلاثة منهم من الجنود، وأصيب خمسة متطوعين بجروح", [("killed", 10), ("killed", 3), ("injured", 5)]),
    # things joined after the part are none
    ("قتل 10 أشخاص، ثلاثة منهم من الجنود في القاعدة الجوية، وثلاث سيارات", [("killed", 10), ("killed", 3)]),
])
def test_parts_after_first_part(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # people taken to hospital right after a death toll: the hurt
    ("توفي 12 من المسنين ونقل 40 آخرون للمستشفيات بسبب موجة الحر", [("killed", 12), ("injured", 40)]),
    ("توفي 3 أشخاص وتم نقل 9 أشخاص إلى المستشفى بسبب الإجهاد الحراري", [("killed", 3), ("injured", 9)]),
    # taken elsewhere, or their death told after: not
    ("ونقل 40 شخصا إلى الفندق بعد الحادث", []),
    ("قتل 5 أشخاص ونقل 3 آخرون إلى المستشفى حيث توفوا متأثرين بجراحهم", [("killed", 5), ("killed", 3)]),
])
def test_taken_to_hospital(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a share of the wounded told by its state, its people noun between
    ("وأوضح أن من بين المصابين في المواجهات، 3 أشخاص حالتهم حرجة", []),
    ("أصيب 20 شخصا، بينهم 4 أشخاص حالتهم خطيرة", [("injured", 20)]),
    # the wounded themselves in a bad state stay
    ("أصيب 4 أشخاص حالتهم خطيرة", [("injured", 4)]),
    ("أصيب 20 شخصا، وكان من بين الجرحى 4 أطفال", [("injured", 20), ("injured", 4)]),
])
def test_severity_share_with_noun(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # cases diagnosed with a disease: the sick
    ("وقلل المتحدث من عدد الإصابات قائلا: إن هناك فقط (ثلاث) حالات مصابة تم تشخيصها بمرض الجرب", []),
    ("وبلغ عدد الإصابات خمس حالات مصابة تم تشخيصها بالحصبة", []),
    ("أصيب 3 أشخاص في الحادث", [("injured", 3)]),
])
def test_diagnosed(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a cost after a death, its currency right after the amount
    ("انقلاب شاحنة ووفاة سائقها كلفت الجمعية المليون ريال", []),
    ("وقتل 3 أشخاص وكلفت الخسائر 2 مليون ريال", [("killed", 3)]),
])
def test_money_after(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the busting verb, not only its noun, before the cell's make-up
    ("وكانت الوزارة قد أطاحت بخلايا عنقودية تتكون من 120 إرهابيا ينتمون إلى التنظيم", [("arrested", 120)]),
    ("وفككت الشرطة شبكة تضم 7 أشخاص", [("arrested", 7)]),
    # a part of them taken: only the part
    ("أطاحت الشرطة بعصابة تتكون من 5 أشخاص، وتم القبض على اثنين منهم", [("arrested", 2)]),
])
def test_busted_by_verb(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # لقي with an aside before what it met with: no death
    ("وهو طلب لقي على ما يبدو استجابة من عضو في هيئة المحلفين التي تضم تسع نساء وثلاثة رجال", []),
    ("لقي على ما يبدو 5 أشخاص حتفهم في الحادث", [("killed", 5)]),
])
def test_met_with_aside(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found
