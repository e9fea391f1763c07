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


def test_he_then_a_bare_view_verb_goes_on_with_the_speaker() -> None:
    # وهو يرى أن، وهي ترى أن opening a sentence soon after words reported: the pronoun is the one speaking
    assert speakers("وقال المحامي خالد سالم إن القضية معقدة. وهو يرى أن المحكمة ستؤجل الحكم.") == ["خالد سالم"] * 2
    assert speakers("وقالت الباحثة سلمى حداد إن النتائج مشجعة. وهي ترى أن الدواء آمن.") == ["سلمى حداد"] * 2
    # (no words reported before, a pronoun of the other gender, or inside a sentence: nothing)
    assert speakers("وصل المحامي خالد سالم إلى المحكمة. وهو يرى أن المحكمة ستؤجل الحكم.") == []
    assert speakers("وقال المحامي خالد سالم إن القضية معقدة. وهي ترى أن المحكمة ستؤجل الحكم.") == ["خالد سالم"]
    assert speakers("وقال المحامي خالد سالم إن القضية معقدة. وحضرت الجلسة وهو يرى أن المحكمة ستؤجل الحكم.") \
        == ["خالد سالم"]
