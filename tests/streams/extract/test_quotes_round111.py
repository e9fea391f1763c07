"""Quotation speakers, round r111: kinds of an audit of 150 quotations over unread text (seed 111), each as a short
constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_those_met_with_open_no_name_after_the_office() -> None:
    # وناقش المحافظ معهم ضرورة ...، موضحا: معهم names those he talked with, the object follows; the governor speaks
    assert speakers("وناقش المحافظ معهم ضرورة تفعيل الأقسام النسائية، موضحاً أن ذلك ليس في مصلحة العمل.") == ["المحافظ"]
    assert speakers("وبحث الوزير معهم سبل التعاون، مؤكدا أن العلاقات متينة.") == ["الوزير"]
    assert speakers("وتناولت الوزيرة معها أوضاع المرأة، مشيرة إلى أن الدعم مستمر.") == ["الوزيرة"]


def test_one_agreeing_with_the_speaker_after_maahu_still_speaks() -> None:
    # واتفق معه فلان قائلا: the name after معه is the subject, as before
    assert speakers("واتفق معه المدرب الوطني خالد العمري قائلا إن الفريق جاهز.") == ["خالد العمري"]
