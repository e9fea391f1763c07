"""Round 11: duals of nouns no list has, known from the news lexicon's word counts
(constructed sentences)."""

from __future__ import annotations

import pytest

from streams.extract.amounts import find_amounts


def amounts(text: str) -> list[tuple[str, float]]:
    return [(a.text, a.value) for a in find_amounts(text)]


@pytest.mark.parametrize(("text", "found"), [
    # the singular is a frequent noun, the dual rare and attested in both cases: two
    ("اشترت البلدية عقارين في وسط المدينة", [("عقارين", 2)]),
    ("يتكون المشروع من مسارين للحافلات", [("مسارين", 2)]),
    ("حضر المأذون وشاهدين إلى المنزل", [("شاهدين", 2)]),
    ("وجد الباحث أمرين في التقرير", [("أمرين", 2)]),
])
def test_amount_dual_known_from_the_lexicon(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize("text", [
    "قال المواطنين إن الطريق مغلق",  # a sound plural in ين (مواطنون is common)
    "زار حسين وعثمان لبنان",  # names and a country in ين/ان
    "وصل حسين وعثمان إلى لبنان وإيران",  # a word after و is coordinated, not an agreeing adjective
    "بذل جهد كبيرين في العمل",  # an adjective: الكبيرة as common as الكبير
    "وهما معروفان لدى الشرطة",  # a predicate after هما
    "وقع الهجوم في جيلان بينار",  # a nominative after a preposition
    "كان الاستقرار والانسجام مهمان للفريق",  # a predicate of two joined subjects
])
def test_amount_lexicon_dual_not_a_plural_name_verb_or_adjective(text: str) -> None:
    assert amounts(text) == []


def test_amount_lexicon_dual_not_a_glued_verb() -> None:
    # و and a verb (أدين is more frequent than وادين), not the dual of واد
    assert amounts("وأدين ثلاثة مسؤولين بالفساد") == [("ثلاثة", 3)]
