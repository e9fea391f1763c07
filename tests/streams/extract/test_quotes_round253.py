"""Quotation speakers, round r253 (the opened fresh set S96); constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_joint_is_an_adjective_of_the_body() -> None:
    text = "وكانت قيادة القوات المشتركة قد أصدرت بيانا أوضحت فيه أنه في صباح أمس تم صد هجوم."
    assert speakers(text, tagged=True) == ["قيادة القوات المشتركة"]


def test_the_one_whose_statements_they_were_speaks_in_them() -> None:
    text = ("أكدت وزارة الشؤون الدينية، في بيان لها الخميس، أن العلاقة مع السعودية متينة. وجاء البيان بعد تصريحات "
            "لوزير الشؤون الدينية عبد الجليل سالم، الخميس خلال جلسة استماع له بلجنة الحقوق والحريات بالبرلمان، قال "
            "فيها إن \"المدرسة الوهابية هي سبب الصراع\".")
    assert speakers(text, tagged=True) == ["وزارة الشؤون الدينية", "عبد الجليل سالم"]


def test_a_statement_to_an_outlet_is_not_the_outlets() -> None:
    text = ("وكان رئيس النادي رودولفو دونوفريو قد فجّر مفاجأة كبرى عندما أعلن في تصريح لإحدى الإذاعات الأرجنتينية قال "
            "فيه إن مورا لم يوقع لصالح فريق النصر حتى الآن.")
    assert not any(s and "الإذاعات" in s for s in speakers(text, tagged=True))
