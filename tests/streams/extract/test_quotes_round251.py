"""Quotation speakers, round r251 (the opened fresh set S98); constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_the_spokesman_before_in_the_name_of_heads_the_antecedent() -> None:
    text = ("وكان أبرز ما اشتكى منه الناس هو تعطل ماكينات القهوة وفقا لما يقوله متحدث باسم الشرطة الذي قال إن هذا "
            "تسبب في تعليق مكالمات طوارئ مهمة.")
    assert speakers(text, tagged=True) == ["متحدث باسم الشرطة"]
