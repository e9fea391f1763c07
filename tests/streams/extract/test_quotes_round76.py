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


def test_a_toll_confirmed_is_no_family_name() -> None:
    # أكد فلان الحصيلة: the toll is the verb's object, no part of the name
    text = "وأكد المسؤول في المدينة صالح محمد صالح الحصيلة مضيفا أن بعض الجرحى في حالة حرجة."
    assert speakers(text) == ["صالح محمد صالح"]
    text = "وأكد المتحدث باسم الشرطة أحمد سعيد الحصيلة، مضيفا أن التحقيق جار."
    assert speakers(text) == ["أحمد سعيد"]
    # (النبأ and الخبر stay: family names and papers as often)
    assert speakers("وذكر رئيس اللجنة مطلق النبأ أن القرار يصب في مصلحة الوطن.") == ["مطلق النبأ"]
    assert speakers("وقالت جريدة الخبر إن الوفد غادر غاضبا.") == ["جريدة الخبر"]


def test_an_indefinite_plural_of_people_before_a_present_plural_speaks() -> None:
    # لكن منتقدين يقولون إن، محللين يرون أن: the people described by the plural alone (as سكان القرية يقولون إنهم)
    text = "واستعاد الجيش المدينة لكن منتقدين يقولون إن القصف ألحق أضرارا شديدة بها."
    assert speakers(text) == ["منتقدين"]
    text = "واستعاد الجيش المدينة. لكن محللين يرون أن القصف ألحق أضرارا شديدة بها."
    assert speakers(text) == ["محللين"]
    # (no one named: كما يقولون)
    assert speakers("واستعاد الجيش المدينة كما يقولون إن القصف ألحق أضرارا بها.") == []
    # (the object of a verb quoted before: a saying inside the words reported, no quotation of its own)
    text = "وقال نصر الله إنه واثق من أن إيران «ستفحم» منتقدين يقولون إنها ستوقف دعمها للحزب."
    assert speakers(text) == ["نصر الله"]
