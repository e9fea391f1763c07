"""Quotation speakers, round r25: a bare verb or participle after a clause whose subject acted on a noun
object carries that subject, each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_participle_after_a_view_on_an_object_carries_the_viewer() -> None:
    # واعتبر فلان القرار خطوة إيجابية، مضيفا: an opinion on an object, no words; the participle is the viewer's
    text = ("وقال رئيس اللجنة سعد الغامدي إن السوق مستقرة. واعتبر خالد العتيبي قرار الوزارة خطوة إيجابية، "
            "مضيفا أن القرار سيخدم المستثمرين.")
    assert speakers(text) == ["سعد الغامدي", "خالد العتيبي"]
    # the view verb reports words (أن after it): the speaker goes on past it as before
    text = ("وقال رئيس اللجنة سعد الغامدي إن السوق مستقرة. واعتبر أن القرار خطوة إيجابية، "
            "مضيفا أن القرار سيخدم المستثمرين.")
    assert speakers(text) == ["سعد الغامدي", "سعد الغامدي", "سعد الغامدي"]
    # a participle on an object after the view (مشيرا إلى القرار …) opens no words either: the viewer goes on
    text = ("وقال رئيس اللجنة سعد الغامدي إن السوق مستقرة. واعتبر خالد العتيبي قرار الوزارة خطوة إيجابية، "
            "مشيرا إلى القرار الجديد، مضيفا أن القرار سيخدم المستثمرين.")
    assert speakers(text) == ["سعد الغامدي", "خالد العتيبي"]
    # the view verb has no subject of its own (its object is a name, then a predicate): the speaker goes on
    text = ("وقالت الأديبة سارة الأحمد إن الجائزة مستحقة. واعتبرت فاطمة نموذجا للمرأة العربية، "
            "مؤكدة أن فوزها اعتراف عالمي.")
    assert speakers(text) == ["سارة الأحمد", "سارة الأحمد"]
