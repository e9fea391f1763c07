"""Round counts-r103: what r99 left in C13/C14, and an audit over unread text (constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import counts


@pytest.mark.parametrize(("text", "found"), [
    # one case of injury is one injured, as إصابة واحدة is
    ("وأسفر الحريق عن إصابة حالة واحدة بضيق في التنفس", [("injured", 1)]),
    ("ونقل عاملان إلى المستشفى إضافة لإصابة حالة واحدة بكسور في اليد", [("injured", 1)]),
])
def test_one_case_of_injury(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a case of illness stays no count; nor a case with no injury before it
    ("وأعلنت الوزارة إصابة حالة واحدة بفيروس كورونا في المدينة", []),
    ("وسجلت الفرق حالة واحدة فقط خلال الأسبوع", []),
])
def test_one_case_not_injured(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # an arrest with its own pronoun, then the reason with its pronoun: the people after are the reason's
    ("وقد تم توقيفها لاستضافتها ناشطتين نفذتا هجوما على مركز للشرطة", []),
    ("وتم اعتقاله لمساعدته ثلاثة مسلحين هاجموا الحاجز الأمني", []),
])
def test_arrested_for_a_reason(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the arrested themselves stay counted
    ("واعتقلت الشرطة 5 أشخاص لتورطهم في الهجوم على الحاجز", [("arrested", 5)]),
    ("وتم اعتقاله مع ثلاثة مسلحين آخرين قرب الحدود", [("arrested", 3)]),
])
def test_arrested_with_others(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a toll named far back in its sentence, then the number it rose to
    ("ارتفعت حصيلة قتلى المعارك، التي تدور منذ أيام في أحياء المدينة الشرقية بين قوات الأمن ومسلحين من القبائل "
     "المجاورة، إلى 11 شخصا", [("killed", 11)]),
    ("وارتفع عدد المعتقلين على خلفية الاحتجاجات التي شهدتها مدن الجنوب خلال الأسبوعين الماضيين بين الطلاب "
     "والعاطلين إلى 120 شخصا", [("arrested", 120)]),
])
def test_toll_risen_to(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the sick and visitors are no toll
    ("ارتفع عدد المصابين بفيروس كورونا في المملكة منذ بداية الشهر الماضي حتى اليوم في مختلف مناطق البلاد "
     "الشمالية والجنوبية إلى 120 شخصا", []),
    ("ارتفع عدد الزوار للمعرض الذي تنظمه الهيئة في المدينة بالتعاون مع الجهات الحكومية والخاصة إلى 5000 زائر", []),
])
def test_no_toll_risen_to(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a long partitive subject with a two-word name in it, then its plural verb
    ("وقال مصدر محلي إن نحو 25 من مسلحي الجماعة وقوات موالية للرئيس السابق علي صالح قتلوا في الغارات",
     [("killed", 25)]),
    ("وأفاد شهود بأن 12 من عناصر التنظيم وحلفائه القادمين من ريف المدينة الغربي عبد الله وأحمد قتلوا", [("killed", 12)]),
])
def test_plural_verb_past_reach(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a relative clause's verb, or a verb with its own object, is not the amount's fate
    ("وزار 25 من المسؤولين في الوزارة والهيئات الحكومية عائلات الجنود الذين قتلوا", []),
    ("وقال إن 30 من عناصر التنظيم المتطرف وحلفائه في المنطقة الشرقية من البلاد قتلوا 5 جنود", [("killed", 5)]),
])
def test_plural_verb_not_theirs(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a definite status participle closing a definite partitive is the group's fate
    ("وأصدر الرئيس قرارا بالعفو عن 101 من الصيادين المصريين، المحتجزين لدى السلطات منذ أشهر", [("arrested", 101)]),
    ("وأعلن الجيش تحرير 15 من الرعايا الأتراك، المختطفين في المدينة منذ شهرين", [("kidnapped", 15)]),
    ("وأصدر الملك عفوا عن 60 من الصيادين الإيرانيين المحتجزين في سجون المملكة", [("arrested", 60)]),
])
def test_status_adjective(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a status word after a preposition names another group
    ("وزار الوفد 40 من الأطفال في مخيمات اللاجئين", []),
    ("وأعلنت البحرية العثور على جثث 3 من البحارة الهنود المفقودين قبالة السواحل", [("killed", 3)]),
])
def test_status_word_of_another_group(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a verb of crowding right before the amount: the crowd, not the hurt
    ("وأوضح أن عددا من الزوار أصيبوا حين تدافع المئات للدخول إلى القاعة", []),
    ("وأصيب عدد من الحجاج بعدما تجمع الآلاف عند مدخل الجسر", []),
    ("وقتل 10 أشخاص في تدافع المئات عند البوابة", [("killed", 10)]),
])
def test_crowd_no_victims(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a trigger in the name of an armed unit is no fate
    ('وصدرت أحكام في حق ما يعرف بـ"كتيبة المبايعون على الموت"، شملت 40 متهما، 15 منهم موقوفين', [("arrested", 15)]),
    ("ونشرت سرايا الموت صورا لـ 8 مقاتلين في المدينة", []),
])
def test_unit_name_no_fate(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the unit itself may lose people, and rescue teams carry the wounded
    ("وقالت الكتيبة التي فقدت 12 جنديا إنها ستواصل القتال", [("missing", 12)]),
    ("ونقلت فرق الإسعاف المصابين الخمسة إلى المستشفى", [("injured", 5)]),
])
def test_unit_not_a_name(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found
