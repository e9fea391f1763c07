"""Quotation speakers, round r97: kinds of an audit of 150 quotations over unread text (seed 97), each as a short
constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_complementizer_with_ba_ends_the_name() -> None:
    # وأضاف العقيد طارق بأن: the words reported open after a first name alone, بأن is no name word
    assert speakers("وأضاف العقيد طارق بأن المركز لديه عشرون موظفا.") == ["طارق"]
    assert speakers("وأكد الدكتور خالد بأن المشروع سيكتمل قريبا.") == ["خالد"]
    assert speakers("وأضاف العقيد طارق بان المركز لديه عشرون موظفا.") == ["طارق"]


def test_a_fuller_name_stays_after_the_first_name_alone() -> None:
    # the first name alone after a title takes the full name met before, not one run on to بأن
    assert speakers("وقال مدير الجوازات العقيد طارق الحربي إن المهلة مددت. وزاد العقيد طارق بأن المركز يعمل.") \
        == ["طارق الحربي", "طارق الحربي"]


def test_a_date_is_no_speaker() -> None:
    # أوضحت دراسة في المجلة بتاريخ 22 مايو أن: the date the words were given, the study speaks
    assert speakers("ذكرت دراسة جديدة في المجلة البريطانية للأمراض الجلدية بتاريخ 4 يناير 2016 أن المرض يرتبط بالسكري.") \
        == ["دراسة جديدة"]


def test_a_date_ends_the_name() -> None:
    # وذكر الموقع بتاريخ 22 مايو أن: the date after the speaker is no part of it
    assert speakers("وذكر الموقع بتاريخ 22 مايو أن الأسعار ارتفعت.") == ["الموقع"]
    assert speakers("وأعلنت الشركة بتاريخ 3 يونيو أن الأرباح زادت.") == ["الشركة"]
    assert speakers("وكشفت دراسة نشرتها مجلة لانسيت بتاريخ 5 مارس أن التدخين يضر بالقلب.") == ["دراسة نشرتها مجلة لانسيت"]


def test_a_name_then_a_complementizer_stays() -> None:
    # a full name then بأن: unchanged
    assert speakers("وأضاف العقيد طارق الحربي بأن المركز يعمل.") == ["طارق الحربي"]


def test_a_magazine_or_paper_keeps_its_quoted_name() -> None:
    # مجلة، جريدة as صحيفة: the head of a medium's name, the quoted name and its nisba stay in it
    assert speakers('وأوردت جريدة "الشروق" الجزائرية أن مسلحا قتل.') == ['جريدة "الشروق" الجزائرية']
    assert speakers('وقالت مجلة "تايم" الأمريكية، إن الحريق كبير.') == ['مجلة "تايم" الأمريكية']
