"""Round r282: a former office in construct after a verb of going on (وتابع مدرب برشلونة السابق) is the one named
before (stop 44; V40, S40)."""

from tests.streams.extract.quote_rounds import speakers


def test_the_former_coach_is_the_one_named() -> None:
    text = 'وقال جيراردو مارتينو إن ميسي لاعب رائع. وتابع مدرب برشلونة السابق "هذا الكلام لم يصدر عن ميسي".'
    assert speakers(text) == ["جيراردو مارتينو", "جيراردو مارتينو"]


def test_a_present_office_may_be_someone_new() -> None:
    text = 'وقال جيراردو مارتينو إن ميسي لاعب رائع. وتابع مدرب برشلونة "هذا الكلام لم يصدر عن ميسي".'
    assert speakers(text)[1:] != ["جيراردو مارتينو"]
