"""Round 18: duals the amounts missed: construct duals of people before their corps (عوني أمن،
رجلي شرطة), bodies (جثتي مهاجرين), duals of person nouns with a broken plural (كهلين، رضيعين),
and a noun in ين with a dual verb or pronoun after it (عاملين كانا). Constructed sentences."""

from __future__ import annotations

import pytest

from streams.extract.amounts import find_amounts
from streams.extract.counts import find_counts


def amounts(text: str) -> list[tuple[str, float]]:
    return [(a.text, a.value) for a in find_amounts(text)]


@pytest.mark.parametrize(("text", "found"), [
    ("أسفر الهجوم عن إصابة عوني أمن بجروح", [("عوني", 2)]),
    ("قتل رجلي شرطة في الانفجار", [("رجلي", 2)]),
    ("استشهد رجلا أمن في الهجوم", [("رجلا", 2)]),
    ("قتل ضابطي جيش في الكمين", [("ضابطي", 2)]),
    ("تم نقل عوني الحرس الوطني إلى المستشفى", [("عوني", 2)]),
    ("أصيب عنصري شرطة خلال المداهمة", [("عنصري", 2)]),
    ("استشهد جنديي جيش في المعركة", [("جنديي", 2)]),
    ("أسفر الانفجار عن استشهاد ضابطي وعوني حرس وطني", [("ضابطي", 2), ("عوني", 2)]),
    ("عثرت الشرطة على جثتي مهاجرين في القطار", [("جثتي", 2)]),
])
def test_amount_construct_dual_of_people(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize("text", [
    "زار عوني الملقب بالأستاذ المدينة",  # a first name
    "وجه خطاب عنصري ضد المهاجرين",  # a nisba, racist
    "رفض أي تمييز عنصري في الأمن",  # the nisba before a preposition
    "أصيب رجلي اليمنى في المباراة",  # my leg
    "التقى عوني فروانة بالصحفيين",  # a name and surname
    "أعلنت الشركة انتداب 282 عونا أمن",  # a singular after a number
])
def test_amount_construct_dual_of_people_not_a_name_or_nisba(text: str) -> None:
    assert [a for a in amounts(text) if a[1] == 2] == []


def test_amount_body_construct_leaves_the_number_to_its_complement() -> None:
    assert amounts("عثر الجيش على جثتي عنصرين إرهابيين") == [("عنصرين", 2)]
    assert amounts("وصلت جثتي ارهابيين اثنين إلى المستشفى") == [("اثنين", 2)]


@pytest.mark.parametrize(("text", "found"), [
    ("توفي كهلين في حادث مرور", [("كهلين", 2)]),
    ("أصيب كهلان بجروح خفيفة", [("كهلان", 2)]),
    ("أسفر الحادث عن وفاة رضيعين", [("رضيعين", 2)]),
    ("اعتدى المنحرف على شيخين في السوق", [("شيخين", 2)]),
    ("أصيب عونين بجروح", [("عونين", 2)]),
])
def test_amount_dual_of_person_nouns_with_broken_plural(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("أسفر الحادث عن وفاة عاملين كانا يقومان بالصيانة", [("عاملين", 2)]),
    ("تم إنقاذ عاملين غمرتهما الرمال", [("عاملين", 2)]),
    ("أوقفت الشرطة مواطنين يحملان أسلحة", [("مواطنين", 2)]),
])
def test_amount_noun_in_in_with_dual_verb_or_pronoun(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize("text", [
    "يعمل عاملين في المصنع منذ سنوات",  # a plural (colloquial) before a singular verb
    "التقى محمد وحسنين كانا في المقهى",  # a name after و
    "دعا العاملين كانا",  # definite
    "تضرر عاملين كثيرين",  # a plural adjective
])
def test_amount_noun_in_in_without_dual_agreement(text: str) -> None:
    assert amounts(text) == []


def test_counts_injured_from_construct_dual() -> None:
    text = "أسفر إطلاق النار عن إصابة عوني أمن بجروح متفاوتة"
    assert [(c.type, c.value) for c in find_counts(text, find_amounts(text))] == [("injured", 2)]


@pytest.mark.parametrize(("text", "found"), [
    ("جرب الأطباء علاجين مختلفين يقومان على البكتيريا", [("علاجين", 2)]),  # past the adjective
    ("وجدت الشرطة كيسين بلاستيكيين يستعملان في المستشفيات", [("كيسين", 2)]),  # the adjective is no second dual
    ("صدرت بطاقتا جلب في حق 2 آخرين مشاركين كانا في الفرار", [("بطاقتا", 2), ("2", 2)]),  # after digits
])
def test_amount_dual_agreement_goes_to_the_noun_not_its_adjective(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("أعلنت الوزارة مقتل إرهابيين اتخذا منزلا وكرا للتفجير", [("إرهابيين", 2)]),  # اتخذوا is the plural
    ("عثر الأهالي على مسنين لقيا حتفهما", [("مسنين", 2)]),  # a weak verb, listed
])
def test_amount_noun_in_in_before_a_past_dual(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


def test_amount_noun_in_in_before_an_accusative_noun() -> None:
    assert amounts("منحت الشركة متقاعدين منزلا في المدينة") == []  # منزلا: an accusative, no verb


@pytest.mark.parametrize(("text", "found"), [
    ("طلب منه مساعدته على جلب طفليه من الخارج", [("طفليه", 2)]),
    ("يحاكم الرئيس السابق ونجليه بتهمة الفساد", [("نجليه", 2)]),
    ("كانت الأم رفقة ابنيها الصغيرين", [("ابنيها", 2)]),
    ("حضر الأب وابنتاه الحفل", [("ابنتاه", 2)]),
    ("طلب الشرطة من الزوجين وطفليهما النزول", [("الزوجين", 2), ("طفليهما", 2)]),  # round 19: the definite dual (their dual pronoun after it)
])
def test_amount_possessive_dual_of_kin(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize("text", [
    "ولديه خبرة طويلة في المجال",  # و + لديه
    "وصل الوزير ومرافقيه إلى المطار",  # a plural in ين with a pronoun
    "زار الطالب والديه في القرية",  # the parents
    "التقى الأب بابنه وابنته",  # singulars
    "هدم الزلزال أبنية هشة كثيرة",  # a plural in ة, folded like ابنيه
])
def test_amount_possessive_not_a_dual(text: str) -> None:
    assert amounts(text) == []
