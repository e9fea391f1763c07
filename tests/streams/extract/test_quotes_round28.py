"""Quotation speakers, round speakers-r28: kinds of missed quotations found by a recall audit of SaudiNewsNet and
ANT articles (speech verbs with words said after them that no quotation covered), each as a short constructed
sentence."""

from __future__ import annotations

from quote_rounds import speakers


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
    text = "وتذكر المصادر أن الاجتماع تأجل إلى الأسبوع المقبل."
    assert speakers(text) == ["المصادر"]


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
