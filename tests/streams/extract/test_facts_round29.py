"""Round 29 (blind v22's dates, amounts and counts opened): the general classes behind its misses, in
constructed sentences."""

from __future__ import annotations

import datetime as dt

import facts_rounds
import pytest

ANCHOR = dt.date(2015, 8, 10)
dates, amounts, counts = facts_rounds.readers(ANCHOR)


@pytest.mark.parametrize(("text", "found"), [
    # a score after a team's nisba: its first number is no label (حمام سوسة 2)
    ("وفاز الفريق على النادي الأهلي المصري 3 – 1 في مباراة ودية", [("3", 3), ("1", 1)]),
    ("وخسر من الوحدة الإماراتي 0 - 2 ثم تعادل مع الشباب السعودي 1-1", [("0", 0), ("2", 2), ("1", 1), ("1", 1)]),
])
def test_first_number_of_a_score_after_a_team(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("وافتتح الوزير ملعب حمام سوسة 2 أمس", []),  # no score: a label
    ("وأعلن النادي تأجيل مباراة الفريق 2 أمس", []),  # no second number after a dash
])
def test_dashed_label_without_a_score_stays_a_label(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the bare article's number after a definite plural in ات (and its nisba): a cardinal of that plural
    ("وأكد أن المحطات الشمسية الـ12 ستعمل قريبا", [("12", 12)]),
    ("وقد زار الوفد المستشفيات الـ7 في المنطقة", [("7", 7)]),
    ("وتقدر التجارة في هذه المنتجات الـ 150 بمليار دولار", [("150", 150), ("مليار", 1e9)]),
])
def test_bare_article_number_after_a_feminine_plural(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize("text", [
    "وعرضت الفيلم القناة الـ4 أمس",  # a singular: a rank
    "وشارك في المخيم الكشفي العالمي الـ 23 هذا العام",
    "وأجريت الانتخابات البلدية الـ5 في موعدها",  # an event numbered in its series
])
def test_bare_article_number_after_a_singular_or_an_event_is_a_rank(text: str) -> None:
    assert amounts(text) == []


@pytest.mark.parametrize(("text", "found"), [
    # a masculine construct dual in ا before two definite nouns joined by و: the nominative of فريقي النصر والهلال
    ("ويلتقي فريقا الاتحاد والشباب مساء الجمعة", [("فريقا", 2)]),
    ("واجتمع وزيرا الداخلية والعدل أمس", [("وزيرا", 2)]),
])
def test_nominative_masculine_construct_dual(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize("text", [
    "وقد حضر أيضا الأمير والوزير الحفل",  # a particle in ا
    "وافتتح رسميا المعرض والمؤتمر أمس",  # an adverb in يا
])
def test_accusative_before_two_definite_nouns_is_no_dual(text: str) -> None:
    assert amounts(text) == []


@pytest.mark.parametrize("text", [
    # a sum in a currency the lexicon lacked is no victims, whatever stands near
    "وأخبر أحد الرهائن الشرطة بأنه وعد بمبلغ 200 رنمينبيا في اليوم",
    "وقال أحد المخطوفين إن الخاطفين طلبوا 5000 يوانا",
])
def test_yuan_is_no_victims(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize("text", [
    "وكان من أكثرها تأثيرا المصارف والتأمين",  # an accusative of specification after an elative
    "ويصل آخر الضيوف وصولا المدعوون والصحفيون",  # an adverb
    "ويفتقد أحيانا الحماس والتركيز",
    "وأقيمت قرعة بطولة الأندية الخليجية الـ30 أمس",  # the rank of the championship the plural completes
])
def test_accusative_adverb_or_championship_rank_is_no_amount(text: str) -> None:
    assert amounts(text) == []


@pytest.mark.parametrize(("text", "found"), [
    # a numeral in ت with a plural pronoun: the N of them
    ("وقد غادر ثلاثتهم المستشفى أمس", [("ثلاثتهم", 3)]),
    ("وتم تكريم خمستهن في الحفل", [("خمستهن", 5)]),
])
def test_numeral_with_a_plural_pronoun(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


def test_companionship_is_no_ten() -> None:
    assert amounts("وقد طالت عشرتهم وتوطدت صداقتهم") == []


@pytest.mark.parametrize("text", [
    # an arrest demanded or called for: none yet
    "وطالب المحامي بإعادة إيقاف ثلاثتهم",
    "ودعت المنظمة إلى اعتقال 5 مسؤولين",
])
def test_demanded_arrest_is_no_count(text: str) -> None:
    assert counts(text) == []


def test_arrest_after_a_demand_in_its_own_clause_counts() -> None:
    assert counts("وطالب المتظاهرون بالإصلاح واعتقلت الشرطة 3 أشخاص") == [("arrested", 3)]


@pytest.mark.parametrize("text", [
    # the minute of a goal is named by its number
    "وسجل المهاجم هدف الفوز في الدقيقة 108 من عمر المباراة",
    "وأضاف زميله الهدف الثاني بالدقيقة 67",
])
def test_minute_of_a_match_is_a_label(text: str) -> None:
    assert amounts(text) == []


@pytest.mark.parametrize(("text", "found"), [
    # صفر after goals spelt out, through ل or مقابل: the zero of a score
    ("وانتهت المباراة بفوز النادي بثلاثة أهداف لصفر", [("ثلاثة", 3), ("صفر", 0)]),
    ("وفاز الفريق بهدفين مقابل صفر", [("هدفين", 2), ("صفر", 0)]),
])
def test_zero_after_goals_spelt_out(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


def test_zero_without_goals_is_no_score() -> None:
    assert amounts("وبدأ المشروع من الصفر وانخفضت الحرارة إلى صفر") == []


@pytest.mark.parametrize("text", [
    # players suspended by a disciplinary committee: no arrest
    "ويغيب عن الفريق الثنائي فهد وسعد الموقوفان من قبل لجنة الانضباط",
    "وقررت لجنة الانضباط إيقاف 3 لاعبين لمدة شهر",
])
def test_suspension_by_a_disciplinary_committee_is_no_arrest(text: str) -> None:
    assert counts(text) == []


def test_arrest_without_a_committee_counts() -> None:
    assert counts("وتم إيقاف 4 أشخاص من قبل الشرطة") == [("arrested", 4)]


@pytest.mark.parametrize(("text", "found"), [
    # people whose fate is unknown are missing
    ("ونجا ثلاثة بينما ظل مصير الطفلين الآخرين مجهولا", [("missing", 2)]),
    ("ولا يزال مصير 5 بحارة مجهولا حتى الآن", [("missing", 5)]),
])
def test_unknown_fate_is_missing(text: str, found: list[tuple[str, float]]) -> None:
    assert [c for c in counts(text) if c[0] == "missing"] == found


def test_fate_discussed_is_no_count() -> None:
    assert counts("وناقش الاجتماع مصير الشركتين في السوق") == []
