"""Quotation speakers, round speakers-r28: kinds of missed quotations found by a recall audit of SaudiNewsNet and
ANT articles (speech verbs with words said after them that no quotation covered), each as a short constructed
sentence."""

from __future__ import annotations

from quote_rounds import speakers

from streams.extract.quotes import find_quotes


def test_a_one_word_addressee_after_a_subject_is_followed_by_the_words_said() -> None:
    # وقال فلان لرويترز "…": the addressee complete in one word, after a subject, ends before the words said
    text = 'وقال دبلوماسي غربي لرويترز "الحكومة تتحدث إليه لإخراجه من البلد".'
    assert speakers(text) == ["دبلوماسي غربي"]
    text = "وصرح المتحدث سامي الخطيب للصحافيين “لقد وصلنا إلى اتفاق نهائي مع الطرفين”."
    assert speakers(text) == ["سامي الخطيب"]
    # an outlet named in quote marks after لـ is no addressee complete in one word: its name is not the words
    text = 'وقال المتحدث سامي الخطيب لوكالة "الأناضول" إن الطريق مغلق.'
    assert speakers(text) == ["سامي الخطيب"]


def test_present_forms_of_dhakara_and_awdaha_with_a_subject_report() -> None:
    # ويذكر فلان أن، يوضح المخرج فلان: "…": the present with a subject of its own reports, as يشير does
    text = "ويذكر مؤلف الرواية سامي الحربي أنه كتبها في عامين."
    assert speakers(text) == ["سامي الحربي"]
    text = "يذكر الكاتب خالد العتيبي، الأستاذ في جامعة الملك سعود، أن المدينة تغيرت كثيرا."
    assert speakers(text) == ["خالد العتيبي"]
    text = 'يوضح المخرج علي الشمري: "بدأنا التصوير في الصيف الماضي".'
    assert speakers(text) == ["علي الشمري"]
    text = "وتوضح الوزارة أن الاجتماع تأجل إلى الأسبوع المقبل."
    assert speakers(text) == ["الوزارة"]


def test_present_forms_without_a_speaking_subject_report_nothing() -> None:
    # يذكر أن: the writer's note; يوضح الجدول أن: his evidence; a bare present continues no one
    assert speakers("يذكر أن الوزارة افتتحت المعرض أمس.") == []
    assert speakers("وقال الوزير إن العمل مستمر. يذكر أن الوزارة افتتحت المعرض أمس.") == ["الوزير"]
    assert speakers("ويوضح الجدول أن الأسعار ارتفعت في الربع الأول.") == []
    assert speakers("ومما يذكر أن المدينة قديمة جدا.") == []


def test_tabaa_after_a_two_word_subject_reports() -> None:
    # وتابع المصدر نفسه أن، وتابع فادي ناصر أن: a short subject, then the words at once
    text = "وقالت الشرطة إن النار اشتعلت ليلا. وتابع المصدر نفسه أن ثلاثة رجال دخلوا البلدة."
    assert speakers(text) == ["الشرطة", "المصدر نفسه"]
    assert speakers("وتابع فادي ناصر أن الشباب يريدون التعلم.") == ["فادي ناصر"]
    # تابع of following, with إلى أن (until), reports nothing
    assert speakers("وتابع المحققون القضية إلى أن تم القبض على المتهم.") == []
    assert speakers("وتابع الحضور العرض قبل أن يغادروا القاعة.") == []


def test_tabaa_in_a_statement_then_the_words_continues_the_speaker() -> None:
    # وتابعت في بيان مكتوب "…": the occasion, then the words at once; the last speaker goes on
    text = ('قالت وزارة الداخلية إن الانفجار عمل إرهابي. وتابعت في بيان مكتوب "ندعو الجميع إلى التوحد '
            'والتزام الهدوء".')
    assert speakers(text) == ["وزارة الداخلية", "وزارة الداخلية"]
    assert speakers("وتابع اللاعبون في الملعب تدريباتهم قبل أن يغادروا.") == []


def test_akmala_with_the_words_at_once_reports() -> None:
    # وأكمل "…"، وأكملت: "…": went on (a conditional verb, as تابع); أكمل دراسته is no speech
    text = 'وقال نصر الحربي إن المحكمة تتذرع بعدم وجود بنية. وأكمل "البنية التحتية موجودة في مكان قريب للغاية".'
    assert speakers(text) == ["نصر الحربي", "نصر الحربي"]
    assert speakers("وأكمل اللاعب دراسته في أمريكا قبل أن يعود.") == []


def test_a_name_after_a_long_description_then_a_circumstance_speaks() -> None:
    # أكد المرشح ... عن حركة "…" والرئيس المحتمل فلان في حوار ... أن: the description runs past the subject's usual
    # length, no comma before the name, the circumstance after it; the words are the name's
    text = ('أكد المرشح للجولة الثانية من الانتخابات الرئاسية عن حزب "التجديد الوطني" والرئيس المحتمل للبلاد '
            'سامي بن علي في حوار أجرته معه مجلة "الأسبوع" الصادرة في العاصمة أن الاقتصاد سيكون أولويته الأولى.')
    assert speakers(text, tagged=True) == ["سامي بن علي"]


def test_present_forms_without_words_set_no_speaker() -> None:
    # وتذكر معنا شبابه (he remembered), ويوضح الدليل الشروط (an object): no words, so no speaker for the next verb
    text = "سألناه عن حياته، وتذكر معنا شبابه الذي ضاع، وقال: لم يكن معي ما يساعدني على الزواج."
    assert "معنا شبابه" not in speakers(text)
    assert speakers("وتذكر عزيزي المواطن أن الوطن أمانة.") == []
    text = "وتوضح بعض المسارات تحرك الناس بسرعة أكبر مقارنة بالبعض الآخر، ويرجح الباحثون أن المجموعة كانت تصطاد."
    assert "أكبر مقارنة" not in speakers(text)
    text = ("وأوضح الوزير خالد الحربي أن الدليل جاهز. والدليل يوضح الشروط والإجراءات بشتى أصنافها. "
            "وأضاف أن العمل بدأ.")
    assert speakers(text) == ["خالد الحربي", "خالد الحربي"]


def test_a_completing_verb_inside_the_words_leaves_their_end() -> None:
    # أن الفريق أكمل التجهيزات ...، مشيرا إلى أن: the words still end at the participle
    text = ("وأكد المدرب سامي الحربي أن الفريق أكمل كافة التجهيزات للمعسكر، مشيرا إلى أن التعاقدات كانت مدروسة.")
    quotes = find_quotes(text, [])
    assert [q.text for q in quotes] == ["الفريق أكمل كافة التجهيزات للمعسكر", "التعاقدات كانت مدروسة"]


def test_a_refusal_joined_by_wa_is_no_part_of_the_subject() -> None:
    # وقال أحد المسؤولين ورفض نشر اسمه لرويترز "…": the refusal describes the one speaking
    text = 'وقال أحد المسؤولين ورفض نشر اسمه لرويترز "نعتقد أن الهجوم نفذه انتحاري".'
    assert speakers(text) == ["أحد المسؤولين"]


def test_a_present_form_without_a_subject_takes_no_words_of_the_verb_before() -> None:
    # وقال متحدث ... دون أن يذكر اسمه "…": the verb after أن is no one's; the words are the spokesman's
    text = 'وقال متحدث باسم الشرطة في المدينة دون أن يذكر اسم الرجل الموقوف "تم إلقاء القبض عليه واستجوابه".'
    assert speakers(text) == ["متحدث باسم الشرطة"]
    # كشفت الطالبة عن محادثات ...، توضح أن: a clause on the chats, the words stay the student's
    text = "كشفت الطالبة المتضررة عن محادثات بين العميد ووالدتها، توضح أن الأم سألته عن تغيير الرغبات."
    assert speakers(text) == ["الطالبة المتضررة"]


def test_a_present_form_with_a_longer_subject_reports_and_keeps_the_participle_speaker() -> None:
    # ويوضح بائع الأجهزة فلان أن ...، لافتا: the seller speaks, and goes on in the participle
    text = ("وأوضح بائع الجملة أحمد القاضي أن الطلب تراجع. ويوضح بائع الأجهزة ماهر بن يحيى أن الإقبال المعهود "
            "لم نره هذا العام، لافتا إلى أن حجم الطلب كان منخفضا.")
    assert speakers(text) == ["أحمد القاضي", "ماهر بن يحيى", "ماهر بن يحيى"]


def test_the_writers_note_heading_a_sentence_leaves_its_subject_to_the_participle() -> None:
    # يذكر أن المتحدث فلان نعى الفقيد ...، موضحا أن: the spokesman, subject of the sentence under the note, speaks
    text = ("وقال ابن عم الفقيد كلنا جنود لهذا الوطن، مؤكدا أن استشهاده مفخرة. يذكر أن المتحدث باسم الشرطة العقيد "
            "زياد الرقيطي نعى الفقيد في بيان، موضحا أنه تم القبض على شخصين.")
    assert speakers(text)[-1] == "زياد الرقيطي"


def test_a_conditional_verb_then_a_comma_opens_no_subject() -> None:
    # مؤلفها الجديد (زاد)، توقعت أن: زاد is the book's title, the clause after the comma is the writer's
    text = "أهدتني الدكتورة نسخة من مؤلفها الجديد (زاد)، توقعت أن يكون موضوع الكتاب عن المشكلات الأسرية."
    assert speakers(text) == []
