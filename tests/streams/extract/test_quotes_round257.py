"""Quotation speakers, round r257 (أفصح, disclosed); constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_disclosed_reports_words() -> None:
    text = ("ومن المقرر أن يبدأ الاجتماع أعماله الخميس المقبل، فيما أفصح دبلوماسي مصري مسؤول معني بهذه القضية أن "
            "الاجتماع سيتصدره مناقشة 3 قضايا رئيسية.")
    assert speakers(text, tagged=True) == ["دبلوماسي مصري"]


def test_sources_disclose_to_a_paper() -> None:
    text = "أفصحت مصادر محلية وشهود عيان لـ «عكاظ» أن مجاميع من الحوثيين في لحج وأبين بدأت بالانسحاب."
    assert speakers(text, tagged=True) == ["مصادر محلية وشهود عيان"]
