"""Quotation speakers, round r254 (a statement's words after جاء في, which the blind sets mark); constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_the_words_of_a_statement_are_its_issuers() -> None:
    text = ("تم العثور على مسدس ناري عند تفتيش منزله. وجاء في بلاغ لوزارة الداخلية أنه بالتحري معه تبين أنه يتواصل مع "
            "عناصر إرهابية.")
    assert speakers(text, tagged=True) == ["بلاغ لوزارة الداخلية"]


def test_a_statement_quoted_after_a_colon() -> None:
    text = "وجاء في بيان النادي: \"نحن سعداء للتوصل الى اتفاق مع المدرب لتمديد عقده\"."
    assert speakers(text, tagged=True) == ["بيان النادي"]


def test_the_text_of_the_statement_is_the_statement() -> None:
    text = "وأصدرت المنظمة بلاغا. وجاء في نص البلاغ أنه \"بتاريخ 20 جويلية تولت المنظمة إعلام الوزارة\"."
    assert speakers(text, tagged=True) == ["البلاغ"]


def test_a_statement_with_its_issuer_glued_by_lam_keeps_it() -> None:
    text = "وقال بلاغ لوزارة الدفاع الوطني إنه تم إيقاف ثلاثة أشخاص قرب الحدود."
    assert speakers(text, tagged=True) == ["بلاغ لوزارة الدفاع الوطني"]


def test_what_came_in_a_statement_with_no_words_after_it_is_no_quotation() -> None:
    text = "ويأتي هذا القرار في إطار مكافحة الإرهاب، بحسب ما جاء في البيان. وجاء في المرتبة الثانية فريق النصر."
    assert speakers(text, tagged=True) == []


def test_a_passive_clause_describes_the_statement() -> None:
    text = "وجاء في بيان تم نشره على الإنترنت مطلع الأسبوع الجاري أن الهجوم كان موجها ضد سياسة اللجوء."
    assert speakers(text, tagged=True) == ["بيان"]
