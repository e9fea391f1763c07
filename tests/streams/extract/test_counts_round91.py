"""Round counts-r91: a whole-article audit over unread text (seed 91; constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import counts


@pytest.mark.parametrize(("text", "found"), [
    # the toll rose to a number, its parts after بينهم, the group named by عدد at the end
    ("وارتفع إلى 12 بينهم طفلان وامرأة عدد القتلى الذين سقطوا في القصف", [("killed", 12), ("killed", 2)]),
    ("كما ارتفع إلى 8 بينهم ضابط وثلاثة جنود، عدد الجرحى في الهجوم", [("injured", 8), ("injured", 3)]),
    # a group no casualty word names is no count
    ("وارتفع إلى 30 بينهم 4 نساء عدد الأشخاص الذين حضروا الحفل", []),
])
def test_rise_then_number_of(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # عدد then people then a relative clause with the trigger verb
    ("وبذلك ارتفع إلى 25 عدد الأشخاص الذين لقوا مصرعهم في الحادث", [("killed", 25)]),
    ("وارتفع إلى 40 عدد المسلحين الذين تم اعتقالهم منذ بداية الحملة", [("arrested", 40)]),
    # a denied verb or one that is no casualty
    ("وارتفع إلى 25 عدد الأشخاص الذين لم يصابوا في الحادث", []),
    ("وارتفع إلى 25 عدد الأشخاص الذين زاروا المعرض", []),
])
def test_number_of_people_who(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # animals in quote marks after من: no victims
    ('وقتل صياد المئات من "الضبان" في البرية', []),
    ("وقتل صياد العشرات من «الغزلان» في المحمية", []),
    # people in quote marks stay
    ('وقتل المسلحون العشرات من "المدنيين" في القرية', [("killed", 10)]),
])
def test_quoted_things(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a definite numeral after the lorries the drivers of which are held: the drivers
    ("وتم إيقاف سائقي الشاحنات الثلاثة على ذمة التحقيق", [("arrested", 3)]),
    ("واعتقلت الشرطة سائقي السيارات الأربعة", [("arrested", 4)]),
    # the things alone stay no count
    ("وتم إيقاف الشاحنات الثلاث على ذمة التحقيق", []),
])
def test_people_of_things(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # held, then most of them freed later: the arrest stands
    ("واعتقلت قوات الأمن نحو 30 طالبا أفرجت لاحقا عن معظمهم", [("arrested", 30)]),
    ("واعتقلت الشرطة 12 شابا أفرجت عن بعضهم بكفالة", [("arrested", 12)]),
    # those freed stay no count
    ("وقالت إن 20 سجينا أفرجت عنهم السلطات", []),
])
def test_held_then_some_freed(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found
