"""Quotation speakers, round r10: failure kinds found in the opened set O (tests/gold/facts/README.md),
each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_ali_after_a_known_first_name_is_the_fathers_name() -> None:
    # محمد علي النقي: علي folds like the preposition على, but after a first name it goes on with the name
    text = ("من جانبه أكد رئيس مجلس إدارة الجمعية الخليجية محمد علي النقي أن المؤتمر سيشهد مشاركة واسعة. "
            "وهو ما يؤكد على مكانة الجمعية.")
    assert speakers(text) == ["محمد علي النقي"]
    text = "وقال المهندس سامي علي العتيبي إن العمل في المشروع مستمر."
    assert speakers(text) == ["سامي علي العتيبي"]
    text = "وأوضح الدكتور أحمد علي آل مريع رئيس النادي، أن الأمسية ناجحة."
    assert speakers(text) == ["أحمد علي آل مريع"]
    # after a bare noun the first name may be a place in construct: علي opens the name (جمرك سلوى | علي العطوي)
    text = "وأوضح مدير عام جمرك سلوى علي العطوي, أنه عند تفتيش الحافلات تم الضبط."
    assert speakers(text) == ["علي العطوي"]


def test_a_bare_verb_after_a_non_speech_sentence_goes_to_its_subject() -> None:
    # وهنأ المدير العام للتعليم ... المعلمين. وأوضح أنه: the office holder of the sentence before speaks, never
    # a person with a like office named only later in the text (من جهته أكد مدير شؤون الطلاب فلان)
    text = ("وهنأ المدير العام للتعليم في المنطقة المشرف العام على لجنة القبول سالم بن أحمد الغامدي خلال "
            "جولته، الطلاب المقبولين بمناسبة قبولهم. وأوضح أنه تم تشكيل اللجان المنظمة لاستقبالهم. "
            "من جهته أكد مدير شؤون الطلاب فهد العمري أهمية إحضار الشهادات.")
    assert speakers(text) == ["المدير العام للتعليم"]
    text = ("وقال المتحدث الرسمي إن الحادث وقع ليلا. من جهته أكد المتحدث الرسمي لشرطة المنطقة العقيد خالد الفهد "
            "أهمية الحذر.")
    assert speakers(text) == ["المتحدث الرسمي"]
    # a preverbal subject that opens on a name before an office in apposition (وزير starts like و + a word)
    text = "وقال الوزير إن الأمير حكيم. ثم إن ديفيد ميليبند وزير الخارجية البريطاني الأسبق قال: إن الأمير داهية."
    assert speakers(text) == ["الوزير", "ديفيد ميليبند"]


def test_a_clause_opened_by_ma_is_never_a_speaker() -> None:
    # أكدت الهيئة ما للقدس من مكانة، وما يمثله: a verb with its object (no words reported); وما يمثله is a
    # relative clause of the object, so the next bare verbs go on with the body
    text = ("أكدت الأمانة العامة لمجلس الإفتاء, ما للقدس والمسجد الأقصى من مكانة عظيمة في الدين ،وما يمثله من "
            "منزلة كبيرة في قلوب المسلمين.\nوقالت إن ما جرى في الحرم انتهاك صارخ لحرمته.\n"
            "وأوضحت أن هذه الأعمال توجب على الجميع الوقوف مع أهل المدينة.")
    assert speakers(text) == ["الأمانة العامة لمجلس الإفتاء", "الأمانة العامة لمجلس الإفتاء"]


def test_dual_verbs_report_the_words_of_the_pair_named_before() -> None:
    # حيث أكدتا أن، مؤكدتين أن: two women speak, one of the two named before them (either is accepted), not the
    # one speaker of the sentence before
    text = ("كما أبرز المعرض العديد من الأعمال الفنية.\nوزارت المعرض الفنانة القديرة هند سالم التي "
            "تفاعل معها الحضور، والفنانة نورة الكعبي (نجمة مسلسل الديرة)، حيث أكدتا خلال زيارتهما أن المعرض "
            "فريد من نوعه. مؤكدتين أن الفتاة قادرة على الإبداع.")
    assert speakers(text) == ["هند سالم", "هند سالم"]
    # two men: وأكدا أن، مشيرين إلى أن
    text = "والتقى الوزير سعد الحربي نظيره خالد العمري، وأكدا أن العلاقات متينة، مشيرين إلى أن التعاون مستمر."
    assert speakers(text) == ["سعد الحربي", "سعد الحربي"]


def test_a_relative_clause_on_a_thing_inside_reported_words_is_no_quotation() -> None:
    # رأى فلان أن ... بدءا من السماح بوجود المرتزقة الذي اعتبر أنه: the antecedent is a verbal noun of his words,
    # never a speaker; the relative clause reports nothing of its own
    text = ("ورأى رئيس الائتلاف السابق هادي البحرة في تصريح صحفي أن الخطاب خطاب هزيمة، فهو أقر بكل مقومات "
            "الهزيمة بدءا من السماح بوجود المرتزقة الذي اعتبر أنه من حقهم الدفاع عن البلاد، لافتا إلى أن النظام "
            "يقر بقوة المعارضة.")
    assert speakers(text) == ["هادي البحرة", "هادي البحرة"]
    # a person as antecedent still speaks (المسؤول الذي أكد أن)
    text = "وأوضح الوزير أن المسؤول الذي أكد أن الوضع مستقر قد أخطأ."
    assert speakers(text) == ["الوزير", "المسؤول"]
    text = ("وأوضح المتحدث الإعلامي المهندس سالم الخالدي أن الإدارة تواصلت مع مدير عام مستشفى الملك فهد التابع "
            "لجامعة الدمام الدكتور خالد بن سعد العتيبي الذي أكد أن الأجهزة تعمل.")
    assert speakers(text)[1] == "خالد بن سعد العتيبي"


def test_a_participle_after_a_clause_opened_by_fima_takes_its_subject() -> None:
    # فيما أشاد فلان ... بالمتطوعين، قائلا بأنهم: the subject of the clause of praise speaks, not the one before
    text = ("وأبان سامي الحداد مسؤول الوحدة الطبية بأن الوحدة قسمت إلى مجموعتين. فيما أشاد محمد الفارس نائب "
            "رئيس اللجنة بجميع المتطوعين على تفانيهم، قائلا بأنهم أعطوا بصمة خاصة.")
    assert speakers(text) == ["سامي الحداد", "محمد الفارس"]
    # a ب-object after the office is no name (بجميع المتطوعين): the one before goes on
    text = ("وأبان سامي الحداد مسؤول الوحدة الطبية بأن الوحدة قسمت إلى مجموعتين. وأشاد نائب رئيس اللجنة "
            "بجميع المتطوعين، قائلا بأنهم أعطوا بصمة خاصة.")
    assert "بجميع المتطوعين" not in speakers(text)


def test_a_circumstance_after_a_comma_still_leaves_the_subject_speaking() -> None:
    # وأضاف أستاذ الجراحة بجامعة ...، في مداخلة هاتفية مع الإعلامي فلان في برنامج ...، “…”: a long region whose
    # subject opens it and whose circumstance follows a comma (the presenter is the one he talked with)
    text = ("وأضاف أستاذ جراحة العظام بجامعة الملك سعود، في مداخلة هاتفية مع الإعلامي خالد الشهري في برنامج "
            "صباح الرياضة عبر أثير إذاعة الرياض والبرامج الرياضية، “عندما وصل اللاعب كان مصابا بكسر في الساق "
            "ونزيف حاد”.")
    assert speakers(text) == ["أستاذ جراحة العظام بجامعة الملك سعود"]


def test_the_taggers_name_stops_before_an_office_after_a_family_name() -> None:
    # قال الشيخ فلان بن فلان العولقي القيادي في الحراك: the tagger's span takes in the office after the family name
    text = "قال الشيخ صالح بن فريد العولقي القيادي في الحراك الجنوبي إن انتصار عدن يعني الكثير لنا في الجنوب."
    assert speakers(text, tagged=True) == ["صالح بن فريد العولقي"]


def test_the_antecedent_of_alladhi_keeps_its_first_name() -> None:
    # بحسب رئيس مجلس قروي عوجا جهاد النواجعة الذي قال: the family name alone would take the other man of that
    # name, named later (وقال أحد السكان نصر النواجعة)
    text = ("وقد هدمت السلطات منازل السكان في القرية مما دفعهم للعيش في خيام بحسب رئيس مجلس قروي عوجا جهاد "
            "النواجعة الذي قال ان السلطات \"تريد ترحيلنا من أرضنا\". وقال احد سكان القرية نصر النواجعة \"منذ صدور "
            "القرار والناس في قلق دائم\".")
    assert speakers(text) == ["جهاد النواجعة", "نصر النواجعة"]


def test_a_speech_in_construct_with_an_office_names_its_holder() -> None:
    # بدأ الحفل بكلمة مدير الجامعة الدكتور فلان هنأ فيها ...، مشيرا إلى أن: the one whose speech it was (as with
    # كلمة لمدير الجامعة), not the ceremony
    text = ("وقد بدأ الحفل بكلمة مدير الجامعة الدكتور خالد بن سعد المقرن هنأ فيها الحضور بهذه المناسبة، وشكر "
            "جميع منسوبي الجامعة على جهودهم، مشيراً إلى أن مثل هذه اللقاءات تعد تأكيداً على ذلك.")
    assert speakers(text) == ["خالد بن سعد المقرن"]


def test_ali_after_an_offices_place_before_a_family_name() -> None:
    # مدير جمعية الثقافة والفنون بالأحساء علي الغوينم بأن: the office's place, then the name (a family name that
    # is no common noun); على before a common noun stays the preposition
    text = "وقد نوه مدير جمعية الثقافة والفنون بالأحساء علي الغوينم بأن الفعاليات مستمرة."
    assert speakers(text) == ["علي الغوينم"]
    text = "وشدد مدير التعليم بالمنطقة على الالتزام بأن يكون الدوام كاملا."
    assert speakers(text) == ["مدير التعليم بالمنطقة"]


def test_a_body_after_an_adverbial_and_its_comma_speaks() -> None:
    # وقال في وقت سابق، مكتب المدعي العام السويسري إنه: the adverbial, its comma, then the body that speaks (not the
    # one quoted before)
    text = ("وقال بلاتر إن المهمة صعبة. ويبحث المدعون في فساد محتمل، وقال في وقت سابق، مكتب المدعي العام السويسري "
            "إنه يمتلك 81 تقريرا حول أنشطة مشبوهة.")
    assert speakers(text) == ["بلاتر", "مكتب المدعي العام السويسري"]


def test_al_kabtin_is_a_title() -> None:
    # وقد أكد الكابتن المحيسن أنه: a title and the family name of one the text gives in full
    text = ("قدم الكابتن الموهوب عماد المحيسن عرضا مميزا يوم امس. وقد اكد الكابتن المحيسن انه سيمضي قدما في "
            "تقديم عروض الخفة.")
    assert speakers(text) == ["عماد المحيسن"]


def test_guards_of_the_round_against_over_reach() -> None:
    # (found in a second wide sample) وما حولها is part of a place, not a clause opened by ما
    text = "وقد اكد مدير مركز التنمية الأسرية بالعمران وما حولها بمحافظة الاحساء حجي النجيدي، ان المركز يعمل."
    assert speakers(text) == ["حجي النجيدي"]
    # بريان is a first name (ريان), not ب + a common noun
    text = ("أعلنت دار النشر أن الرواية باعت أكثر من مليون نسخة. وقال \"بريان موراي\" الرئيس التنفيذي لدار النشر: "
            "إن المبيعات كبيرة.")
    assert speakers(text)[1] == "بريان موراي"
    # a description resolves to the holder named in its own sentence, after it
    text = "أكد نقيب الأطباء في المدينة الدكتور صادق الحربي أن المستشفيات تعاني نقصا في الأدوية."
    assert speakers(text) == ["صادق الحربي"]


def test_a_dual_verb_whose_two_are_not_named_gives_no_quotation() -> None:
    # لأنهما قالا إن، تواصل مع والد الطفلة ووالدتها إذ أشارا: two bodies or people the rules cannot name; no quotation
    # rather than the one speaker named before
    text = ("وقال المتحدث باسم الحكومة سامي نيابو إن الانتخابات نزيهة. ولم يوفد الاتحاد الأوروبي والاتحاد الأفريقي "
            "مراقبين للانتخابات لأنهما قالا إن العملية برمتها لم تكن نزيهة.")
    assert speakers(text) == ["سامي نيابو"]
    # a counterpart named after نظيره makes the pair (والتقى الوزير فلان نظيره فلان، وأكدا)
    text = "والتقى الوزير سعد الحربي نظيره خالد العمري، وأكدا أن العلاقات متينة."
    assert speakers(text) == ["سعد الحربي"]
