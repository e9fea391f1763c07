"""Quotation speakers, round r240 (errors of the opened fresh sets S72, S94, S96); constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_region_before_a_first_name_and_bin_is_no_first_name() -> None:
    text = ("دان عميد الجالية اليمنية في المملكة رئيس الجالية بمنطقة عسير ناصر بن علي العزيزي، باسمه ونيابة عن "
            "الجالية، الحادث الإرهابي. وقال عميد الجاليات اليمنية في المملكة: «لا غرابة أن نقف جميعا إلى جانب "
            "المملكة».")
    assert speakers(text, tagged=True) == ["ناصر بن علي العزيزي"]


def test_the_city_an_ambassador_serves_in_is_no_part_of_his_name() -> None:
    text = "وقال السفير الإماراتي لدى واشنطن يوسف العتيبة إنه لا يوجد جانب عسكري في الخلاف."
    assert speakers(text, tagged=True) == ["يوسف العتيبة"]


def test_an_office_word_after_a_maghrebi_first_name_before_the_addressee_is_his_family_name() -> None:
    text = 'وقال الناطق باسم الحماية المدنية، المنجي القاضي ل"الجوهرة أف ام" إن سائق شاحنة فر هاربا.'
    assert speakers(text, tagged=True) == ["المنجي القاضي"]


def test_the_outlet_spoken_to_before_an_office_is_not_the_speaker() -> None:
    text = ("أوضح ذلك لسبق مدير عام فرع وزارة العمل بنجران خالد بن علي الدوسري، مشيرا إلى أن المكتب ضبط عددا من "
            "المخالفات.")
    assert speakers(text, tagged=True) == ["خالد بن علي الدوسري"]
