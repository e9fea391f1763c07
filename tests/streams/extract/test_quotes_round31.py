"""Quotation speakers, round r31: failure kinds found in the opened sets S5 and v33 (tests/gold/facts/README.md),
each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_body_announcing_an_object_speaks_on_after_the_so_called() -> None:
    # وأعلنت ما تسمى حركة ... مسؤولية ...: "the so-called" before the body named; the next bare verb is the body's,
    # not the agency quoted before
    text = ("وقالت وكالة الأنباء الرسمية إن الشرطة أبطلت عبوة ثانية. وأعلنت ما تسمى حركة الفجر مسؤولية الجماعة "
            "عن الهجوم. وقالت في حساب على تويتر إن عناصرها نفذت العملية.")
    assert speakers(text) == ["وكالة الأنباء الرسمية", "حركة الفجر"]
    text = "وقال ما يسمى المتحدث باسم الجماعة إن الهجوم نجح."
    assert speakers(text) == ["المتحدث باسم الجماعة"]


def test_a_bracketed_name_ends_the_subject_before_an_indefinite_object() -> None:
    # الناطقة باسم جماعة (جند الحق) | مسؤولية الجماعة: the noun after the brackets is the object
    text = ("وقالت وكالة الأنباء الرسمية إن الشرطة أبطلت عبوة ثانية. وأعلنت حركة الفجر الإعلامية الناطقة باسم جماعة "
            "(جند الحق) مسؤولية الجماعة عن الهجوم. وزعمت في حساب على تويتر أن عناصرها نفذت العملية.")
    assert speakers(text) == ["وكالة الأنباء الرسمية", "حركة الفجر الإعلامية الناطقة باسم جماعة (جند الحق)"]


def test_the_giver_of_a_statement_speaks_in_it_and_goes_on() -> None:
    # أصدر فلان بياناً أعرب فيه عن حزنه، كاشفاً عن أنه: the one who issued the statement, not the speaker before
    text = ("وقال الحربي إن المتهمين في السجن. من جهة أخرى، أصدر مدير جامعة الملك بيانا أعرب فيه عن حزنه، "
            "مؤكدا أنه ليس من طلابها.")
    assert speakers(text) == ["الحربي", "مدير جامعة الملك"]
    text = "وقال الحربي إن المتهمين في السجن. ووجه الوزير سامي العلي رسالة أكد فيها أن المشروع مستمر."
    assert speakers(text) == ["الحربي", "سامي العلي"]


def test_an_accusative_participle_ends_the_name() -> None:
    # قال المذيع فلان أديب ناعياً زميله: "mourning his colleague", a circumstantial participle, no part of the name
    text = 'فيما قال المذيع سامي أديب ناعياً زميله: "أخي في ذمة الله".'
    assert speakers(text) == ["سامي أديب"]
    assert speakers(text, tagged=True) == ["سامي أديب"]
    text = "وقال سامي أديب ناعياً زميله إن الراحل كان خلوقا."
    assert speakers(text, tagged=True) == ["سامي أديب"]


def test_a_compound_first_name_whose_head_is_also_an_office() -> None:
    # عماد الدين فلان: عماد (a dean's office too) opens a compound first name with الدين
    text = 'فيما قال المذيع المصري عماد الدين أديب ناعياً زميله: "أخي في ذمة الله".'
    assert speakers(text) == ["عماد الدين أديب"]
    text = "وقال رئيس اللجنة عماد الدين أديب إن الحفل ناجح. وأضاف أديب أن الدورة القادمة في الربيع."
    assert speakers(text) == ["عماد الدين أديب", "عماد الدين أديب"]


def test_a_first_name_with_the_article_before_bin() -> None:
    # قال السياسي الطاهر بن حسين: a first name that takes the article (الطاهر، الحبيب), then بن and the father's
    # name: the person, not the description before him
    text = "قال السياسي الطاهر بن حسين إنه لا يطمح في أي منصب. وأوضح بن حسين أن المبادرة جديدة."
    assert speakers(text) == ["الطاهر بن حسين", "الطاهر بن حسين"]


def test_a_broadcaster_before_her_name() -> None:
    # المذيعة فلانة: a broadcaster's title, as الإعلامية, then her name (a first name the lexicon may lack)
    text = "وقالت المذيعة علا فارس إن الراحل كان يفرح لنجاح زملائه."
    assert speakers(text) == ["علا فارس"]


def test_the_answer_of_amma_ends_the_topics_name() -> None:
    # أما المذيعة فلانة فارس فقد عددت ... وقالت: فقد opens the answer, no word of her name
    text = "أما المذيعة سلمى فارس فقد عددت مزايا الراحل وقالت إنه كان يفرح لنجاح زملائه."
    assert speakers(text) == ["سلمى فارس"]


def test_a_view_verb_after_a_long_office_and_its_holder() -> None:
    # واعتبر أمين المنطقة المشرف العام على المهرجان المهندس فلان أن: an office with its body, a second office with
    # على and the holder's name, all the subject of the view verb
    text = "واعتبر أمين منطقة القصيم المشرف العام على المهرجان المهندس صالح الأحمد أن الدورة ناجحة."
    assert speakers(text) == ["صالح الأحمد"]
    # an object judged still reports nothing
    text = "واعتبر أمين منطقة القصيم المشرف العام على المهرجان الإصابة أمرا عاديا بعد أن خسر الفريق."
    assert speakers(text) == []


def test_a_view_verb_whose_subject_is_a_quoted_name() -> None:
    # اعتبرت "هيومن رايتس ووتش" أن/إن: the body's name in quote marks is the subject, as after قالت
    text = 'اعتبرت "هيومن رايتس فيرست" أن حظر المسيرة سيكون انتكاسة خطيرة.'
    assert speakers(text) == ["هيومن رايتس فيرست"]


def test_a_partitive_heads_a_subject_before_its_verb() -> None:
    # أحد الأصدقاء قال لي: "one of the friends" speaks, not the friends
    text = "تأخر تنفيذ الحكم كثيرا. أحد الأصدقاء قال لي متنبئاً «لا تفرح كثيرا بصدور الحكم»."
    assert speakers(text) == ["أحد الأصدقاء"]


def test_the_giver_of_a_statement_named_with_a_quoted_body() -> None:
    # أصدر مدير جامعة "…" بياناً أعرب فيه ...، كاشفاً: the quote marks of the body's name do not end the search
    # for the verb of giving out
    text = ('وقال الحربي إن المتهمين في السجن. من جهة أخرى، أصدر مدير جامعة "النور" بياناً أعرب فيه عن حزنه، '
            "كاشفاً عن أنه ليس من طلابها.")
    found = speakers(text)
    assert found[0] == "الحربي" and found[1].startswith("مدير جامعة")
