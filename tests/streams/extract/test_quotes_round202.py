"""Quotation speakers, rounds from stop 34: words said as a plain clause, with no complementizer, colon or quote mark,
told from a subject by the verb forms mined from the news; constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_bare_adding_verb_with_a_verb_after_it_goes_on_with_the_last_speaker() -> None:
    # وأضاف + a verb: the complementizer is left out, the words begin at once (a verb never heads a subject)
    text = "وقال الوزير إن الموسم ناجح. وأضاف بلغت تكلفة تصنيع هذه الأفران 350 ألف دولار."
    assert speakers(text, tagged=True) == ["الوزير", "الوزير"]
    text = "وقال الوزير إن الموسم ناجح. وأضاف ستكون الساعات القادمة هي الفاصلة لتطهير المدينة."
    assert speakers(text, tagged=True) == ["الوزير", "الوزير"]  # the future of a verb form
    # a name, a noun or an object after the verb: no words (أضاف هدفا: he scored)
    text = "وقال الوزير إن الموسم ناجح. وأضاف توماس مولر هدفا ثالثا في الدقيقة 74."
    assert speakers(text, tagged=True) == ["الوزير"]
    text = "وقال الوزير إن الموسم ناجح. وأضافت شركات طيران وجهات سفر جديدة من بينها مدريد."
    assert speakers(text, tagged=True) == ["الوزير"]


def test_an_adding_participle_with_a_verb_after_it_reports_more_words() -> None:
    text = ("وقال الوكيل الدكتور عيسى رواس إن الوزارة ترجمت توجيهات المقام السامي، مضيفاً سهلت البوابة الإلكترونية "
            "التعامل مع الأعداد الكبيرة.")
    assert speakers(text, tagged=True) == ["عيسى رواس", "عيسى رواس"]
    text = "وقال الوزير إن الموسم ناجح، مضيفا هذين اللقبين إلى الدوري الذي أحرزه."
    assert speakers(text, tagged=True) == ["الوزير"]  # a participle with its object: no words


def test_an_office_and_a_name_then_a_comma_and_a_verb_give_the_words() -> None:
    # a spokesman's report: the office, the tagger's person closing it, a comma, then the words as a clause
    text = ("وقال الناطق الإعلامي بشرطة منطقة عسير الرائد زيد محمد القحطاني، تلقت غرفة العمليات بشرطة محافظة "
            "خميس مشيط بلاغا عن حدوث إطلاق نار.")
    assert speakers(text, tagged=True) == ["زيد محمد القحطاني"]
    # an office with no name before the comma, then a noun: no words
    text = "وقال الناطق الإعلامي بشرطة منطقة عسير، الرائد زيد محمد القحطاني في بيان صحفي."
    assert speakers(text, tagged=True) == []


def test_a_conditional_verb_with_a_subject_then_a_colon_reports_the_words() -> None:
    # تابع، ختم، زاد follow or close an object unless words said follow; a colon right after a subject opens them
    text = ("وقالت الوزارة إن العنصر قتل. وتابع بيان الداخلية التونسية: «بادر العنصر الفار عند قيام الوحدات الامنية "
            "بملاحقته بإطلاق النار تجاههم».")
    assert speakers(text, tagged=True) == ["الوزارة", "بيان الداخلية التونسية"]
    text = ("وختم المحلل السياسي القول: \"من الواضح اليوم ان الشعب الايراني عندما نزل الى الشارع اراد القول انه "
            "يتأمل\".")
    assert speakers(text, tagged=True) == ["المحلل السياسي"]
    # a short list after the colon, no quote mark: what is followed, not words said
    assert speakers("وتابع الفريق تدريباته: تمارين اللياقة والتسديد والتمرير.", tagged=True) == []


def test_a_bare_verb_with_no_one_speaking_before_takes_the_body_of_the_sentence_before() -> None:
    # no quotation before: the body that renewed its support in the sentence before goes on, as a bare verb would
    # go on from one who spoke
    text = ("وجدد الحزب في بيان له اليوم الأحد، مساندته المبدئية لفلاحي جمنة وأهاليها. وأكد ان هذه الخطوة التي "
            "إتخذتها الحكومة، تعد تصعيدا خطيرا.")
    assert speakers(text, tagged=True) == ["الحزب"]
    text = ("أقرت الشركة التونسية للملاحة تعريفة منخفضة خاصة بشهر رمضان. وأوضحت أن هذا التخفيض يشمل التخفيض بنسبة 40 "
            "بالمائة.")
    assert speakers(text, tagged=True) == ["الشركة التونسية للملاحة"]
    # a feminine verb never goes on from a masculine body
    text = "وجدد الحزب في بيان له اليوم الأحد، مساندته المبدئية لفلاحي جمنة. وأكدت ان هذه الخطوة تعد تصعيدا خطيرا."
    assert speakers(text, tagged=True) == [None]


def test_a_view_verbs_subject_is_an_office_and_its_field_closed_by_the_holders_name() -> None:
    # a long region before أن is a subject, not an object judged, when an office opens it and a name closes it
    text = "اعتبر القيادي في الجبهة الشعبية عمار عمروسية أن الحكومة فشلت في إدارة الأزمة."
    assert speakers(text, tagged=True) == ["عمار عمروسية"]  # (cut to عمار until stop 35: a family name in -ية)
    text = ("واعتبر مدير عام التخطيط العمراني في أمانة المنطقة الشرقية سابقًا المهندس شاكر نوح، ان المشروع "
            "متأخر.")
    assert speakers(text, tagged=True) == ["شاكر نوح"]
    # an object judged and its predicate: no name closes them, no view reported
    assert speakers("واعتبر الوزير الإصابة أمرا عاديا، وأن اللاعب سيعود قريبا.", tagged=True) == []


def test_a_tunisian_statement_and_an_editorial_are_occasions_of_speaking() -> None:
    text = ("واعتبرت النقابة في بلاغ تلقت الجوهرة أف أم نسخة منه اليوم الخميس، أن هذا القرار جاء انطلاقا من "
            "المسؤولية.")
    assert speakers(text, tagged=True) == ["النقابة"]
    text = ("اعتبرت الكاتبة ألفة يوسف في افتتاحيتها لـ \"الجوهرة أف أم\" اليوم الاثنين، أن نظرية التدافع الاجتماعي "
            "تطورت في تونس.")
    assert speakers(text, tagged=True) == ["ألفة يوسف"]


def test_a_view_verbs_named_subject_may_take_a_party_in_brackets_or_asides_between_commas() -> None:
    text = "واعتبرت النائبة سامية عبو (التيار الديمقراطي) ان اصدار هذا الامر يعد بمثابة الفضيحة."
    assert speakers(text, tagged=True) == ["سامية عبو"]
    text = ("واعتبر المدير التنفيذي للمجلس الدولي للزيتون، عبد اللطيف غديرة، من جهته، أن قطاع إنتاج زيت الزيتون "
            "واعد.")
    assert speakers(text, tagged=True) == ["عبد اللطيف غديرة"]
    # a named subject, then an object judged and its predicate: no view reported
    assert speakers("واعتبر الوزير محمد العلي الأمر خطيرا، وأن الحل قريب.", tagged=True) == []


def test_a_view_from_the_taggers_person_then_an_office_and_its_field() -> None:
    # a foreign name the first-name lexicon lacks: the tagger's person, then his office and where he works
    text = "ويرى جينز نارفيغ المحلل في بنك دانسكيان ان الأسعار سترتفع."
    assert speakers(text, tagged=True) == ["جينز نارفيغ"]
    # the tagger's person, then an object judged and its predicate: no view reported
    assert speakers("واعتبر توماس مولر اللاعب الأفضل هدفا للفريق وأن الحل قريب.", tagged=True) == []
