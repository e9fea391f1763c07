"""Quotation speakers, round r83: kinds found by a recall audit of whole articles over unread text (seed 83), each
as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_an_answer_given_at_once_after_a_colon_is_reported() -> None:
    # أجاب فلان: «…»: an interview's answer, the words at once after the verb and a short subject
    text = "وعند سؤاله عن الاتفاق أجاب كيري: «لا أعرف كيف أقرأ هذه التصريحات في هذه الفترة»."
    assert speakers(text) == ["كيري"]
    text = "وعن سؤال حول الميزانية، أجاب وزير المالية أحمد سالم: \"لن نخفض الدعم هذا العام مهما كانت الظروف\"."
    assert speakers(text) == ["أحمد سالم"]
    # bare, the one speaking before answers
    text = "وقال الوزير أحمد سالم إن الوضع مستقر. وأجاب: \"لن نتراجع عن هذا القرار أبدا\"."
    assert speakers(text) == ["أحمد سالم", "أحمد سالم"]


def test_an_answer_without_words_at_once_reports_nothing() -> None:
    # أجاب على سؤال، أجاب بأن، أجاب عن أسئلة: the opened sets leave them unmarked (round r38)
    assert speakers("وأجاب الوزير أحمد سالم على سؤال حول الميزانية بأن الدولة ملتزمة بالدعم.") == []
    assert speakers("وأجاب الوزير بأن الدولة ملتزمة بالدعم.") == []
    assert speakers("وأجابت الطالبة عن أسئلة اللجنة: الأولى والثانية والثالثة.") == []


def test_a_plural_of_people_then_its_relative_clause_speaks() -> None:
    # إلا أن الخبراء السويسريين الذين تحركوا بطلب من أرملة فلان اعتبروا أن: the people opening the sentence, their
    # relative clause, then their plural verb; never a name inside the clause, nor an earlier speaker
    text = ("وطلبت أرملته فحص الجثمان. إلا أن الخبراء السويسريين الذين تحركوا بطلب من أرملة عرفات اعتبروا أن "
            "نظرية التسميم أكثر انسجاما.")
    assert speakers(text) == ["الخبراء السويسريين"]
    text = "إلا أن الخبراء الذين تحركوا بطلب من العائلة اعتبروا أن نظرية التسميم أكثر انسجاما."
    assert speakers(text) == ["الخبراء"]
    text = "وقال الوزير إن الاتفاق متين. إلا أن المسؤولين الأمريكيين الذين التقوا الوفد أكدوا أن الاتفاق هش."
    assert speakers(text) == ["الوزير", "المسؤولين الأمريكيين"]
