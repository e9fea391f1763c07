"""Quotation speakers, round r17: failure kinds found in the opened blind set v23
(tests/gold/facts/README.md), each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_region_completing_a_glued_body_is_no_first_name() -> None:
    # بصحة عسير سعيد النقير: the region (also a first name in the lexicon) opened the person's name
    text = "وأوضح الناطق الإعلامي بصحة عسير سعيد النقير، أن اللقاء بدأ بكلمة."
    assert speakers(text) == ["سعيد النقير"]
    assert speakers("وقال مدير التعليم بمنطقة عسير سعيد الشهري إن الدوام بدأ.") == ["سعيد الشهري"]
    # a place the rules already knew, and a name with no body before it, are unchanged
    assert speakers("وأوضح الناطق الإعلامي بصحة جازان سعيد النقير، أن اللقاء بدأ.") == ["سعيد النقير"]
    assert speakers("وقال عسير الحربي إن الدوام بدأ.") == ["عسير الحربي"]


def test_a_quoted_name_after_an_issuing_participle_is_kept_whole() -> None:
    # الإحصائيات الصادرة عن «ساما»: the description was cut at the opening mark
    text = "وأوضحت الإحصائيات الصادرة عن «ساما» أن عدد العمليات ارتفع."
    assert speakers(text) == ["الإحصائيات الصادرة عن «ساما»"]
    text = 'وأكد البيان الصادر عن "الهيئة العامة للرياضة" أن الموسم يبدأ غدا.'
    assert speakers(text) == ['البيان الصادر عن "الهيئة العامة للرياضة"']
    assert speakers("وأكد بيان صادر عن الهيئة أن الموسم يبدأ غدا.") == ["بيان صادر عن الهيئة"]


def test_the_elative_heading_a_list_or_a_predicate_is_no_verb() -> None:
    # وفي ما يلي أبرز القرارات: the elative was read as "highlighted", its noun as the speaker
    assert speakers("وفي ما يلي أبرز القرارات :\n- إحالة ملف الرئيس على التحقيق.") == []
    assert speakers("وكانت أبرز النتائج: تراجع الصادرات.") == []
    assert speakers("وقال الوزير إن أبرز التحديات مالية.") == ["الوزير"]
    # the verb stays a verb after و and كما
    assert speakers("وأبرز الوزير أن الخطة جاهزة. كما أبرز المدير أن التمويل متوفر.") == ["الوزير", "المدير"]


def test_words_quoted_in_a_statement_after_fiha_are_its_owners() -> None:
    # تصريحات ... والتي قال فيها "…": the quote was dropped (فيها read as a preposition before a quoted name) and
    # a complementizer inside the quoted words gave the verb a subject taken from them
    text = ('وكانت الصحافة قد شنت هجوما على خوان بيريز بعد تصريحات يوم أمس والتي قال فيها "لم يكن المدرب '
            'وحده من صنع الفوز، إنه واحد من كثيرين" وأضاف "بدون الجمهور لم نكن لنفوز".')
    assert speakers(text) == ["خوان بيريز", "خوان بيريز"]
    text = 'وانتقد الجمهور تصريحات المدرب خالد العلي التي قال فيها "لم يكن اللاعبون في المستوى".'
    assert speakers(text) == ["خالد العلي"]
    # a quoted name after في is still no quotation
    assert speakers('وقال في "الشرق الأوسط" إن الحل قريب.') == [None]


def test_a_view_with_its_object_as_a_pronoun_reports_a_short_subjects_view() -> None:
    # التي اعتبرها مسؤولو النادي أنها: اعتبرها was no verb, so أعلن took its أن and the body its words
    text = "أعلن النادي عن إقالة المدير عقب تصريحاته التي اعتبرها مسؤولو النادي أنها تسيء للاعبين."
    assert speakers(text) == ["مسؤولو النادي"]
    # the view is an aside on a thing: the one speaking before goes on after it
    text = ('قال سعيد الحربي إن التغريدة واضحة. وفي الردود على التغريدات التي اعتبرها المغردون أنها مسيئة '
            'طالب كثيرون بمحاسبته. ثم قال في تغريدة لاحقة: "لم أقصد الإهانة".')
    assert speakers(text) == ["سعيد الحربي", "المغردون", "سعيد الحربي"]
    # a noun object, a comma or an attribution is no view reported
    assert speakers("ولكن أي تغيير صغير أعتبره دليلا على أن العقل يعمل.") == []
    assert speakers("وقال الوزير إن الخطة فشلت، وهو ما اعتبره تهديدا للمدارس، مضيفا أن الحل قريب.") == ["الوزير", "الوزير"]


def test_a_dual_verb_goes_on_from_the_pair_described_before() -> None:
    # سيارة على متنها شخصين ... اعترفا بأن: the dual was no verb, and a pair described by a dual noun named no one
    text = ("أوقفت الدورية سيارة على متنها شخصين عمرهما 20 و26 سنة.\n"
            "وبتعميق التحريات معهما، اعترفا بأن المبلغ مزيف.")
    assert speakers(text) == ["شخصين"]
    assert speakers("كشف شقيقان من المدينة عن اختراع جديد. وقالا إنهما عملا عليه سنة.") == ["شقيقان"]
    # with no pair before, a dual verb still names no one; without reported words it carries no subject
    assert speakers("وقال الوزير إن الطريق مغلق. واعترفا بأنهما سرقا المحل.") == ["الوزير"]
    text = ("وأوضحت الوزارة أنه تم القبض على شابين واعترفا بعملية الحرق، مبررين ذلك بالمخدرات. "
            "وأكدت أنه تم حجز السيارات.")
    assert speakers(text) == ["الوزارة", "الوزارة"]


def test_a_report_read_speaks_through_a_bare_present_verb() -> None:
    # وقرأت تقريرا يتحدث عن دبي، ...، يقول إنها: the one who spoke paragraphs before was carried over
    text = ("ويقول المتفائلون إن الطلب سيرتفع. وقرأت مؤخرا تقريرا يتحدث عن المدينة ، هذه المدينة المدهشة ، "
            "يقول إنها لا تعتمد على النفط ، وأشار إلى أن الميناء أكبر منطقة حرة.")
    assert speakers(text) == ["المتفائلون", "تقريرا", "تقريرا"]
    text = "وقال الوزير إن الخطة جاهزة. ونشرت الصحيفة دراسة تتناول البطالة، تقول إن النسبة ارتفعت."
    assert speakers(text) == ["الوزير", "دراسة"]
    # a definite report in the words reported is unchanged
    assert speakers("وقال الوزير إن التقرير جاهز، يقول إن الخطة تسير.") == ["الوزير", "التقرير"]


def test_a_topic_fronted_before_idh_speaks_through_the_present_verbs_after_it() -> None:
    # ووزارة الداخلية إذ تعلن ذلك لتؤكد ... وتحذر ... بأن: the closing formula of a statement had no speaker
    text = ("قال الله تعالى (ولكم في القصاص حياة). ووزارة الشؤون البلدية إذ تعلن ذلك لتؤكد للجميع حرصها على "
            "سلامة الناس، وتحذر في الوقت ذاته كل من يخالف الأنظمة بأن العقوبة ستطبق عليه.")
    assert speakers(text) == ["الله", "وزارة الشؤون البلدية"]
    text = "وقال الوزير إن الخطة جاهزة. والمملكة إذ تدين هذا العمل الإجرامي فإنها تؤكد أن الإرهاب لا دين له."
    assert speakers(text) == ["الوزير", "المملكة"]
    assert speakers("والهيئة إذ تؤكد أن الوضع مستقر فإنها تدعو الجميع إلى الهدوء.") == ["الهيئة"]
    # a warning with no fronted topic reports nothing, nor does an adverbial before إذ
    assert speakers("ويحذر الأطباء من أن الحر شديد.") == []
    assert speakers("وقال الوزير إن الخطة جاهزة. وفي هذا الإطار إذ تؤكد الوزارة أن الوضع مستقر.") == ["الوزير", "الوزارة"]


def test_ila_anna_after_a_possessed_object_is_until() -> None:
    # وأكد عرض ملفه على الوزراء ... إلى أن وصل: the object was read as the speaker and "until" as a complementizer
    text = ("وقال المعلم إن ملفه سليم. وأكد عرض ملفه على الوزراء الذين تعاقبوا على الوزارة إلى أن وصل ملفه "
            "إلى رئاسة الحكومة.")
    assert speakers(text) == ["المعلم"]
    # a speaker before إلى أن is unchanged, whatever the verb (وأوضح مدير الشرطة إلى أن)
    assert speakers("وأوضح مدير الشرطة إلى أن الملف جاهز.") == ["مدير الشرطة"]
    assert speakers("حيث أكد تجار جملة الهواتف إلى أن المبيعات منخفضة.") == ["تجار جملة الهواتف"]
