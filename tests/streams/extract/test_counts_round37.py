"""Round counts-r37: count kinds earlier rounds left (facts-r34, facts-r35), fixed in general form
(constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import amounts, counts


@pytest.mark.parametrize(("text", "found"), [
    # a four-letter nisba the gazetteer knows (يمني، سوري، مصري) counts people, as the longer ones do (عراقي): the fate
    # they were forced to after it is theirs
    ("وقال التقرير إن 1.5 مليون يمني أجبروا على النزوح من ديارهم.", [("displaced", 1500000)]),
    ("وذكرت المنظمة أن 400 ألف سوري اضطروا إلى النزوح هذا العام.", [("displaced", 400000)]),
    # guards: a longer nisba as before, and four-letter words no country's people (نادي، مدني as listed)
    ("وقال التقرير إن 1.5 مليون عراقي أجبروا على النزوح.", [("displaced", 1500000)]),
    ("وتأهل 12 ناديا إلى الدور الثاني بعد مقتل لاعب.", []),
])
def test_country_nisba_of_four_letters_counts_people(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a part taken من the wounded with a death word next to it, before or after it in its clause, died of the wounds:
    # killed (README, C1: wounded who later die are killed), also when the death is said as going to God's mercy
    ("وتوفي ثلاثة من المصابين في المستشفى صباح اليوم.", [("killed", 3)]),
    ("وقالت المصادر إن أربعة من الجرحى توفوا لاحقا.", [("killed", 4)]),
    ("وارتفعت الحصيلة بعد وفاة خمسة من المصابين.", [("killed", 5)]),
    ("وأعلن المستشفى انتقال ثلاثة من الجرحى إلى رحمة الله متأثرين بجراحهم.", [("killed", 3)]),
    ("وأعلنت الوزارة انتقال ثلاثة من المصابين من منسوبي قوات الأمن إلى - رحمة الله - متأثرين بإصاباتهم.",
     [("killed", 3)]),  # past a partitive chain and dashes
    # guards: the wounded moved or still in care stay injured; a move with no mercy of God is no death
    ("وتم نقل ثلاثة من المصابين إلى المستشفى.", [("injured", 3)]),
    ("وقتل 5 أشخاص وأصيب 20 آخرون، ولا يزال أربعة من المصابين في العناية المركزة.",
     [("killed", 5), ("injured", 20), ("injured", 4)]),
    ("وانتقل 40 من اللاعبين إلى المعسكر.", []),
    ("وسقط العشرات من الجرحى في القصف.", [("injured", 10)]),  # fell wounded
])
def test_wounded_who_died_are_killed(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # اثنان/اثنين after a word with no dual ending does not restate it: its noun is the one after it (من المصابين),
    # so the two wounded who died are killed
    ("وأعلن المستشفى انتقال اثنين من المصابين إلى رحمة الله.", [("killed", 2)]),
    ("وقالت الوزارة إن اثنين من الجرحى توفيا لاحقا.", [("killed", 2)]),
    # guards: a postposed two after its dual noun restates it, as before
    ("وقتل جنديين اثنين في الهجوم.", [("killed", 2)]),
    ("وأصيب شخصان اثنان من الحرس بجروح.", [("injured", 2)]),
    ("وقتل 3 جنود قرب الوادي الذي يحيط به اثنان من أكبر جبال المنطقة.", [("killed", 3)]),  # an elative after من
])
def test_postposed_two_needs_a_dual_before(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # متأثرين before a dual pronoun is how the two already counted died, no pair of its own
    ("وتوفي شرطي ومدني متأثرين بإصابتهما.", []),
    ("وأعلن المستشفى وفاة اثنين من الجرحى متأثرين بجراحهما.", [("اثنين", 2)]),
    # guards: a noun in ين with a dual verb after it stays a dual
    ("وشوهد عاملين يعملان في المصنع.", [("عاملين", 2)]),
])
def test_succumbing_participle_is_no_dual(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the feminine singular of a listed people noun after a number counts people, past its adjective, as the
    # masculine does (ثلاثين متمردا كرديا قتلوا)
    ("وقال الجيش إن نحو ثلاثين متمردة كردية قتلوا في الاشتباكات.", [("killed", 30)]),
    ("وذكرت المصادر أن 12 مسلحة من التنظيم قتلن في الغارة.", [("killed", 12)]),
    # guards: مقاتلة is mostly a jet, and so stays no people noun
    ("وقالت الوزارة إن 20 مقاتلة روسية قصفت مواقع التنظيم.", []),
])
def test_feminine_singular_people_noun_after_a_number(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # سقوط right before refugees or the displaced counted is their death, as it is of civilians (سقوط 30 مدنيا)
    ("وأدى القصف على المخيم إلى سقوط 120 لاجئا فلسطينيا.", [("killed", 120)]),
    ("وأسفرت الغارة عن سقوط أكثر من 12 نازحا.", [("killed", 12)]),
    # guards: a city's fall before refugees who fled, and the wounded who fell
    ("وأدى سقوط المدينة إلى فرار 2000 لاجئ.", [("displaced", 2000)]),
    ("وأدى القصف إلى سقوط 40 جريحا من اللاجئين.", [("injured", 40)]),
])
def test_fall_of_refugees_is_their_death(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # cases of poisoning or suffocation counted are people hurt (as v16's gold reads تعرض 532 شخص إلى تسمم), not the sick
    ("وسجلت السلطات 29 حالة تسمم في صفوف تلاميذ المدرسة.", [("injured", 29)]),
    ("وتم نقل 12 حالة اختناق إلى المستشفى بعد الحريق.", [("injured", 12)]),
    # guards: deaths from poisoning stay killed, an illness after a wound word stays no count
    ("وسجلت 3 حالات وفاة بالتسمم.", [("killed", 3)]),
    ("وسجلت 5 حالات إصابة بفيروس كورونا.", []),
])
def test_poisoning_and_suffocation_cases_are_hurt(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # an unlisted noun in ين/ون with a masculine plural of nationality after it is a plural of people, so the verb after
    # both is their fate (things take a feminine singular adjective)
    ("وقال المتحدث إن ثمانية متعاقدين أفغان قتلوا في الهجوم.", [("killed", 8)]),
    ("وذكرت الوكالة أن خمسة مستشارين أمريكيين أصيبوا في القصف.", [("injured", 5)]),
    # guard: things with a feminine nationality adjective stay things
    ("وقالت الوزارة إن ثماني طائرات أمريكية قصفت المواقع.", []),
])
def test_nationality_plural_after_a_noun_makes_it_people(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # واحد/واحدا من and a people noun counts one, also as a list's first item before the verb of all
    ("وقال إن واحدا من أفراد القوة الدولية وثمانية متعاقدين أفغان قتلوا في الهجوم.", [("killed", 1), ("killed", 8)]),
    ("وأكدت الشرطة أن واحدا من الجنود قتل في الانفجار.", [("killed", 1)]),
    # guards: one of the most, one of a family, and a witness who speaks
    ("وهو واحد من أكبر المشاريع التي قتلت الفكرة.", []),
    ("وقال واحد من الشهود إن خمسة أشخاص قتلوا.", [("killed", 5)]),
])
def test_one_of_people_counts_one(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # leaders (قائد، قادة) are a people noun: counted before a list whose verb comes after all of it
    ("وقال الجيش إن خمسة من قادة التنظيم ونحو عشرين مسلحا أجنبيا قتلوا في الغارة.", [("killed", 5), ("killed", 20)]),
    ("وقتلت الغارة ثلاثة قادة ميدانيين.", [("killed", 3)]),
    # guard: leaders who meet are no victims
    ("واجتمع خمسة قادة عسكريين في العاصمة.", []),
])
def test_leaders_are_people(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a definite numeral after its noun, joined by و right after a count, is the next item of that list of victims
    ("وقال المتحدث إن 17 شخصا قتلوا، 12 جنديا وأفراد الطاقم الخمسة.", [("killed", 17), ("killed", 12), ("killed", 5)]),
    ("وقتل في الهجوم 12 جنديا والركاب الخمسة.", [("killed", 12), ("killed", 5)]),
    # guards: a restatement with no casualty word, or after a new clause, stays no count
    ("وقال إن الركاب الخمسة بخير.", []),
    ("وقتل 3 جنود وأعلن أفراد الطاقم الخمسة نجاتهم.", [("killed", 3)]),
])
def test_definite_numeral_as_next_list_item(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the number of the dead and the wounded together, as one toll head, is a total (README, counts-r24)
    ("ووصل عدد القتلى والجرحى حتى الآن إلى أكثر من 30 عنصرا.", []),
    ("وارتفعت حصيلة القتلى والمصابين إلى 40 شخصا.", []),
    # guards: each head with its own number, and a part with its own noun
    ("وارتفع عدد القتلى إلى 40 والجرحى إلى 60.", [("killed", 40), ("injured", 60)]),
    ("وبلغت حصيلة القتلى والجرحى 50 بينهم 10 قتلى.", [("killed", 10)]),
])
def test_toll_of_dead_and_wounded_is_a_total(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found
