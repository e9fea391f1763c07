"""Quotation speakers, round r72: kinds found among the errors of the opened S29 and S30, each as a short
constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_clock_time_opens_no_words() -> None:
    # الساعة 18:00: a colon between digits is a time (or a score), not a colon opening what is said
    text = "أعلنت الشركة نتائج اجتماع الجمعية العامة الذي عقد في الساعة 18:00 يوم الثلاثاء بمقرها في الرياض."
    assert speakers(text) == []
    text = "وقال الوزير: إن الاجتماع سيعقد غدا."  # (a colon that opens words still does)
    assert speakers(text) == ["الوزير"]


def test_several_circumstances_between_commas_after_a_view_verb() -> None:
    # واعتبر فلان، في حوار مع ...، اليوم الأربعاء، خلال برنامج ...، أن: each aside between commas, then the words
    text = ("واعتبر المرايحي، في حوار مع إذاعة محلية، اليوم الأربعاء، خلال برنامج سياسي، أن البلاد تحتاج "
            "إلى انتخابات مبكرة.")
    assert speakers(text) == ["المرايحي"]


def test_a_feminine_fields_adjective_is_part_of_the_body() -> None:
    # للكرة الطائرة، للرماية الحديثة: the adjective of the field, not an object after the body's name
    text = "وقال الاتحاد السعودي للكرة الطائرة إن اللاعبين لم يحضروا الحفل."
    assert speakers(text) == ["الاتحاد السعودي للكرة الطائرة"]
    text = "وأصدر الاتحاد السعودي للكرة الطائرة، أمس، بيانا حيث أكد فيه أن الحفل كان في سفينة."
    assert speakers(text) == ["الاتحاد السعودي للكرة الطائرة"]


def test_a_pronoun_after_a_relative_verb_stands_for_its_antecedent() -> None:
    # المقابلة التي قالت فيها إنها: the interview is where she spoke, not who spoke; the one speaking goes on
    text = "وقالت الطالبة إنها سعيدة بالنتيجة. ونجحت في المقابلة الشخصية التي قالت فيها إنها تدرس الطب."
    assert speakers(text) == ["الطالبة", "الطالبة"]
    text = "وقالت المتهمة إنها بريئة، وأشارت إلى الرسالة التي قالت فيها إنها ضحية."
    assert speakers(text) == ["المتهمة", "المتهمة"]
    # (a statement's owner still speaks: تصريحات فلان التي أكد فيها أن)
    text = "وانتقد الصحفيون تصريحات المرشد علي خامنئي الأخيرة التي أكد فيها أن الاتفاق لن يغير شيئا."
    assert speakers(text) == ["علي خامنئي"]


def test_a_need_nouns_verbal_noun_before_bi_anna_is_its_object() -> None:
    # شددت على ضرورة الالتزام بأن: what is needed, no words reported
    text = "وقالت الوزيرة إن الخطة جاهزة. وشددت على ضرورة الالتزام بأن يكون الزي موحدا في المدارس."
    assert speakers(text) == ["الوزيرة"]
    # (but في أهمية البحث أنه: the topic he spoke on, then his words)
    text = "وقال الباحث إن الدراسة اكتملت. وأوضح الباحث في أهمية البحث أنه يسهم في تطوير الصناعة."
    assert speakers(text) == ["الباحث", "الباحث"]


def test_minha_ends_a_subject() -> None:
    # ودحر المليشيات منها في عملية نوعية، أن: the place taken, not who spoke; the subject after the verb speaks
    text = ("وأكدت الوزارة في بيان أصدرته أمس بمناسبة تحرير القاعدة ودحر المليشيات الانقلابية منها في عملية "
            "نوعية، أن المليشيات باتت في تراجع.")
    assert speakers(text) == ["الوزارة"]


def test_people_of_a_field_hold_a_view() -> None:
    # يرى محللون في مجال ... أن: the people and the field they work in are the subject, no object judged
    text = "كما يرى محللون في مجال تكنولوجيا الاتصالات أن نظام التشغيل هو سر النجاح."
    assert speakers(text) == ["محللون"]
