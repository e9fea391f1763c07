"""Round counts-r79: counts over unread text, read whole (seed 79; constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import counts


@pytest.mark.parametrize(("text", "found"), [
    # يوم then a weekday or أمس after a bare number: the day it happened, not the counted noun
    ("وتسبب القصف في مقتل 43 شخصا وإصابة 173 يوم الأحد في الحي", [("killed", 43), ("injured", 173)]),
    ("واعتقلت الشرطة 12 يوم الاثنين في المدينة", [("arrested", 12)]),
    ("وأصيب 5 يوم أمس في الاشتباكات", [("injured", 5)]),
    ("وأسفر الهجوم عن مقتل 3 وإصابة 7 ليلة الجمعة", [("killed", 3), ("injured", 7)]),
    ("وأسفر الهجوم عن مقتل 3 وإصابة 7 يوم 15 مايو", [("killed", 3), ("injured", 7)]),
    # a span of days stays no count
    ("قتل الرجل بعد 30 يوما من اختطافه", []),
    ("وقضى 5 ليال في الحجز بعد اعتقاله", []),
])
def test_day_after_a_bare_number(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the people, then قد/ربما يكون and the verb of their fate: a guess, no count
    ("ارتكبت القوات عمليات قتل جماعي لما لا يقل عن 817 شخصا، مضيفا أن 1000 شخص قد يكونوا قتلوا في يوم واحد",
     [("killed", 817)]),
    ("وأسفر الهجوم عن مقتل 12 شخصا وقال مسؤول إن 30 آخرين ربما يكونون قد لقوا حتفهم", [("killed", 12)]),
    # a guess about something else leaves the count
    ("وأسفر القصف عن مقتل 20 شخصا ربما يكون بينهم أطفال", [("killed", 20)]),
    ("وأسفر الهجوم عن مقتل 12 شخصا قد يكون منفذه انتحاريا", [("killed", 12)]),
])
def test_may_have_been(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # احتفظ with a security body and ب before the people: held in custody
    ("وأشار إلى أن وحدات الحرس الوطني بكامل تراب الجمهورية، احتفظت بستة أشخاص بعد خرقهم حظر التجول",
     [("arrested", 6)]),
    ("واحتفظت الشرطة بـ4 شبان على ذمة التحقيق", [("arrested", 4)]),
    # a team or a ministry that kept its people holds no one
    ("واحتفظ الفريق بخمسة لاعبين من تشكيلة الموسم الماضي", []),
    ("واحتفظت الوزارة بثلاثة موظفين في مناصبهم", []),
])
def test_kept_in_custody(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found
