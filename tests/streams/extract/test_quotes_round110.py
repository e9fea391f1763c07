"""Quotation speakers, round r110: kinds the errors of the opened S45 and S46 showed (one wrong name carried
through an article), each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_speaker_cut_inside_the_tagged_person_takes_the_person_whole() -> None:
    # أصر لويس فان جال ... وأوضح فان جال أنه: the tagger has فان جال (-> لويس فان جال), the speaker is not فان
    assert speakers("أصر لويس فان جال على بقاء الحارس في الفريق. وأوضح فان جال أنه يتوقع الفوز في المباراة.",
                    tagged=True) == ["لويس فان جال"]
    assert speakers("أكد روبن فان بيرسي أن الفريق جاهز. وقال فان بيرسي إن الموسم سيكون صعبا.",
                    tagged=True) == ["روبن فان بيرسي", "روبن فان بيرسي"]


def test_ali_after_the_verbs_demonstrative_object_is_the_name() -> None:
    # أوضح ذلك علي فلان مدير …، وقال: the article spells على with ى, so علي with ي after ذلك is the name
    text = ("تمكن رجال الأمن من ضبط كمية من الممنوعات. وعثر على الكمية في سيارة. أوضح ذلك علي السالم مدير عام "
            "المنفذ، وقال إن الكمية كانت مخبأة بعناية.")
    assert speakers(text) == ["علي السالم"]
    assert speakers("وعثر على الكمية في سيارة. وأكد هذا علي العطوي، مضيفا أن التفتيش مستمر.") == ["علي العطوي"]
    # على with ى after ذلك stays the preposition
    assert speakers("وعثر على الكمية في سيارة. وأكد ذلك على هامش المؤتمر مدير المنفذ، مضيفا أن التفتيش مستمر.") \
        != ["على هامش"]


def test_a_family_name_then_a_comma_and_an_aside_is_the_subject() -> None:
    # وأكد الطبوبي، خلال مائدة … رفيعة مستوى …، حرص الاتحاد … قائلا: the family name met with its compound first name
    # speaks, not a first name (رفيعة) inside the aside
    text = ("أعلن الأمين العام للنقابة نور الدين الساحلي اليوم أنه سيتم توقيع الاتفاق. وأكد الساحلي، خلال مائدة "
            "مستديرة تونسية ألمانية رفيعة مستوى حول التشغيل، حرص النقابة على الحوار قائلا ان الإصلاحات ضرورية.")
    assert speakers(text) == ["نور الدين الساحلي", "نور الدين الساحلي"]
    text = ("أعلن رئيس الهيئة صلاح الدين العياري أن الموسم انطلق. وأكد العياري، خلال لقاء بحضور الأمينة العامة "
            "نعيمة الهمامي، حرص الهيئة على الشفافية قائلا ان العجز سينخفض.")
    assert speakers(text) == ["صلاح الدين العياري", "صلاح الدين العياري"]


def test_a_six_letter_verb_after_a_leading_adverbial_opens_a_clause() -> None:
    # بدوره استعرض الدكتور فلان … ، وأشار إلى أن: the one who reviewed goes on, not the speaker before
    text = ("أكد المستشار خالد بن ناصر العمري أن الأفلام تحمل العنف. وشارك في الندوة الدكتور سامي الحربي.\n"
            "بدوره استعرض الدكتور الحربي بعض الأرقام عن ضحايا العنف، وأشار إلى ان السكوت جريمة في حق المجتمع.")
    assert speakers(text) == ["خالد بن ناصر العمري", "سامي الحربي"]


def test_a_bodys_quoted_name_is_no_words_said() -> None:
    # كشفت شركة «كافيار» الإيطالية عن …، ونشرت الشركة … قائلة: the company with its quoted name speaks on
    text = ("كشفت شركة «نجمة» الإيطالية عن مجموعة جديدة من الساعات. ونشرت الشركة على موقعها صورة للرئيس قائلة "
            "إنها أصدرت ساعة ذكية.")
    assert speakers(text) == ["شركة «نجمة» الإيطالية"]


def test_an_outlets_foreign_name_with_the_article_stays_whole() -> None:
    # وقال موقع الأوديتي سنترال الأمريكي: the outlet speaks, its name not cut to سنترال
    assert speakers("وقال موقع الأوديتي سنترال الأمريكي إن الشاب أبهر أهل بلدته باختراعه.") \
        == ["موقع الأوديتي سنترال الأمريكي"]
    assert speakers("وذكرت صحيفة الديلي ميل البريطانية أن الشاب أبهر أهل بلدته باختراعه.") \
        == ["صحيفة الديلي ميل البريطانية"]
    # the name going on past the words read is left to the rules after (قناة البي بي سي)
    assert speakers("وأعلنت قناة البي بي سي أن الشاب أبهر أهل بلدته.") == ["قناة البي بي سي"]


def test_a_tagged_first_and_family_name_is_whole_as_written() -> None:
    # وأوضح محمد لباد والد الطفلة زينب محمد لباد: the father, not the daughter the tagger links his name to
    text = ("أصيبت الطفلة زينب محمد لباد بطلق ناري في رأسها. وأوضح محمد لباد والد الطفلة أن حالتها مستقرة.")
    assert speakers(text, tagged=True) == ["محمد لباد"]
