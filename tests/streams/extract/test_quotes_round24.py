"""Quotation speakers, round r24: failure kinds found in the opened sets S1, S3, v30 and v32
(tests/gold/facts/README.md), each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_view_verbs_subject_then_a_day_reports() -> None:
    # اعتبر + the subject + اليوم (a day names no object) + أن: the subject's view
    assert speakers("اعتبر رئيس الحزب الوطني سامي العلوي اليوم أن الحكومة فشلت.") == ["سامي العلوي"]
    assert speakers("اعتبر أمين عام الحزب الوطني، سامي العلوي، اليوم الأربعاء، أن الحكومة فشلت.") == ["سامي العلوي"]
    # an object before the day is still an opinion about it, no words
    assert speakers("واعتبر الوزير الخطوة اليوم أمرا عاديا وأن الوضع مستقر.") == []
    # a bare verb stays as before
    assert speakers("قال سامي العلوي إن الحزب قوي. واعتبر أن الحكومة فشلت.") == ["سامي العلوي", "سامي العلوي"]


def test_a_maghrebi_compound_first_name_before_bin() -> None:
    # محمد الهادي بن سليمان: the second name in ال belongs to the first name, the run starts at محمد
    assert speakers("وأكد المدير الجهوي للصحة محمد الهادي بن سليمان أنه تم إنقاذ الجميع.") == ["محمد الهادي بن سليمان"]
    assert speakers("وأضاف مدير الشركة أحمد الطاهر بن عمر أن الوضع مستقر.") == ["أحمد الطاهر بن عمر"]
    # a place before the name still stays out of it
    assert speakers("وقال مدير الشرطة بصحة حائل عارف بن غازي الشمري إن الوضع مستقر.") == ["عارف بن غازي الشمري"]


def test_bayyana_with_a_titled_subject_closed_by_a_comma() -> None:
    # بين (no shadda) + a title or definite noun, a known first name and an office, then the comma before أن: explained
    text = "وقال الطالب إن الحادث مؤلم. من جهته، بين الطالب سامي العلوي نائب رئيس النادي السعودي بجامعة الرياض، أنه تابع القضية."
    assert speakers(text) == ["الطالب", "سامي العلوي"]
    # "between" two sides joined by و stays no verb
    text = "وقال الوزير إن الاجتماع مهم. وفي العلاقة بين الوزير سامي والنواب في المجلس البلدي، أن الأمر مختلف."
    assert speakers(text) == ["الوزير"]


def test_awwal_as_a_rank_grade_or_in_the_day_before_yesterday() -> None:
    # أول أمس / أول من أمس after the subject is a time: the body before it speaks
    assert speakers("وقالت إدارة معلومات الطاقة الأمريكية أول أمس الأربعاء: إن المخزونات انخفضت.") == [
        "إدارة معلومات الطاقة الأمريكية"]
    assert speakers("وقالت وزارة الطاقة الأمريكية أول من أمس إن المخزونات انخفضت.") == ["وزارة الطاقة الأمريكية"]
    # الملازم أول: a grade of the rank, the name after it speaks
    assert speakers("وقال الملازم أول في وحدة الجرائم حسين العفيف، إن المحتال متزوج.") == ["حسين العفيف"]
    # أول heading its own phrase stays
    assert speakers("وقال أول المتحدثين إن المخزونات انخفضت.") == ["أول المتحدثين"]


def test_while_then_a_verb_and_a_named_subject_before_a_bare_speech_verb() -> None:
    # وفيما أبدى فلان … حيث قال: فيما is "while", the next word the main verb, the name after it the subject
    text = "وفيما أبدى سمير عبدالله الدعجاني إعجابه بما رأى حيث قال: «يعجز الوصف عما يقوم به الطلاب»."
    assert speakers(text) == ["سمير عبدالله الدعجاني"]
    # وفيما يخص: "as for", no subject named; the speaker goes on
    text = "قال الوزير سامي العلوي إن القرار نهائي. وفيما يخص القرار، أكد أن الحكومة ملتزمة."
    assert speakers(text) == ["سامي العلوي", "سامي العلوي"]


def test_man_before_a_feminine_verb_is_not_its_subject() -> None:
    # ضد من قالت إنهم: من (whoever) takes a masculine verb; قالت's subject is the woman speaking
    text = 'قالت النائبة سلمى العلوي إنها قدمت شكوى. وأضافت أنها رفعت قضايا ضد من قالت إنهم "هددوها بالقتل".'
    assert speakers(text) == ["سلمى العلوي"] * 3
    # وهناك من قال إنها: whoever says, as before
    assert speakers("وهناك من قال إنها خطة فاشلة.") == ["من"]


def test_a_speech_verbs_form_after_a_verb_of_wishing_is_a_verbal_noun() -> None:
    # لم يشأ كشف هويته: كشف is "revealing", no verb of its own and no end of قال's subject
    assert speakers("وقال المسؤول الذي لم يشأ كشف هويته إن الهجوم مرتبط بالجماعة.") == ["المسؤول"]
    # the clause of refusing or wishing describes the subject and is no part of it
    assert speakers("وقال مسؤول أمني رفض ذكر اسمه إن الهجوم مرتبط بالجماعة.") == ["مسؤول أمني"]
    assert speakers("وقال مسؤول أمني لم يرغب ذكر اسمه إن الهجوم مرتبط بالجماعة.") == ["مسؤول أمني"]
    assert speakers("وقال مسؤول أمني طلب عدم ذكر اسمه إن الهجوم مرتبط بالجماعة.") == ["مسؤول أمني"]
    assert speakers("وصرح مسؤول تركي رفض الكشف عن هويته أن الهجوم مرتبط بالجماعة.") == ["مسؤول تركي"]
    # a name after بن is no verb of refusing
    assert speakers("وأكد أسامة بن فضل البار أن الحفل ناجح.") == ["أسامة بن فضل البار"]


def test_more_than_once_after_the_verb_is_an_adverb() -> None:
    # أكد أكثر من مرة أن: "more than once", no subject; the one speaking goes on
    text = "قال الوزير سامي العلوي إن القرار نهائي. وأكد أكثر من مرة أن الحكومة ملتزمة."
    assert speakers(text) == ["سامي العلوي", "سامي العلوي"]


def test_tabaa_with_a_quoted_name_before_a_colon() -> None:
    # وتابع "كليبي": "…": a family name in quote marks is تابع's subject, the words follow the colon
    text = 'قال المواطن عماد كليبي: "فوجئت باتصال من البنك". وتابع "كليبي": "بعد الكشف على الحساب تبين وجود حوالات".'
    assert speakers(text) == ["عماد كليبي", "عماد كليبي"]
    text = "قال الناطق نبيل أبو ردينة إن الوضع خطير. وتابع «أبو ردينة»: إن إسرائيل تهدف إلى التصعيد."
    assert speakers(text) == ["نبيل أبو ردينة", "نبيل أبو ردينة"]
    # following, with its object, stays no quotation
    assert speakers('وتابع الفريق "تدريباته" أن يستعد للمباراة.') == []


def test_a_view_verbs_words_quoted_from_anna_on() -> None:
    # اعتبر فلان "أن …": the quote mark opens right before أن, the words are the viewer's
    assert speakers('واعتبر النائب سامي العلوي "أن النقطة المثيرة للقلق تتمثل في الميزانية".') == ["سامي العلوي"]
    text = 'وبدورها اعتبرت سلمى العلوي أرملة الشهيد محمد الزين ، " أن دم الشهيد هو دم كل التونسيين".'
    assert speakers(text) == ["سلمى العلوي"]
    # an object in quote marks stays an opinion about it
    assert speakers('واعتبر الإصابة "أمرا عاديا" وأن الوضع مستقر.') == []
