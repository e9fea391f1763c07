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


@pytest.mark.parametrize(("text", "found"), [
    # واحد after a singular noun of a victim, a detainee or a person: one counted
    ("وقضت المحكمة بالسجن عشر سنوات على موقوف واحد.", [("arrested", 1)]),
    ("وأسفر انفجار العبوة عن مقتل شخص واحد.", [("killed", 1)]),
    ("وقالت الشرطة إن شخصا واحدا أصيب في إطلاق النار.", [("injured", 1)]),
    ("وأعدم المسلحون 12 شخصا، 11 جنديا ومدنيا واحدا.", [("killed", 12), ("killed", 11), ("killed", 1)]),
    # guards: one family or household the victims share, one of a group the part is taken from
    ("ولقي خمسة أشخاص من عائلة واحدة مصرعهم في الحادث.", [("killed", 5)]),
    ("وتوفي ثلاثة أفراد من أسرة واحدة في الحريق.", [("killed", 3)]),
    ("وقال إن الشعب على قلب رجل واحد.", []),
])
def test_one_after_its_noun_counts(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # إيقاف before an activity, or عدد من / بعض and an activity: something is stopped, nobody arrested
    ("وتقرر إيقاف عدد من الأنشطة التي ينظمها 20 ناديا.", []),
    ("وتم إيقاف نشاط 3 جمعيات خيرية.", []),
    ("وتم إيقاف عمل 6 محلات تجارية.", []),
    # guards: people after إيقاف or after عدد من, and the victims of the same sentence
    ("وأسفرت الحملة عن إيقاف 7 أشخاص وحجز سيارة.", [("arrested", 7)]),
    ("وتم إيقاف عدد من المشتبه بهم بينهم 3 شبان.", [("arrested", 3)]),
    ("وقررت الإدارة إيقاف عدد من الفعاليات تضامنا مع أسر 15 شهيدا.", [("killed", 15)]),
])
def test_stopped_activity_is_no_arrest(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found
