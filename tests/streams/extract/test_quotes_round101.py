"""Quotation speakers, round r101: kinds of an audit of 150 quotations over unread text (seed 101), each as a short
constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_radio_spoken_to_is_no_speaker() -> None:
    # وأضافت لراديو هيئة الإذاعة البريطانية "…": the radio is spoken to, the minister speaks on
    assert speakers("وقالت وزيرة الداخلية سارة أحمد اليوم إن المهاجم كان معروفا. "
                    "وأضافت لراديو هيئة الإذاعة البريطانية (بي.بي.سي) \"يبدو أنه لم يفعل هذا بمفرده\".") \
        == ["سارة أحمد", "سارة أحمد"]


def test_a_radio_ends_the_speakers_name() -> None:
    # وقال فلان لراديو سوا إن: the name stops before the one spoken to
    assert speakers("وقال مصدر أمني لراديو سوا إن الهجوم فشل.") == ["مصدر أمني"]


def test_daif_allah_after_an_office_and_its_field_is_a_name() -> None:
    # وأوضح مدير المستشفى ضيف الله فلان أن: the office's holder, his compound first name, not a guest
    assert speakers("وأوضح مدير المستشفى ضيف الله سحيمان الشراري، أن البطاقة تتضمن بيانات المريض.") \
        == ["ضيف الله سحيمان الشراري"]
    assert speakers("وأضاف مدير الإدارة فضل الله المالكي أن العمل مستمر.") == ["فضل الله المالكي"]
