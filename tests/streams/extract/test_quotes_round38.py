"""Quotation speakers, round r38: reporting verbs the extractor did not know, kept when the opened sets annotated
under the present conventions mark them (ويعتقد الادعاء العام أن, set C5), each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_believes_in_the_present_reports_with_its_subject_after_it() -> None:
    # ويعتقد فلان أن، وتعتقد الشرطة أن: a view, as يرى reports one
    assert speakers("ويعتقد الخبير خالد العمري أن الأسعار سترتفع العام المقبل.") == ["خالد العمري"]
    assert speakers("وتعتقد الشرطة أن المتهم غادر المدينة قبل يومين.") == ["الشرطة"]
    assert speakers("ويعتقد الباحثون أن عمر هذه الآثار يتجاوز خمسة آلاف سنة.") == ["الباحثون"]


def test_believes_without_a_subject_of_its_own_reports_nothing() -> None:
    # يعتقد أن ("it is believed"), مما يعتقد أنه: no one the text names
    assert speakers("ويعتقد أن الحريق نتج عن تماس كهربائي في المبنى.") == []
    assert speakers("وعثر المحققون على الوثائق، مما يعتقد أنه دليل جديد في القضية.") == []


def test_believes_with_a_noun_object_reports_nothing() -> None:
    # يعتقد الناس بالخرافات: a belief in a thing, no words
    assert speakers("ويعتقد بعض الناس بالخرافات رغم انتشار التعليم في القرى.") == []
