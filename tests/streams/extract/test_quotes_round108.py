"""Quotation speakers, round r108: kinds an audit of 150 quotations over unread text (seed 108) found, each as a
short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers

from streams.extract.quotes import find_quotes


def test_a_period_of_time_never_ends_a_name() -> None:
    # وزير الطاقة فلان | الاسبوع الماضي: the week just gone, never a family name in ال
    assert speakers("قال وزير الطاقة الجزائري صلاح خبري الاسبوع الماضي في تصريح للوكالة انه قد يكون من الضروري "
                    "عقد اجتماع طارئ.", tagged=True) == ["صلاح خبري"]
    assert speakers("وقال وزير المالية المصري أحمد جلال الأسبوع الماضي إن الاقتصاد سينمو.") == ["أحمد جلال"]


def test_an_impersonal_verb_after_a_bare_qala_opens_the_words() -> None:
    # وقال يجب أن …: يجب and ينبغي are the words' first verb, never a speaker's name; the last speaker goes on
    text = ("وقال وزير الداخلية خالد العمر إن الأمن مستقر. وقال يجب أن تصل الرسالة واضحة للجميع بأننا يد واحدة.")
    qs = find_quotes(text, [])
    assert [q.speaker for q in qs] == ["خالد العمر", "خالد العمر"]
    assert qs[1].text.startswith("يجب أن تصل")
    assert "ينبغي" not in speakers("وأكد المدير سامي الحربي أن العمل مستمر. وأضاف ينبغي أن نعمل معا لأن المدينة "
                                   "تستحق الأفضل.")


def test_a_verbal_noun_object_ends_a_definite_subject() -> None:
    # ونفت المصادر | وجود خلافات …، لافتة إلى أنه: the verbal noun heads the denied object
    assert speakers("ونفت المصادر وجود خلافات تتعلق بالهيكل القيادي للقوة، لافتة الى أنه تم التوصل الى حلول وسط.") \
        == ["المصادر"]
    assert speakers("ونفى المسؤولون وجود أي إصابات بين العمال، مؤكدين أن الحريق تمت السيطرة عليه.") == ["المسؤولون"]


def test_a_person_quoted_before_goes_on_after_taba() -> None:
    # وتابع فلان الذي يشرف على … أن: تابع with a relative clause on one who spoke before reports his words
    assert speakers("وقال الناطق باسم البنتاغون جيف ديفيس إن الهجوم نجح. وتابع ديفيس الذي يشرف على المكتب "
                    "الاعلامي لوزارة الدفاع ان القيادي كان متورطا في اعتداءات.") == ["جيف ديفيس", "جيف ديفيس"]
    # no one quoted before, or no complementizer: following, not speaking
    assert speakers("قال المدرب جوزيه مورينيو إن الفريق جاهز. وتابع مورينيو تدريبات الفريق حتى المساء.") \
        == ["جوزيه مورينيو"]
