"""Round 15 of fixes to counts (recall) from fresh articles read by eye (constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import counts


@pytest.mark.parametrize(("text", "found"), [
    # a bare amount joined by و after a count, then ب and a wound or its cause: the same fate
    ("أصيب 12 شخصا بحروق، واثنان بكسور في حادث سير.", [("injured", 12), ("injured", 2)]),
    ("قتل 9 جنود وثلاثة بنيران القناصة في المعركة.", [("killed", 9), ("killed", 3)]),
    ("وأصيب 4 بالرصاص في المواجهات.", [("injured", 4)]),
])
def test_bare_amount_then_wound(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a trigger right before منهم names the part's fate, not the whole's; the healed are no victims
    ("أصيب 20 شخصا بجروح وتوفي منهم ثلاثة في المستشفى.", [("injured", 20), ("killed", 3)]),
    ("وسجلت الوزارة 100 إصابة، وتوفي منهم 30 وتعافى 60.", [("injured", 100), ("killed", 30)]),
    ("قتل 40 شخصا بينهم 7 أطفال.", [("killed", 40), ("killed", 7)]),
])
def test_verb_before_subset(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a group, its parts after بينهم, then the verb after the list: the fate of all
    ("وقال المدير إن 40 مدنيا بينهم 10 أطفال وخمس نساء قتلوا في القصف.",
     [("killed", 40), ("killed", 10), ("killed", 5)]),
    ("قال إن 30 عاملا بينهم 4 نساء أصيبوا في الحريق.", [("injured", 30), ("injured", 4)]),
    ("بمقتل وجرح 110، بينهم قياديان اثنان.", []),
])
def test_parts_before_the_verb(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a number in quote marks before its counted noun (press style in the kingdom)
    ("وأوضح أن الفرق نقلت “476” حالة إصابة نتيجة حوادث مرورية.", [("injured", 476)]),
    ("ونتج عن الحوادث “9” حالات وفاة.", [("killed", 9)]),
    # sites that open a quotation with ” as well as close it (” 9 ”), after a definite noun
    ("وسجلت الإدارة ” 9 ” حالات وفاة في المنطقة.", [("killed", 9)]),
    ("وسجلت الإدارة ”12” حالة إصابة.", [("injured", 12)]),
    ("وتلقت الغرفة “84” بلاغا عن حوادث.", []),
])
def test_number_in_quote_marks(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # an amount before عدد numbers the group named after it, whose victim noun tells the fate
    ("اعتقلت الشرطة أربعة مشتبه بهم جددا ما رفع إلى خمسة عدد الأشخاص المعتقلين في القضية.",
     [("arrested", 4), ("arrested", 5)]),
    ("ليرتفع إلى 20 عدد القتلى المدنيين.", [("killed", 20)]),
    ("ما يرفع إلى 30 عدد الدول المشاركة.", []),
])
def test_amount_before_number_of(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # survivors counted by their own noun are no victims, whatever the verb before; their wounded are
    ("وقال إنه جرى انتشال 36 جثة وتسعة ناجين بينهم أربعة مصابين.", [("killed", 36), ("injured", 4)]),
])
def test_survivors_counted(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # ب and حالات after a bare amount tell what befell it, not its counted noun
    ("وأصيب العشرات بحالات اختناق.", [("injured", 10)]),
    ("وأصيب 5 بحالات تسمم غذائي.", []),
])
def test_bare_amount_then_cases(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a long subject (a clause and a bracket on who they are) before its verb
    ("وأكد أن أكثر من 200 مقاتل ينتمون إلى ما يسمى بكتائب الحسين (الجناح العسكري للجماعة المتمردة) لقوا مصرعهم هناك.",
     [("killed", 200)]),
    ("أرسلت الحكومة 200 جندي إلى المنطقة الحدودية في الشمال حيث تدور معارك عنيفة أسفرت عن مقتل العشرات.",
     [("killed", 10)]),
])
def test_long_subject_before_verb(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found
