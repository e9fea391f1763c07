"""Quotation speakers, round r49: kinds of missed quotations found in the opened speaker sets S9–S14 (verb forms,
the finder and spans), each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_mens_plural_participles_report_the_group_speaking() -> None:
    # لافتين إلى أن، مبينين أن: the group named before goes on (لافتين is no feminine dual)
    text = "وأكد أعضاء اللجنة أن المشروع تأخر كثيرا، لافتين إلى أن الشركة لم تلتزم بالعقد."
    assert speakers(text) == ["أعضاء اللجنة", "أعضاء اللجنة"]
    text = "وقال أعضاء اللجنة إن المشروع تأخر كثيرا، مبينين أن الشركة لم تلتزم بالعقد."
    assert speakers(text) == ["أعضاء اللجنة", "أعضاء اللجنة"]


def test_adda_counting_it_as_reports_the_one_speaking() -> None:
    text = "وقال المدير خالد السالم إن المشروع تأخر، عادا أن الشركة لم تلتزم بالعقد."
    assert speakers(text) == ["خالد السالم", "خالد السالم"]


def test_afta_a_ruling_that_reports() -> None:
    text = "وأفتى المجلس الإسلامي أن صيام هذا اليوم جائز للمسافر."
    assert speakers(text) == ["المجلس الإسلامي"]


def test_a_present_verb_with_fa_after_amma_and_a_long_topic_set_off_by_a_comma() -> None:
    # أما الفنان فلان، فيوضح (إلى) أن: the topic is the subject
    text = "أما المهندس خالد السالم، فيوضح أن المشروع تأخر كثيرا."
    assert speakers(text) == ["خالد السالم"]
    text = "أما الفنان التشكيلي خالد السالم، فيوضح إلى أن المعرض سيفتح قريبا."
    assert speakers(text) == ["خالد السالم"]


def test_a_belief_expressed_reports_a_view_but_a_hope_does_not() -> None:
    # معبرا عن اعتقاده بأن، أعرب عن اعتقاده بأن: a view (as يعتقد); عن أمله في أن، عن سعادته: a feeling
    text = "وقال المدير خالد السالم إن المشروع تأخر، معبرا عن اعتقاده بأن الشركة ستلتزم بالعقد."
    assert speakers(text) == ["خالد السالم", "خالد السالم"]
    text = "وأعرب المدير خالد السالم عن اعتقاده بأن الشركة ستلتزم بالعقد."
    assert speakers(text) == ["خالد السالم"]
    text = "وأعرب المدير خالد السالم عن أمله في أن تلتزم الشركة بالعقد."
    assert speakers(text) == []
    text = "وقال المدير خالد السالم إن المشروع تأخر، معبرا عن سعادته بالنتائج."
    assert speakers(text) == ["خالد السالم"]
    assert speakers("وتترك صورا معبرة للآخرين كي يقتدوا بها في ديارهم إن هم أحسنوا قراءتها.") == []  # expressive


def test_mudifan_al_qawl_then_quoted_words() -> None:
    text = 'وقال المدير خالد السالم إن المشروع تأخر، مضيفا القول "لن نقبل بأي تأخير بعد اليوم".'
    assert speakers(text) == ["خالد السالم", "خالد السالم"]


def test_an_unclosed_guillemet_ends_at_the_next_speech_verb_that_opens_another() -> None:
    # قال «… (never closed) وأردف فلان بالقول «…»، وأضاف: «… واستطرد فلان: «…»
    text = ("وقال المدير خالد السالم «إن المشروع تأخر كثيرا ولا شيء رسميا حتى الآن. "
            "وأردف السالم بالقول «لن نقبل بأي تأخير بعد اليوم».")
    assert speakers(text) == ["خالد السالم", "خالد السالم"]
    text = ("وأضاف المدير خالد السالم: «المشروع تأخر كثيرا ولا شيء رسميا حتى الآن. "
            "واستطرد السالم: «لن نقبل بأي تأخير بعد اليوم».")
    assert speakers(text) == ["خالد السالم", "خالد السالم"]
    # but marks nested and closed stay one quotation
    text = "وقال المدير خالد السالم: «المشروع تأخر كثيرا، وقد قال لي الوزير: «لا تقلق أبدا» وهذا ما يطمئنني»."
    assert speakers(text) == ["خالد السالم"]


def test_two_quoted_words_closing_the_sentence_after_qala_and_a_short_subject() -> None:
    assert speakers("وقال المعهد “نحن محايدون”.") == ["المعهد"]
    assert speakers("وقال لصحيفة “الشرق الأوسط”.") == []


def test_kataba_on_a_platform_reports_the_writer() -> None:
    # وكتب على موقع تويتر … "…": he wrote on his account, not a sign written on
    text = 'وقال المرشح خالد السالم إن الانتخابات قريبة. وكتب على موقع تويتر أمس ان "الفوز قادم لا محالة".'
    assert speakers(text) == ["خالد السالم", "خالد السالم"]
    text = 'وقال المرشح خالد السالم إن الانتخابات قريبة. وكتب على الجدار "الفوز قادم لا محالة".'
    assert speakers(text) == ["خالد السالم"]


def test_a_view_verb_with_a_name_then_its_long_office_before_an() -> None:
    # اعتبر فلان الفلاني الأمين العام لحزب كذا أن: the name and its office are the subject
    text = "واعتبر رياض الشعيبي الأمين العام لحزب البناء الوطني أن الحكومة فشلت في مهامها."
    assert speakers(text) == ["رياض الشعيبي"]
    text = "واعتبر محمد العلي الأمر خطيرا، وأكد أن الحكومة فشلت."
    assert speakers(text) == ["محمد العلي"]


def test_a_verse_cited_inside_words_after_a_colon_is_no_quotation_of_its_own() -> None:
    text = ("وقال الشيخ خالد السالم في مداخلة: المصاب مصاب الجميع إن شاء الله، قال الله تعالى (ومن أظلم ممن منع "
            "مساجد الله أن يذكر فيها اسمه)، هذا عمل إجرامي.")
    assert speakers(text) == ["خالد السالم"]


def test_the_one_announced_in_a_relative_clause_reports_nothing() -> None:
    # الرئيس الجديد الذي أعلن عنه مؤخرا فلان إلى أن: the announced one, no words
    text = ("وقال الشيخ خالد السالم إنه دعا الرئيس الجديد للحركة الذي أعلن عنه مؤخرا الملا محمد منصور إلى أن "
            "يجلس مع منافسيه.")
    assert speakers(text) == ["خالد السالم"]


def test_a_bare_qala_then_a_clause_opener_reports_the_last_speaker() -> None:
    # وقال تم …، وأضاف لقد …: the words at once, no complementizer
    lead = "وقال وزير النقل خالد السالم إن المطار سيفتح قريبا. "
    assert speakers(lead + "وقال تم الجلوس مع المقاولين لحل المشكلة.") == ["خالد السالم"] * 2
    assert speakers(lead + "وأضاف لقد حاولنا كثيرا مع الشركة.") == ["خالد السالم"] * 2
    assert speakers("وقال ستيفن هوكينغ إن الكون واسع جدا.") == ["ستيفن هوكينغ"]


def test_kataba_after_qad_reports_only_on_a_platform_named() -> None:
    # وقد كتب في تغريدة "…": the writer goes on; وقد كتبت واحدة من الروايات: "…": a book, no words said
    text = 'وقال المرشح خالد السالم إن الانتخابات قريبة. وقد كتب في تغريدة "الفوز قادم لا محالة".'
    assert speakers(text) == ["خالد السالم", "خالد السالم"]
    text = 'وكان الوزير خالد السالم قد كتب على حسابه في تويتر "الفوز قادم لا محالة".'
    assert speakers(text) == ["خالد السالم"]
    text = 'وقالت الكاتبة سلمى العلي إن الرواية نجحت. وقد كتبت واحدة من أشهر الروايات: "قصة المدينة القديمة جدا".'
    assert speakers(text) == ["سلمى العلي"]
