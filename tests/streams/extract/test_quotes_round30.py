"""Quotation speakers, round r30: failure kinds found in the opened speaker set S5 (tests/gold/facts/README.md),
each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_absar_after_a_speech_verbs_subject_heads_its_object() -> None:
    # كشف الرئيس فلان أبرز ملامح الخطة: the elative "the most prominent", no second verb (a second verb would come
    # after و, a comma or a relative)
    text = ("من جهته، كشف المدير التنفيذي للمعرض سامي العتيبي أبرز ملامح برنامج المعرض الذي يبدأ غدا. "
            "وأشار إلى أن اللجنة ستراقب الأسعار.")
    assert speakers(text) == ["سامي العتيبي"]
    # the verb أبرز with its own subject and أن still reports
    text = "وأبرز الوزير خالد السالم أن الخطة ناجحة."
    assert speakers(text) == ["خالد السالم"]
