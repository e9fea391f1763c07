"""Counts round counts-r23: precision classes from a second audit of predicted count items (constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import amounts, counts


@pytest.mark.parametrize(("text", "found"), [
    # a poisoning right before the people: those it struck, not the wounded of an injury word nearby
    ("وأغلقت البلدية المطعم لتسببه بتسمم 12 شخصا وبعد إجراء التحاليل على الأطعمة والمصابين تبين السبب.", []),
    ("وأعلنت الصحة عن تسمم 30 طالبا في المدرسة ونقل المصابين إلى المستشفى.", []),
    # guards: a wound is still a wound
    ("وأصيب 12 شخصا في الحادث ونقلوا إلى المستشفى.", [("injured", 12)]),
])
def test_poisoned_before_the_amount(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # families and kin of the victims are no victims
    ("وحققت البرامج آمال 22 ألف مسلم و12 ألفا من أسر ذوي الشهداء في العالم.", []),
    ("واستقبل المحافظ 30 مسؤولا وخمس عائلات من ذوي الضحايا في مكتبه.", []),
    ("وزار الوزير 40 أسرة من أسر الشهداء في المنطقة.", []),
    # guards: people of a family who died, and the martyrs counted after the kin
    ("وقتل 5 أفراد من عائلة واحدة في القصف.", [("killed", 5)]),
    ("وزار الوزير أسر 40 شهيدا في المنطقة.", [("killed", 40)]),
])
def test_kin_of_victims(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # one person's feet are no victims; court cases are things
    ("وحاولت القوة اعتقاله بعدما أصابته بجروح في قدميه.", []),
    ("وبلغت قضايا الموقوفين أكثر من 11 ألف قضية خلال النصف الأول من العام.", []),
    # a distance written after a slash is no number of people
    ("وقال المحافظ إن نحو 130 شخصا أصيبوا في الهجوم على سوق ببلدة بني سعد 35/ كيلومترا شمال بغداد.",
     [("injured", 130)]),
])
def test_things_not_victims(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # driven to seek refuge: displaced, not the dead named before
    ("وأسفرت الأزمة عن 80 قتيلا وحملت أكثر من 160 ألف شخص على اللجوء إلى الدول المجاورة.",
     [("killed", 80), ("displaced", 160000)]),
    ("وأجبرت المعارك 5 آلاف شخص على اللجوء إلى المخيمات.", [("displaced", 5000)]),
    # guards: asylum requests and a resort to the courts are no fate
    ("وقدم 300 شخص طلبات اللجوء في الشهر الماضي.", []),
    ("ودعا 20 نائبا إلى اللجوء إلى القضاء لحل الخلاف.", []),
])
def test_driven_to_refuge(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a trigger with its own object before the amount: a loss (bereavement), a custody of a thing
    ("وأعرب زملاء المتوفين عن حزنهم لفقدهم زملاءهم الستة دفعة واحدة.", []),
    ("وهي الأسهم التي قررت الشركة الاحتفاظ بها حتى يرتفع سعرها إلى 40 في السوق.", []),
    # guards: missing and held people
    ("وأعلنت البحرية فقد 6 صيادين في البحر.", [("missing", 6)]),
    ("وتم الاحتفاظ بـ 4 أشخاص على ذمة التحقيق.", [("arrested", 4)]),
])
def test_trigger_with_its_own_object(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # football: goals (إصابة) of a result, a club named like a trigger (نادي هجر)
    ("وانتهت المباراة بتعادل الفريقين بإصابتين لكل منهما.", []),
    ("وفاز الفريق على ضيفه بثلاث إصابات دون رد.", []),
    ("وخسر الفريق الأول بنادي هجر مباراته الودية 1 - 2 أمس.", []),
    # guards: wounds of an accident, a real flight
    ("ونتج عن الحادث 7 إصابات نقلت إلى المستشفى.", [("injured", 7)]),
    ("وهجر 300 شخص منازلهم في القرية.", [("displaced", 300)]),
])
def test_football(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # deaths set against births: a natural statistic, no victims
    ("ويبلغ معدل المواليد في العالم 266 ولادة مقابل 110 وفيات في الدقيقة الواحدة.", []),
    # guard: deaths of accidents
    ("وسجلت المنطقة 110 وفيات في الحوادث المرورية العام الماضي.", [("killed", 110)]),
])
def test_births_against_deaths(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # blood shed of people: killed, whatever their noun says they were (السجناء)
    ("وهو نظام سفك دماء 120 ألف من السجناء السياسيين في عام واحد.", [("killed", 120000)]),
    # guard: a call to stop bloodshed counts nobody
    ("وطالب 200 شخص بوقف سفك الدماء في البلاد.", []),
    # a race class with its number is a label (فورمولا 1), also no amount
    ("وتوفي سائق فورمولا 1 بعد تسعة أشهر من الحادث.", []),
])
def test_bloodshed_and_labels(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("وتوفي سائق فورمولا 1 بعد تسعة أشهر من الحادث.", [("تسعة", 9)]),
    ("وتحدد القواعد الأصول وفق معايير بازل 3 التي تطبق تدريجيا.", []),
])
def test_labels_are_no_amounts(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


def test_race_class_after_li() -> None:
    assert amounts("وفاز السائق ببطولة العالم للفورمولا 1 للسيارات أمس.") == []


@pytest.mark.parametrize(("text", "found"), [
    # لقي before a noun of reception: met with support, not death
    ("ويبدو المرشح قويا خصوصا انه لقي دعم 4 اتحادات قارية.", []),
    ("وقد لقيت الفكرة ترحيب 12 وزيرا في الاجتماع.", []),
    # ف and the particle قد before an imperfect verb: no loss
    ("وتتنوع الأطعمة فقد يصل التنويع إلى أكثر من عشرين نوعا من الأطباق وخمسة من الحلويات.", []),
    # guards: met death, lost at sea, and the dead of an illness left as they were
    ("لقي 3 أشخاص مصرعهم في الحادث.", [("killed", 3)]),
    ("وفقد ما يصل إلى 300 مهاجر في البحر.", [("missing", 300)]),
    ("وقد توفي جراء الفيضانات 462 شخصا في مناطق متفرقة.", [("killed", 462)]),  # (round counts-r26: not بالفيروس)
])
def test_met_with_and_particle(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a bare number after عن with a death verb: an age; after سنة: a year
    ("توفي اليوم في أحد مستشفيات القاهرة الروائي المعروف عن 71 بعد متاعب صحية.", []),
    ("وهو عالم فلك مسلم مات سنة 639 وترك مؤلفات كثيرة.", []),
    # a status noun with a relative clause of its fate: what befell them
    ("وقالت الجمعية إن الأسرى الخمسة الذين توفوا في السجون لم يتلقوا العلاج.", [("killed", 5)]),
    # guards: a toll after أسفر عن, the deaths announced
    ("وتوفي 3 أشخاص وأسفر الهجوم عن 12 قتيلا.", [("killed", 3), ("killed", 12)]),
    ("وتوفي في الحادث شخصان وأعلن الدفاع المدني عن 4 مصابين.", [("killed", 2), ("injured", 4)]),
])
def test_age_year_and_relative_fate(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


def test_this_year_is_no_year_label() -> None:
    assert counts("وبلغت الوفيات بين الإصابات المسجلة في المستشفيات هذا العام 135 حالة وفاة.") == [("killed", 135)]
