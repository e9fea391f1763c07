"""Quotation speakers, round r226 (errors of the opened fresh sets S61–S68 left after r225); constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_an_outlets_letters_after_an_office_are_no_name() -> None:
    text = "وأكد مبعوث جوهرة اف أم إلى الجزائر أن الإطار الفني قد يقرر خوض الحصة."
    assert speakers(text, tagged=True) == ["مبعوث جوهرة اف أم"]


def test_a_mothers_kunya_is_not_her_sons_name() -> None:
    text = ("ولاحظت أم محمد انعدام المساواة بين المرأة والرجل. وتدخل محمد عبر اتصال هاتفي من الكويت لتأكيد هذه "
            "التعطيلات مؤكدا أن شقيقيه يحملان الجنسية التونسية.")
    assert speakers(text, tagged=True) == ["محمد"]


def test_an_adverb_in_iyyan_after_the_verb_is_no_subject() -> None:
    text = ("ولاحظت أم محمد انعدام المساواة. بدوره، تدخل هاتفيا المواطن التونسي فارس الشيخ والذي يحمل أيضا الجنسية "
            "الفلسطينية، مؤكدا أنه تعرض للتجربة ذاتها.")
    assert speakers(text, tagged=True) == ["فارس الشيخ"]


def test_a_bodys_second_field_joined_by_wa() -> None:
    text = "ودعت الهيئة العامة للغذاء والدواء إلى اتباع الإرشادات الصحية. وأشارت إلى أن التسمم الغذائي حالة مرضية."
    assert speakers(text, tagged=True) == ["الهيئة العامة للغذاء والدواء"]


def test_the_object_right_after_a_name_is_no_second_person() -> None:
    text = ("أكد المدير الجهوي للصحة العمومية بصفاقس عماد المعلول خبر إصابة عدد من التلاميذ بمرض التهاب الكبد. "
            "وأوضح المعلول في المقابل أن \"الرقم مبالغ فيه\".")
    assert speakers(text, tagged=True) == ["عماد المعلول"]


def test_some_time_ago_between_the_verb_and_its_subject() -> None:
    text = "وقالت في وقت سابق هوغيت لابيل رئيسة الشفافية الدولية: «الفساد منتشر في الأسواق»."
    assert speakers(text, tagged=True) == ["هوغيت لابيل"]
    assert speakers("وقال في وقت سابق وزير الخارجية إن الاتفاق قريب.", tagged=True) == ["وزير الخارجية"]
