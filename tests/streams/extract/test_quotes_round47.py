"""Quotation speakers, round r47: kinds of missed quotations found in three seeded recall audits (r28, r35 and r47)
of sentences with a reporting verb and no predicted quotation (SaudiNewsNet < 12000, ANT < 5000), each as a short
constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_tabi_with_a_lone_title_and_a_comma_reports_the_one_named_before() -> None:
    # وتابع الوزير، انه …: the title alone (the minister named before), a comma, then the words
    text = ("وأكد وزير الصحة محمد العلي أن المستشفى الجديد سيفتتح قريبا. "
            "وتابع الوزير، انه سيتم خلال الأيام القادمة الإعلان عن المناقصة.")
    assert speakers(text) == ["محمد العلي", "محمد العلي"]
    text = "وقال وزير النقل خالد السالم إن المطار سيفتح قريبا. وتابع الوزير أن العروض ستعلن الشهر المقبل."
    assert speakers(text) == ["خالد السالم", "خالد السالم"]


def test_tabi_with_a_title_and_an_object_still_reports_nothing() -> None:
    # تابع الوزير أعمال اللجنة: following, no words (the lone title needs أن right after it)
    text = "وقال وزير النقل خالد السالم إن المطار سيفتح قريبا. وتابع الوزير أعمال اللجنة حتى المساء."
    assert speakers(text) == ["خالد السالم"]


def test_an_office_then_the_name_between_commas_before_a_long_circumstance() -> None:
    # أكد وزير التربية، فلان، اليوم، على هامش …، أنه: the name set off after the office speaks
    text = ("أكد وزير التربية، سعيد الحمدان، اليوم الاربعاء، على هامش إشرافه على إحياء اليوم الوطني للصحة المدرسية "
            "بالمدرسة الابتدائية الكبرى بحي النخيل في العاصمة، أنه سيقاضي كل من يتهم الوزارة بالفساد.")
    assert speakers(text) == ["سعيد الحمدان"]


def test_a_name_then_its_office_then_a_long_occasion_before_an() -> None:
    # أكدت فلانة رئيسة المركز … على هامش انعقاد المؤتمر … اليوم … أنه: the name, its office, then the occasion
    text = ("أكدت سعاد المالكي رئيسة الجمعية الوطنية للدراسات الاقتصادية والاجتماعية على هامش انعقاد أشغال المؤتمر "
            "الإقليمي الثاني حول \"التحديات الاقتصادية في المنطقة\" اليوم الخميس بنزل في العاصمة أنه يجب وضع خطة وطنية.")
    assert speakers(text) == ["سعاد المالكي"]


def test_a_view_verb_with_its_subject_then_a_comma_and_an_occasion() -> None:
    # أقرت الوزيرة فلانة، في كلمة ألقتها بالمناسبة بأن …: the comma closing the occasion left out
    text = "أقرت وزيرة الصحة سميرة القاسمي، في كلمة ألقتها بالمناسبة بان عدد الاطباء بالقطاع العام ضئيل جدا."
    assert speakers(text) == ["سميرة القاسمي"]


def test_a_view_verb_with_an_office_then_the_name_after_a_comma() -> None:
    # اعتبرت رئيسة الاتحاد، فلانة أن …: the office, a comma, then the name alone
    text = "اعتبرت رئيسة اتحاد القضاة الإداريين، فاطمة السالمي أن تأخير الانتخابات يعطل عمل المجالس."
    assert speakers(text) == ["فاطمة السالمي"]


def test_a_view_verb_with_an_object_then_a_comma_still_reports_nothing() -> None:
    # اعتبر الإصابة، في ظل …: an object, not a subject set off (no first name after the comma)
    assert speakers("واعتبر المدرب الإصابة، في ظل غياب البدلاء أمرا مقلقا للفريق.") == []


def test_a_bare_view_verb_goes_on_with_the_one_speaking() -> None:
    # … مشيرا إلى أن … . ويرى أن …: the one speaking goes on with his view
    text = ("وأكد مدير التعليم خالد السالم أن المدرسة شريك في حفظ الأمن، مشيرا إلى أن مواد التربية تسهم في ذلك. "
            "ويرى أن الرؤية المستقبلية تتطلب تعميق الحوار بين المؤسسات.")
    assert speakers(text) == ["خالد السالم"] * 3
    text = "وقالت الباحثة سعاد المالكي إن الدراسة شملت ألف أسرة. وترى أن النتائج تحتاج إلى مراجعة."
    assert speakers(text) == ["سعاد المالكي", "سعاد المالكي"]


def test_a_bare_view_verb_with_no_one_speaking_or_of_the_other_gender_reports_nothing() -> None:
    # the writer's topic (يبحث المؤلف …) has spoken no words; ويرى after a woman's words is someone else
    assert speakers("يبحث المؤلف في إشكالية الإصلاح في العالم العربي. ويرى أن السبيل إلى التحرير يمر بالتعليم.") == []
    text = "وقالت الباحثة سعاد المالكي إن الدراسة شملت ألف أسرة. ويرى أن النتائج تحتاج إلى مراجعة."
    assert speakers(text) == ["سعاد المالكي"]


def test_a_long_region_with_an_object_before_the_occasion_reports_nothing() -> None:
    # شدد فلان على ضرورة … أثناء … من أنهم، أكد فلان مدير … في مداخلة … تراجع … حيث من المنتظر أن: an object, then
    # an أن of the writer's clause
    text = ("وشدد قائد قوة أمن الطرق بمنطقة الرياض على ضرورة الانتباه للأطفال أثناء التوقف بالمحطات أو النزول لأداء "
            "الصلاة وعدم تركهم بمفردهم، حيث لوحظ ترك بعض المسافرين أبناءهم وعدم التأكد من أنهم بصحبة ذويهم.")
    assert speakers(text) == []
    text = ("أكد سالم الحمدي مدير عام الامتحانات الوطنية بوزارة التربية في مداخلة له في برنامج صباحي اليوم الجمعة تراجع "
            "عدد المترشحين للامتحان بنقص بحوالي خمسة آلاف مترشح مقارنة بالسنة الماضية حيث من المنتظر أن يتقدم هذه السنة "
            "حوالي مئة ألف مترشح.")
    assert speakers(text) == []


def test_a_bare_verb_on_a_recorded_piece_reports_the_one_recorded() -> None:
    # مقطع فيديو لفلانة تقول فيه "…"، مقابلة مع فلان الذي …، قال فيها "…": the one after ل or مع speaks
    text = 'وتداول نشطاء مقطع فيديو لإحدى الناجيات من الحريق تقول فيه "لولا الشبان الذين ساعدونا لمات الكثيرون".'
    assert speakers(text) == ["إحدى الناجيات من الحريق"]
    text = ('وأجرى مراسل القناة مقابلة مع المدرب خالد السالم الذي لم يظهر وجهه، بل سمع صوته فقط، قال فيها '
            '"لن نتراجع عن قرارنا".')
    assert speakers(text) == ["خالد السالم"]


def test_a_bare_verb_on_a_piece_with_no_one_recorded_reports_no_one_named_there() -> None:
    # لقاء بالصحفيين: no ل or مع, the rules name no one recorded
    assert speakers('وعقد الوزير لقاء بالصحفيين تحدث فيه "عن الخطة".') == []


def test_a_subject_and_a_comma_then_a_long_clause_is_no_name_with_an_occasion() -> None:
    # ويقول الناشر، منحت الشبكة ... في البلاد ... إلى أن بدأ: words said after the comma (منحت is no name), and a long
    # region with إلى أن ("until") reports nothing
    text = ("ويقول الناشر، منحت شبكة المعلومات الدولية في البلاد بعد عقود كثيرة من هيمنة الرأي الواحد والفكر الواحد "
            "والصوت الواحد فرصة نادرة لجيل كامل من الكتاب الشبان لنشر الأفكار والآراء المختلفة عبر الصفحات الشخصية "
            "إلى أن بدأت السلطات في مراقبة تلك الصفحات.")
    assert "منحت" not in speakers(text)


def test_a_view_verb_after_a_relative_with_people_after_it() -> None:
    # الخطوة التي يرى محللون أنها …: the analysts hold the view
    assert speakers("وهي الخطوة التي يرى محللون أنها ستغير موازين القوى في المنطقة.") == ["محللون"]
    # but الذي يرى فيه الوزير الحل: no people plural alone after the relative, no view reported here
    assert speakers("وهو الاتفاق الذي يرى الحل في أن تتوقف الحرب فورا.") == []
