"""Quotation speakers, round r27: the subject of a verb that reveals something with عن, each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_name_inside_what_is_revealed_after_an_is_not_the_subject() -> None:
    # أعلنت الجمعية عن وفاة ... فلان: the name sits in what is announced; the participle goes on from the body
    assert speakers("وأعلنت الجمعية في بيان لها عن وفاة معتقل في سجون نظام بشار الأسد، مبينة أن المعتقل كان مريضا.") \
        == ["الجمعية"]
    assert speakers("وكشفت اللجنة عن إصابة طفل برصاص حرس سعد الحريري، مؤكدة أن حالته مستقرة.") == ["اللجنة"]
    # a name before عن is still the subject
    assert speakers("وكشف مصدر أمني عن اعتقال خالد المحمد، مضيفا أن التحقيق جار.") == ["مصدر أمني"]
    assert speakers("وأعلن وزير الصحة فهد الربيعة عن افتتاح مستشفى، مشيرا إلى أنه يضم مئة سرير.") == ["فهد الربيعة"]
    # عن inside the subject: a report issued by a body, the committee for forbidding wrong
    assert speakers("وكشف تقرير صادر عن الوزارة أن عدد الطلاب ارتفع.") == ["تقرير صادر عن الوزارة"]


def test_a_peoples_broken_plural_completes_a_body_heading_its_clause() -> None:
    # اتحاد المحامين العرب: العرب qualifies the lawyers as a nisba would; the object follows it
    assert speakers("ودان اتحاد المحامين العرب الجرائم المرتكبة، مشيرا إلى أن القانون واضح.") == ["اتحاد المحامين العرب"]
    assert speakers("ودانت رابطة الكتاب الأكراد القرار، مؤكدة أن الحوار هو الحل.") == ["رابطة الكتاب الأكراد"]


def test_masuula_is_an_office_as_masuul_is() -> None:
    # the feminine office after a name ends the name; before it, the name after it is the speaker
    assert speakers("وقالت سارة أحمد مسؤولة المتحف إن الزوار تضاعفوا.") == ["سارة أحمد"]
    assert speakers("وأوضحت مسؤولة الجناح بالمعرض سارة أحمد أن الزوار تضاعفوا.") == ["سارة أحمد"]
    # غير مسؤولة: an adjective, no office
    assert speakers("وأكدت الشركة أنها غير مسؤولة عن الحادث.") == ["الشركة"]


def test_ma_with_a_past_verb_of_circulating_is_the_object_not_the_subject() -> None:
    # نفى فلان ما تردد عن أن: what was said is denied; the subject ends before ما
    assert speakers("ونفى مصدر مسؤول ما تردد عن أن المطار سيغلق.") == ["مصدر مسؤول"]
    assert speakers("ونفت الوزارة ما نشرته الصحف من أن المطار سيغلق.") == ["الوزارة"]
    # ما + a present verb names: تنظيم ما يعرف بكذا
    assert speakers("وقال تنظيم ما يعرف بالجبهة إن الهجوم نجح.") == ["تنظيم ما يعرف بالجبهة"]
