"""Round counts-r58: a recall-and-precision audit of counts over unread text (60 articles of SaudiNewsNet 0-11999
and ANT 0-4999, seed 58), fixed in general form (constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import counts


@pytest.mark.parametrize(("text", "found"), [
    # a judicial act right before the amount (إحالة، محاكمة، اتهام، إدانة) counts those tried or charged, never the dead
    # of the killing their case is about
    ("وطعنت العائلة في قرار المحكمة في قضية مقتل ابنها والقاضي بإحالة 14 شخصا على الدائرة الجنائية.", []),
    ("وقررت النيابة في قضية مقتل الطالب إحالة 9 متهمين إلى محكمة الجنايات.", []),
    ("وبعد مقتل الحارس قررت السلطات محاكمة 6 موظفين بتهمة الإهمال.", []),
    ("وفي قضية قتل السائح أدانت المحكمة 3 رجال بالمشاركة في الجريمة.", []),
    # guards: the victims of the killing, and people held then tried, keep their count
    ("وأسفر الهجوم عن مقتل 14 شخصا، وقررت النيابة إحالة الملف إلى القضاء.", [("killed", 14)]),
    ("واعتقلت الشرطة 7 أشخاص وإحالة 3 منهم إلى النيابة.", [("arrested", 7), ("arrested", 3)]),
])
def test_people_tried_are_no_victims(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the make-up of a group one of whose members was taken (أحد عناصر المجموعة المكونة من 10 أشخاص) gives its size,
    # not the number arrested
    ("وتم إلقاء القبض على أحد عناصر المجموعة المتكونة من 8 أشخاص فيما لاذ البقية بالفرار.", []),
    ("واعتقلت الشرطة أحد أفراد العصابة المكونة من 6 أشخاص.", []),
    ("وأوقفت الوحدات الأمنية بعض أعضاء الخلية التي تتكون من 12 عنصرا.", []),
    # guards: a whole group arrested, and its make-up after a bust, stay arrested
    ("وتم القبض على عصابة مكونة من 5 أشخاص تخصصت في سرقة المنازل.", [("arrested", 5)]),
    ("وتمكنت الوحدات من تفكيك خلية تتكون من 4 عناصر.", [("arrested", 4)]),
])
def test_size_of_a_group_one_member_of_which_is_held(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a word of slaughter right before people counted (its subject may stand between) kills them
    ("وقال أحد السكان إن المسلحين ذبحوا ثمانية أشخاص في القرية.", [("killed", 8)]),
    ("وذبح المتطرفون 15 مدنيا قرب البحيرة.", [("killed", 15)]),
    ("وأسفر هجوم الجماعة عن ذبح 6 أشخاص.", [("killed", 6)]),
    # guards: animals slaughtered are no victims
    ("وتم ذبح 250 خروفا في المسلخ خلال العيد.", []),
    ("وذبحت الجمعية 40 رأسا من الأغنام ووزعت لحومها.", []),
    ("وتم نحر 30 جملا.", []),
])
def test_people_slaughtered_are_killed(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found
