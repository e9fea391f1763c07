"""Counts round counts-r31: C1's count errors fixed in general form (constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import counts


@pytest.mark.parametrize(("text", "found"), [
    # a part after منهم told only by how badly it is hurt is no count of its own (as 3 حالات حرجة)
    ("وأصيب ثمانية آخرون، أربعة منهم إصاباتهم بالغة.", [("injured", 8)]),
    ("وقالت الشرطة إن خمسة أشخاص أصيبوا في الانفجار اثنان منهم حالتهم حرجة.", [("injured", 5)]),
    ("وأصيب 11 شخصا، 6 منهم جروحهم طفيفة.", [("injured", 11)]),
    # guards: a part with a noun of its own, a severity of the whole
    ("وأصيب ثمانية آخرون، أربعة منهم أطفال.", [("injured", 8), ("injured", 4)]),
    ("وأصيب ثمانية أشخاص إصاباتهم بالغة.", [("injured", 8)]),
])
def test_severity_share_is_no_count(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # survivors with قد before their verb
    ("وغرق المركب، وكان نحو 90 مهاجرا قد نجوا من الغرق.", []),
    ("وقال المسؤول إن 14 بحارا قد نجوا من الحريق.", []),
    # a nisba between the people and their verb before بين قتيل وجريح: a total
    ("وقالت المنظمة إن نحو ثلاثة آلاف مدني عراقي سقطوا بين قتيل وجريح هذا العام.", []),
    # guard: a verb of death with قد stays
    ("وكان نحو 90 مهاجرا قد غرقوا قبالة السواحل.", [("killed", 90)]),
    # a currency named by its adjective alone is money
    ("وأصيب اللاعب في ركبته وبلغت قيمته السوقية 350 ألف استرليني.", []),
])
def test_survivors_totals_and_money(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # هم right before an amount opens the parts of the group before it
    ("وقتل 9 أشخاص هم 6 جنود وثلاثة مدنيين في القصف.", [("killed", 9), ("killed", 6), ("killed", 3)]),
    ("وكان 20 شخصا هم 15 راكبا وطاقم من خمسة أفراد قد لقوا حتفهم.", [("killed", 20), ("killed", 15), ("killed", 5)]),
    # عاملين after a number are workers
    ("واستشهد ثمانية من الجنود وأربعة عاملين في الهجوم.", [("killed", 8), ("killed", 4)]),
])
def test_parts_after_hum_and_workers(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found
