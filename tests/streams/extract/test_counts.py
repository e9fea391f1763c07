"""Counts: killed, injured, arrested, displaced, kidnapped, missing, with qualifiers."""

from __future__ import annotations

import pytest
from facts_seed import ANCHOR, seed_body

from streams.extract.amounts import find_amounts
from streams.extract.counts import find_counts
from streams.extract.dates import find_dates


def counts(text: str) -> list[tuple[str, float, str | None]]:
    amounts = find_amounts(text, dates=find_dates(text, anchor=ANCHOR))
    return [(c.type, c.value, c.qualifier) for c in find_counts(text, amounts)]


@pytest.mark.parametrize(
    "count",
    [("killed", 500_000, "more_than"), ("killed", 3000, "more_than"), ("displaced", 10_000_000, None)],
)
def test_seed_counts(seed_line: bytes, count: tuple[str, float, str | None]) -> None:
    assert count in counts(seed_body(seed_line))


def test_seed_has_no_other_counts(seed_line: bytes) -> None:
    assert len(counts(seed_body(seed_line))) == 3


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("أسفر الانفجار عن مقتل 12 شخصا", "killed"),
        ("لقي 7 أشخاص حتفهم", "killed"),
        ("سقط 30 قتيلا", "killed"),
        ("ارتفع عدد القتلى إلى 45", "killed"),
        ("أصيب 30 آخرون بجروح", "injured"),
        ("خلف الهجوم 14 جريحا", "injured"),
        ("اعتقلت الشرطة 7 أشخاص", "arrested"),
        ("تم توقيف ثلاثة مشتبه بهم", "arrested"),
        ("نزح 2000 شخص من المدينة", "displaced"),
        ("استقبلت البلاد مليوني لاجئ", "displaced"),
        ("اختطف مسلحون ثلاثة صحفيين", "kidnapped"),
        ("لا يزال 9 بحارة مفقودين", "missing"),
    ],
)
def test_count_types_from_verbs_and_nouns(text: str, kind: str) -> None:
    assert [c[0] for c in counts(text)] == [kind]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("أكثر من 100 قتيل", "more_than"), ("نحو 20 قتيلا", "about"), ("حوالي 50 جريحا", "about"),
     ("ما لا يقل عن 10 قتلى", "at_least"), ("مقتل 20 مسلحا على الأقل", "at_least"), ("ما يزيد على 300 معتقل", "more_than")],
)
def test_qualifiers_are_kept(text: str, qualifier: str) -> None:
    assert [c[2] for c in counts(text)] == [qualifier]


def test_two_counts_in_one_sentence() -> None:
    assert counts("قتل 25 شخصا وأصيب 30 آخرون في الانفجار") == [("killed", 25, None), ("injured", 30, None)]


@pytest.mark.parametrize("text", ["فقد الاقتصاد 5 مليارات دولار", "قتل الوقت خلال ثلاث ساعات", "سبع جولات من المفاوضات"])
def test_amounts_of_things_are_not_counts(text: str) -> None:
    assert counts(text) == []


def test_count_text_spans_qualifier_amount_and_noun() -> None:
    text = "الذي أوقع أكثر من نصف مليون قتيل"
    (c,) = find_counts(text, find_amounts(text))
    assert c.text == "أكثر من نصف مليون قتيل" == text[c.start : c.end]


def test_what_happened_beats_who_they_were() -> None:
    assert counts("لقي تسعة لاجئين سوريين حتفهم") == [("killed", 9, None)]


def test_a_group_named_after_the_amount_is_not_its_fate() -> None:
    assert counts("كانت تقل قرابة 40 سوريا رغم أن سعتها 25 شخصا وأن ركابها اللاجئين") == []


def test_a_partitive_counts_people() -> None:
    assert ("killed", 7, None) in counts("إن القتلى هم 18 عنصرا من جبهة النصرة، وسبعة من الفرقة")


@pytest.mark.parametrize(
    ("text", "count"),
    [("وذهب ضحيتها 4 أطفال", ("killed", 4, None)), ("التسمم الذي أصاب 22 نزيلا", ("injured", 22, None)),
     ("مقتل عسكريين تركيين اثنين", ("killed", 2, None)), ("قتل فيه 38 شخصا بينهم 30 بريطانيا", ("killed", 30, None))],
)
def test_more_ways_of_saying_it(text: str, count: tuple) -> None:
    assert count in counts(text)


def test_perpetrators_are_not_victims() -> None:
    assert counts("7 أشخاص قتلوا على يد 3 مهاجمين") == [("killed", 7, None)]


def test_owned_things_are_not_victims() -> None:
    assert ("killed", 3, None) not in counts("وأضاف أن عنصرا في التنظيم قتل أيضا فيما تضررت ثلاثة من آلياته")


def test_survivors_are_not_casualties() -> None:
    text = "فلقي 36 شخصا على الأقل حتفهم ونجا ما لا يقل عن 118 آخرين."
    assert counts(text) == [("killed", 36, "at_least")]


@pytest.mark.parametrize(
    ("text", "count"),
    [("نجم عنه وفاة حالتين", ("killed", 2, None)), ("حالتان حرجتان وحالتا وفاة", ("killed", 2, None)),
     ("القضاء على إرهابيين إثنين وإصابة عدد آخر", ("killed", 2, None))],
)
def test_event_nouns_against_the_amount(text: str, count: tuple) -> None:
    assert count in counts(text)


def test_one_number_for_two_victim_groups() -> None:
    assert counts("خلف الزلزال أكثر من 8900 قتيل وآلاف الجرحى والمفقودين") == [
        ("killed", 8900, "more_than"), ("injured", 1000, None), ("missing", 1000, None)]


def test_dead_and_hurt_together_are_not_a_count() -> None:
    assert counts("أسفر الحادث عن مقتل وإصابة 6 أشخاص على الطريق") == []


def test_a_trigger_with_a_pronoun() -> None:
    assert counts("بعد أيام من خطفها ثمانية مقاتلين آخرين") == [("kidnapped", 8, None)]


def test_the_next_clause_verb_is_not_the_counted_noun() -> None:
    assert counts("قُتل نحو 30 وأصيب العشرات من المتمردين") == [("killed", 30, "about"), ("injured", 10, None)]


@pytest.mark.parametrize("text", ["قتل آلاف، و80% من السكان نزحوا", "قتل 80 في المئة من السكان"])
def test_a_share_is_not_a_count(text: str) -> None:
    assert all(value != 80 for _, value, _ in counts(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أكدت المصادر وفاة 3 أشخاص, وأن هناك 6 أشخاص مايزالون فى عداد المفقودين",
         [("killed", 3, None), ("missing", 6, None)]),
        ("البحث عن الأشخاص الستة المفقودين إلى 1500 ميل بحرى", [("missing", 6, None)]),  # round 19: a definite numeral
        ("وجهت له تهمة قتل 6 أشخاص والشروع بقتل 5 آخرين", [("killed", 6, None)]),
        ("وجرح آخرين بينهم تونسي أب لطفلين", []),
        ("بمهاجمة قرد لشخصين وتعرضهما لإصابات", [("injured", 2, None)]),
    ],
)
def test_ranks_of_the_missing_miles_attempts_and_parents(text: str, expected: list) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number given in digits then in words is one count
        ("أدى الهجوم إلى مقتل 27 سبعة و عشرين شخصا وإصابة أكثر من 40 أربعين آخرين",
         [("killed", 27, None), ("injured", 40, "more_than")]),
        # a subset shares the fate of the group counted before it in the sentence
        ("أسفرت الغارات عن مقتل 40 مسلحا، بينهم قياديان اثنان", [("killed", 40, None), ("killed", 2, None)]),
        ("أعلن الجيش مقتل وجرح 90 مسلحا، بينهم قياديان في التنظيم", []),
    ],
)
def test_restated_numbers_and_subsets(text: str, expected: list) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb after a comma with ف/و opens another clause
        ("وصدمت الحافلة أولا شخصين مترجلين، فقتلت أحدهما.", []),
        # a trigger far before another amount belongs to that amount
        ("وتبين وفاة ستة أشخاص كانوا في السيارة البيضاء وصادف وجود ثلاثة أشخاص جالسين قرب الطريق.",
         [("killed", 6, None)]),
        # ... but a second group joined by و shares the verb, and an apposition does not cut the clause
        ("تسببت بمقتل 25 متطرفا من تنظيم النصرة وسبعة من المقاتلين", [("killed", 25, None), ("killed", 7, None)]),
        ("إن ما لا يقل عن 2100 شخص ، معظمهم من النساء قتلوا في البلاد", [("killed", 2100, "at_least")]),
    ],
)
def test_clauses_and_groups(text: str, expected: list) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قالت الشرطة إن طفلين قتلا في الحادث", [("killed", 2, None)]),
        ("وحصيلة الحادث حالتي وفاة وحالة حرجة", [("killed", 2, None)]),
        ("أفادت مصادر بأن 9 رجال بينهم شيخ قبيلة معروف اختطفوا ليلا", [("kidnapped", 9, None)]),
        ("أسفرت الغارة عن قتل 12 مسلحا، وتدمير 4 عربات وقتل من فيها", [("killed", 12, None)]),
    ],
)
def test_dual_verbs_duals_of_cases_late_verbs_and_next_clauses(text: str, expected: list) -> None:
    assert counts(text) == expected


def test_amounts_joined_by_and_share_the_verb_after_them() -> None:
    text = "قالت المصادر إن 15 جنديا من الجيش و7 عناصر من الشرطة، قتلوا في الهجوم"
    assert counts(text) == [("killed", 15, None), ("killed", 7, None)]


def test_a_list_of_subsets_after_a_qualifier() -> None:
    text = "اعتقلت السلطات 900 شخص، من بينهم أكثر من 40 طفلا ونحو 12 امرأة"
    assert counts(text) == [("arrested", 900, None), ("arrested", 40, "more_than"), ("arrested", 12, "about")]


@pytest.mark.parametrize("text", [
    "قارن الباحثون 300 امرأة مصابات بسرطان الثدي مع 200 امرأة لم يصبن بالمرض",
    "قارنت الدراسة 120 شخصا مصابين بالسكري",
    "شارك 40 شخصا لم يصابوا بأذى في الحادث",
    "نقلت الطواقم 30 مصابا إلى خمسة مستشفيات",
    "سجلت الحالات بين اللاجئين في عمر بين 8 و15 عاما",
])
def test_illness_negation_hospitals_and_ages_are_not_counts(text: str) -> None:
    assert [c for c in counts(text) if c[1] != 30] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("ذكرت المصادر أن 11 فردا من المجموعة المسلحة المعروفة قتلوا أمس", [("killed", 11, None)]),
    ("هاجم مسلحان القرية وقتلا خلاله 9 مزارعين", [("killed", 9, None)]),
])
def test_accusative_people_nouns_and_glued_dual_verbs(text: str, expected: list) -> None:
    assert counts(text) == expected


def test_a_clause_word_after_an_amount_is_not_its_noun() -> None:
    text = "قتل 8 مسلحين وأصيب العشرات فيما قتل أحد الحراس"
    assert counts(text) == [("killed", 8, None), ("injured", 10, None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("تتراوح أعمارهم بين 15 و16 عاما أصيبوا في الهجوم", []),
    ("أشارت التقارير إلى سقوط 4 أشخاص في الهجوم", [("killed", 4, None)]),
    ("حادث سقوط عامل داخل بئر عمقها 25 م", []),
    ("اعترف بأنه فقد السيطرة على نفسه واعتدى على 15 طفلا", []),
    ("لا يزال نحو 220 آخرين في عداد المفقودين", [("missing", 220, "about")]),
])
def test_things_falls_lost_control_and_qualifiers_in_the_ranks(text: str, expected: list) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال إن حصيلة القتلى بلغت ألفاً منذ بدء المواجهات", [("killed", 1000, None)]),
    ("نزح نحو أربعين ألفاً من السكان", [("displaced", 40000, "about")]),
    ("قُتل وجُرح عشرات من المسلحين في الغارات", []),
])
def test_tanween_after_an_amount_and_killed_and_wounded_together(text: str, expected: list) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وخاصة الفارين من الحرب فقد لجأ إلى الأردن أكثر من مليون شخص", []),
    ("أعلنت البعثة مقتل وإصابة أكثر من 1000 مدني", []),
    ("فقد 20 مهاجرا في البحر", [("missing", 20, None)]),
])
def test_the_particle_faqad_and_combined_totals_before_a_qualifier(text: str, expected: list) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("إن جنديا قتل وجرح اثنان آخران قرب الحدود", [("injured", 2, None)]),
    ("ارتفع عدد المصابين بالفيروس إلى 1054 حالة توفي منها 465 شخصا", [("killed", 465, None)]),
    ("قال إنه أصيب بجلطتين داخل السجن", []),
    ("تمكنت الدورية من صد الهجوم والقضاء على إرهابيين اثنين", [("killed", 2, None)]),
    ("وجهت التهم إلى 30 شخصا، و12 آخرين في حالة سراح، و7 أشخاص آخرين قتلوا", [("killed", 7, None)]),
    ("قال موتا بعد المباراة إن 3 لاعبين غابوا", []),
])
def test_one_killed_two_wounded_own_verbs_of_subsets_illness_duals_and_names(text: str, expected: list) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل شرطي في الهجوم و3 طلاب أجانب تعرضوا لجروح", [("injured", 3, None)]),
    ("لجأت الشركات إلى تسريح 592 عاملا", []),
    ("يبلغ عدد المصابين بهذا المرض نحو 250 مريضا في العالم", []),
    ("أدين بمحاولتي قتل وبحيازة سكين", []),
    ("تستهدف الهجرة من خمس إلى عشر دول فقط", []),
])
def test_own_verbs_after_and_illness_attempts_and_ranges(text: str, expected: list) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause between the group and its verb; a dual verb of three letters
        ("وقالت الشرطة ان اثنين من ركاب الطائرة الذين لم يعرف عددهم، قتلا في الحادث", [("killed", 2, None)]),
        # a partitive chain before the verb costs nothing
        ("وأوضح أن رجلين من الحرس الشخصي لرئيس مجلس الدولة أصيبا بجروح", [("injured", 2, None)]),
        # a part of a group counted before it, with the state after it
        ("اتضح وجود 5 حالات اثنين منها متوفاة في الموقع", [("killed", 2, None)]),
        # one victim named by its noun; a state of the event after an adjective
        ("وساهمت الفرق في إسعاف مصاب واحد من الثلاثة", [("injured", 1, None)]),
        ("اتضح وجود حالة وفاة وحالتين متوسطة الإصابة", [("injured", 2, None)]),
        ("يعيش في البيت شخص واحد فقط", []),
        # a subset of an uncounted group, with its own words of the event
        ("اتضح وجود ثلاث حالات منها حالتين خطيرة الإصابة وحالة متوسطة", [("injured", 2, None)]),
    ],
)
def test_relative_clauses_partitive_chains_and_single_victims(text: str, expected: list) -> None:
    assert counts(text) == expected
