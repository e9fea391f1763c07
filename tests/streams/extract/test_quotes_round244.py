"""Quotation speakers, round r244 (errors of the opened fresh sets S80, S82); constructed sentences. Both tests are
guards: no short sentence reproduced the article's error, and the second guards the agreement found on the wide dump."""

from __future__ import annotations

from quote_rounds import speakers


def test_an_outlet_in_quote_marks_before_the_relative_speaks() -> None:
    text = ('وكشفت صحيفة "ذي دايلي ستار صنداي" أن النادي عرض 40 مليون جنيه على فولفسبورغ.\nوقرر سيتي تعديل عرضه '
            'بدفع 6 ملايين اخرى كاضافات ملحقة بالعقد بحسب ما ذكرت "ذي دايلي مايل" التي رأت ان مدرب الفريق لن يتردد '
            "في اشراك اللاعب.")
    assert speakers(text, tagged=True)[-1] == "ذي دايلي مايل"


def test_a_quoted_thing_before_a_relative_the_verb_does_not_agree_with_is_no_speaker() -> None:
    text = ('وعبر القيادي في الحركة صلاح البردويل عن أسفه لما وصفه بـ "الحملة الدعائية الكاذبة" التي قال بأن الرئيس '
            "يقودها ضد الحركة.")
    assert "الحملة الدعائية الكاذبة" not in speakers(text, tagged=True)
