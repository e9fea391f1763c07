"""Round counts-r99: the errors of the opened C13 and C14 (constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import counts


@pytest.mark.parametrize(("text", "found"), [
    # N إلى M with the noun after the second: a range, its lower bound counted by that noun
    ("وأصيب 15 إلى 20 شخصا في التدافع عند البوابة", [("injured", 15)]),
    ("وأشار إلى سقوط سبعة قتلى بينهم طفل و12 إلى 18 جريحا", [("killed", 7), ("injured", 12)]),
])
def test_range_with_to(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # bodies are the dead, whatever fate the clause before told
    ("ونقلت طائرة 20 شخصا مصابا وجثامين 6 أشخاص إلى بلادهم", [("injured", 20), ("killed", 6)]),
])
def test_bodies_are_the_dead(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # those affected by a flood are no victims, even after a death toll
    ("وقال مسؤول إن 46 شخصا لقوا مصرعهم وأكثر من مئتي ألف تضرروا بالفيضانات", [("killed", 46)]),
    ("لقي 12 شخصا حتفهم في السيول التي تضرر بسببها أكثر من 3000 شخص", [("killed", 12)]),
])
def test_affected_no_victims(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # displaced people taken by a group later in the clause are kidnapped, and their parts too
    ("ولا يزال مجهولا مصير 150 مواطنا من النازحين وسكان البلدة اختطفهم التنظيم", [("kidnapped", 150)]),
    ("وذكر المرصد أن مصير 230 مواطنا من النازحين وسكان المدينة اختطفهم التنظيم بينهم العشرات من المسيحيين",
     [("kidnapped", 230), ("kidnapped", 10)]),
])
def test_taken_not_displaced(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # centuries are a span of time, a score in brackets no people
    ("وعلى مدى 14 قرنا أوقف الناس أوقافا كثيرة", []),
    ("وغاب اللاعب لإصابة في قدمه في الدقيقة 75 من اللقاء (3- صفر) على كأس البطولة", []),
    # a share told by its wounds noun before it and its severity after منهم
    ("قتل جنديان وجرح 31 آخرون إصابات أربعة منهم بالغة", [("killed", 2), ("injured", 31)]),
])
def test_no_count(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a number word right after the weekday الاثنين is no teen's tail
    ("اعتقل الجيش أمس الاثنين عشرة فلسطينيين بعد اقتحام منازلهم", [("arrested", 10)]),
    ("واعتقلت القوات يوم الاثنين عشرة شبان خمسة منهم من المدينة", [("arrested", 10), ("arrested", 5)]),
])
def test_number_after_monday(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a toll that rose, its total named by إجمالي, its cases the dead
    ("واستقبل المستشفى حالتي وفاة ليرتفع إجمالي الوفيات إلى 12 حالة", [("killed", 2), ("killed", 12)]),
    # the wounded joined by و with their own number after إلى: two groups, not one total
    ("ارتفع عدد ضحايا التفجير إلى 15 شهيدا والمصابين إلى 40 شخصا", [("killed", 15), ("injured", 40)]),
    # the dead and the wounded with no number of their own stay one total
    ("سقط عشرات القتلى والجرحى في القصف", []),
])
def test_tolls_that_rose(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a trigger verb of the second person plural, as of the first (اعتقلنا)
    ("وكتب في تغريدته: قتلتم 20 من رجال الأمن فماذا حققتم؟", [("killed", 20)]),
    ("اعتقلتم 7 من أبنائنا دون تهمة", [("arrested", 7)]),
])
def test_second_person_verbs(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # cases of the wounded joined by ل are the wounded; an illness after them still makes them the sick
    ("وبعد العملية تبقت سبع حالات لمصابين لم تسمح حالتهم بالمغادرة", [("injured", 7)]),
    ("وبقيت 7 حالات للجرحى في المستشفى", [("injured", 7)]),
    ("سجلت 3 حالات لمصابين بالفيروس", []),
])
def test_cases_of_the_wounded(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found
