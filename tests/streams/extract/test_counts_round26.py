"""Counts round counts-r26: deaths from illness and hypothetical or forecast victims are no counts (constructed
sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import counts


@pytest.mark.parametrize("text", [
    # the illness after the count: ب، بسبب، جراء، متأثرين بإصابتهم ب
    "وأعلنت الوزارة تسجيل 3 حالات وفاة جديدة بفيروس كورونا.",
    "وتوفي 5 مصابين بالكوليرا في المستشفى.",
    "وتوفي 7 أشخاص بسبب مرض الحصبة في القرية.",
    "وتوفي 12 شخصا جراء إصابتهم بفيروس كورونا في المنطقة.",
    "ولقي 4 أشخاص حتفهم متأثرين بإصابتهم بالملاريا.",
    "وسجلت الوزارة 20 حالة وفاة بالسرطان.",
    # the illness as the killing verb's subject, or between the trigger and the count
    "وقالت المنظمة إن الملاريا قتلت 400 ألف شخص.",
    "وارتفع عدد الوفيات بفيروس كورونا إلى 300 حالة.",
    "وبلغ عدد وفيات السرطان 8 آلاف شخص.",
    "وأودى فيروس كورونا بحياة 25 شخصا في المملكة.",
    "وتفشى وباء الكوليرا الذي حصد حياة 39 شخصا على الأقل.",
    "وتوفي أكثر من 11 ألف شخص منذ ظهور وباء الإيبولا.",
    "وسجلت الدراسة 26 ألف حالة وفاة نتجت عن هذا المرض.",
    # the illness tolls earlier rounds' tests counted (rounds 9 and counts-r23)
    "وفي 2015 توفي ما يقدر بنحو 134 ألفا جراء المرض",
    "لا يزال نحو 400 طفل يموتون جراء المرض",
    "وقد توفي جراء الإصابة بالفيروس 462 شخصا في مناطق متفرقة.",
])
def test_deaths_from_illness_are_no_count(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(("text", "found"), [
    # guards: poisoning, accidents, violence, heat stroke, crush stay killed
    ("وتوفي 6 أشخاص بتسمم غذائي في حفل زفاف.", [("killed", 6)]),
    ("وتوفي 3 أشخاص بسبب التسمم بالغاز.", [("killed", 3)]),
    ("وتوفي 9 حجاج بسبب ضربة شمس.", [("killed", 9)]),
    ("ولقي 14 شخصا حتفهم بسبب ضغط الزحام عند البوابة.", [("killed", 14)]),
    ("وقتل 8 أشخاص في اضطرابات بالمدينة.", [("killed", 8)]),
    # wounded who died, a raid on a hospital for an illness
    ("وتوفي 3 أشخاص في حادث سير على الطريق.", [("killed", 3)]),
    ("وأسفر الهجوم على مستشفى لعلاج السرطان عن مقتل 20 شخصا.", [("killed", 20)]),
    ("وقتل 5 أشخاص في هجوم، وأصيب 30 بجروح.", [("killed", 5), ("injured", 30)]),
])
def test_deaths_from_violence_or_accident_stay(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize("text", [
    # may, could, would
    "وحذر الخبراء من أن الزلزال قد يقتل 300 ألف شخص.",
    "وقال إن الفيضانات يمكن أن تقتل آلاف الأشخاص.",
    "وقد يصل عدد القتلى إلى 500 شخص.",
    # expected or feared
    "ومن المتوقع أن يصل عدد القتلى إلى 200 شخص.",
    "ويخشى أن يكون 40 شخصا قد لقوا حتفهم تحت الأنقاض.",
    "ويتوقع أن يرتفع عدد الجرحى إلى 80.",
    "وربما قتل 30 شخصا في القصف بحسب تقديرات أولية.",
    # a condition and its answer
    "ولو لم تتدخل الشرطة لقتل 50 شخصا على الأقل.",
    # a threat to lives
    "وحذرت المنظمة من أن المجاعة تهدد حياة 300 ألف طفل.",
    # an alternative
    "وقالوا إنهم مستعدون لتحمل قتل شرطي أو اثنين.",
    "ولا يهمهم مقتل جندي أو اثنين في كل مواجهة.",
])
def test_a_hypothetical_is_no_count(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(("text", "found"), [
    # guards: قد before a perfect verb, a forecast after the actual count, a modal in the clause before
    ("وكان الهجوم قد أسفر عن مقتل 12 شخصا.", [("killed", 12)]),
    ("وقد قتل 9 أشخاص في الانفجار.", [("killed", 9)]),
    ("وقد توفي 4 أشخاص في الحادث.", [("killed", 4)]),
    ("وقتل 30 شخصا، ومن المتوقع أن يرتفع عدد القتلى.", [("killed", 30)]),
    ("وقال إن الوضع قد يتدهور، وقتل 7 أشخاص أمس.", [("killed", 7)]),
    ("وبلغ عدد القتلى 45 شخصا ويخشى أن يرتفع العدد.", [("killed", 45)]),
    ("وتوقعت المصادر ارتفاع عدد القتلى الذي بلغ 60 شخصا.", [("killed", 60)]),
    ("وأصيب 15 شخصا بجروح قد تكون خطيرة.", [("injured", 15)]),
    # قد before a perfect verb in ن or ت, a negated modal of something else, a group already told
    ("وقد نتج عن الحادث وفاة طفلين.", [("killed", 2)]),
    ("وكانت الشرطة قد تمكنت من اعتقال 5 أشخاص.", [("arrested", 5)]),
    ("وكان المدير قد تلقى إخطارا بضبط 45 شخصا.", [("arrested", 45)]),
    ("وتبنى التنظيم في بيان لا يمكن التحقق منه مقتل 14 جنديا.", [("killed", 14)]),
    ("وقالت إن زوجها قد يكون واحدا من القتلى الثلاثة.", [("killed", 3)]),
    ("وربما اتصل الرجل بالمتهم بقتل 12 شخصا في الهجوم.", [("killed", 12)]),
    # two numbers as alternatives: the first is the count, the lower bound of a range
    ("وقتل خمسة أو ستة من المهاجمين، بحسب روايات متضاربة.", [("killed", 5)]),
    ("وقتل الكثيرون بين 20 أو 30.", [("killed", 20)]),
])
def test_an_actual_count_beside_a_modal_stays(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize("text", [
    "وهدد الخاطفون بقتل 5 رهائن إذا لم تدفع الفدية.",
    "وتهدد الجماعة بإعدام 3 جنود أسرى.",
])
def test_a_threat_kills_nobody(text: str) -> None:
    assert "killed" not in {kind for kind, _ in counts(text)}
