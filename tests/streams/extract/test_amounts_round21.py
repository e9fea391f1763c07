"""Round 21: recall of definite duals and numerals on unseen text, the classes round 20 left open.
Constructed sentences; the helpers are round 19's."""

from __future__ import annotations

import pytest

from tests.streams.extract.test_amounts_round19 import amounts


@pytest.mark.parametrize(("text", "found"), [
    # a definite dual the news lexicon does not know, before the two it names
    ("اشتد التنافس بين العملاقين الأمريكيين الفيدرالي والمركزي في السوق", [("العملاقين", 2)]),
    ("وانتقل إليه بعد الظهيرين الأيمن والأيسر للفريق", [("الظهيرين", 2)]),
    ("تقام المباراة بين الغريمين التقليديين الوحدة والاتحاد مساء غد", [("الغريمين", 2)]),
    ("وضع اللاعب القطعة بين المربعين المتجاورين تسعة وعشرة", [("المربعين", 2), ("تسعة", 9), ("عشرة", 10)]),
    # one of the two: the dual after أحد/إحدى is its complement, no adjective of a number
    ("فقد الرجل إحدى عينيه في الحادث", [("عينيه", 2)]),
    # definite scale words counting or joined
    ("وكان يجمع الألف والألفين من عمله في السوق", [("الألف", 1000), ("والألفين", 2000)]),
    ("دفع الرجل الألف ريال رسوما للتسجيل", [("الألف", 1000)]),
    # a definite ten before a scale word: one number
    ("يقارب عدد السكان الثمانين مليون نسمة", [("الثمانين مليون", 80_000_000)]),
    ("وقدم اللاعب عرضا بلغ مليونا ونصف المليون ريال", [("مليونا ونصف", 1_500_000)]),  # half of the million: no second
    ("وعاش في القرن العشرين مليون إنسان", [("مليون", 1_000_000)]),  # an ordinal ten: the scale alone
    # a numeral joined by أو/و after another of the same noun
    ("ارتفعت الأسعار خلال السنوات الثلاث أو الأربع الماضية في المدينة", [("الثلاث", 3), ("الأربع", 4)]),
    ("زار الوفد المدن الخمس والست المجاورة", [("الخمس", 5), ("والست", 6)]),
    # a construct dual in ة spelt with ى
    ("صلى الإمام بالناس صلاتى المغرب والعشاء جمعا", [("صلاتى", 2)]),
    # a construct dual before one definite noun of the other gender
    ("وأقيمت مباراتى الدور نصف النهائي في الملعب نفسه", [("مباراتى", 2)]),
])
def test_round21_recall(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize("text", [
    "ولدى وصوله إلى المطار استقبله المسؤولون",  # لدى: a preposition in ى
    "ولم يصل الوفد حتى الآن",  # حتى
    "وعمل في شتى المجالات",  # شتى
    "عدت إلى مدينتي الجميلة",  # "my" before an adjective of the same gender
    "قال: فريقي المفضل هو الهلال",  # "my" before a participle adjective
    "أقيم الحفل يومي السبت والأحد في الحديقة",  # a date
    "تعلم القراءة من الألف إلى الياء",  # the letter alif
    "احتفل العالم بالألفية الجديدة",  # the millennium
    "وكان يهتم بها الفنان الراحل وبطريقة أدائها",  # a word in ان of its own before an adjective and و
    "ويتناول المرضى الأسبرين بانتظام. وأوضح الباحثون ذلك",  # a new sentence on و, no pair
    "ويمنح للمتعين رتبة وكيل رقيب",  # و of the word itself (وكيل)
    "وأن يكون لدى المقترضين القدرة والحافز على السداد",  # a participle's object
    "وشارك في الأمسية الشعراء المليون سعد وخالد",  # a show's name before a first name
    "وبحث المؤتمر أوضاع المواطنين الرجال والنساء والأطفال",  # a list, a plural
    "واحتفلت المدينة بالذكرى الخمسين والستين لتأسيسها",  # ordinal tens joined
])
def test_round21_not_amounts(text: str) -> None:
    assert amounts(text) == []


def test_masdar_before_a_prepositional_phrase() -> None:
    """A masdar in ين before ل + a definite noun and a new sentence names no pair."""
    assert amounts("وطالب بإنقاص حجم التداين للخارج. وأشار إلى الملف") == []
