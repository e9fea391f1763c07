"""Quotation speakers, round r241 (errors of the opened fresh sets S90, S96); constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_the_object_of_a_preposition_opening_the_sentence_is_no_speaker() -> None:
    text = ('وفي نهاية الاجتماع تناول "المزروع"؛ أبرز ما جاء في الاجتماع الأول للجنة. وقال: "الهدف من هذا '
            'الاجتماع هو التعرف على الأعمال السابقة".')
    assert "نهاية الاجتماع" not in speakers(text, tagged=True)


def test_an_unnamed_relative_opening_a_sentence_speaks_after_the_one_who_consoled_him() -> None:
    text = ("نقل الأمير جلوي بن عبدالعزيز أمير منطقة نجران تعازي القيادة لوالد الشهيد عبدالله آل منصور. وقال سموه "
            "في اتصال هاتفي مع والد الشهيد: إننا نعزي أنفسنا أولا. في المقابل، استهل والد الشهيد حديثه بحمد الله "
            "على قضائه وقدره، وقال: نثمن العزاء والمواساة من قيادتنا الرشيدة.")
    assert speakers(text, tagged=True)[-1] == "والد الشهيد"
