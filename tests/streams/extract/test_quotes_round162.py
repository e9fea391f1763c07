"""Quotation speakers, rounds from stop 30: a paragraph that ends without a full stop, the writer's note with an
adverb, and a long subject before كان قد; constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_line_break_opens_the_clause_as_a_full_stop_does() -> None:
    # the paragraph before ends on a bracket, no full stop: بين still opens its sentence
    text = ("وقال الشيخ سعود الشريم إن الأمر جلل ( لا يبلغني أحد عن أصحابي شيئا )\n"
            "وبين الشيخ الشريم أن المرء المحمود هو المتغافل الذكي.")
    assert speakers(text, tagged=True) == ["سعود الشريم", "سعود الشريم"]


def test_between_after_a_line_break_is_still_a_preposition_without_a_clause() -> None:
    text = "وقال الوزير إن الأمر جلل\nبين الطرفين خلاف قديم منذ سنوات."
    assert speakers(text, tagged=True) == ["الوزير"]


def test_the_writers_note_with_an_adverb_has_no_speaker() -> None:
    text = ("وقالت عائشة الحربي إن الطلبات تأخرت. يذكر هنا أن وزير الخدمة المدنية خالد بن عبدالله العرج كان قد أوضح "
            "أنه تم الاتفاق مع الوزارة.")
    assert speakers(text, tagged=True) == ["عائشة الحربي", "خالد بن عبدالله العرج"]


def test_a_long_subject_closed_by_a_comma_before_kana_qad_speaks() -> None:
    text = ("وقالت عائشة الحربي إن الطلبات تأخرت. يذكر أن وزير الخدمة المدنية خالد بن عبدالله العرج، كان قد أوضح "
            "أنه تم الاتفاق مع الوزارة.")
    assert speakers(text, tagged=True) == ["عائشة الحربي", "خالد بن عبدالله العرج"]


def test_a_complementizer_after_an_acronym_in_brackets_is_that() -> None:
    # (سي آي ايه) إن: the bracket has closed the name, so إن is no letter N of it (as in سي إن إن)
    assert speakers("وقالت وكالة الاستخبارات المركزية (سي آي ايه) إن روسيا تدخلت في الانتخابات.",
                    tagged=True) == ["وكالة الاستخبارات المركزية"]
    assert speakers("وقالت شبكة سي إن إن الأمريكية إن روسيا تدخلت في الانتخابات.", tagged=True) == ["شبكة سي إن إن الأمريكية"]


def test_bayyana_with_the_office_before_the_name_and_a_comma() -> None:
    text = "من جانبه بين مدير إدارة شؤون المعلمين بتعليم جازان عثمان عريبي, أن اللجان أنهت مهامها."
    assert speakers(text, tagged=True) == ["عثمان عريبي"]
    text = "وبين المدير العام للمعهد الوطني للاستهلاك طارق بن جازية، أن المعهد شرع في انجاز دراستين."
    assert speakers(text, tagged=True) == ["طارق بن جازية"]


def test_bayyana_after_qad_is_the_verb() -> None:
    # قد stands only before a verb: بين after it is "explained", never "between"
    assert speakers("وقد بين التقرير أن إجمالي ما تم ضبطه ارتفع.", tagged=True) == ["التقرير"]
    assert speakers("فقد بين المهندس عدنان السيد بأن الأمانة نفذت المشاريع.", tagged=True) == ["عدنان السيد"]


def test_a_body_named_in_quote_marks_speaks_without_its_field() -> None:
    assert speakers('ويقول موقع "بي سي ماجازين" المتخصص في موضوعات التكنولوجيا، إنه قبل سنوات كان الآباء يحرمون أطفالهم.',
                    tagged=True) == ['موقع "بي سي ماجازين"']
    assert speakers('وقالت منظمة "هيومن رايتس ووتش" المعنية بحقوق الإنسان إن الاعتقالات تعسفية.',
                    tagged=True) == ['منظمة "هيومن رايتس ووتش"']
    # a nationality is no field: it stays
    assert speakers('وقالت صحيفة "الغارديان" البريطانية إن الاعتقالات تعسفية.', tagged=True) == ['صحيفة "الغارديان" البريطانية']


def test_the_one_a_recorded_video_gives_the_words_of_may_be_long() -> None:
    text = ("تداول ناشطون مقطع فيديو لأحد المصابين في تفجير مسجد قوات الطوارئ في أبها، حيث قال أن المفجر كان يرتدي "
            "ملابس قوات الطوارئ.")
    assert speakers(text, tagged=True) == ["أحد المصابين"]  # (not ناشطون مقطع فيديو: the owner had more than 8 words)


def test_a_name_ends_before_a_noun_in_construct() -> None:
    # قيس سعيد | لجوء الحبيب الصيد: the object opens on a noun in construct with a definite word
    text = ('اعتبر أستاذ القانون الدستوري، قيس سعيد لجوء الحبيب الصيد إلى مجلس النواب "نوع من الانتحار". '
            'وأضاف أن الحبيب الصيد ليس في وضع مريح.')
    assert speakers(text, tagged=True) == ["قيس سعيد"]


def test_compound_names_and_fathers_names_are_no_construct() -> None:
    assert speakers("وقال حامد بن مالح الشمري إن المشروع اكتمل.", tagged=True) == ["حامد بن مالح الشمري"]
    assert speakers("وقال محمد سعد نور الدين إن المشروع اكتمل.", tagged=True) == ["محمد سعد نور الدين"]


def test_a_first_name_that_is_also_a_title_opens_the_name() -> None:
    # مساعد، أمين: an office would take its complement; before the tagger's person they are his first name
    assert speakers("وأوضح المتحدث الرسمي مساعد غالي، أنه تم توجيه فرق إسعافية للموقع.", tagged=True) == ["مساعد غالي"]
    text = ("وأوضح المتحدث الرسمي لهيئة الهلال الأحمر بالمنطقة الشرقية فهد الغامدي، أن المصابين تم اسعافهم. وأوضح "
            "المتحدث الرسمي للإدارة العامة لهيئة الهلال الأحمر بمنطقة الحدود الشمالية مساعد غالي، أنه تم توجيه فرق.")
    assert speakers(text, tagged=True) == ["فهد الغامدي", "مساعد غالي"]
    # an office with its complement stays a description
    assert speakers("وقال مساعد وزير الخارجية إن المحادثات مستمرة.", tagged=True) == ["مساعد وزير الخارجية"]


def test_a_name_in_quote_marks_after_an_office_speaks() -> None:
    assert speakers('وقال المتحدث باسم الوزارة "أنيل ساكسين": "نحن نحاول إنقاذ الركاب".', tagged=True) == ["أنيل ساكسين"]
    assert speakers("وذكر مدير الجمرك «عصام أنور» أن الشحنة ضبطت.", tagged=True) == ["عصام أنور"]


def test_unclosed_words_end_before_a_paragraph_opened_by_a_lead_and_a_verb() -> None:
    # “ never closed: the next paragraph, من جانبه، أوضح …, speaks on its own (the “ far on opens a name)
    text = ("وقال علي النعيمي: “إضافة للمشروعات الأربعة قامت الوزارة بإنشاء شركة الطاقة.\n"
            "من جانبه، أوضح رئيس اللجنة العلمية الدكتور حامد المقرن، أن المدينة تتعاون مع جامعات عريقة تحت مسمى "
            "“مركز أكسفورد لأبحاث البتروكيماويات”، الذي يعد مظلة تعاون.")
    assert speakers(text, tagged=True) == ["علي النعيمي", "حامد المقرن"]


def test_a_set_adverbial_without_a_comma_opens_the_sentence_before_its_verb() -> None:
    text = ("وقال بهاء الأعرجي إن الأمر خطير. وعلى الفور خرج وزير الدفاع خالد العبيدي للرد على المالكي مؤكدا في بيان "
            "له أن المفسدين تسللوا.")
    assert speakers(text, tagged=True) == ["بهاء الأعرجي", "خالد العبيدي"]
    text = ("وقال الملك سلمان بن عبدالعزيز إن اليمن عزيز. بعد ذلك القى الشيخ سالم السعدي كلمة ثمن فيها المواقف، مؤكدا "
            "أن القبائل لها دور فاعل.")
    assert speakers(text, tagged=True) == ["سلمان بن عبدالعزيز", "سالم السعدي"]


def test_a_name_after_an_office_set_off_before_kana_speaks_on() -> None:
    text = ("رئيس الاتحاد السعودي لكرة السلة ورئيس الوفد محمد إسلام، كان سعيدا بهذه البداية الموفقة، وعدها انطلاقة "
            "لما هو أهم، مشيرا إلى أن كل المنتخبات قوية.")
    assert speakers(text, tagged=True) == ["محمد إسلام"]


def test_the_name_after_a_description_and_a_title_is_the_sentence_subject() -> None:
    text = "هنأ الملحق الثقافي الدكتور عبدالعزيز بن طالب، المبتعث حسام زواوي بهذا الإنجاز. وأوضح أن الملحقية نظمت معرضا."
    assert speakers(text, tagged=True) == ["عبدالعزيز بن طالب"]
    # the description's nisba, then في + its place, then the title and the name
    text = ("من جهته هنأ الملحق الثقافي في أستراليا الدكتور عبدالعزيز بن عبدالله بن طالب، المبتعث حسام زواوي بهذا "
            "الإنجاز. وأوضح أن الملحقية نظمت معرضا.")
    assert speakers(text, tagged=True) == ["عبدالعزيز بن عبدالله بن طالب"]


def test_unclosed_straight_quote_ends_before_a_lead_and_a_verb() -> None:
    # "أشتاق … never closed; فيما كشف فلان أنه speaks on its own before the next mark opens other words
    text = ('وقالت منيرة عواض: "أشتاق للأيام الماضية عندما كان يخرج أطفالي مع أطفال الجيران. فيما كشف أحمد الوايلي '
            'أنه يحاول أن يقضي أول يومين من العيد بمنزله، مضيفا: "في كل عام لنا شأن".')
    assert speakers(text, tagged=True) == ["منيرة عواض", "أحمد الوايلي", "أحمد الوايلي"]
