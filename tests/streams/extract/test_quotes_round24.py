"""Quotation speakers, round r24: failure kinds found in the opened sets S1, S3, v30 and v32
(tests/gold/facts/README.md), each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_view_verbs_subject_then_a_day_reports() -> None:
    # اعتبر + the subject + اليوم (a day names no object) + أن: the subject's view
    assert speakers("اعتبر رئيس الحزب الوطني سامي العلوي اليوم أن الحكومة فشلت.") == ["سامي العلوي"]
    assert speakers("اعتبر أمين عام الحزب الوطني، سامي العلوي، اليوم الأربعاء، أن الحكومة فشلت.") == ["سامي العلوي"]
    # an object before the day is still an opinion about it, no words
    assert speakers("واعتبر الوزير الخطوة اليوم أمرا عاديا وأن الوضع مستقر.") == []
    # a bare verb stays as before
    assert speakers("قال سامي العلوي إن الحزب قوي. واعتبر أن الحكومة فشلت.") == ["سامي العلوي", "سامي العلوي"]
