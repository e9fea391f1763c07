"""Quotation speakers, round r70: kinds found by the audit of main's quotations over unread text (seed 70), each as a
short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_certainty_in_one_word_ends_the_name() -> None:
    # وقالت فلانة لاشك أن، وأكد فلان بلاشك أن: the adverb of certainty written as one word is no family name
    text = "وقالت سارة أم خالد لاشك أن تنظيم الوقت مهم جدا للأسر في موسم العيد."
    assert speakers(text) == ["سارة أم خالد"]
    text = "وأكد خالد الحربي بلاشك أن السوق يشهد نموا كبيرا."
    assert speakers(text) == ["خالد الحربي"]


def test_a_name_opening_the_sentence_then_its_office_between_commas() -> None:
    # فلان، رئيسها التنفيذي، يقول إنه: the name opening the sentence speaks, not the office apposed to him (an
    # office with its body's pronoun, a family name in ال)
    text = "ونمت الشركة كثيرا هذا العام. دانيال إيك، رئيسها التنفيذي، يقول إنه رفض عروض استحواذ كبيرة."
    assert speakers(text) == ["دانيال إيك"]
    text = "ونمت الشركة كثيرا هذا العام. خالد العتيبي، مدير المركز، يقول إن الخدمات تحسنت كثيرا."
    assert speakers(text) == ["خالد العتيبي"]
    text = "سارة الأحمد، رئيستها التنفيذية، تقول إن الشركة تنمو."
    assert speakers(text) == ["سارة الأحمد"]
