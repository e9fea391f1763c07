"""Quotation speakers, round r84: kinds found by an audit of 150 quotations over unread text (seed 84), each as a
short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_an_inspector_office_after_a_name_ends_it() -> None:
    # فلان المفتش العام للشرطة، فلانة المفتشة العامة للتعليم: the office in apposition, no family name
    assert speakers('وقال الجنرال أحمد سالم المفتش العام للشرطة في المدينة "كان هناك حفل انقلب إلى مأساة بعد دخول المسلحين".') == ["أحمد سالم"]
    assert speakers("وقال اللواء أحمد سالم المفتش العام للشرطة إن التحقيق جار.") == ["أحمد سالم"]
    assert speakers("وقال أحمد سالم مفتش الشرطة إن التحقيق جار.") == ["أحمد سالم"]
    assert speakers("وقالت سلمى سالم المفتشة العامة للتعليم إن التحقيق جار.") == ["سلمى سالم"]
    # (the office before the name stays a title, as before)
    assert speakers("وقال المفتش العام للشرطة أحمد سالم إن التحقيق جار.") == ["أحمد سالم"]
