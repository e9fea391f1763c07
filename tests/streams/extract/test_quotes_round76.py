"""Quotation speakers, round r76: kinds found by a recall audit of whole articles over unread text (seed 76), each
as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_an_adverbial_with_a_demonstrative_is_no_speaker() -> None:
    # بهذه المناسبة، بهذا الصدد، بهذا الشأن، بهذا الخصوص after the verb or the name: never the subject; the one
    # named before speaks on
    text = "وقال وزير الصحة بهذه المناسبة إن العمل جار في المستشفيات."
    assert speakers(text) == ["وزير الصحة"]
    text = ("ودانت الوزارة في بيان لها القرار الجديد. وشددت بهذا الصدد على أنه حان الوقت لتحرك دولي.")
    assert speakers(text) == ["الوزارة"]
    text = ("ودانت الوزارة في بيان لها القرار الجديد. وقالت بهذا الشأن إن الوقت قد حان لتحرك دولي.")
    assert speakers(text) == ["الوزارة"]
    text = ("ودانت الوزارة في بيان لها القرار الجديد. وأكدت بهذا الخصوص أن الوقت قد حان لتحرك دولي.")
    assert speakers(text) == ["الوزارة"]
    # (an office held over the matter keeps its holder)
    assert speakers("وقال المكلف بهذا الملف محمد العلي إن العمل جار.") == ["محمد العلي"]


def test_news_confirmed_or_denied_is_no_family_name() -> None:
    # أكد فلان الحصيلة، نفى فلان النبأ/الخبر: the news is the verb's object, no part of the name
    text = "وأكد المسؤول في المدينة صالح محمد صالح الحصيلة مضيفا أن بعض الجرحى في حالة حرجة."
    assert speakers(text) == ["صالح محمد صالح"]
    text = "ونفى المتحدث باسم الشرطة أحمد سعيد النبأ، مؤكدا أن التحقيق جار."
    assert speakers(text) == ["أحمد سعيد"]
    text = "وأكد المتحدث باسم الشرطة أحمد سعيد الخبر، مضيفا أن التحقيق جار."
    assert speakers(text) == ["أحمد سعيد"]
