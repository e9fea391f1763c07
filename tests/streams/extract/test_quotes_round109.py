"""Quotation speakers, round r109: kinds of an audit of 150 ANT quotations over unread text (seed 109), each as a
short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_maghrebi_first_name_in_al_stays_with_the_tagged_family_name() -> None:
    # رئيس الجمهورية، الباجي قايد السبسي: the tagger's span stops after the first name in ال, the name is whole
    assert speakers("قال رئيس الجمهورية، الباجي قايد السبسي إنه لم يكن يعرف الرجل.", tagged=True) \
        == ["الباجي قايد السبسي"]
    assert speakers("قال رئيس الجمهورية الباجي قايد السبسي إن الحوار مستمر.", tagged=True) == ["الباجي قايد السبسي"]


def test_a_family_name_with_bin_takes_a_maghrebi_first_name_met_before() -> None:
    # اعتبر الإعلامي الطاهر بن حسين ... وأوضح بن حسين أن: the full name met before
    assert speakers("اعتبر الإعلامي الطاهر بن حسين الاتهام مضحكا. وأوضح بن حسين أن السعودية متورطة.") \
        == ["الطاهر بن حسين"]
    assert speakers("قال الإعلامي الطاهر بن حسين إن الوضع مستقر. وأوضح بن حسين أن السعودية متورطة.") \
        == ["الطاهر بن حسين", "الطاهر بن حسين"]


def test_the_pronoun_of_a_passive_participle_opens_no_name() -> None:
    # محامي المشتبه به الألماني: به closes المشتبه به, the lawyer named before it speaks
    assert speakers("وقال لويجي كونتي محامي المشتبه به الألماني إن الحقيبة تختلف. وأوضح المحامي أنه سيتم تشريح الجثة.") \
        == ["لويجي كونتي", "لويجي كونتي"]


def test_a_nominative_dual_relative_ends_the_subject() -> None:
    # أحد المحاميين اللذان حضرا الندوة: the relative clause is no part of the speaker
    assert speakers("وقال أحد المحاميين اللذان حضرا الندوة، إنه يملك وثائق.") == ["أحد المحاميين"]
    assert speakers("وقالت إحدى الطبيبتين اللتان عالجتا المريض إن حالته مستقرة.") == ["إحدى الطبيبتين"]
