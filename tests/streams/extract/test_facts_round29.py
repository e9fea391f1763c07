"""Round 29 (blind v22's dates, amounts and counts opened): the general classes behind its misses, in
constructed sentences."""

from __future__ import annotations

import datetime as dt
from functools import partial

import facts_rounds
import pytest

ANCHOR = dt.date(2015, 8, 10)
dates = partial(facts_rounds.dates, anchor=ANCHOR)
amounts = partial(facts_rounds.amounts, anchor=ANCHOR)
counts = partial(facts_rounds.counts, anchor=ANCHOR)


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
