"""Quotation speakers, round r256 (تساءل, asked, with the words at once, which the blind sets mark); constructed
sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_asked_with_a_colon_goes_on_with_the_speaker() -> None:
    text = ("وقال النائب عماد الدايمي إن الحكومة عاجزة. وتساءل : \"كيف يجد رضا بالحاج الوقت للقيام بمهامه وهو منخرط في "
            "الصراعات؟\".")
    assert speakers(text, tagged=True) == ["عماد الدايمي"] * 2


def test_a_name_in_quote_marks_before_the_colon_asks() -> None:
    text = "وتساءل «العتيبي»: لماذا لم تستطع الشرطة تحديد هوية المشتبه أو أسباب الحادث حتى الآن؟"
    assert speakers(text, tagged=True) == ["العتيبي"]


def test_an_answer_after_a_quoted_name_and_a_colon() -> None:
    text = "وأجاب \"بسام\": هل في الإجازات الرسمية يتوقف القانون؟ وهل حقوقنا لا تهم أحدا؟"
    assert speakers(text, tagged=True) == ["بسام"]


def test_asking_about_a_topic_reports_no_words() -> None:
    text = "وتساءل المرايحي عن المغزى من السماح لهم بالإدلاء بأصواتهم في الانتخابات البلدية."
    assert speakers(text, tagged=True) == []
