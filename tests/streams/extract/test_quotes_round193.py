"""Quotation speakers, rounds from stop 33: a long occasion between the subject and its words, and a name that goes on
after بن with علي; constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_long_occasion_on_the_margin_of_an_event_keeps_the_named_subject() -> None:
    # على هامش opens where he spoke, as في and خلال do: the words after it, however many, are no subject
    text = ("قال الأمين العام للاتحاد العام التونسي للشغل حسين العباسي على هامش ندوة تكوينية قطاعية نظمتها اليوم "
            "السبت 12 نوفمبر 2016 الجامعة العامة للكيمياء والنفط حول دور الجباية في دفع التنمية بالحمامات إنه لا "
            "علاقة لتصريحات الحكومة بالواقع.")
    assert speakers(text, tagged=True) == ["حسين العباسي"]


def test_ali_after_bin_is_the_fathers_name_before_the_complementizer_or_an_object() -> None:
    # علي إن reads like على إن (insisted that) and علي عدم like a verb before عدم: after بن it is a name
    assert speakers("وقال الوزير محسن بن علي إن الوضع جيد.", tagged=True) == ["محسن بن علي"]
    text = ("في المقابل، جدد والي الجهة محسن بن علي عدم وعده بتشغيلهم، مؤكدا أن التشغيل متاح للجميع عبر "
            "المناظرات.")
    assert speakers(text, tagged=True) == ["محسن بن علي"]
    # without بن, على before أن stays the preposition of the verb
    assert speakers("وقال الوزير إن الطريق مفتوح. وأكد الوزير على أن العمل جار.", tagged=True) == ["الوزير", "الوزير"]
