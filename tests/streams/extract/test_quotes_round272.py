"""Round r272: a bare وأضاف/وقال then a verb in the first person: the words at once (stop 43)."""

from tests.streams.extract.quote_rounds import speakers


def test_a_first_person_verb_after_the_bare_verb_opens_the_words() -> None:
    text = "وقال الوزير إن العمل جيد. وأضاف نكرر شكرنا وتقديرنا إلى الدول الشقيقة على مواقفها."
    assert speakers(text) == ["الوزير", "الوزير"]
    assert speakers("وقال المدير إن العمل جيد. وأضاف أتمنى للجميع التوفيق.") == ["المدير", "المدير"]


def test_an_office_or_a_first_name_in_nun_is_the_subject() -> None:
    assert speakers("وقال الوزير إن العمل جيد. وقال نائب الوزير إن الخطة جاهزة.") == ["الوزير", "نائب الوزير"]
    assert speakers("وقال نبيل العلي إن العمل جيد.") == ["نبيل العلي"]
