"""Quotation speakers, rounds from stop 28: misses where the gold has more quotations of a speaker than the
extractor found, and continuations read from the output of unread articles; each kind as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers

from streams.extract.entities import find_entities
from streams.extract.quotes import find_quotes


def test_bare_bayyana_then_an_aside_between_commas_goes_on() -> None:
    # وبين، في خطبة الجمعة بجامع …، أن: "explained", the last speaker going on ("between" takes no comma after it)
    assert speakers("قال المفتي عبدالعزيز آل الشيخ إن الفئة ضالة. وبين، في خطبة الجمعة بجامع الإمام تركي بن عبدالله "
                    "أمس، أن هذه الفئة كفرت المسلمين.") == ["عبدالعزيز آل الشيخ", "عبدالعزيز آل الشيخ"]


def test_tabaa_with_an_office_then_quoted_words_reports() -> None:
    # وتابع مدرب برشلونة السابق "…": the words at once after an office and its complement (since r282 the former
    # office after a verb of going on is the one named before, as V40's gold reads it)
    assert speakers('وقال مارتينو إن الامر صعب. وتابع مدرب برشلونة السابق "هذا الكلام لم يصدر عن ميسي أو عني".') == [
        "مارتينو", "مارتينو"]


def test_tabaa_with_an_office_then_a_quoted_name_reports_nothing() -> None:
    assert speakers('وقال مارتينو إن الامر صعب. وتابع مدير الإدارة "برنامج الأمان" في المدارس.') == ["مارتينو"]


def test_a_question_after_a_bare_verb_goes_on() -> None:
    # وأضافت كيف لنا أن …: the question opens the words, never a subject
    assert speakers("وقالت هديل محمد إن الفريق يعمل بجد. وأضافت كيف لنا أن نشرك أطفالاً أبرياء بجريمة لم "
                    "يقترفوها.") == ["هديل محمد", "هديل محمد"]


def test_a_feminine_bare_verb_then_tamma_goes_on() -> None:
    assert speakers("وقالت هديل محمد إن الفريق يعمل بجد. وقالت تم تأسيس الفريق قبل عامين.") == ["هديل محمد", "هديل محمد"]


def test_ala_hamish_after_a_comma_is_an_occasion() -> None:
    # واضاف، على هامش زيارة …، "أن …": على in a set phrase, never علي + a family name
    assert speakers('قال كاتب الدولة للتجارة فيصل الحفيان إن السوق ضرورية.\nواضاف، على هامش زيارة ميدانية اداها الى '
                    'ولاية جندوبة، "أن الحكومة بصدد إعداد دراسة لتركيز منطقة حرة"') == ["فيصل الحفيان", "فيصل الحفيان"]


def test_mufti_is_an_office() -> None:
    # قال مفتي عام المملكة: the office, not a man named مفتي
    assert speakers("قال مفتي عام المملكة إن القرارات فيها مصلحة للمسلمين.") == ["مفتي عام المملكة"]


def test_a_clause_on_the_interview_is_no_name() -> None:
    # في حوار مع جريدة "الحياة" السعودية، نُشر الأحد: "…": the interview published, the mufti speaks on
    assert speakers('قال المفتي عبدالعزيز آل الشيخ إن الفئة ضالة. وأضاف المفتي في حوار مع جريدة "الحياة" السعودية، '
                    'نُشر الأحد: "المملكة بلد إسلامي مستقيم، ولها عمل كبير في خدمة الإسلام".') == [
        "عبدالعزيز آل الشيخ", "عبدالعزيز آل الشيخ"]


def test_a_clause_on_the_report_is_no_name() -> None:
    # كشف تقرير للبنك الدولي نشر الأحد …أن: the report published, never a man named نشر
    assert speakers('كشف تقرير للبنك الدولي نشر الأحد بعنوان "الفقر وتقاسم الازدهار" أن قرابة 767 مليون شخص '
                    'مازالوا فقراء.') == ["تقرير للبنك الدولي"]
    assert speakers("وقد كشف استطلاع للرأي نشر مؤخرا أن ٨٧ من البريطانيين يؤيدون هذه الفكرة.") == ["استطلاع للرأي"]


def test_a_common_noun_before_a_source_heads_a_description() -> None:
    # نتائج دراسة حديثة: the results of a study, no one named نتائج
    assert speakers("وأشارت نتائج دراسة حديثة إلى ان النهوض بأساليب البناء مهم.") == ["نتائج دراسة حديثة"]


def test_a_superlative_heads_a_description() -> None:
    # أحدث تقرير عقاري لمصرف أبوظبي الإسلامي: the latest report, not a man named أحدث nor the bank's name
    assert speakers("أفاد أحدث تقرير عقاري لمصرف أبوظبي الإسلامي بأن أسعار الإيجارات ارتفعت.") == [
        "أحدث تقرير عقاري لمصرف أبوظبي الإسلامي"]
    assert speakers("وقالت أكبر شركة اسهمها مطروحة للتداول العام في العالم إنها باعت الكثير.") == [
        "أكبر شركة اسهمها مطروحة للتداول العام"]


def test_a_superlative_inside_a_name_stays() -> None:
    assert speakers("وقال علي أكبر ولايتي إن الاتفاق جيد.") == ["علي أكبر ولايتي"]


def test_the_object_after_a_title_and_its_nisba_is_no_name() -> None:
    # وأكد الرئيس المصري أهمية زيارة …، مشيراً: the verb's object, the president goes on
    assert speakers("وأكد الرئيس المصري أهمية زيارة ولي ولي العهد لمصر، مشيراً إلى أنها رسالة مهمة.") == [
        "الرئيس المصري"]


def test_an_object_head_before_quoted_words_names_no_one_inside_them() -> None:
    # واكد ضرورة "… قصد إحباط محاولات الإرهابيين …": no speaker read from the quoted words
    found = speakers('واستنكر الحزب في بيانه ما وصفه ب"التقصير الواضح"، واكد ضرورة "اعتماد السلطة لمخططات حدودية '
                     'مضبوطة لحماية التجمعات السكنية قصد إحباط محاولات الإرهابيين إفراغها من السكان".')
    assert not any(s and "قصد" in s for s in found)


def test_tamma_is_no_name() -> None:
    # وقال مسؤول الحج: قريبا سيتم …; لقاء الوزير تم خلاله بحث …: a verb, never a name word
    assert speakers("وقال مسؤول الحج: قريبا سيتم استقبال طلبات التسجيل في الحج المنخفض التكلفة.") == ["مسؤول الحج"]


def test_amma_with_a_name_and_its_office_as_topic() -> None:
    # ، أما المعيبد المتحدث الرسمي لاتحاد القدم فأكد: the topic of أما, five words long, after a comma
    assert speakers("وصل الحكم إلى الرياض بدون إذن، أما المعيبد المتحدث الرسمي لاتحاد القدم فأكد مجدداً أنه يلعب "
                    "دورا.") == ["المعيبد"]


def test_a_quoted_name_in_the_speaker_is_closed() -> None:
    # صحيفة «الخبر» الجزائرية, مراسل "الجوهرة أف أم" بالجهة: the mark the name opens is closed, its span reaching it
    text = 'وقال مراسل "الجوهرة أف أم" بالجهة إن الحادث خطير.'
    (quote,) = find_quotes(text, find_entities(text))
    assert quote.speaker == 'مراسل "الجوهرة أف أم" بالجهة'
    assert text[quote.speaker_start:quote.speaker_end] == quote.speaker
    assert speakers('وذكر أحدث تقارير "أوبك" أن المنظمة تراهن على تحسن كبير.') == ['أحدث تقارير "أوبك"']


def test_a_trailing_verb_with_its_own_words_claims_none_before() -> None:
    # "…"، وذكر البيان أن الحكومة قررت: the verb opens its own words, its subject stops at أن
    assert speakers('وقال الرئيس إن السيسي "وجه باتخاذ كافة الإجراءات اللازمة للحيلولة دون تكرار مثل هذه الحوادث"، '
                    'وذكر البيان أن الحكومة قررت صرف 60 ألف جنيه.') == ["الرئيس", "البيان"]


def test_a_quantifier_after_a_definite_subject_opens_the_object() -> None:
    # نفت إدارة نادي الشباب جميع الأنباء …، وقالت: the management speaks on, not the news denied
    assert speakers("نفت إدارة نادي الشباب جميع الأنباء المتداولة عن بيع لاعبي الفريق، وقالت إن الفريق مستقر.") == [
        "إدارة نادي الشباب"]


def test_a_conjunction_typed_apart_ends_a_description() -> None:
    assert speakers("وفيما كشفت القناة السابعة و(موقع المستوطنين) انه مع مرور سنة لم يتغير شيء.") == ["القناة السابعة"]


def test_a_mauritanian_name_with_walad() -> None:
    # ولد الشيخ أحمد: "son of", a link inside the name (the UN envoy), not a lone word
    assert speakers("وقال ولد الشيخ أحمد إنه سيتوجه إلى الرياض.") == ["ولد الشيخ أحمد"]
    assert speakers("وقال المبعوث الأممي إسماعيل ولد الشيخ أحمد إنه سيتوجه إلى الرياض.", tagged=True) == [
        "إسماعيل ولد الشيخ أحمد"]


def test_a_verbal_noun_after_the_name_is_the_object() -> None:
    # وجدد الوزير شكري تأكيد وحدة الرؤى: the affirming renewed, not a family name
    assert speakers("وجدد الوزير شكري تأكيد وحدة الرؤى مع المسؤولين، مشيرا إلى أنه سيتم التواصل.") == ["شكري"]


def test_a_second_body_joined_by_wa_stays_in_the_description() -> None:
    # قائد أرسنال ومنتخب إنجلترا السابق: one man's two teams, not a name starting on و
    assert speakers('وأضاف قائد أرسنال ومنتخب إنجلترا السابق "هناك العديد من الأشخاص العقلاء الذين لعبوا".') == [
        "قائد أرسنال ومنتخب إنجلترا السابق"]
    assert speakers("وقال والي بنزرت وليد الحمدي إن الوضع مستقر.") == ["وليد الحمدي"]


def test_a_clause_on_the_source_ends_its_description() -> None:
    # مسؤول حكومي قطري تحدث مشترطا …: one who spoke on a condition; مدرب ليفربول السابق والذي تولى …: a relative clause
    assert speakers('وقال مسؤول حكومي قطري تحدث مشترطا عدم نشر اسمه بسبب حساسية الأمر "نجري محادثات مع الجميع".') == [
        "مسؤول حكومي قطري"]
    assert speakers('وقال المدرب إن الفريق جاهز. وأضاف مدرب ليفربول السابق والذي تولى تدريب ريال مدريد "راموس قائد '
                    'مهم".') == ["المدرب", "مدرب ليفربول السابق"]


def test_a_name_in_quote_marks_after_yudaa_speaks() -> None:
    # مواطن يدعى "بدر الحربي" أن: the name it goes by; not the part an actress played (التي جسدت شخصية تدعى "سناء")
    assert speakers('وذكر أحد ملاك الاستراحات، ويدعى "بدر الحربي"، أن نسبة الإشغال وصلت إلى 100 %.') == ["بدر الحربي"]
    assert speakers("وقال شاهد عيان يدعى «محمد العتيبي» إن الحادث وقع ليلا.") == ["محمد العتيبي"]
    found = speakers('وأوضحت الممثلة نادرة عمران التي جسدت شخصية سجينة تدعى "سناء"، في تصريح، أن الفيلم واقعي.')
    assert "سناء" not in found
