"""Quotation speakers, round r118: r115's leftovers, a person named after an office whose field or body comes with a
preposition (مبعوث الأمم المتحدة إلى سوريا فلان), each kind as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_name_after_an_office_with_ila_or_lada_speaks() -> None:
    # مبعوث … إلى سوريا فلان، الملحق … لدى السفارة فلان: the preposition carries the office's field; the name the
    # tagger found after it speaks, not the office read up to the preposition
    assert speakers("قال مبعوث الأمم المتحدة الى سوريا ستيفان دي ميستورا إن الغارات تسببت بدمار كبير.",
                    tagged=True) == ["ستيفان دي ميستورا"]
    assert speakers("وقال سفير الولايات المتحدة لدى الأمم المتحدة جون بولتون إن القرار لن يمر.",
                    tagged=True) == ["جون بولتون"]


def test_office_with_ila_and_no_name_stays() -> None:
    # (no name after the field: the office speaks as before)
    assert speakers("قال مبعوث الأمم المتحدة إلى سوريا إن الغارات تسببت بدمار كبير.", tagged=True) == [
        "مبعوث الأمم المتحدة"]


def test_name_after_an_office_with_a_field_then_a_circumstance_speaks() -> None:
    # المبعوث الخاص … إلى العراق فلان أمام مجلس الأمن أمس أنه: where and when he spoke follow the name; the name
    # still speaks, not the office
    assert speakers("وأعلن المبعوث الخاص للأمم المتحدة إلى العراق يان كوبيش أمام مجلس الأمن أمس أنه تم العثور على "
                    "مقابر جماعية.", tagged=True) == ["يان كوبيش"]
    assert speakers("وقال المشرف العام على المهرجان مقبل العنزي خلال المؤتمر الصحفي إن الحضور تجاوز عشرة آلاف.",
                    tagged=True) == ["مقبل العنزي"]


def test_description_named_later_with_its_office_is_that_person() -> None:
    # وقال المتحدث باسم الشرطة إن … وأضاف فلان، المتحدث باسم الشرطة، أن: the article names the one speaking only
    # later, with the same office and field beside the name; he speaks the first words too
    assert speakers("وقال المتحدث باسم الشرطة إن الحادث وقع ليلا. وأضاف فهد الشمري، المتحدث باسم الشرطة، أن "
                    "التحقيق جار.", tagged=True) == ["فهد الشمري", "فهد الشمري"]


def test_description_with_another_field_later_stays() -> None:
    # (the one named later holds another body's office: the description keeps its words)
    assert speakers("وقال المتحدث باسم الشرطة إن الحادث وقع ليلا. وأضاف فهد الشمري، المتحدث باسم الجيش، أن "
                    "التحقيق جار.", tagged=True) == ["المتحدث باسم الشرطة", "فهد الشمري"]


def test_office_with_its_name_set_off_is_not_tied_to_a_later_name() -> None:
    # (النائب البريطاني، فلان، على …: the name set off by commas right after the office is the one speaking, not
    # one met later with the same office)
    assert speakers("ورد النائب البريطاني، ويس ستريتينغ، على التغريدة قائلا: \"هذا عنصري\". وقالت النائبة البريطانية "
                    "جيس فيليبس إن التغريدة مؤسفة.", tagged=True)[:1] == ["ويس ستريتينغ"]
