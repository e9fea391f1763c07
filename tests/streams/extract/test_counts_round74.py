"""Round counts-r74: the errors of the opened C8 and counts over unread text (constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import counts


@pytest.mark.parametrize(("text", "found"), [
    # a wave of arrests that reached N people: those arrested (a plural of arrests is no trigger of its own)
    ("شنت قوات الأمن حملة اعتقالات واسعة طالت 26 مواطنا", [("arrested", 26)]),
    ("نفذت القوات حملة دهم واعتقالات شملت 15 شابا", [("arrested", 15)]),
    ("شنت الشرطة حملة اعتقالات في أنحاء المدينة، طالت 30 شخصا، بينهم خمسة طلاب",
     [("arrested", 30), ("arrested", 5)]),
    ("شنت القوات حملة اعتقالات واسعة في أنحاء متفرقة من الضفة الغربية المحتلة، طالت 20 مواطنا", [("arrested", 20)]),
    # not a campaign of something else, nor things it reached
    ("شنت الشرطة حملة أمنية طالت 40 شخصا", []),
    ("حملة اعتقالات طالت 3 منازل", []),
])
def test_arrests_that_reached_people(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the wounded, then arrested in the same clause: both fates are theirs
    ("فأصيب أربعة من الحراس برضوض وجروح وتم اعتقالهم", [("injured", 4), ("arrested", 4)]),
    ("أصيب ثلاثة شبان بجروح ثم اعتقلتهم القوات", [("injured", 3), ("arrested", 3)]),
    # others arrested, or someone else, are no second fate of the wounded
    ("أصيب 5 متظاهرين بالرصاص واعتقل 3 آخرون", [("injured", 5), ("arrested", 3)]),
    ("أصيب 5 أشخاص في الحادث وتم القبض على السائق", [("injured", 5)]),
])
def test_wounded_then_arrested(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # قضى before the people: they died
    ("قضى 1607 مهاجرين خلال عبورهم البحر فيما قضى 3279 مهاجرا مدى العام", [("killed", 1607), ("killed", 3279)]),
    ("وقضى 10 أشخاص بسبب البرد خلال يومين", [("killed", 10)]),
    # unless a span of time follows them: what they spent
    ("قضى 220 راكبا أمس ساعتين تحت الشمس", []),
    ("قضى 40 طالبا يومهم في المتحف", []),
    ("قضى 5 لاعبين فترة العقوبة بعيدا عن الملاعب", []),  # a span of time served, as the time words
    ("قضى 30 حاجا ليلة في العراء", []),  # a time word ending in ة, not read as a pronoun ه
    ("منهم 35 % قضى أكثر من 3 ليالي في المنطقة", []),  # ليالي: nights, as ليال (no nisba of people)
])
def test_those_who_passed_away(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # "not only": the negation does not deny the killing
    ("الرصاصات لم تقتل فقط أربعة من المواطنين، بل جرحت الوطن كله", [("killed", 4)]),
    # a plain negation still does
    ("لم يصب أحد في الحادث الذي شهد إجلاء 40 شخصا", []),
])
def test_not_only(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # deaths or wounds that measures would avoid did not happen
    ("وتؤدي الإجراءات إلى تفادي 37 ألف حالة وفاة على مدى خمس سنوات", []),
    ("تهدف الحملة لتجنب 500 إصابة في الطرق", []),
])
def test_avoided_victims(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a من-phrase between the people and their illness takes no room: the sick
    ("وتبين إصابة 7 أشخاص من سكان الجهة بالتهاب الكبد", []),
    ("أصيب 12 شخصا من سكان القرية بالحمى", []),
    ("أصيب 5 أشخاص من عائلة واحدة بجروح", [("injured", 5)]),
    # a tally of the sick whose noun is a trigger away, an illness named before it in the sentence
    ("لم تسجل أي حالة إصابة جديدة بفيروس كورونا منذ أسبوعين، ليبلغ عدد المصابين 186", []),
    ("ليصل عدد المصابين الذين تعافوا تماما من المرض إلى 136", []),
    ("انفجرت عبوة في السوق، ليبلغ عدد المصابين 40", [("injured", 40)]),
])
def test_the_sick(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # مابين after a bare number: what the victims were, no counted noun of it
    ("وقد استشهد في تلك العمليات ضد الخلايا (37) مابين رجال أمن ومواطنين", [("killed", 37)]),
])
def test_make_up_after_a_bare_number(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found
