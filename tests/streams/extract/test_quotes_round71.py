"""Quotation speakers, round r71: kinds found among the errors of the opened S27 and S28, each as a short
constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_the_one_it_was_said_by_before_speaks() -> None:
    # وسبق لفلان أن أكد أن: "he had stated before"; the one after ل speaks, not the last speaker
    text = ("وقال المسؤول إن الرئيس سيلقي خطابا غدا. وسبق لأوباما أن أكد أن البديل عن الاتفاق هو الحرب.")
    assert speakers(text) == ["المسؤول", "أوباما"]
    text = ("وقال المسؤول إن الرئيس سيلقي خطابا غدا. وسبق لاوباما وان اكد مرارا ان البديل عن الاتفاق هو الحرب.")
    assert speakers(text) == ["المسؤول", "اوباما"]
    text = ("وقال المتحدث إن الوفد سيصل غدا. وسبق لوزير الخارجية جون كيري أن صرح بأن الحل سياسي.")
    assert speakers(text) == ["المتحدث", "جون كيري"]
    # (سبق له أن: the one speaking goes on)
    text = "وقال المسؤول إن الرئيس سيلقي خطابا غدا. وسبق له أن أكد أن البديل عن الاتفاق هو الحرب."
    assert speakers(text) == ["المسؤول", "المسؤول"]


def test_a_second_time_is_no_speaker() -> None:
    # وأكد ثانية أن: the adverb alone, the one speaking goes on
    text = "وقال وزير الخارجية عادل الجبير إن المفاوضات مستمرة. وأكد ثانية أن الحل سياسي."
    assert speakers(text) == ["عادل الجبير", "عادل الجبير"]


def test_a_spokesmans_body_keeps_its_fields() -> None:
    # المتحدث باسم الرئاسة العامة للأرصاد وحماية البيئة: the body's fields after لل and و are its name, no one
    # spoken to and no person named وحماية; the one named with the office before speaks
    text = ("وقال المتحدث الرسمي باسم الرئاسة العامة للأرصاد وحماية البيئة إن العقوبات تصل إلى إغلاق المنشأة.")
    assert speakers(text) == ["المتحدث الرسمي باسم الرئاسة العامة للأرصاد وحماية البيئة"]
    text = ("قال سامي الحربي المتحدث الرسمي باسم الهيئة العامة للإحصاء والمعلومات، إن المسح سيبدأ قريبا. وأشار "
            "المتحدث الرسمي باسم الهيئة العامة للإحصاء والمعلومات إلى أن النتائج ستنشر في الربيع.")
    assert speakers(text) == ["سامي الحربي", "سامي الحربي"]
    # (a medium after the body is still the one spoken to)
    assert speakers("وقال المتحدث باسم الوزارة للإذاعة إن العقوبات تصل إلى الإغلاق.") == ["المتحدث باسم الوزارة"]
