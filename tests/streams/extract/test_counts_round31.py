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


@pytest.mark.parametrize(("text", "found"), [
    # a bare amount then من and an amount of people: the part is counted, the whole is not
    ("وقتل 5 من 12 راكبا كانوا في الحافلة.", [("killed", 5)]),
    ("وأكدت المصادر أن 40 ألفا من 300 مقاتل في صفوف التنظيم قتلوا منذ بداية الحرب.", [("killed", 40000)]),
    # guard: a part taken from a definite group stays as it was
    ("وقتل 5 من الركاب في الحادث.", [("killed", 5)]),
    # the dual participle of succumbing restates the pair who died
    ("وذكرت القناة أن اثنين من الركاب توفيا متأثرين بجراحهما.", [("killed", 2)]),
    ("وقال المصدر إن شخصين أصيبا في الانفجار.", [("injured", 2)]),
    ("وتوفي رجل وامرأة متأثرين بإصاباتهما في الحادث.", []),
    # guard: those influenced by an idea are people, not the participle
    ("وتم القبض على 120 من المتأثرين بالفكر المتطرف.", [("arrested", 120)]),
])
def test_part_of_a_whole_and_succumbing(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the next item of a long list of victims joined by و, past the reach of the list's verb
    ("وقتل منذ بداية الصراع 400 جندي إلى جانب 250 مقاتلا حليفا و90 من عناصر الحركة المسلحة المعروفة في المنطقة "
     "و35 مقاتلا أجنبيا.", [("killed", 400), ("killed", 250), ("killed", 90), ("killed", 35)]),
    # بينهم (people) passes over things counted between the group and the part
    ("وأصيب 30 شخصا في أربعة حوادث سير بالمدينة، من بينهم ثمانية أطفال.", [("injured", 30), ("injured", 8)]),
    # guard: بينها after things stays a part of the things
    ("وقتل 21 شخصا في هجمات، بينها تفجيران.", [("killed", 21)]),
])
def test_lists_and_human_parts(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the side a team plays with after ب is no victims, whatever injury the sentence names
    ("ولم يكن الحارس يعاني من إصابة خطيرة، لكن الفريق لعب آخر الدقائق بـ 10 لاعبين بعد الطرد.", []),
    ("وخرج المدافع مصابا فأكمل الفريق اللقاء ب 9 لاعبين.", []),
    # guard: injured players stay
    ("وأصيب 3 لاعبين في حادث الحافلة.", [("injured", 3)]),
    # the victims of an offence named before them are no dead
    ("وسجل التقرير 40 حالة اغتصاب كان من ضمن ضحاياها 9 أطفال.", []),
    ("ورصدت الجمعية حالات تحرش في المدارس بلغ ضحاياها 15 تلميذة.", []),
    # guards: victims of an explosion or of violence's dead stay killed
    ("وسقط في الانفجار 30 ضحية.", [("killed", 30)]),
    ("وأعمال العنف التي راح ضحيتها 25 شخصا.", [("killed", 25)]),
])
def test_players_and_offence_victims(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a noun neither listed as people nor as a thing, then قد and the people's own plural verb
    ("وذكر المرصد أن نحو مليوني سوري قد أصيبوا منذ بدء الحرب.", [("injured", 2000000)]),
    ("وكان 300 يمني قد نزحوا إلى الحدود.", [("displaced", 300)]),
    # guard: a verb with its own object: the doers
    ("وكان 300 يمني قد قتلوا 5 جنود.", [("killed", 5)]),
])
def test_own_verb_after_qad(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # refugees and migrants counted together are a tally of migration, no displacement (as هجرة)
    ("وأعلنت المفوضية أن نحو 150 ألف لاجئ ومهاجر وصلوا إلى أوروبا عبر البحر.", []),
    ("ووصل 3 آلاف من اللاجئين والمهاجرين إلى الجزيرة.", []),
    # guard: refugees alone stay displaced
    ("ونزح 3000 لاجئ إلى الحدود هربا من القصف.", [("displaced", 3000)]),
])
def test_refugees_and_migrants_are_migration(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the people, a relative clause of where they were, then their own plural trigger verb
    ("وقال مسؤول إن الركاب الخمسة الذين كانوا على متن الطائرة قتلوا.", [("killed", 5)]),
    ("وقالت الشرطة إن العمال الثلاثة الذين كانوا في المصنع أصيبوا بجروح.", [("injured", 3)]),
    # guards: a verb with its own object (the doers), survivors
    ("وقال إن العمال الثلاثة الذين كانوا في المصنع قتلوا 5 حراس.", [("killed", 5)]),
    ("وقال إن الركاب السبعة الذين كانوا في الحافلة نجوا.", []),
])
def test_predicate_past_where_clause(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found
