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
        ("البحث عن الأشخاص الستة المفقودين إلى 1500 ميل بحرى", []),
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
