"""Counts round counts-r25: a rate or a recurring statistic is no count (constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import counts


@pytest.mark.parametrize("text", [
    # a per-period adverb after the count
    "ويموت نحو 3 ملايين شخص سنويا بسبب التدخين.",
    "وأصيب 500 شخص يوميا في حوادث الطرق خلال العيد.",
    "وتعتقل الشرطة عشرات من المخالفين أسبوعياً في الأسواق.",
    "ويلقى نحو مليون شخص حتفهم سنوياً في الحوادث.",
    # a period phrase: كل عام، في كل سنة، في العام with nothing after it, في الدقيقة الواحدة
    "ويقتل 1.2 مليون شخص كل عام على الطرق في العالم.",
    "وتشهد المنطقة وفاة 400 شخص في كل سنة بسبب الحر.",
    "واستقبل المستشفى أكثر من 1200 مصاب في العام، وهو رقم كبير.",
    "وتسجل 110 وفيات في الدقيقة الواحدة حول العالم.",
    # the rates earlier rounds' tests counted (rounds 9 and 17)
    ("وتقول المنظمة إن الألغام تقتل نحو 400 مدني كل عام."),
    ("وقال إن العصابات تختطف عشرات الأطفال شهريا."),
    ("لا يزال نحو 400 طفل يموتون يوميا جراء المرض"),
    # the adverb read into the amount, ما يقرب من after سنويا, the people a rate is given per
    "ويقتل المئات سنويا في حوادث العبارات.",
    "وتسجل سنويا ما يقرب من 250 وفاة في حوادث الغرق.",
    "وانخفض معدل جرائم القتل إلى 7 في كل مائة ألف نسمة.",
    # the adverb before the count, in its clause
    "وتتسبب الحوادث سنويا في وفاة 7 آلاف شخص.",
    # a rate word right before the amount
    "وتسجل المدينة بمعدل 20 حالة وفاة شهريا.",
    "وبلغ المعدل إعدام ثلاثة أشخاص يومياً في البلاد.",
])
def test_a_rate_is_no_count(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(("text", "found"), [
    # guards: an event count next to a date, a year or the same year stays
    ("وقتل 5 أشخاص يوم الأحد في هجوم على السوق.", [("killed", 5)]),
    ("وأصيب 12 شخصا في العام الماضي في انفجار مماثل.", [("injured", 12)]),
    ("واعتقلت الشرطة 30 شخصا في العام 2015 بتهمة التهريب.", [("arrested", 30)]),
    ("وقتل 40 شخصا في العام نفسه في الهجوم.", [("killed", 40)]),
    ("وقتل 8 أشخاص في اليوم الأول من الهجوم.", [("killed", 8)]),
    ("وقتل 3 أشخاص في اليوم نفسه.", [("killed", 3)]),
    # a yearly word that is an adjective, or a rate in another clause
    ("وقتل 4 أشخاص في الاحتفال السنوي بالمدينة.", [("killed", 4)]),
    ("وقتل 300 شخص خلال الشهر، بمعدل 10 أشخاص يوميا.", [("killed", 300)]),
    ("وأصيب 6 أشخاص في المهرجان الذي يقام سنويا في المدينة.", [("injured", 6)]),
    ("ويقصف الطيران البلدة يوميا، وقد قتل 9 مدنيين أمس.", [("killed", 9)]),
    ("ويقصف الطيران البلدة يوميا وقتل 9 مدنيين في غارة أمس.", [("killed", 9)]),
])
def test_an_event_count_beside_a_date_stays(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found
