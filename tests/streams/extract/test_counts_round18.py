"""Counts round counts-r18: precision classes from an audit of 300 predicted count items (constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import counts


@pytest.mark.parametrize(("text", "found"), [
    # two fates joined by أو share one number: a total, no count of either
    ("وقتل أو فقد أكثر من 300 مهاجر في البحر العام الماضي.", []),
    ("وقالت الوزارة إن 40 مسلحا قتلوا أو اعتقلوا خلال الشهر الماضي.", []),
    ("وأصيب أو قتل نحو 70 شخصا في المواجهات.", []),
    # one fate still counts
    ("وقتل 12 شخصا في الهجوم.", [("killed", 12)]),
    ("وقالت الشرطة إن 40 مسلحا قتلوا خلال الشهر الماضي.", [("killed", 40)]),
])
def test_fates_joined_by_or(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # people before a trigger verb with its own object are the perpetrators
    ("وقالت الشرطة إن مسلحين اثنين قتلوا ثلاثة أشخاص قرب الجسر.", [("killed", 3)]),
    ("وذكرت المصادر أن 5 مسلحين خطفوا 12 عاملا من الموقع.", [("kidnapped", 12)]),
    # a verb with a time or place after it is their own fate
    ("وقالت الشرطة إن أربعة أشخاص اعتقلوا الثلاثاء.", [("arrested", 4)]),
])
def test_perpetrators_before_their_object(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # ضبط right before the people is their arrest, whatever trigger comes further back
    ("وقتلت قوات الأمن الإرهابي المطلوب وضبط 3 من أشقائه في المنزل.", [("arrested", 3)]),
    ("وقتل الجنود المهاجم الأول وضبطوا شخصين آخرين.", [("arrested", 2)]),
])
def test_caught_right_before(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # those someone has (لديه خمس فتيات) are kin or members, not victims of a trigger nearby
    ("وقال إنه متزوج ولديه خمس فتيات وثلاثة أبناء وزوجة متوفاة.", []),
    ("وغاب اللاعب بسبب الإيقاف لكن الفريق لديه 11 لاعبا قادرين على تعويضه.", []),
    # victims the speaker has, named so, still count
    ("وقال المتحدث: لدينا 18 مصابا في المستشفى.", [("injured", 18)]),
])
def test_those_one_has(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a singular dead noun joined to a singular missing noun is one total, as قتيلا وجريحا
    ("وأعلنت المفوضية عن أكثر من خمسة آلاف قتيل ومفقود في المتوسط.", []),
    ("وأسفرت الفيضانات عن 40 قتيلا ومفقودا.", []),
    # plural groups joined by و are both counted
    ("وخلفت الحرب آلاف القتلى والمفقودين.", [("killed", 1000), ("missing", 1000)]),
])
def test_dead_and_missing_together(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # بين قتيل وجريح after the verb of the people counted: a total
    ("وأشارت المصادر إلى أن عشرات الحوثيين سقطوا بين قتيل وجريح في المواجهات.", []),
    ("وقال إن 30 مسلحا سقطوا ما بين قتيل وجريح.", []),
    ("وقال إن 30 مسلحا سقطوا قتلى في المواجهات.", [("killed", 30)]),
])
def test_dead_and_wounded_after_verb(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a range of years after the number is an age
    ("وقال إن أكثر الأسرى من الأطفال تتراوح أعمارهم من 12-13 سنة.", []),
    ("واعتقلت الشرطة أطفالا تتراوح أعمارهم بين 14 - 16 عاما.", []),
    # an age after victims still leaves them counted
    ("وقتل 4 أشخاص تتراوح أعمارهم بين 20 و30 عاما.", [("killed", 4)]),
])
def test_age_range(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # decisions, orders and warrants are counted things, not people
    ("وأصدرت سلطات الاحتلال نحو 25 ألف قرار اعتقال إداري.", []),
    ("وأصدر القاضي 12 مذكرة توقيف بحق المتهمين.", []),
    ("وأصدرت المحكمة 7 أوامر بالقبض على المشتبه بهم.", []),
])
def test_orders_are_things(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # آخرين after a count of animals or things are more of them, not people
    ("وتسبب الحادث في نفوق 30 رأس غنم وإصابة 20 آخرين.", []),
    ("وأدى الحريق إلى نفوق 12 بقرة وإصابة 5 أخرى.", []),
    # after people they are people
    ("وأسفر الحادث عن مقتل 3 أشخاص وإصابة 20 آخرين.", [("killed", 3), ("injured", 20)]),
])
def test_others_of_things(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a risk of a fate is no fate
    ("ويواجه 6 ملايين شخص خطر النزوح بسبب ارتفاع مياه البحر.", []),
    ("وقالت المنظمة إن 300 ألف طفل معرضون لخطر الموت جوعا.", []),
    ("ونزح 6 ملايين شخص بسبب ارتفاع مياه البحر.", [("displaced", 6_000_000)]),
])
def test_risk_of_a_fate(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a year in digits is no number of people (سنتي 2015 و2016، من مواليد 1982، سيارة 2006)
    ("وشهدت البلاد هجمات سنتي 2015 و2016 حين قتل العشرات من السياح.", [("killed", 10)]),
    ("وألقت الشرطة القبض على شاب من مواليد 1982 متشدد دينيا.", []),
    ("وأوقفت الدورية سيارة كابرس 2006 بقيادة مواطن.", []),
    # a number of people near 2000 still counts
    ("وأعلن الوزير توقيف نحو 2000 شخص بتهمة الإرهاب.", [("arrested", 2000)]),
])
def test_years_are_no_people(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # one person suffering injuries (تعرضت لإصابتين) is no count of wounded people
    ("وقال اللاعب: تعرضت لإصابتين خطيرتين في الموسم الماضي.", []),
    ("وتعرض المهاجم لثلاث إصابات متتالية هذا العام.", []),
    # people exposed to injuries are counted
    ("وتعرض 3 أشخاص لإصابات مختلفة في الحادث.", [("injured", 3)]),
])
def test_injuries_of_one(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # those who live somewhere are residents, not the victims of a trigger nearby
    ("وشب حريق في البرج الذي يسكنه عدد يتراوح بين 400 و600 شخص.", []),
    ("وقتل المسلحون الشرطي في البلدة التي يقطنها 56 ألف شخص.", []),
])
def test_residents(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # (recall) common nouns of people not listed before (سائقين، مسنين، قاصرين، مقيمين) take the usual reach
    ("ونفذ التنظيم أمس حكم الإعدام رميا بالرصاص في أربعة سائقين بتهمة نقل الهاربين.", [("killed", 4)]),
    ("واعتقلت الشرطة خلال حملة واسعة في أحياء المدينة الشمالية 12 قاصرا.", [("arrested", 12)]),
    # feminine plurals of listed people nouns (شابات، مواطنات)
    ("وأوقفت قوة من الشرطة في العاصمة، بعد تحريات دامت أسابيع، 3 شابات بشبهة الاحتيال.", [("arrested", 3)]),
    # a thing in ات is still a thing
    ("وأوقفت قوة من الشرطة في العاصمة، بعد تحريات دامت أسابيع، 3 سيارات مسروقة.", []),
])
def test_more_people_nouns(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # (recall) people forced to a fate with the article after على/إلى (أجبروا على النزوح)
    ("وقال التقرير إن ما يقرب من 20 مليون شخص أجبروا على النزوح عن ديارهم العام الماضي.", [("displaced", 20_000_000)]),
    ("وأضاف أن 300 عائلة اضطرت إلى النزوح بسبب القصف.", [("displaced", 300)]),
    # a definite event noun after the people with no forcing verb is still another event
    ("ووصل 40 متطوعا إلى مكان النزوح.", []),
])
def test_forced_to_a_fate(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # (recall) people said to be among the dead (من بين القتلى) further on in their clause
    ("وأضاف أن اثنين من أعضاء حكومة طالبان في الظل بمنطقتي شيرين تاجاب وكوهيستان من بين القتلى.", [("killed", 2)]),
    ("وقال إن ثلاثة من الحراس الشخصيين للوزير كانوا من بين الجرحى.", [("injured", 3)]),
])
def test_among_the_victims(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # (second audit, triggers far from the amount) an offence verb with its suffix before ب: those wronged
    ("ووجه الأمير بسرعة القبض على الشبان الذين تحرشوا بفتاتين في أحد المتنزهات.", []),
    ("وأمرت النيابة بالقبض على الرجل الذي اعتدى على ثلاثة أطفال.", []),
])
def test_offence_verbs(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # weapons are things (القبض على عدد (10) مسدس)
    ("وتمكنت الدوريات من القبض على عدد (10) مسدس و8 بنادق.", []),
    # a part of a group that is a thing (بينها تفجيران) shares no fate
    ("وجاء الهجوم غداة مقتل 21 شخصا في هجمات، بينها تفجيران تبناهما التنظيم.", [("killed", 21)]),
])
def test_things_counted(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a sports suspension (عوقب بالإيقاف أربع مباريات، عقوبة الإيقاف) is no arrest
    ("وعوقب اللاعب بالإيقاف أربع مباريات، فغاب عن اثنتين في البطولة.", []),
    ("وبسبب عقوبة الإيقاف غاب عن الفريق ثلاثة لاعبين.", []),
    # an arrest still counts
    ("وتم إيقاف ثلاثة لاعبين بتهمة التلاعب بالنتائج.", [("arrested", 3)]),
])
def test_sports_suspension(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a day named by its number (يوم 20 من نفس الشهر) and an age bracket in quotes (بين سن "16 ـ 29")
    ("أودى الانفجار بحياة 10 عمال، وفي يوم 20 من نفس الشهر غرقت المنصة.", [("killed", 10)]),
    ('وأن معظم الوفيات من الفئة الشابة بين سن "16 ــ 29".', []),
])
def test_days_and_ages(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # people said to be implicated (متورطا) are the perpetrators, not the dead or wounded of a trigger before
    ("أدى التفجير إلى استشهاد 26 شخصا وإصابة 227 آخرين، وكشفت الوزارة 29 شخصا متورطا فيه.", [("killed", 26), ("injured", 227)]),
    # but they are arrested when an arrest is said
    ("وألقت الشرطة القبض على 12 شخصا متورطين في ترويج المخدرات.", [("arrested", 12)]),
])
def test_implicated(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a plural trigger verb right after the people counted is their fate, before a trigger further back
    ("وكشفت الصحيفة أن طفلا يخطف في البلاد كل ساعة، وأن 20 طفلا يختفون في العاصمة كل يوم.", [("missing", 20)]),
    ("وقتل مسلحون شرطيا في الهجوم، وقالت المصادر إن 8 مدنيين أصيبوا بجروح.", [("injured", 8)]),
])
def test_verb_right_after_people(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a dual right after a pair already counted, with no و between, restates it (جثتي قريبيها مسحوقتين)
    ("ووصفت أخرى كيف عثرت على جثتي قريبيها مسحوقتين تحت الركام.", [("killed", 2)]),
    ("وكانت هناك حالتان متوسطة وحالتا إصابة بالرأس لطفلين في الحادث.", [("injured", 2)]),
    # two pairs joined by و are four people
    ("وأسفر الحادث عن مقتل رجلين وامرأتين.", [("killed", 2), ("killed", 2)]),
])
def test_pair_restated(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a banknote's denomination (من فئة 50 دينارا) is a label
    ("وتم حجز أوراق نقدية من فئة 50 د والقبض على عصابة في المدينة.", []),
])
def test_denomination(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # an age label before a qualifier (عن عمر يناهز 68) is still an age
    ("وأعلن الموسيقار وفاة الفنان الكبير عن عمر يناهز 68 بعد صراع مع المرض.", []),
    ("توفي الشيخ عن عمر ناهز التسعين عاما.", []),
])
def test_age_before_a_qualifier(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found
