"""Quotation speakers, round r35: kinds of missed quotations found in two seeded recall audits (r28 and r35) of
sentences with a reporting verb and no predicted quotation (SaudiNewsNet < 12000, ANT < 5000), each as a short
constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_closing_verb_reports_the_words_that_close_ones_talk() -> None:
    # وختم فلان حديثه بأن …: the words that close his talk, the subject before the talk noun
    text = "وقال الوزير إن الحكومة مستعدة للحوار. وختم الوزير حديثه بأن الوزارة ستبني مستشفيات جديدة."
    assert speakers(text) == ["الوزير", "الوزير"]
    text = "وختمت مديرة المدرسة كلمتها بأن هناك خطة لتوسيع المبنى العام المقبل."
    assert speakers(text) == ["مديرة المدرسة"]
    # no subject: the one speaking goes on (never the talk noun itself as the speaker)
    text = "وأكد الدكتور سالم العتيبي أن الإقبال كبير. واختتم حديثه بأن المهرجان سيتكرر كل عام."
    assert speakers(text) == ["سالم العتيبي", "سالم العتيبي"]
    text = "وأكد الدكتور سالم العتيبي أن الإقبال كبير. واختتم حديثه عن هذه الظاهرة: لا تتركوا أبناءكم وحدهم."
    assert speakers(text) == ["سالم العتيبي", "سالم العتيبي"]


def test_a_closing_verb_with_a_deed_after_the_talk_reports_nothing() -> None:
    # ختم كلمته بأن شكر …: closed with a deed, no words said
    text = "وأكد الدكتور سالم العتيبي أن الإقبال كبير. واختتم كلمته بأن شكر الحضور على تفاعلهم."
    assert speakers(text) == ["سالم العتيبي"]


def test_a_present_plural_reports_with_its_subject_at_the_head_of_the_clause() -> None:
    # لكن سكان القرية يقولون إنهم، التربويون يرون أن، الاختصاصيين يشيرون إلى أن: the subject before the verb
    text = "وعاد الهدوء إلى القرية بعد الهدم. لكن سكان القرية يقولون إنهم يخشون هدم منازل أخرى."
    assert speakers(text) == ["سكان القرية"]
    assert speakers("التربويون يرون أن هذا النظام يفيد الطلاب كثيرا.") == ["التربويون"]
    assert speakers("لكن الاختصاصيين يشيرون إلى أن النوم المبكر مهم للأطفال.") == ["الاختصاصيين"]
    assert speakers("والمسؤولون الأمريكيون يؤكدون أن الاتفاق أصبح قريبا.") == ["المسؤولون الأمريكيون"]


def test_a_present_plural_without_a_subject_of_its_own_reports_nothing() -> None:
    # كما يقولون، الذين يقولون، ويقولون إن: people at large, no one the text names
    assert speakers("والصبر كما يقولون مفتاح الفرج، وهذا ما تعلمناه.") == []
    assert speakers("الذين يقولون إن الأزمة انتهت لا يعرفون السوق.") == []
    assert speakers("ويقولون إن الأزمة انتهت منذ زمن.") == []


def test_a_present_pointing_verb_reports_for_people_in_the_plural() -> None:
    # ويشير الخبراء إلى أن، ويشير بعض المحللين إلى أن: people pointing out, as ويرى الخبراء أن
    assert speakers("ويشير الخبراء إلى أن النوم المبكر مهم للأطفال.") == ["الخبراء"]
    assert speakers("ويشير الاختصاصيون إلى أن النوم المبكر مهم للأطفال.") == ["الاختصاصيون"]
    assert speakers("وتشير استطلاعات الرأي إلى أنه سيخسر الجولة الأولى.") == ["استطلاعات الرأي"]
    # the writer's evidence, in the plural too, still points out no one's words
    assert speakers("وتشير التوقعات إلى أن عدد الزوار سيرتفع.") == []
    assert speakers("وتشير القوانين إلى أن العقوبة تتضاعف.") == []


def test_a_quoted_addressee_does_not_hide_a_view_verbs_subject() -> None:
    # وتشير لـ"الاقتصادية" مصادر إلى أن، ويرى مسؤول لـ"الاقتصادية" أن: the outlet spoken to, its name in marks
    assert speakers('وتشير لـ"الاقتصادية" مصادر إلى أن قيمة الصفقة تجاوزت مليوني ريال.') == ["مصادر"]
    assert speakers('ويشير بعض الخبراء لـ"الميدان" إلى أن اللاعب قادر على صنع الفارق.') == ["بعض الخبراء"]


def test_the_present_of_afada_reports_as_the_present_of_ashara() -> None:
    # وتفيد إحصائيات الوزارة أن، ويفيد شهود عيان أن: a source or witnesses; not يفيد أن (no subject)
    assert speakers("وتفيد إحصائيات الوزارة أن عدد الحوادث ارتفع العام الماضي.") == ["إحصائيات الوزارة"]
    assert speakers("ويفيد شهود عيان أن القصف استمر طوال الليل.") == ["شهود عيان"]
    assert speakers("وتفيد المعلومات المتوفرة بأن القصف استمر طوال الليل.") == []
    assert speakers("والأعشاب تفيد في علاج الصداع كما يفيد أن تنام مبكرا.") == []


def test_tabi_before_a_word_in_lam_is_affiliated_not_a_verb() -> None:
    # مسؤول تابع لوزارة الداخلية: "affiliated to", part of the subject; the words are قال's
    assert speakers("وقال مسؤول تابع لوزارة الداخلية إن السيارة انفجرت قرب المسجد.") == ["مسؤول تابع لوزارة الداخلية"]
    # but وتابع: "…" after a speaker goes on with his words
    text = 'وقال الوزير إن المطار جاهز. وتابع: "سنفتتح المشروع قريبا".'
    assert speakers(text) == ["الوزير", "الوزير"]


def test_a_talk_noun_before_quoted_words_opened_by_inna() -> None:
    # وتابع حديثه "إن …": إن inside the marks is no deed; the one speaking goes on (never the talk noun)
    text = 'وأضاف الوزير أن الدراسة مهمة. وتابع حديثه "إن على المرأة الانتظار شهرين إضافيين".'
    assert speakers(text) == ["الوزير", "الوزير"]


def test_a_present_plural_inside_reported_words_leaves_them_to_the_participle_after() -> None:
    # موضحا أنهم كانوا يرون ...، لافتا إلى أن: the words end at the next participle, as with يذكر inside them
    text = "وتحدث المواطن سالم العتيبي عن العيد، موضحا أنهم كانوا يرون الساحات كبيرة، لافتا إلى أنه كان يلعب فيها."
    assert speakers(text) == ["سالم العتيبي", "سالم العتيبي"]
    assert speakers("فالأطباء يقولون إن المشي اليومي يحمي القلب.") == ["الأطباء"]


def test_ones_own_talk_after_a_name_is_no_part_of_it() -> None:
    # وبدأ الوزير فلان كلمته ...، مؤكدا: his talk closes the name (never فلان كلمته)
    text = "وبدأ الأمير فيصل كلمته الافتتاحية بالترحيب بالحضور، مؤكداً أن المنطقة تشهد نهضة."
    assert speakers(text) == ["فيصل"]
    assert speakers("وبدأ الرئيس خالد خطابه بشكر المشاركين، مشيراً إلى أن الاقتصاد يتحسن.") == ["خالد"]
    # حديثة ("recent"), folded as حديثه, still closes a description
    assert speakers("وأكدت دراسات طبية حديثة أن الصوم مفيد للقلب.") == ["دراسات طبية حديثة"]


def test_the_present_of_afada_needs_a_source_not_a_word_read_as_a_name() -> None:
    # وتفيد ملابسات الواقعة بأن: the writer's account of the incident, no one's words
    assert speakers("وتفيد ملابسات الواقعة بأن السائق فقد السيطرة على السيارة.") == []
    assert speakers('وتفيد مصادر "الوطن" بأن الصفقة ستعلن الأسبوع المقبل.') == ['مصادر "الوطن"']


def test_a_bare_present_plural_goes_on_with_the_group_speaking() -> None:
    # ويشير المزارعون إلى أن ... . ويشيرون إلى أنه: the same group, its words go on
    text = "ويشير المزارعون إلى أن الأسعار لا تغطي الكلفة. ويشيرون إلى أنه لا دعم للأسمدة هذا العام."
    assert speakers(text) == ["المزارعون", "المزارعون"]
    # not after one person: ويقولون is people at large there
    assert speakers("وقال الوزير إن الحكومة مستعدة. ويقولون إن الأزمة انتهت منذ زمن.") == ["الوزير"]


def test_a_present_plural_after_ghayr_anna_and_a_people_noun_before_a_place() -> None:
    # غير أن المهندسين يشيرون إلى أن: أن opens the clause; سكان قرطبة: people of a place named after them
    assert speakers("غير أن المهندسين يشيرون إلى أن الجسر يحتاج إلى صيانة عاجلة.") == ["المهندسين"]
    assert speakers("لكن سكان قرطبة يقولون إنهم ينتظرون الطريق الجديد منذ سنوات.") == ["سكان قرطبة"]


def test_a_long_office_before_the_closed_talk_and_a_noun_after_anna() -> None:
    # واختتم مدير المكتب ... (نماء) حديثه بأن زيارة المواقع: a noun in ة opens the words, not a deed
    text = "واختتم مدير المكتب الإقليمي لهيئة السياحة (نماء) حديثه بأن زيارة المواقع الأثرية تضاعفت."
    assert speakers(text) == ["مدير المكتب الإقليمي لهيئة السياحة"]
    text = "وقال الوزير إن الحكومة مستعدة. واختتم كلمته بأن دعا الله أن يحفظ البلاد."
    assert speakers(text) == ["الوزير"]
