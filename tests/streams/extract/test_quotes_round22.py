"""Quotation speakers, round r22: failure kinds found in the opened set C6
(tests/gold/facts/README.md), each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_an_elder_before_a_named_sheikh_is_an_office() -> None:
    # شيخ (شمل) قبيلة … الشيخ فلان: the indefinite elder heads an office, and the named sheikh after it speaks
    assert speakers("وقال شيخ قبيلة بني عامر الشيخ سعد المالكي إن الشباب واع.") == ["سعد المالكي"]
    assert speakers("أكد شيخ شمل قبائل بني مالك الشيخ سعد بن علي المالكي: أن هذا الحادث جريمة.") == [
        "سعد بن علي المالكي"]
    # the elder of a definite body stays as before
    assert speakers("وقال شيخ القبيلة إن الشباب واع.") == ["شيخ القبيلة"]
    # شيخ inside a name is no office
    assert speakers("وقال الرئيس حسن شيخ محمود إن الجيش تقدم.") == ["حسن شيخ محمود"]


def test_a_first_name_glued_like_a_preposition_starts_the_name() -> None:
    # المتحدث الرسمي بندر خالد العتيبي: بندر (like ب + ندر) was read as a place after ب and cut off the name
    assert speakers("وقال المتحدث الرسمي للهيئة بندر خالد العتيبي إن الخدمة مستمرة.") == ["بندر خالد العتيبي"]
    assert speakers("وأوضح المدير لطفي سالم الغامدي، أن العمل بدأ.") == ["لطفي سالم الغامدي"]
    # a place after ب before the name is still left out
    assert speakers("وقال مدير الهلال الأحمر بحائل محمد سعد الطيار إن الخدمة مستمرة.") == ["محمد سعد الطيار"]


def test_a_group_keeps_its_named_region() -> None:
    # أكد عدد من مواطني منطقة عسير أن: the noun in construct, then a region with its name (cut after the noun)
    assert speakers("أكد عدد من مواطني منطقة جازان، أن الحادث جبان.") == ["عدد من مواطني منطقة جازان"]
    assert speakers("وقال عدد من أهالي محافظة القطيف إن الطريق مغلق.") == ["عدد من أهالي محافظة القطيف"]
    # a definite complement stays as before
    assert speakers("أكد عدد من أهالي المنطقة أن الحادث جبان.") == ["عدد من أهالي المنطقة"]
