"""Round counts-r38: precision of counts in general news (heldout30/32 opened, a 150-count audit of the wide range),
fixed in general form (constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import counts


@pytest.mark.parametrize(("text", "found"), [
    # رهن X / في عداد X names the fate of people counted just before it in its sentence, not of a sum of money or
    # goods, and not across a full stop (the suspects held in the next sentence are no 25 thousand)
    ("وكان بحوزتهم مبالغ مالية تزيد على 25 ألف ريال. والمتهمون الآن رهن التوقيف.", []),
    ("وعثر بحوزته على 4 آلاف دينار وهو الآن رهن الإيقاف.", []),
    ("وتمت مصادرة 12 سيارة. وأصبح أصحابها في عداد المفقودين.", []),
    # guards: people counted before رهن / في عداد keep their fate
    ("وقال المصدر إن 6 أشخاص ما زالوا رهن الإيقاف.", [("arrested", 6)]),
    ("ولا يزال 6 أشخاص في عداد المفقودين بعد غرق المركب.", [("missing", 6)]),
])
def test_in_ranks_of_needs_people_in_the_sentence(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # units of seized goods and drugs after an arrest and a seizure are no people held, nor machines fallen the dead
    ("ومكن الكمين من القبض عليه وحجز أكثر من 2500 قرص مخدر ومبلغ مالي.", []),
    ("وتم القبض عليه وحجز 300 حبة مخدرة كانت بحوزته.", []),
    ("وتمكنت الدورية من إيقافه وحجز 30 كيسا من القنب الهندي.", []),
    ("وألقي القبض على المهرب وحجز 40 قارورة خمر.", []),
    ("وانهارت الأرض مرة أخرى وسقطت فيها جرافتان وشاحنة.", []),
    # guards: the people held beside the goods stay arrested, the driver of a machine killed stays killed
    ("وتم إيقاف 4 أشخاص وحجز 300 حبة مخدرة.", [("arrested", 4)]),
    ("وقتل 3 عمال عندما انقلبت جرافة في الموقع.", [("killed", 3)]),
])
def test_goods_and_machines_are_things(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # prisoners counted on a hunger strike its sentence tells of, before or after them, are strikers, no arrest count
    # (C2's and v32's gold)
    ("وارتفع عدد السجناء المضربين عن الطعام في سجون البلاد إلى 75 سجينا، فيما يستعد آخرون للانضمام.", []),
    ("وقالت الجمعية إن 90 معتقلا في سجن المدينة بدأوا أمس إضرابا مفتوحا عن الطعام.", []),
    ("وانضم إلى الإضراب يوم الأحد 35 أسيرا في السجن الصحراوي، إضافة إلى أسيرين آخرين في سجن ثالث.", []),
    ("واحتجاجا على ذلك شرع (60) أسيرا بالإضراب عن الطعام منذ مطلع الشهر.", []),
    # guards: prisoners with no strike, a strike with people arrested (no prisoner noun), a strike after another amount
    ("وقالت الجمعية إن عدد الأسرى في السجون بلغ 7000 أسير.", [("arrested", 7000)]),
    ("واعتقلت الشرطة 60 شخصا بتهمة محاولة فرض الإضراب العام.", [("arrested", 60)]),
    ("وأكدت المصلحة أن 12 معتقلا ما زالوا في العزل وأن 4 آخرين يخوضون إضرابا عن الطعام.", [("arrested", 12)]),
])
def test_hunger_striking_prisoners_are_no_arrest_count(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the victims of a fraud, blackmail or harassment named before them, read from ضحية/ضحايا alone, are those
    # wronged, not the dead (README: fraud victims are no victims)
    ("كشفت الشرطة عن عشرات قضايا الاحتيال التي ارتكبها شاب. وقال مصدر أمني إن عدد ضحاياه بلغ 120 امرأة.", []),
    ("أوقفت الشرطة رجلا بتهمة الابتزاز عبر الإنترنت. وأكد المصدر أن الضحيتين طالبتان في الجامعة.", []),
    # guards: a death word in the sentence keeps the dead; no fraud named keeps ضحايا as the dead
    ("وبعد قضية الاحتيال وقع انفجار قتل فيه 5 أشخاص وكان من بين الضحايا 3 أطفال.", [("killed", 5), ("killed", 3)]),
    ("وقال المصدر إن عدد ضحايا الحادث بلغ 12 شخصا.", [("killed", 12)]),
])
def test_victims_of_a_fraud_are_no_dead(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # clinics that treat refugees or the wounded are things, no displaced or injured people
    ("وتعاملت الحملة هذا الأسبوع مع 800 حالة مرضية من اللاجئين عبر 9 عيادات متخصصة.", []),
    ("واستقبل المصابين 4 مستوصفات في المدينة.", []),
    # guard: the refugees themselves stay counted
    ("وفر 3000 لاجئ من المدينة إلى الحدود.", [("displaced", 3000)]),
])
def test_clinics_are_things(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # هجر unvoweled is the club (or the old name of al-Ahsa), not "displaced": its players and titles are no count
    ("وتصدر الفتح بسبعة ألقاب وجاء هجر ثالثا بـ 4 ألقاب.", []),
    ("وكان الاتحاديون قد منحوا هجر ستة لاعبين على سبيل الإعارة.", []),
    # guards: the masdar and the other displacement words stay
    ("وتسبب القصف في تهجير 5 آلاف شخص من القرية.", [("displaced", 5000)]),
    ("وشرد الإعصار 300 شخص.", [("displaced", 300)]),
])
def test_hajar_is_no_displacement(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # مصرعهم after a part of refugees or the displaced is their death, as حتفهم is
    ("لقي 9 لاجئين بينهم طفلان مصرعهم قبالة السواحل صباح اليوم.", [("killed", 9), ("killed", 2)]),
    ("لقي 12 نازحا بينهم ثلاث نساء مصرعهم في القصف.", [("killed", 12), ("killed", 3)]),
    # guard: the plain toll stays
    ("لقي 3 أشخاص مصرعهم وأصيب 5 آخرون.", [("killed", 3), ("injured", 5)]),
])
def test_their_death_after_a_part(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found
