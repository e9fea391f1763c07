"""Quotation speakers, round r92: kinds rounds r89 and r90 left, each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers

LEAD = "قال المهندس سعد الغامدي إن المشروع تأخر كثيرا. "


def test_the_one_who_agrees_goes_on_to_speak() -> None:
    # واتفق معه فلان ويقول:، ووافقه في ذلك فلان قائلا: the one agreeing speaks, not the one agreed with
    assert speakers(LEAD + "واتفق معه خالد العتيبي ويقول: نحن ننتظر الافتتاح منذ سنوات.") == \
        ["سعد الغامدي", "خالد العتيبي"]
    assert speakers(LEAD + "ووافقه في ذلك خالد العتيبي قائلا: نحن ننتظر الافتتاح منذ سنوات.") == \
        ["سعد الغامدي", "خالد العتيبي"]
    assert speakers(LEAD + "ويتفق معه عبدالله الحربي -معلم- ويقول: نحن ننتظر الافتتاح.") == \
        ["سعد الغامدي", "عبدالله الحربي"]
    assert speakers("قالت سارة الأحمد إن المشروع تأخر كثيرا. ووافقتها بالرأي منى السالم وأضافت أن الناس"
                    " ينتظرون الافتتاح.") == ["سارة الأحمد", "منى السالم"]


def test_agreeing_needs_its_own_clause() -> None:
    # (a blessing أيده الله is no one agreeing; the one speaking goes on)
    assert speakers("قال الوزير إن الملك - أيده الله - حريص على الدعم. وأكد أن الدعم مستمر.") == ["الوزير"] * 2
