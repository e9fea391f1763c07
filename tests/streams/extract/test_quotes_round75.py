"""Quotation speakers, round r75: kinds found by the audit of main's quotations over unread text (seed 75), each as a
short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_the_one_the_newsroom_met_speaks() -> None:
    # والتقينا بأحد مرتادي العين فلان، وقال: the one the newsroom met (one of a group, or an office) is the subject
    # of the verb after the comma, as the one it called is (وباتصالنا بالمندوبة فلانة، أكدت)
    text = "وألتقينا بأحد مرتادي الحديقة صالح بن أحمد البالغ من العمر 54 عامًا، وقال : إنني أتردد على هذا المكان كثيرا."
    assert speakers(text) == ["صالح بن أحمد"]
    text = "والتقينا بإحدى الأمهات سارة الأحمد، وقالت إن المدرسة بعيدة عن الحي."
    assert speakers(text) == ["سارة الأحمد"]
    text = "والتقينا بالمواطن خالد العتيبي، وقال إن الأسعار ارتفعت كثيرا هذا الشهر."
    assert speakers(text) == ["خالد العتيبي"]
