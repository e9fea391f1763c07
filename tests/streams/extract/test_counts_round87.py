"""Round counts-r87: counts over unread text, read whole (seed 87; constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import counts


@pytest.mark.parametrize(("text", "found"), [
    # a part of the wounded told only by its state (بحالة / في حالة + how bad): no count of its own
    ("وقتل نحو 7 وأصيب 5 آخرون 3 منهم بحالة حرجة في الهجوم", [("killed", 7), ("injured", 5)]),
    ("وأصيب 9 أشخاص اثنان منهم في حالة خطيرة", [("injured", 9)]),
    ("وأصيب 12 شخصا بينهم 4 بحالة حرجة", [("injured", 12)]),
    # the whole said by its state stays a count
    ("وأصيب 5 أشخاص بحالة حرجة", [("injured", 5)]),
    ("وأصيب 5 بحالة حرجة في الحادث", [("injured", 5)]),
])
def test_share_in_a_state(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a definite numeral right after a definite noun of things: how many things, no victims
    ("الجدير بالذكر أن القوائم الست هلك منهم 56 شخصا", [("killed", 56)]),
    ("الجدير بالذكر أن السنوات الخمس قتل فيها 56 شخصا", [("killed", 56)]),
    # after people it stays their count
    ("واعتقل الأربعة المتهمون بالتهريب", [("arrested", 4)]),
    ("وقتل المسلحون الثلاثة", [("killed", 3)]),
])
def test_numeral_of_things(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


def test_numeral_of_a_crew() -> None:
    # a team noun (الطاقم) holds people: its definite numeral stays a count
    assert counts("وقال إن 17 شخصا قتلوا، 12 جنديا وأفراد الطاقم الخمسة") == [("killed", 17), ("killed", 12), ("killed", 5)]
