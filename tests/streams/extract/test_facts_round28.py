"""Round 28 (blind v21's dates, amounts and counts opened): the general classes behind its misses, in
constructed sentences."""

from __future__ import annotations

import datetime as dt

import facts_rounds
import pytest

ANCHOR = dt.date(2015, 8, 10)
dates, amounts, counts = facts_rounds.readers(ANCHOR)


@pytest.mark.parametrize(("text", "found"), [
    # a wire dateline: the place glued to the full date after it
    ("جدة14 شوال 1436 هـ الموافق 30 يوليو 2015 م أعلنت الأمانة", [("14 شوال 1436 ه", "2015-07-30"),
                                                                ("30 يوليو 2015 م", "2015-07-30")]),
    ("القاهرة3 مارس 2015 افتتح المعرض", [("3 مارس 2015", "2015-03-03")]),
])
def test_dateline_place_glued_to_a_full_date(text: str, found: list[tuple[str, str]]) -> None:
    assert dates(text) == found
    assert amounts(text) == []


@pytest.mark.parametrize("text", [
    "وطرحت الشركة هاتف جالاكسي5 مارس المقبل",  # no year: a model number, not a day
    "بلغ عدد الطلاب في الفئة5 نحو مئة",
])
def test_glued_number_without_a_full_date_is_no_day(text: str) -> None:
    assert [value for _, value in dates(text) if value.count("-") == 2] == []


@pytest.mark.parametrize(("text", "found"), [
    # the dual of a currency is two of it
    ("وارتفع سعر الكيلوغرام من درهمين إلى 9 دراهم", [("درهمين", 2), ("9", 9)]),
    ("واشترى الخبز بدينارين فقط", [("دينارين", 2)]),
    ("ولا يتجاوز ثمن التذكرة ريالين", [("ريالين", 2)]),
])
def test_currency_dual_is_two(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # واحد/واحدة picking one of a group is the cardinal 1
    ("وضبطت الدورية أربع شاحنات، وتبين أن واحدة من هذه الشاحنات مسروقة", [("أربع", 4), ("واحدة", 1)]),
    ("وينحدر ثمانية منهم من مالي وواحد من النيجر", [("ثمانية", 8), ("واحد", 1)]),
    ("وقال واحد منهم إن الطريق مغلق", [("واحد", 1)]),
    ("ووصلت 5 شهادات للاعب من الأهلي، وواحد من الزمالك", [("5", 5), ("واحد", 1)]),
    ("وتبين أن واحدا من المتهمين فر", [("واحدا", 1)]),
])
def test_one_of_a_group_is_one(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize("text", [
    "وقال كل واحد منهم إن الطريق مغلق",  # كل واحد: a pronoun, as before
    "ولم يحضر أي واحد من المدعوين",
])
def test_one_after_each_or_any_stays_a_pronoun(text: str) -> None:
    assert amounts(text) == []


@pytest.mark.parametrize(("text", "found"), [
    # a currency after a scaled number, then ونصف: half the scale, not one coin and a half
    ("وعرض عليه النادي التجديد بمليون ريال ونصف للسنة", [("مليون", 1000000)]),
    ("وينتظر أن تبلغ الميزانية 2 مليار دينار ونصف", [("2 مليار", 2000000000)]),
    ("وبلغ سعر الرغيف ريال ونصف", [("ريال ونصف", 1.5)]),  # alone: one and a half
])
def test_currency_and_a_half_after_a_number(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the next items of a list of labels before من (articles of a law): labels too
    ("ووجهت له تهم طبق الفصلين 41 و42 من قانون مكافحة التهريب", [("الفصلين", 2)]),
    ("وطبق الفصول 3 و17 و28 و29 من مجلة الصرف", []),
    # a spelt-out number after رقم names something
    ("ووقع الحادث على الطريق الوطنية رقم واحد قرب المدينة", []),
    ("ويعد الفساد العدو رقم واحد للتنمية", []),
])
def test_labels_listed_or_spelt_out(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


def test_figure_of_a_scale_word_after_raqm_stays() -> None:
    assert amounts("ووصل التطبيق إلى رقم \"مليار\" في عدد مرات تحميله") == [("مليار", 1000000000)]


def test_list_of_amounts_before_min_stays() -> None:
    assert amounts("وأصيب 4 و5 من المتظاهرين") == [("4", 4), ("5", 5)]


def test_unit_and_a_half_after_a_comma_stays() -> None:
    assert amounts("ودفع مبلغا أكبر من صفقة عام 2013، ومرة ونصف ضعف تقييمها") == [("ومرة ونصف", 1.5)]


@pytest.mark.parametrize("text", [
    # the doers after من قبل/من طرف are no victims of the deed before them
    "وتم اختطافه أمس من قبل مجموعة مسلحة تتكون من 5 أفراد",
    "وأكد أن الشاب تعرض للاختطاف من طرف 3 ملثمين",
    # media outlets suspended (إيقاف) are no people arrested
    "وتزامن ذلك مع إيقاف أربع قنوات فضائية عن البث",
    "وقررت الوزارة إيقاف ثلاث صحف يومية",
])
def test_no_victims_counted(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("وتم اعتقال 6 أشخاص من قبل الشرطة و2 آخرين من قبل الجيش", [("arrested", 6), ("arrested", 2)]),
    ("وأوقفت الشرطة 4 أشخاص", [("arrested", 4)]),
])
def test_victims_before_or_beside_the_doer_stay(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


def test_doer_inside_the_victims_relative_clause_is_passed() -> None:
    text = "وبلغ عدد الأشخاص الذين تم إيقافهم من قبل الوحدات الأمنية لاجتيازهم الحدود خلسة خلال الشهر الماضي 41 شخصا"
    assert counts(text) == [("arrested", 41)]


@pytest.mark.parametrize(("text", "found"), [
    # a thing counted by an indefinite feminine noun and its nisba, even after an event's name
    ("وقال إن الشركات المشاركة في المعرض باعت 1950 شقة سكنية حتى الآن", [("1950", 1950)]),
    ("وأكد أن المعرض استقطب ٢٠٠٠ شركة عالمية", [("٢٠٠٠", 2000)]),
])
def test_counted_noun_and_nisba_after_an_event_head(text: str, found: list[tuple[str, float]]) -> None:
    assert dates(text) == []
    assert amounts(text) == found


def test_event_year_before_a_glued_preposition_stays() -> None:
    assert dates("وتقام دورة الألعاب 2015 بمشاركة دولية واسعة") == [("2015", "2015")]
