"""Amounts: digits, number words, fractions, approximate plurals, duals, counted nouns."""

from __future__ import annotations

import pytest
from facts_seed import ANCHOR, seed_body

from streams.arabic import fold
from streams.extract.amounts import find_amounts
from streams.extract.dates import find_dates
from streams.extract.numbers import (
    APPROXIMATE,
    FRACTIONS,
    HUNDREDS,
    SCALES,
    TENS,
    UNITS,
)


@pytest.fixture(scope="module")
def seed_amounts(seed_line: bytes) -> dict[str, float]:
    text = seed_body(seed_line)
    found = find_amounts(text, dates=find_dates(text, anchor=ANCHOR))
    return {a.text: a.value for a in found}


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("نصف مليون", 500_000), ("عشرة ملايين", 10_000_000), ("ثلاثة آلاف", 3000), ("23", 23),
     ("مروحيتان", 2), ("سبع", 7), ("أربع", 4), ("ست", 6), ("عامين", 2)],
)
def test_seed_amounts(seed_amounts: dict[str, float], phrase: str, value: float) -> None:
    assert seed_amounts[phrase] == value


def test_seed_dates_hold_no_amounts(seed_amounts: dict[str, float]) -> None:
    assert not {"21", "22", "يومي"} & set(seed_amounts)


def one(text: str) -> tuple[str, float, bool, str | None]:
    (a,) = find_amounts(text, dates=find_dates(text, anchor=ANCHOR))
    return a.text, a.value, a.approximate, a.object


@pytest.mark.parametrize(
    ("text", "value"),
    [("قتل 25 شخصا", 25), ("قتل ٢٥ شخصا", 25), ("بلغت ١٩٫٥ مليون دولار", 19_500_000), ("1,250,000 دولار", 1_250_000),
     ("3 آلاف جندي", 3000), ("1.5 مليون لاجئ", 1_500_000)],
)
def test_digits_western_and_arabic_indic(text: str, value: float) -> None:
    assert one(text)[1] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("ثلاثة وعشرون جنديا", 23), ("خمسة عشر شخصا", 15), ("إحدى عشرة دولة", 11), ("مئتان وخمسون عائلة", 250),
     ("ثلاثمائة ألف نسمة", 300_000), ("ثلاثة ملايين وخمسمئة ألف نسمة", 3_500_000), ("ملياري دولار", 2e9),
     ("مليون ونصف لاجئ", 1_500_000), ("ربع مليون لاجئ", 250_000), ("ألفين شخص", 2000)],
)
def test_number_words_and_compounds(text: str, value: float) -> None:
    assert one(text)[1] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("عشرات الجرحى", 10), ("مئات المعتقلين", 100), ("آلاف النازحين", 1000), ("عشرات الآلاف من المدنيين", 10_000),
     ("مئات الآلاف من اللاجئين", 100_000)],
)
def test_approximate_plurals_give_their_lower_bound(text: str, value: float) -> None:
    _, got, approximate, _ = one(text)
    assert (got, approximate) == (value, True)


@pytest.mark.parametrize(("text", "noun"), [("مروحيتان", "مروحية"), ("دامت عامين", "عام"), ("خلال يومين", "يوم"),
                                            ("سيارتين", "سيارة")])
def test_duals_count_two(text: str, noun: str) -> None:
    _, value, _, obj = one(text)
    assert (value, obj) == (2, noun)


@pytest.mark.parametrize("text", ["قتل عشرات المدنيين", "المدنيين والمواطنين", "ثمانية مسلحين"])
def test_plurals_that_look_like_duals_are_not_two(text: str) -> None:
    assert all(a.value != 2 for a in find_amounts(text))


@pytest.mark.parametrize(("text", "noun"), [("سبع جولات", "جولات"), ("عشرات الآلاف من المدنيين", "المدنيين"),
                                            ("نصف مليون قتيل", "قتيل")])
def test_the_counted_noun_is_the_object(text: str, noun: str) -> None:
    assert one(text)[3] == noun


@pytest.mark.parametrize(
    "text", ["في عام 2015", "يوم 21 كانون الأول", "في 19/10/1436هـ", "الساعة 10:30", "انتخابات 2015 البرلمانية",
             "1- البند الأول", "ست الحبايب"],
)
def test_dates_times_years_and_list_markers_are_not_amounts(text: str) -> None:
    assert find_amounts(text, dates=find_dates(text, anchor=ANCHOR)) == []


def test_about_words_make_an_amount_approximate() -> None:
    assert one("نحو 20 قتيلا")[2] is True


def test_a_glued_conjunction_stays_outside_the_amount() -> None:
    assert one("وعشرة ملايين نازح")[0] == "عشرة ملايين"


@pytest.mark.parametrize("word", [*UNITS, *TENS, *HUNDREDS, *SCALES, *APPROXIMATE, *FRACTIONS])
def test_every_number_word_survives_folding(word: str) -> None:
    folded, _ = fold(word)
    assert folded == fold(folded)[0] and folded


@pytest.mark.parametrize(
    "text",
    ["هاجمت مقرا للفرقة 30 في المنطقة", "للاستفسار هاتف 0175299990 تحويلة 777", "ص. ب 1006 نجران", "2.حصة السهم"],
)
def test_labels_phone_numbers_and_list_markers_are_not_amounts(text: str) -> None:
    assert find_amounts(text) == []


@pytest.mark.parametrize(("text", "value"), [("نسبة التوزيع من القيمة الأسمية للسهم 5%", 5),
                                             ("بتكلفة قيمتها (350) ألف دولار", 350_000)])
def test_percentages_and_bracketed_numbers(text: str, value: float) -> None:
    assert [a.value for a in find_amounts(text)] == [value]


def test_a_half_after_a_duration_is_not_an_amount() -> None:
    assert find_amounts("يتم تدريبه خلال شهر ونصف") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("أكثر من 47 ألف و300 امرأة", 47_300), ("مقتل عسكريين تركيين اثنين", 2)],
)
def test_digits_after_a_scale_and_postposed_numerals(text: str, value: float) -> None:
    assert [a.value for a in find_amounts(text)] == [value]


@pytest.mark.parametrize("text", ["دورتها الخامسة عشرة", "على رقم الطوارئ 997 من عمليات", "بثتها القناة الـ4"])
def test_ordinal_tails_emergency_numbers_and_numbered_names(text: str) -> None:
    assert find_amounts(text) == []


def test_a_glued_one_alone_does_not_raise() -> None:
    assert [a.value for a in find_amounts("وآحد")] in ([], [1])


@pytest.mark.parametrize("text", ["ذهاب ربع نهائي دوري أبطال آسيا", "تأهل إلى نصف النهائي", "ثم إنتر ميلان وبوكا",
                                  "من الفرقة 30 تلقوا تدريبات"])
def test_rounds_clubs_and_labels_before_verbs_are_not_amounts(text: str) -> None:
    assert find_amounts(text) == []


def test_the_dual_of_a_season() -> None:
    assert [a.value for a in find_amounts("لأكثر من موسمين")] == [2]


def test_a_number_to_call_is_not_an_amount() -> None:
    assert find_amounts("بضرورة الاتصال بـ 19911 في حالة رصد أي مخالفة") == []


def test_one_after_its_noun_in_the_accusative_and_model_numbers() -> None:
    assert [a.value for a in find_amounts("إن شخصا واحدا مشتبها به")] == [1]
    assert find_amounts("وطائرات من طراز سي-130 تابعة لسلاح الجو") == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("سقط في الحادث سبعة و عشرون شخصا", [27]),  # a و written apart
        ("وصل العدد إلى مئة و خمسين", [150]),
        ("ثم خمسة و ستة", [5, 6]),  # two units do not make one number
        ("حصل ما بين 40 و60 ألف لاجئ على الإقامة", [40_000, 60_000]),  # the range shares its scale
        ("في 40 و60 ألف", [40, 60_000]),
        ("وقال المحتجون الذين يتجاوز عددهم الألف إن", [1000]),  # the round number reached
        ("اعتقل ثلاثون، بينهم قياديان في الحزب", [30, 2]),  # a nisba dual after بينهم
        ("على قرى تابعة لمحافظتي الشمال والجنوب", [2]),  # a construct dual naming two places
        ("عدت إلى مدينتي الجميلة", []),  # "my city"
        ("فاز في الدورة 14 للمهرجان السينمائي", []),  # an edition's number is a label
    ],
)
def test_loose_conjunctions_ranges_round_numbers_and_context_duals(text: str, values: list) -> None:
    assert [a.value for a in find_amounts(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("حصل المرشح على 5ر49 بالمئة من الأصوات", [49.5]),  # the wire services' decimal
        ("اتهمت قناة فرانس 3 القناة الأخرى بسرقة الفكرة", []),  # a channel's number
        ("قال الأستاذ بمعهد حمام سوسة 2، إنه تعرض للاعتداء", []),
        ("فتحت النيابة بالمحكمة الابتدائية صفاقس 2 بحثا تحقيقيا", []),
        ("نفى مدير معهد الآثار 1 بسبيطلة الخبر", []),
        ("نقل إلى مستشفى الملك فهد 3 مصابين", [3]),
        ("تركزت الضربات على مقر اللواء 15 مشاة", []),  # a military unit
        ("أرسل رسالة إلى 88591 - Stc أو 635031 - Mobily", []),  # short codes by operator
        ("وبرفقته سائقان آخران", [2]),  # the adjective of a dual is no second amount
        ("قتل عسكري وجرح اثنان آخران", [2]),
        ("وأصيب آخران بجروح", [2]),
        ("المطلوب على قائمة الـ(23) مشيرة إلى مقتله", []),  # a list named by its number, in brackets too
        ("بإلغاء الأمر الحكومي عدد 345 المتعلق بالشروط", []),  # a text's number
        ("طبق القانون عدد 52 لسنة 1992", []),
    ],
)
def test_wire_decimals_series_labels_units_codes_and_others(text: str, values: list) -> None:
    assert [a.value for a in find_amounts(text)] == values


@pytest.mark.parametrize(("text", "value"), [("حضر الحفل 2.400.000 زائر", 2_400_000), ("وصل العدد إلى ٣٬٥٠٠ طالب", 3500)])
def test_dotted_and_arabic_indic_thousands(text: str, value: float) -> None:
    assert [a.value for a in find_amounts(text)] == [value]


@pytest.mark.parametrize(("text", "texts"), [
    ("دمرت الغارة عربتين مدرعتين", ["عربتين"]),
    ("عرضت ومسرحيتين للأطفال", ["ومسرحيتين"]),
    ("سجلت حالتان حرجتان وحالتان متوسطتان", ["حالتان", "حالتان"]),
    ("زار الوزير باكستان وأفغانستان", []),
    ("يحتوي الطعام على البروتين", []),
    ("بين هاتين الدولتين", ["الدولتين"]),  # a definite dual counts (round 19)
])
def test_feminine_duals_by_their_shape_and_not_their_adjectives(text: str, texts: list[str]) -> None:
    assert [a.text for a in find_amounts(text)] == texts
    assert all(a.value == 2 for a in find_amounts(text))


@pytest.mark.parametrize(("text", "value"), [("عدد سكانها البالغ 300 ألف.", 300_000),
                                              ("عدد المعتقلين اقترب من المليون.", 1_000_000)])
def test_amounting_to_and_approaching_a_round_number(text: str, value: float) -> None:
    assert [a.value for a in find_amounts(text)] == [value]


@pytest.mark.parametrize(("text", "texts"), [("نقل متحدثان باسم الشرطة", ["متحدثان"]), ("قتل مسلحون مدنيين", []),
                                             ("مبنى من طابقين", ["طابقين"]), ("وقعت بلدان الاتحاد", [])])
def test_nominative_duals_of_people_and_broken_plurals(text: str, texts: list[str]) -> None:
    assert [a.text for a in find_amounts(text)] == texts


def test_a_number_of_something_after_a_definite_word_is_no_label() -> None:
    assert [a.value for a in find_amounts("وبلغ عدد القتلى من الشرطة 7 ، فيما")] == [7]


@pytest.mark.parametrize("text", ["أطفال بين 8 و15 عاما", "أطفال من 8 إلى 15 عاما"])
def test_the_lower_bound_of_a_range_counts_the_upper_bound_noun(text: str) -> None:
    assert [a.object for a in find_amounts(text)] == ["عاما", "عاما"]


@pytest.mark.parametrize(("text", "value"), [("إحدى وعشرين دولة", 21), ("بأحد وثلاثين صوتا", 31)])
def test_one_heads_a_compound_with_tens(text: str, value: float) -> None:
    assert [a.value for a in find_amounts(text)] == [value]


def test_an_about_word_with_a_glued_preposition() -> None:
    assert [a.approximate for a in find_amounts("بحوالي 30 مليون دولار")] == [True]


@pytest.mark.parametrize(("text", "values"), [("نمت المبيعات بنسبة 16،7 بالمائة", [16.7]),
                                               ("اتصلوا على الرقم 71.341.666 أو 71.571.264", [])])
def test_the_arabic_comma_as_decimal_point_and_dotted_phone_numbers(text: str, values: list[float]) -> None:
    assert [a.value for a in find_amounts(text)] == values


@pytest.mark.parametrize(("text", "texts"), [("اشتباكات على جبهتي الشمال والجنوب", ["جبهتي"]),
                                             ("مواطن كويتي وآخر سعودي", []),
                                             ("في المدينة والتي تضم السوق والميناء", []),
                                             ("زار الوفد للمدينتين", ["للمدينتين"])])  # round 19: definite duals count
def test_construct_duals_by_their_shape_before_two_named_things(text: str, texts: list[str]) -> None:
    assert [a.text for a in find_amounts(text)] == texts


def test_a_weak_number_word_heading_a_range() -> None:
    assert [a.value for a in find_amounts("تستهدف الخطة من خمس إلى عشر دول")] == [5, 10]


def test_a_unit_number_after_a_glued_conjunction_is_a_label() -> None:
    assert [a.text for a in find_amounts("وفرد من الكتيبة 155 مشاة، وفردين من الفرقة والكتيبة 155 مشاة")] == ["فردين"]


@pytest.mark.parametrize(("text", "texts"), [("شهدت حربين عالميتين", ["حربين"]),
                                             ("قال إن العام الماضي 2016 فقد شهد تراجعا", []),
                                             ("حقق أرباحا كبيرة. 3- المدير التنفيذي للشركة", [])])
def test_unknown_dual_adjectives_particles_and_list_markers_after_a_sentence(text: str, texts: list[str]) -> None:
    assert [a.text for a in find_amounts(text)] == texts


def test_digits_written_out_again_in_words_are_not_multiplied() -> None:
    found = find_amounts("حجز (2.016.395) مليونين وستة عشر ألفا وثلاثمائة وخمسة وتسعين قرصا")
    assert [a.value for a in found] == [2_016_395, 2_016_395]


def test_a_construct_shape_needs_two_things_in_the_same_sentence() -> None:
    assert find_amounts("ذكر موقع أوديتي سنترال. وتقول الكاتبة") == []


@pytest.mark.parametrize("text", ["عمي في لبنان وجدتي باليمن وابن خالتي بالسودان وكل يوم", "زارت خالتي المدينة والقرية"])
def test_kin_with_my_and_prepositional_phrases_are_no_construct_duals(text: str) -> None:
    assert find_amounts(text) == []


@pytest.mark.parametrize(("text", "values"), [("بلغ ارتفاع المياه متر ونصف المتر", [1.5]), ("نقل طن وربع من القمح", [1.25]),
                                               ("تدرب خلال شهر ونصف في المعسكر", [])])
def test_one_measure_and_a_fraction_but_not_a_duration(text: str, values: list[float]) -> None:
    assert [a.value for a in find_amounts(text)] == values
