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
