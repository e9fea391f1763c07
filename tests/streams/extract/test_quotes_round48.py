"""Quotation speakers, round speakers-r48: the speaker chosen for a found quotation (S9-S14 kinds JUNK, CARRY, GLUED),
each kind as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_bare_said_after_a_clause_with_its_own_named_subject_takes_that_subject() -> None:
    # ويرى المهندس فلان عدم وجود فرق ...، وقال: the engineer goes on, not the group that spoke in the sentence before
    text = ("وقال عدد من المواطنين إن الطريق خطر. ويرى المهندس علي كريم عدم وجود فرق بين المشروعين، "
            "وقال إن التنفيذ متأخر.")
    assert speakers(text) == ["عدد من المواطنين", "علي كريم"]
    text = ("قالت الوزيرة سلمى العلي إن المشروع بدأ. وأشاد النائب خالد الدوسري بالخطة وقال إنها طموحة.")
    assert speakers(text) == ["سلمى العلي", "خالد الدوسري"]


def test_a_bare_said_of_the_other_gender_takes_the_office_of_the_clause_before_it() -> None:
    # وقالت والدتها ... وأشاد مدرب الفريق بأدائها وقال: the coach (بأدائها is the object of ب, no name)
    text = "وقالت والدتها إنها فخورة بها. وأشاد مدرب الفريق بأدائها وقال إنها كانت لاعبة مثالية."
    assert speakers(text) == ["والدتها", "مدرب الفريق"]


def test_the_object_and_predicate_of_a_view_verb_after_an_office_are_never_the_speaker() -> None:
    # واعتبر الوزير المؤتمر انطلاقة حقيقية ...، موضحا: the minister named before, not "انطلاقة حقيقية"
    text = ("وقال الوزير خالد العمر إن المشروع بدأ. وقال المتحدث سامي الحربي إن الخطة جاهزة. واعتبر الوزير "
            "المؤتمر انطلاقة حقيقية للعمل، موضحا أن النتائج ستظهر قريبا.")
    assert speakers(text) == ["خالد العمر", "سامي الحربي", "خالد العمر"]
    text = ("وقال مدير التعليم محمد العقيلي إن المدارس آمنة. وقال المتحدث سامي الحربي إن الخطة جاهزة. واعتبر "
            "مدير التعليم قيام الطلاب بالمبادرة دليلا على وعيهم، مبينا أن المدارس تدعمهم.")
    assert speakers(text) == ["محمد العقيلي", "سامي الحربي", "محمد العقيلي"]


def test_a_derived_verbal_noun_before_a_name_is_the_object_not_the_speaker() -> None:
    # واكد استمرار مصر في ...، مشيرا: استمرار (استفعال) heads the object; the one speaking goes on
    text = "وقال الرئيس إن الاقتصاد ينمو. واكد استمرار مصر في دعم الاستثمار، مشيرا إلى أن الحكومة تعمل."
    assert speakers(text) == ["الرئيس", "الرئيس"]


def test_a_group_of_people_ends_before_a_definite_noun_that_does_not_agree_with_its_plural() -> None:
    # استنكر عدد من الخبراء الأمنيين الحادث الأخير، مؤكدين: the group, not the group with the deed condemned
    text = "استنكر عدد من الخبراء الأمنيين الحادث الأخير، مؤكدين أن الأمن مسؤولية الجميع."
    assert speakers(text) == ["عدد من الخبراء الأمنيين"]


def test_a_name_with_its_office_between_commas_before_its_verb_is_the_subject() -> None:
    # ويذكر أن فلان، نائب الأمين العام، قال إن: the one named before the apposition, not the one who spoke before
    text = ("وقال السليطي إن الاتفاق قريب. ويذكر أن محمد جمور، نائب الأمين العام للحزب، قال إن الحزب "
            "لن يشارك.")
    assert speakers(text) == ["السليطي", "محمد جمور"]


def test_the_fuller_form_of_a_name_drops_a_preposition_glued_to_its_first_name() -> None:
    # القرار القاسي لمارسيلو بيلسا ... وقال بيلسا: the coach's name, without ل
    text = "انتقد الإعلام القرار القاسي لمارسيلو بيلسا بالرحيل. وقال بيلسا إن الإدارة لم تف بوعودها."
    assert speakers(text) == ["مارسيلو بيلسا"]


def test_a_name_before_a_long_office_aside_and_its_verb_is_the_subject() -> None:
    text = ("وقال السليطي إن الاتفاق قريب. ويذكر أن محمد جمور، نائب أمين عام حزب الوطنيين الديمقراطيين الموحد (وطد) "
            "وعضو هيئة الدفاع في قضية اغتيال المعارض، قال إن حزبه سيعقد ندوة.")
    assert speakers(text) == ["السليطي", "محمد جمور"]


def test_an_honorific_pronoun_with_words_after_it_is_the_dignitary_named_before() -> None:
    # وأدان معاليه باسمه وباسم ...، مشيرا: the minister, not "معاليه باسمه ..."
    text = ("وقال وزير العدل وليد الصمعاني إن المحاكم بدأت عملها. وأدان معاليه باسمه وباسم جميع منسوبي الوزارة "
            "هذا العمل الإجرامي، مشيرا إلى أن القضاء سيقف بقوة.")
    assert speakers(text) == ["وليد الصمعاني", "وليد الصمعاني"]


def test_a_view_verbs_object_after_an_office_opening_the_sentence_is_no_name() -> None:
    # واعتبر مدير التعليم قيام الإرهابيين ...، دليلا ...، مبينا: the director named before
    text = ("وأدان مدير التعليم محمد العقيلي الهجوم على المسجد، مقدما تعازيه لأسر الشهداء.\nواعتبر مدير التعليم "
            "قيام الإرهابيين بتفجير المسجد واستهداف المصلين فيه، دليلا واضحا على أن الإرهابيين لا يمثلون الإسلام.. "
            "مبينا أن هذا العمل لا يصدر إلا من نفوس حاقدة.")
    assert speakers(text) == ["محمد العقيلي"]


def test_haythu_qala_after_a_recorded_piece_gives_the_one_recorded() -> None:
    # وتداول ناشطون مقطع فيديو لأحد المصابين، حيث قال: the injured man in the video, not the activists
    text = "وتداول ناشطون مقطع فيديو لأحد المصابين، حيث قال إن المفجر كان يرتدي ملابس عسكرية."
    assert speakers(text) == ["أحد المصابين"]


def test_an_honorific_pronoun_opening_the_only_speech_is_the_dignitary_of_the_lead() -> None:
    text = ("استقبل وزير العدل الدكتور وليد بن محمد الصمعاني وفد المحامين في مكتبه.\nوأدان معاليه باسمه وباسم جميع "
            "منسوبي الوزارة الهجوم الإرهابي، مشيرا إلى أن القضاء سيقف بقوة.")
    assert speakers(text) == ["وليد بن محمد الصمعاني"]


def test_a_short_first_name_that_begins_with_lam_keeps_it() -> None:
    # الكاتب العام لسعد اليعقوبي ... وقال اليعقوبي: لسعد is the name (no ل glued to سعد written alone elsewhere)
    text = ("وقال المتحدث إن الإضراب مستمر. واعتبر الكاتب العام لسعد اليعقوبي القرار خاطئا. وقال اليعقوبي إن "
            "الوزير فشل.")
    assert speakers(text) == ["المتحدث", "لسعد اليعقوبي"]


def test_bi_with_a_derived_verbal_noun_opens_a_circumstance_never_a_speaker() -> None:
    # واعرب فلان في كلمته ... بالإسماعيلية بمشاركة قادة ...، عن قناعته ... وقال: the president goes on
    text = ("قال الرئيس عبد الفتاح السيسي إن القناة هدية للعالم. واعرب السيسي في كلمته خلال افتتاح القناة الجديدة "
            "أمس بالاسماعيلية بمشاركة قادة ورؤساء من مختلف دول العالم، عن قناعته بأنه لا أحد يستطيع أن ينال من "
            "الشعب وقال: إن مصر تقدم للانسانية مشروعا للبناء.")
    assert speakers(text) == ["عبد الفتاح السيسي", "عبد الفتاح السيسي"]
