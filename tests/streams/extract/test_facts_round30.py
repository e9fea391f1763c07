"""Round 30 (blind v23's dates, amounts and counts opened): the general classes behind its misses, in
constructed sentences."""

from __future__ import annotations

import datetime as dt

import facts_rounds
import pytest

ANCHOR = dt.date(2015, 8, 10)
dates, amounts, counts = facts_rounds.readers(ANCHOR)


@pytest.mark.parametrize(("text", "found"), [
    # ages after عمر / أعمار with a pronoun are no victims (عمره 20 already was)
    ("وتمكنت الدورية من توقيف شخصين عمرهما 19 و31 سنة", [("arrested", 2)]),
    ("واعتقلت الشرطة ثلاثة شبان أعمارهم 18 و22 و25 عاما", [("arrested", 3)]),
])
def test_age_after_a_possessed_age_word_is_no_count(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the arrest of a vehicle holds those on board
    ("وقد تم إيقاف سيارة على متنها ثلاثة أشخاص قادمين من الجنوب", [("arrested", 3)]),
    ("ونجحت الوحدات في ضبط قارب وعلى متنه 14 شابا", [("arrested", 14)]),
    ("وتم توقيف شاحنة مسرعة تقل 5 أشخاص", [("arrested", 5)]),
])
def test_stopped_vehicle_holds_those_on_board(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize("text", [
    "وتم اعتقال سائق الحافلة التي كانت تقل 40 راكبا",  # the driver is held, not the riders
    "وتوقفت سيارة على متنها ثلاثة أشخاص قرب المحطة",  # a car stopped of itself
])
def test_riders_of_a_vehicle_not_stopped_stay_no_count(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize("text", [
    # a ban counted in matches (Maghreb مقابلة) is a sports sanction
    "وقرر المكتب الجامعي إيقاف بثلاث مقابلات للمدرب",
    "وعوقب اللاعب بالإيقاف أربع مقابلات",
    "وأجرت الهيئة 25 مقابلة مع الضحايا",
])
def test_matches_and_interviews_are_no_people(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(("text", "found"), [
    # an enforced disappearance: kidnapped
    ("ووثقت المنظمة 40 حالة اختفاء قسري لناشطين", [("kidnapped", 40)]),
    ("وأكد التقرير اختفاء 12 صحفيا قسريا", [("kidnapped", 12)]),
])
def test_enforced_disappearance_is_kidnapped(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("وأعلن خفر السواحل اختفاء 12 بحارا في العاصفة", [("missing", 12)]),  # no force: missing
    ("ووثقت المنظمة 40 حالة اختفاء قسري لم يعرف مصير 7 منهم مجهولا", [("kidnapped", 40), ("missing", 7)]),
])
def test_plain_disappearance_stays_missing(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a relative clause right after the people: what was done to them
    ("وحصلا على البضاعة من رجلين آخرين اللذين تم القبض عليهما لاحقا", [("arrested", 2)]),
    ("والتقى الوفد أربعة أشخاص الذين تم اختطافهم العام الماضي", [("kidnapped", 4)]),
])
def test_relative_clause_done_to_the_people(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the result of an attack on all those counted (a pronoun), also when they rode a vehicle
    ("واستهدفت الغارة شاحنة كان يستقلها 8 مسلحين من الجماعة مما أسفر عن مقتلهم", [("killed", 8)]),
    ("وقصفت المدفعية 5 عناصر كانوا يزرعون عبوة ما أدى إلى إصابتهم", [("injured", 5)]),
])
def test_result_said_of_all_those_counted(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("وانقلبت حافلة تقل 30 راكبا مما أدى إلى إصابة 4 منهم", [("injured", 4)]),  # some of them: their own number
    ("واستهدف القصف منزلا يسكنه 6 أشخاص مما أسفر عن تدميره", []),  # a thing's fate
])
def test_result_said_of_some_or_of_a_thing(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize("text", [
    # an event named by its day and month is a name, as a street named after a date
    "وأكد أن مكاسب ثورة 14 جانفي لا رجعة فيها",
    "وتحدث عن تداعيات أحداث 11 سبتمبر على المنطقة",
    "وشارك في هجمات 13 نوفمبر بباريس",
    "وأشاد بثورتي 25 يناير و30 يونيو",  # the second event joined by و too
])
def test_event_named_after_a_date_is_no_date(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("وفي 25 يناير الماضي خرج المتظاهرون", [("25 يناير الماضي", "2015-01-25")]),  # no event head: a date
    ("وانطلقت الثورة يوم 14 جانفي 2011", [("يوم 14 جانفي 2011", "2011-01-14")]),
])
def test_a_day_of_a_month_without_an_event_head_stays_a_date(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found


def test_today_before_tomorrow_is_an_idiom() -> None:
    assert dates("وطالب بإصلاح المنظومة اليوم قبل الغد") == []
    assert dates("وأعلن الوزير اليوم قبل الغداء أن المشروع انطلق") == [("اليوم", "2015-08-10")]


@pytest.mark.parametrize(("text", "found"), [
    # two different months joined by a dash: a range, each month dated (the first by the later one's year)
    ("ويمتد الموسم من (أكتوبر- ديسمبر) من هذا العام", [("أكتوبر", "2015-10"), ("ديسمبر) من هذا العام", "2015-12")]),
    ("وارتفعت الأسعار خلال الأشهر أبريل-يونيو 2014", [("أبريل", "2014-04"), ("يونيو 2014", "2014-06")]),
])
def test_dashed_range_of_months(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found


def test_dashed_pair_of_one_month_stays_one_mention() -> None:
    assert dates("وذلك في سبتمبر - أيلول الماضي") == [("سبتمبر - أيلول الماضي", "2014-09")]


@pytest.mark.parametrize(("text", "found"), [
    # a fraction with a glued و after a punctuation mark, before an indefinite noun: the next item of a list
    ("وضبط لديه 40 غراما من الكوكايين، ونصف كيلوغرام من القنب", [("40", 40), ("نصف", 0.5)]),
    ("وشكلت الحوادث نسبة كبيرة (30%)، وربع حالات الوفاة سببها السرعة", [("30", 30), ("ربع", 0.25)]),
])
def test_fraction_opening_a_list_item(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("واستغرقت الرحلة ساعة ونصف", []),  # the half of what precedes (a duration)
    ("وقطع العداء مسافة كيلومترين ونصف تقريبا", [("كيلومترين ونصف", 2.5)]),
    ("ووصلت بعد ساعتين، ونصف الفريق غائب", [("ساعتين", 2)]),  # a definite noun after it: not this class
])
def test_half_after_what_it_halves(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a noun's dual with هما whose ي+ه is also a word in ية (مشروعية): with هما no ة hides, the nisba counts by share
    ("وقدم الباحثان مشروعيهما أمام اللجنة", [("الباحثان", 2), ("مشروعيهما", 2)]),
    ("وقدمت الطالبتان مشروعيْهما أمام اللجنة", [("الطالبتان", 2), ("مشروعيْهما", 2)]),
])
def test_dual_with_their_two_pronoun(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


def test_legitimacy_with_a_pronoun_is_no_dual() -> None:
    assert amounts("وأكد الطرفان مشروعيتهما") == [("الطرفان", 2)]


@pytest.mark.parametrize(("text", "found"), [
    # a definite dual participle right after a pair of names joined by و describes that pair: no count of its own
    ("وتوجت الطالبتان سارة بن علي و مريم الصغير المتحصلتين على الجائزة", [("الطالبتان", 2)]),
    ("وغاب عن المباراة خالد العنزي وسالم الدوسري الموقوفان", []),
])
def test_participle_after_a_named_pair(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("وأكد مدير الإدارة أن سالم. وكان الموظفان قد أبلغا عن الفساد", [("الموظفان", 2)]),  # a sentence between
    ("وقدمت المشاركتان التونسيتان مريم ونور مشروعهما", [("المشاركتان", 2)]),  # before the names: counted
])
def test_dual_not_after_a_named_pair_stays(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


def test_bracketed_range_of_months_before_its_year() -> None:
    assert dates("وارتفعت الصادرات في الفترة (يناير – أبريل) 2014") == [("يناير", "2014-01"), ("أبريل) 2014", "2014-04")]
