"""Quotation speakers, round r243 (errors of the opened fresh set S78); constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_king_a_body_is_named_after_is_not_its_heads_name() -> None:
    text = ("عبر معالي المستشار في الديوان الملكي المشرف العام على مركز الملك سلمان للإغاثة والأعمال الإنسانية "
            "الدكتور عبدالله الربيعة عن سعادته بتدشين حملة توزيع السلال الغذائية في سيئون ، مؤكداً أن هذه الحملة جزء "
            "من حملة الأمل التي تبناها المركز بتوجيهات من خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود.")
    assert speakers(text, tagged=True) == ["عبدالله الربيعة"]
