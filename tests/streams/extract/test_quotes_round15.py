"""Quotation speakers, round r15: failure kinds found in the opened blind set v21
(tests/gold/facts/README.md), each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_noun_before_any_or_every_is_the_verbs_object() -> None:
    # ونفى سحب أي مشروع: a verbal noun in construct with أي/كل is what is denied; it was read as the subject and
    # became the speaker of the next bare verb (وقال، "…")
    text = ("وقال الوزير إن المشروع اكتمل. ونفى تأجيل أي مرحلة من مراحل العمل. "
            "وقال، \"الوزارة بصدد توقيع عقود جديدة\".")
    assert speakers(text) == ["الوزير", "الوزير"]
    text = "وقال المتحدث إن الحوار مستمر. وأكد رفض كل أشكال العنف. وأضاف أن اللقاء المقبل سيعقد في جدة."
    assert speakers(text) == ["المتحدث", "المتحدث"]
    # a source or a title before أي stays the subject
    assert speakers("وقال مصدر أمني إن الطريق أغلق.") == ["مصدر أمني"]


def test_a_mark_glued_to_a_word_closes_a_quoted_title() -> None:
    # مسلسل "أولاد مفيدة" على قناة: مفيدة is read as the participle "informing"; the mark glued to it closes the
    # title, it opens no words said
    text = ("وجاء مسلسل \"بنات مفيدة\" على القناة الأولى في المرتبة الأولى، يليه برنامج \"ليالي السمر\" "
            "في المرتبة الثانية. وقال المخرج إن العمل نجح.")
    assert speakers(text) == ["المخرج"]
    # a mark glued to the word after it still opens the words (مضيفا "…")
    text = "وقال الوزير إن المشروع اكتمل، مضيفا \"سنفتتحه الشهر المقبل بحضور الأهالي\"."
    assert speakers(text) == ["الوزير", "الوزير"]
    # a mark typed against the verb, with no mark left open before it, opens the words (وتابع" أنا ...)
    text = "وتحدث الشاعر عن ديوانه \"أوراق الخريف\". وتابع\" أنا من عشاق الشعر الحديث منذ صغري\"."
    assert speakers(text) == ["الشاعر"]


def test_a_conditional_verb_reports_words_after_an_aside_on_its_subject() -> None:
    # وتابع نابوت، وهو نائب رئيس فيفا: "…": تابع reports words said at once after a short subject; an aside
    # opened by وهو between the subject and the colon hid them
    text = "وقال المدرب إن الفريق جاهز. وتابع العلي، وهو مدرب المنتخب منذ عامين: \"اللاعبون في أفضل حالاتهم\"."
    assert speakers(text) == ["المدرب", "العلي"]
    text = "وتابعت سلمى، وهي رئيسة الجمعية: \"نحتاج إلى دعم أكبر\"."
    assert speakers(text) == ["سلمى"]
    # following, not speaking: no words after the aside
    text = "وتابع الفريق، وهو متصدر الدوري، تدريباته أمس."
    assert speakers(text) == []


def test_a_description_head_after_an_unknown_name_describes_it() -> None:
    # أدريان لودفيغ كبير الخبراء الأمنيين لنظام أندرويد: كبير with its definite complement describes the name before
    # it; the name (no known first name) was passed over for a later run after the nisba (لنظام أندرويد)
    text = ("وقال أدريان لودفيغ كبير المهندسين الأمنيين لنظام لينكس في المؤتمر السنوي هذا الأسبوع "
            "\"علينا أن نتحرك بسرعة أكبر\".")
    assert speakers(text) == ["أدريان لودفيغ"]
    # a description head before the name still gives way to it
    assert speakers("وقال مدافع الشباب سلطان الدعيع إن الفريق جاهز.") == ["سلطان الدعيع"]


def test_a_family_keeps_its_head_over_the_tagged_member() -> None:
    # عائلة خليفة السلطاني: the tagger finds the person the family is named after; the family speaks
    text = "وعبرت عائلة أحمد الصالحي عن غضبها من تأخر السلطات، معتبرة أن الأمن غائب عن المنطقة."
    assert speakers(text, tagged=True) == ["عائلة أحمد الصالحي"]
    assert speakers("وقالت أسرة محمد العلي إن ابنها بريء.", tagged=True) == ["أسرة محمد العلي"]


def test_a_verse_after_gods_epithet() -> None:
    # قال الله تعالى ( … ): a verse in brackets (or quote marks) after God and his epithet, with no colon; تعالى
    # was read as a stop word ending the subject, and brackets opened no words; وقال تعالى alone names God
    text = ("وأصدرت الوزارة بيانا جاء فيه: قال الله تعالى ( ولا تقتلوا أنفسكم إن الله كان بكم رحيما ). "
            "وقال تعالى ﴿ ومن يقتل مؤمنا متعمدا فجزاؤه جهنم ﴾.")
    assert speakers(text) == ["الله", "الله"]
    assert speakers(text, tagged=True) == ["الله", "الله"]
    assert speakers("قال الله تعالى \"إن مع العسر يسرا\".") == ["الله"]
    assert speakers("وقال عز وجل ( وقولوا للناس حسنا ).") == ["الله"]
    assert speakers("وقال عز الدين البرغوثي إن الجلسة انتهت.") == ["عز الدين البرغوثي"]
    # a verse cited by the one speaking: he goes on after it (God is no speaker carried to a bare verb)
    text = "وقال المفتي إن الصيام عبادة، قال تعالى ﴿ كتب عليكم الصيام ﴾. وأكد أن المسلمين ينتظرون رمضان."
    assert speakers(text) == ["المفتي", "الله", "المفتي"]
    # brackets after anyone else hold an aside, not words said
    assert speakers("وقال الوزير (وزير الصحة) في المؤتمر الصحفي.") == []


def test_a_bare_verb_after_fa_takes_the_blessed_subject_of_its_sentence() -> None:
    # وقد خطب رسول الله صلى الله عليه وسلم ... فقال: «…»: the verb ف joins goes on from the Prophet, the blessed subject
    # of its own sentence, not from the one who spoke in an earlier sentence (God's verse, which carried before)
    text = ("وقال الكاتب إن الإسلام كرم الإنسان، قال الله تعالى: \"ولقد كرمنا بني آدم\" (الإسراء آية 70).\n"
            "وقد خطب رسول الله صلى الله عليه وسلم في حجة الوداع فقال: «أيها الناس إن دماءكم عليكم حرام».")
    assert speakers(text) == ["الكاتب", "الله", "رسول الله"]
    text = ("وقال الكاتب إن الإسلام كرم الإنسان، قال الله تعالى: \"ولقد كرمنا بني آدم\".\n"
            "وقد أثنى الله على من يعمر المساجد فقال: {إنما يعمر مساجد الله من آمن بالله}.")
    assert speakers(text) == ["الكاتب", "الله", "الله"]
    # with no subject of its own, it goes on with the last speaker
    text = "وقال الوزير إن المشروع اكتمل، ثم سئل عن موعد الافتتاح فقال: \"الشهر المقبل\"."
    assert speakers(text) == ["الوزير", "الوزير"]
