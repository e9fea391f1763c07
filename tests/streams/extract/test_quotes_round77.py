"""Quotation speakers, round r77: kinds found by an audit of 150 quotations over unread text (seed 77), each as a
short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_country_nisba_before_a_one_word_name_introduces_it() -> None:
    # قال الإسباني مارتينيز: "the Spaniard Martinez", the nisba no family name, when the subject ends on the name or
    # an addressee glued to ل follows
    assert speakers("وقال الاسباني مارتينيز للصحفيين في المطار إن الفريق جاهز.") == ["مارتينيز"]
    assert speakers("وقال البرتغالي بيريرا إن الفريق جاهز للمباراة.") == ["بيريرا"]
    assert speakers("وأوضح الهولندي فانديرسار لصحيفة محلية أن الفريق جاهز.") == ["فانديرسار"]
    # (a family name that is a nisba, then the verb's object: no name after it)
    assert speakers("وأوضح المصري خطورة الوضع وقال إن الفريق جاهز.") == ["المصري"]
    assert speakers("وقال المصري لـ«عكاظ» إن الفريق جاهز.") == ["المصري"]


def test_a_compound_western_rank_is_a_title() -> None:
    # اللفتنانت كولونيل، الليفتنانت كولونيل، الميجر جنرال، اللفتنانت جنرال: both words are the rank, the name follows
    text = "واعتبر المتحدث العسكري اللفتنانت كولونيل بيتر لينر أن الهجوم عمل إرهابي."
    assert speakers(text) == ["بيتر لينر"]
    text = "وقال الميجر جنرال يواف مودخاي المسؤول عن الهدم إنه لا يخشى شيئا."
    assert speakers(text) == ["يواف مودخاي"]
    text = "وقال اللفتنانت جنرال جون هسترمان قائد القوات الجوية إن الطائرات لا تعرف ما تقصف."
    assert speakers(text) == ["جون هسترمان"]
    # (جنرال alone stays a name word: the company speaks)
    assert speakers("وقالت جنرال موتورز إن المبيعات ارتفعت.") == ["جنرال موتورز"]


def test_bayyana_after_a_particle_of_contrast_is_the_verb() -> None:
    # في حين بين فلان أن، فيما بين الوزير أن: بين opens the clause of contrast before a name or a title and أن
    text = "وأكد المدير أهمية الإعلام. في حين بين عبد الله كدسة أن المشهد لم يحقق النجاح المطلوب."
    assert speakers(text) == ["عبد الله كدسة"]
    text = "وأكد المدير أهمية الإعلام، فيما بين الوزير أن المشهد لم يحقق النجاح المطلوب."
    assert speakers(text) == ["الوزير"]
    # (فيما بين الدول: "among", no verb)
    assert speakers("وأكد المدير أن التعاون فيما بين الدول ضروري.") == ["المدير"]
