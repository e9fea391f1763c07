"""Counts round counts-r33: C2's count errors fixed in general form (constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import counts


@pytest.mark.parametrize(("text", "found"), [
    # a range بين N و M: its first amount is the count, the upper bound no second group
    ("وقال مسؤول أمني إن ما بين 20 و25 شخصا أصيبوا في الانفجار.", [("injured", 20)]),
    ("وأكد أن عدد المخطوفين يتراوح بين 50 و60 تونسيا.", [("kidnapped", 50)]),
    ("وقتل بين 10 و15 جنديا في الهجوم على الثكنة.", [("killed", 10)]),
    ("واعتقلت الشرطة ما بين 20 ألفا و30 ألف شخص خلال الاحتجاجات.", [("arrested", 20000)]),
    # guards: two groups each with its noun, a list joined by و
    ("وتراوحت الحصيلة بين 3 قتلى و5 جرحى.", [("killed", 3), ("injured", 5)]),
    ("وقتل 10 جنود و15 مدنيا في القصف.", [("killed", 10), ("killed", 15)]),
])
def test_range_upper_bound_is_no_count(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found
