"""Round amounts-r117: an audit of amounts over unread text (seed 117). Constructed sentences."""

import pytest

from streams.extract.amounts import find_amounts


def _values(text: str) -> list[tuple[str, float]]:
    return [(a.text, a.value) for a in find_amounts(text)]


@pytest.mark.parametrize("text, first", [
    ("فاز الأهلي على الهلال 2-صفر في المباراة الودية.", "2"),
    ("وتمكن الفريق الضيف من التقدم 2-صفر بعد هدف ثان.", "2"),
    ("فاز النادي على منافسه 3 - صفر مساء أمس.", "3"),
])
def test_digit_before_a_score_zero_after_a_team(text: str, first: str) -> None:
    # a score's first number, then صفر: both numbers, though a team's name stands before the digit
    assert _values(text) == [(first, float(first)), ("صفر", 0.0)]


def test_digit_after_a_score_zero_with_a_dash() -> None:
    # صفر-2: a score, not a model name like سي-130
    assert _values("خسر الفريق أمام ضيفه صفر-2 أمس.") == [("صفر", 0.0), ("2", 2.0)]


def test_model_name_with_a_dash_stays_no_amount() -> None:
    assert _values("هبطت طائرة من طراز سي-130 في المطار.") == []


@pytest.mark.parametrize("text, dual", [
    ("اعترف المتهمان بتنفيذ عمليتي تهريب سابقتين خلال العام.", "عمليتي"),
    ("نفذت الفرق عمليتي مراقبة منفصلتين في المدينة.", "عمليتي"),
    ("أرسلت الوزارة وحدتي إسعاف متنقلتين إلى القرية.", "وحدتي"),
])
def test_dual_adjective_after_a_construct_dual_and_its_complement(text: str, dual: str) -> None:
    # the adjective describes the two the construct dual counted: one amount, not two
    assert [t for t, _ in _values(text) if t != "المتهمان"] == [dual]


def test_dual_adjective_after_a_dual_verb_of_being() -> None:
    assert _values("زار الوفد منطقتين كانتا مرشحتين لاستضافة المعرض.") == [("منطقتين", 2.0)]


def test_dual_after_a_construct_dual_and_and_still_counts() -> None:
    # a second dual joined by و is coordinated, not an adjective
    assert _values("زار الوفد مدينتي الشمال ومنطقتين أخريين.") == [("مدينتي", 2.0), ("منطقتين", 2.0)]
