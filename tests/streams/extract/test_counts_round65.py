"""Round counts-r65: the errors of the opened C7 and counts over unread text (constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import counts


@pytest.mark.parametrize(("text", "found"), [
    # من أصل N: the whole a part is taken from, no victims of its own
    ("وفقدت 11 سفينة من أصل 12 خلال العاصفة", []),
    ("فقد 3 جنود من أصل 20 جنديا في المعركة", [("missing", 3)]),
    # unless the whole is itself a number of victims
    ("قتل 5 من أصل 12 قتيلا في الهجوم", [("killed", 5), ("killed", 12)]),
    ("قتل 39 طفلا من أصل 157 شخصا قتلوا في الغارات", [("killed", 39), ("killed", 157)]),
])
def test_the_whole_out_of_which(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # تمكن N من النجاة: those who came out alive, no victims of the fate before
    ("وقتل نحو ألف شخص، في حين تمكن 1500 آخرون من النجاة بالسباحة", [("killed", 1000)]),
    ("غرق المركب وتمكن 40 شخصا من النجاة", []),
    ("انهار المبنى واستطاع 12 عاملا النجاة", []),
    # but those able to flee a place are the displaced
    ("تمكن مئات المدنيين من الفرار من المدينة", [("displaced", 100)]),
    # the verb of being able before an arrest is no escape
    ("تمكن الأمن من اعتقال 5 أشخاص", [("arrested", 5)]),
])
def test_those_able_to_escape(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # one number, then two verbs of two fates joined by و: a total, as قتل وأصيب 300 before it
    ("قال المسؤول إن نحو 5000 مدني قتل وأصيب خلال العام", []),
    ("أكدت المصادر أن 40 شخصا قتلوا وأصيبوا في الانفجار", []),
    # but a second verb with its own number or subject starts a new clause
    ("أكدت المصادر أن 40 شخصا قتلوا وأصيب 20 آخرون", [("killed", 40), ("injured", 20)]),
    ("أكدت المصادر أن 40 شخصا قتلوا وأصيب آخرون", [("killed", 40)]),
    ("قال إن 30 جنديا قتلوا في الهجوم", [("killed", 30)]),
])
def test_one_number_two_fates_after_it(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # إصابة واحدة: one case of injury, counted as مصاب واحد is
    ("أسفر الحادث عن إصابة واحدة", [("injured", 1)]),
    ("باشرت الفرق حادثا نتج عنه إصابة واحدة لحالة متوسطة", [("injured", 1)]),
    # not an illness nor a player's injury
    ("تم تسجيل إصابة واحدة بفيروس كورونا", []),
    ("تعرض اللاعب لإصابة واحدة فقط هذا الموسم", []),
])
def test_one_case_of_injury(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a second verb of another number (dual then singular) or with an ordinal after it has its own subject
    ("قالت الشرطة إن شخصين قتلا وأصيب ثالث بجروح", [("killed", 2)]),
    ("قالت الشرطة إن جنديين قتلا وأصيبا في الهجوم", []),
])
def test_two_fates_of_another_number(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found
