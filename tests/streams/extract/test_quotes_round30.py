"""Quotation speakers, round r30: failure kinds found in the opened speaker set S5 (tests/gold/facts/README.md),
each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_absar_after_a_speech_verbs_subject_heads_its_object() -> None:
    # كشف الرئيس فلان أبرز ملامح الخطة: the elative "the most prominent", no second verb (a second verb would come
    # after و, a comma or a relative)
    text = ("من جهته، كشف المدير التنفيذي للمعرض سامي العتيبي أبرز ملامح برنامج المعرض الذي يبدأ غدا. "
            "وأشار إلى أن اللجنة ستراقب الأسعار.")
    assert speakers(text) == ["سامي العتيبي"]
    # the verb أبرز with its own subject and أن still reports
    text = "وأبرز الوزير خالد السالم أن الخطة ناجحة."
    assert speakers(text) == ["خالد السالم"]


def test_a_family_name_used_alone_later_stays_in_the_full_name() -> None:
    # مدير الدار فلان فلان معالج في ... وأوضح معالج أن: the last word, a common noun too, is the family name the
    # article uses alone after a speech verb; the tagger's shorter span does not cut it
    text = ("أكد مدير دار النشر كريم صالح معالج في مداخلة إذاعية اليوم أن الكتاب قديم. "
            "وأوضح معالج أن الدار سحبت النسخ من المكتبات.")
    assert speakers(text, tagged=True) == ["كريم صالح معالج", "كريم صالح معالج"]
    # a description after the name, never used alone, is still left out
    text = "أكد مدير الدار كريم صالح معالج في مداخلة اليوم أن الكتاب قديم. وأوضح أن الدار سحبته."
    assert speakers(text, tagged=True) == ["كريم صالح", "كريم صالح"]


def test_a_name_after_a_long_office_is_read_to_its_end() -> None:
    # رئيس الهيئة السياسية لحزب ... من أجل الجمهورية، فلان بن فلان: the name starts within the first ten words of
    # the clause and ends after them; the one carried to the next sentence's bare verb is named in full
    text = ("أشاد رئيس المكتب السياسي لحزب التحالف من أجل الوطن، كمال بن صالح بالقرار. "
            "وقال في تصريح للإذاعة إن الحزب يدعم الحوار.")
    assert speakers(text) == ["كمال بن صالح"]


def test_a_compound_first_name_opens_the_clause_a_participle_carries_on() -> None:
    # وأشاد شرف الدين فلان بـ ...، مؤكدا: a compound first name (… الدين) and a family name, the subject of the clause
    # the participle goes on from, not the one who spoke before
    text = ("وقال المهندس سالم العلي إن المشروع تأخر. وأشاد شرف الدين الحلواني بجهود العمال، "
            "مؤكدا أن العمل سينتهي قريبا.")
    assert speakers(text) == ["سالم العلي", "شرف الدين الحلواني"]


def test_a_bare_verb_after_a_leading_adverbial_opens_a_clause() -> None:
    # من جهته دعا فلان، أمس الأهالي إلى ...، مؤكدا: the clause's verb comes after من جهته, with no و before it; the
    # participle goes on from its subject, not from the one who spoke in the sentence before
    text = ("وقال المهندس سالم العلي إن المشروع تأخر. من جهته دعا خطيب الجامع شرف الدين الحلواني، أمس الأهالي "
            "إلى الصبر، مؤكدا أن العمل سينتهي قريبا.")
    assert speakers(text) == ["سالم العلي", "شرف الدين الحلواني"]
    # (as before) من جهته، طالب فلان ...، مؤكدا and بدوره دعا فلان ...، معتبرا
    text = ("وقال الوزير خالد العمر إن الوضع صعب. من جهته، طالب رئيس البلدية ماهر الزين بتوفير الدعم، "
            "مؤكدا أن الموارد قليلة.")
    assert speakers(text) == ["خالد العمر", "ماهر الزين"]
    text = ("وقال الناشط سامر العلي إن المظاهرة سلمية. بدوره دعا الشيخ ياسر النوري، أمس "
            "الأهالي إلى الهدوء، معتبرا أن المطالب مشروعة.")
    assert speakers(text) == ["سامر العلي", "ياسر النوري"]


def test_a_preacher_is_an_office_before_the_name() -> None:
    # خطيب المسجد الكبير الشيخ فلان: the preacher's office heads the description, the name after it speaks
    assert speakers("قال خطيب المسجد الكبير الشيخ أحمد الراشد إن الصلاة أقيمت.") == ["أحمد الراشد"]
    # ودعا خطيب جامع الحي فلان ...، معتبرا: the preacher in construct, then his name
    text = ("وقال الناشط سامر العلي إن المظاهرة سلمية. ودعا خطيب جامع الحي أنور الدباغ الأهالي إلى الهدوء، "
            "معتبرا أن المطالب مشروعة.")
    assert speakers(text) == ["سامر العلي", "أنور الدباغ"]
    # الخطيب with the article stays a family name
    assert speakers("قال أحمد الخطيب إن الصلاة أقيمت.") == ["أحمد الخطيب"]


def test_the_object_of_bi_ends_a_clause_subject() -> None:
    # من جانبه رحب الوزير فلان بوصول الرحلة ...، قائلا: the object of ب in construct is no part of the name
    text = ("وقال مسؤول في المطار إن الرحلة وصلت. من جانبه رحب وزير النقل الكندي جون هاريس بوصول الرحلة "
            "الأولى، قائلا إن الخدمة ستعزز التجارة.")
    assert speakers(text) == ["مسؤول في المطار", "جون هاريس"]
    # a family name that starts with ب stays (فارون بادوار أن)
    text = "وقال مسؤول إن الشبكة تعطلت. ووصف خبير الأمن فارون بادوار الهجوم بالكبير، مضيفا أنه خطير."
    assert speakers(text) == ["مسؤول", "فارون بادوار"]
