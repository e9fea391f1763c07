"""Quotation speakers, round r53: names cut short and quotations missed in the opened speaker sets S17 and S18, each
as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_group_named_by_a_construct_chain_keeps_the_whole_chain() -> None:
    # عدد من أصحاب محلات بيع الإطارات: indefinite nouns in construct up to the definite one name the group
    text = "أكد عدد من أصحاب محلات بيع الإطارات عدم علمهم بالقرار الجديد. وقالوا إنهم ينتظرون التعليمات من الهيئة."
    assert speakers(text) == ["عدد من أصحاب محلات بيع الإطارات"]
    text = "وقال عدد من أصحاب المحلات التجارية إنهم ينتظرون التعليمات."
    assert speakers(text) == ["عدد من أصحاب المحلات التجارية"]
    text = "وقال عدد من سكان حي الروضة إنهم ينتظرون التعليمات."
    assert speakers(text) == ["عدد من سكان حي الروضة"]
    # but the group ends where no definite word closes the chain (عدد من المواطنين أمس)
    text = "وقال عدد من المواطنين أمس إنهم ينتظرون التعليمات."
    assert speakers(text) == ["عدد من المواطنين"]


def test_a_view_from_an_office_in_a_body_named_by_a_construct_then_the_name() -> None:
    # اعتبر القيادي في حزب المؤتمر من أجل الجمهورية فلان إن: the office, its body and the holder are the subject
    text = "اعتبر القيادي في حزب المؤتمر من أجل الجمهورية سامي الكحلاوي إنّ وضع البلاد اليوم حساس وهش."
    assert speakers(text) == ["سامي الكحلاوي"]
    text = "واعتبرت الناشطة في منظمة العفو الدولية سامية الكحلاوي أن وضع البلاد حساس."
    assert speakers(text) == ["سامية الكحلاوي"]
    # but a view verb on an object after an occasion, with a name inside the object: no words reported
    text = "واعتبر الوزير في خطابه تصريحات خالد العلي أن الوضع حساس."
    assert speakers(text) == []


def test_united_is_an_adjective_of_the_body_name() -> None:
    # سفارة المملكة المتحدة: المتحدة qualifies the country the body is of, as a nisba does
    text = "وكانت سفارة المملكة المتحدة بتونس قد نشرت أمس بلاغا ذكرت فيه أن الإجراءات ضرورية."
    assert speakers(text) == ["سفارة المملكة المتحدة"]


def test_a_nisba_of_a_thing_does_not_title_the_words_after_it() -> None:
    # وفي تقريرها الشهري رفعت أوبك: the monthly report, then a verb whose subject is the body; أوبك alone speaks
    text = 'وفي تقريرها الشهري رفعت أوبك التوقعات للإمدادات. وقالت أوبك "من المتوقع أن ينخفض الإنتاج".'
    assert speakers(text) == ["أوبك"]
    # but a nisba of a title still leads to the full name (الرئيس الروسي فلاديمير بوتين)
    text = "التقى الرئيس الروسي فلاديمير بوتين بالوفد. وقال بوتين إن اللقاء مثمر."
    assert speakers(text) == ["فلاديمير بوتين"]


def test_a_first_name_that_is_an_office_word_after_a_title() -> None:
    # الدكتور مساعد الأحمد: مساعد after a title and before a family name is the first name, not "assistant"
    text = "وأوضح المشرف العام على البرنامج، الدكتور مساعد الأحمد أن الخريجين تمكنوا من ذلك."
    assert speakers(text) == ["مساعد الأحمد"]
    text = "وقال الشيخ مساعد بن حمد الفلاني إن الخريجين تمكنوا من ذلك."
    assert speakers(text) == ["مساعد بن حمد الفلاني"]
    # but مساعد in construct with an office stays an office (الدكتور مساعد وزير الصحة)
    text = "وقال الدكتور مساعد وزير الصحة إن الخريجين تمكنوا من ذلك."
    assert speakers(text) == ["الدكتور مساعد وزير الصحة"]


def test_a_royal_name_an_institution_bears_gives_way_to_its_director() -> None:
    # مدير مطار الأمير محمد بن عبدالعزيز المهندس فلان: the airport's namesake, then the one who speaks
    text = "وأوضح مدير مطار الأمير محمد بن عبدالعزيز المهندس سامي الفاضل أنه تم إعادة السائقين للعمل."
    assert speakers(text) == ["سامي الفاضل"]
    text = "وأوضح مدير جامعة الأمير سطام بن عبدالعزيز الدكتور سامي الفاضل أنه تم إعادة السائقين للعمل."
    assert speakers(text) == ["سامي الفاضل"]
    # but a prince named with no institution before him speaks himself
    text = "وأوضح صاحب السمو الملكي الأمير سطام بن عبدالعزيز أنه تم إعادة السائقين للعمل."
    assert speakers(text) == ["سطام بن عبدالعزيز"]
