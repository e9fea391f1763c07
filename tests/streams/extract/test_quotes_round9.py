"""Quotation speakers, round r9: failure kinds found in the opened set N and in fresh articles read by
eye (tests/gold/facts/README.md), each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers

from streams.extract.quotes import find_quotes


def test_inni_after_a_bare_verb_opens_the_speakers_own_words() -> None:
    # وأضاف إنني أخاطب ...: إنّ with the first person after a bare verb opens his own words, like إننا
    text = ("أكد الوزير سالم الحربي أن الوضع مستقر. وأضاف إنني أخاطب كل مواطن في هذا البلد، "
            "وأدعو الجميع إلى الهدوء.")
    assert speakers(text) == ["سالم الحربي", "سالم الحربي"]
    # أنني (hamza above), which folds like إنني, is no complementizer: a columnist's ذكرتُ أنني reports nothing
    text = "ثم دخلنا كهوف التعقيد. فلقد ذَكَرْتُ في مقال سابق هنا أنني لا أحب الغموض."
    assert speakers(text) == []


def test_a_nisba_that_differs_from_the_named_ones_is_another_person() -> None:
    # الرئيس الإيراني فلان ... أعلن الرئيس الفرنسي استعداد ...، موضحا: the French president is not the Iranian one
    text = ("أكد الرئيس الإيراني حسن روحاني أن البلدين فقدا الكثير من الفرص. من جهته أعلن الرئيس الفرنسي "
            "استعداد بلاده للتعاون، موضحا أن باريس تبحث عن الحلول السياسية.")
    assert speakers(text) == ["حسن روحاني", "الرئيس الفرنسي"]
    # a description with no clashing nisba still names the one met with that title
    text = ("قال المدرب البرتغالي جوزيه مورينيو إن الفريق جاهز. وأكد المدرب المخضرم أن اللاعبين في حالة جيدة.")
    assert speakers(text) == ["جوزيه مورينيو", "جوزيه مورينيو"]


def test_a_participle_after_kana_qad_goes_to_the_subject_between_them() -> None:
    # وكان الوزير قد حسم الأمر عبر تغريدة قائلا: the minister (named before) speaks, not the group quoted last
    text = ("أكد وزير التعليم الدكتور عزام الدخيل على بدء الدراسة في موعدها. ونوه مديرو التعليم إلى أن "
            "هناك لجنة مشكلة. وكان الوزير قد حسم أمر الدراسة عبر تغريدة على حسابه قائلا: «إن ما يتم تداوله "
            "غير صحيح».")
    assert speakers(text) == ["مديرو التعليم", "عزام الدخيل"]


def test_a_short_lead_adverbial_does_not_hide_the_next_topic() -> None:
    # وفي السياق ذاته، بارك فلان ... . وقال: the one the news moved to speaks, not the one quoted before
    text = ("وقال الرئيس السابق أحمد الحربي إن المهمة صعبة. وفي السياق ذاته، بارك عضو الشرف الحالي "
            "عبدالعزيز السالم للرئيس الجديد فوزه بالمنصب. وقال: النادي شامل وعرف عنه الاهتمام بكل الألعاب.")
    assert speakers(text) == ["أحمد الحربي", "عبدالعزيز السالم"]


def test_one_of_the_papers_after_li_is_spoken_to() -> None:
    # وقالت لإحدى الصحف: the paper is the one spoken to; the woman named before speaks
    text = ("ورفضت السيدة سارة ستيوارت الاعتذار عن الصورة. وقالت لإحدى الصحف: إن الطفل كان يحب اللعب "
            "في الحديقة كل يوم.")
    assert speakers(text) == ["سارة ستيوارت"]
    text = "وقال لأحد المواقع الإخبارية إن القرار نهائي."
    assert speakers(text) == [None]


def test_the_attention_drawn_is_the_object_of_lafata() -> None:
    # ولفت التقرير النظر إلى أن: النظر is what the report drew, not part of its name
    text = ("وأوضح التقرير السنوي أن القروض ارتفعت. ولفت التقرير النظر إلى أن الصندوق قدم قروضا جديدة.")
    assert speakers(text) == ["التقرير السنوي", "التقرير"]
    text = "ولفتت الوزارة الانتباه إلى أن المهلة تنتهي غدا."
    assert speakers(text) == ["الوزارة"]


def test_a_closing_mark_glued_to_a_word_opens_no_quotation() -> None:
    # ذكرت المشرفة “فلانة”، أن ... “ملابس ...” وأضافت: the mark after الدعرمي closes her quoted name, it
    # opens no words for a trailing وأضافت
    text = ("ذكرت المشرفة على المعرض “موضي السالم”، أن المعرض يضم أجنحة مختلفة وهي “ملابس وأشغال يدوية "
            "وأكلات شعبية”\nوأضافت بأن المعرض سيستمر عشرة أيام بمشاركة الدكتورة عائشة الحربي.")
    assert [q.verb for q in find_quotes(text, [])] == ["ذكرت", "أضافت"]


def test_an_issued_participle_with_its_time_ends_with_the_source() -> None:
    # وأوضح التقرير الـ 51 لمؤسسة النقد الصادر مؤخرا، أن: the source is the report of the agency
    text = "وأوضح التقرير السنوي لمؤسسة النقد العربي السعودي الصادر مؤخرا، أن عدد العمليات ارتفع."
    assert speakers(text) == ["التقرير السنوي لمؤسسة النقد العربي السعودي"]


def test_bayyana_after_a_relative_opens_words() -> None:
    # بحضور رئيس البلدية المهندس فلان، الذي بين أن: the relative clause reports his words
    text = ("وسيفتتح المهرجان المحافظ بحضور رئيس البلدية المهندس علي قايض الشمري، الذي بين أن المهرجان "
            "سيقدم فعاليات كثيرة.")
    assert speakers(text) == ["علي قايض الشمري"]


def test_a_participle_in_construct_after_a_name_describes_him() -> None:
    # وأضاف هاميلتون متصدر الترتيب العام «…»: the leader of the standings is Hamilton, not part of his name
    text = ("أقر البريطاني لويس هاميلتون بطل العالم بأنه لم يلتزم. وقال هاميلتون للصحفيين: إنه تلقى دعوة. "
            "وأضاف هاميلتون متصدر الترتيب العام في الموسم الحالي «كان الأمر مثيرا واستمتعت بما حدث».")
    assert speakers(text)[-1] == "لويس هاميلتون"
    text = "وقال سعيد الأحمد مستشار الوزير إن القرار نهائي."
    assert speakers(text) == ["سعيد الأحمد"]


def test_conjunctions_open_no_name() -> None:
    # وأعلنت الوزارة رفضها ... كما حركت شكوى ... وأكدت: كما opens a clause, it names no one; the ministry goes on
    text = ("وأفادت مصادر فلسطينية بأن مواجهات دارت داخل المسجد. وأعلنت وزارة النقل الأردنية رفضها لإقامة "
            "المطار في موقعه الحالي كما حركت شكوى لأمور تتعلق بالسلامة.\nوأكدت أن إنشاء المطار مخالف للاتفاقية.")
    assert speakers(text) == ["مصادر فلسطينية", "وزارة النقل الأردنية"]
    # وأضاف لأن الاتفاق سيضع إيران «…»: لأن opens a reason, not a subject; the one speaking goes on
    text = ("ومثل الوزير جون كيري أمام اللجنة معتبرا أنه «اتفاق جيد للعالم». وأضاف لأن الاتفاق وفور تطبيقه "
            "سيضع إيران «تحت مراقبة مكثفة إلى الأبد» ويضمن وقوف العالم في صف واحد.")
    assert speakers(text)[-1] == "جون كيري"
    # الأوضاع اليمنية وموقف مصر: a noun joined by و after a definite one is no name, even after an office
    text = ("وقال وزير الخارجية عادل الجبير إن التعاون قوي. وشدد وزير الخارجية خلال المؤتمر على أهمية إيجاد "
            "حل، كما تم بحث الأوضاع اليمنية وموقف مصر الداعم للشرعية. كما أشار إلى أن المباحثات تطرقت للعراق.")
    assert speakers(text) == ["عادل الجبير", "عادل الجبير"]


def test_a_dotted_acronym_is_one_name() -> None:
    # جيه.إل.إل: the letters of an acronym joined by dots are one name (إل is no article)
    text = ("كشف تقرير لشركة جيه.إل.إل للاستشارات العقارية اليوم الأربعاء أن المبيعات هبطت. وقالت جيه.إل.إل "
            "نقلا عن بيانات حكومية إن قيمة الصفقات انخفضت. وأضافت جيه.إل.إل إحدى كبرى شركات الاستشارات في "
            "العالم أن الأسعار تراجعت.")
    got = speakers(text)
    assert got[1:] == ["جيه.إل.إل", "جيه.إل.إل"]
    assert got[0] in ("تقرير لشركة جيه.إل.إل للاستشارات العقارية", "جيه.إل.إل")


def test_a_word_before_adam_is_a_verb_of_the_source() -> None:
    # مسؤول أمني تركي طلب عدم نشر اسمه: طلب is a verb of the unnamed official, not a name
    text = "في حين أكد مسؤول أمني تركي طلب عدم نشر اسمه لوكالة رويترز أن عشرين شخصا أصيبوا."
    assert speakers(text) == ["مسؤول أمني تركي"]
    # a degree glued by its dot (د.أبو النجا) is no acronym: the name stays whole
    text = "وقال الدكتور أحمد أبو النجا إن القطاع حيوي. وأوضح د.أبو النجا أن الإنفاق ارتفع."
    assert speakers(text) == ["أحمد أبو النجا", "أحمد أبو النجا"]


def test_the_name_after_a_titles_complement_is_the_topic() -> None:
    # بارك رئيس النادي السابق وعضو شرفه الحالي فلان ... . وقال: the name after the title's complement
    text = ("وقال الرئيس السابق أحمد الحربي إن المهمة صعبة. وفي السياق ذاته، بارك رئيس النادي السابق وعضو "
            "شرفه الحالي عبدالعزيز السالم للرئيس الجديد فوزه. وقال: النادي شامل وعرف عنه الاهتمام بكل الألعاب.")
    assert speakers(text) == ["أحمد الحربي", "عبدالعزيز السالم"]


def test_laqad_opens_no_subject() -> None:
    # اضافت لقد حاول «داعش» أن: لقد opens her own words; the paper goes on
    text = ("وقالت صحيفة الوطن إن الفتنة فشلت. اضافت لقد حاول التنظيم أن يشعل فتنة طائفية بين أبناء الشعب.")
    assert speakers(text) == ["صحيفة الوطن", "صحيفة الوطن"]


def test_a_name_written_alone_elsewhere_keeps_its_first_letter() -> None:
    # وكان بلاتر الذي أعلن أنه: بلاتر (written alone elsewhere) is the name, not ب + لاتر
    text = ("وستعين الشخصية من طرف رئيس الفيفا جوزيف بلاتر. وكان بلاتر الذي أعلن أنه لن يترشح للانتخابات، "
            "أكد أن الإصلاحات ضرورية.")
    assert all(s == "جوزيف بلاتر" for s in speakers(text))


def test_an_office_inside_an_adverbial_leaves_the_body_speaking() -> None:
    # أوضحت جامعة تبوك من خلال بيان أصدرته من قبل المتحدث الدكتور فلان ...، حيث أكدت أن: the university
    text = ("أوضحت جامعة تبوك من خلال بيان إعلامي أصدرته من قبل المتحدث الإعلامي الدكتور محمد الثبيتي "
            "ملابسات الوفاة، حيث أكدت أن الحالة لم يكن لها علاقة بالنقاش.")
    assert speakers(text) == ["جامعة تبوك"]


def test_nabbaha_ila_anna_reports_words() -> None:
    # ونبه التقرير إلى أن: pointed out that; but ونبهت الدراسة الآباء إلى ضرورة: a noun object, no words
    text = "وأوضح التقرير السنوي أن القروض ارتفعت. ونبه التقرير إلى أن إجمالي القروض القائمة بلغ مليار ريال."
    assert speakers(text) == ["التقرير السنوي", "التقرير"]
    text = "ونبهت الدراسة الآباء الجدد إلى ضرورة الانتباه إلى أوزانهم."
    assert speakers(text) == []


def test_a_bodys_complement_after_li_is_no_name() -> None:
    # وأوضحت الأمانة العامة لسوق عكاظ، أن: the body speaks, "لسوق عكاظ" is its complement, no person
    text = "وأوضحت الأمانة العامة لسوق عكاظ، أن فروع الجائزة ستشمل جائزة الشعر."
    assert speakers(text) == ["الأمانة العامة لسوق عكاظ"]
    # a bare name after an office's nisba still opens with ل (الفرنسي لوران فابيوس)
    text = "وقال وزير الخارجية الفرنسي لوران فابيوس إن الاتفاق جيد."
    assert speakers(text) == ["لوران فابيوس"]
    # a first name opening with ل that no list knows, after the office's complement (باسم الشرطة لوبا سامري)
    text = "وقالت المتحدثة باسم الشرطة لوبا سامري إن ثلاثة منهم في حالة خطيرة."
    assert speakers(text) == ["لوبا سامري"]


def test_the_letter_n_of_an_outlets_name_is_no_complementizer() -> None:
    # سي إن إن، "إن بي سي"، "إن تي في": إن spelled among letters is part of a name, not "that"
    text = "وذكرت شبكة سي إن إن الأمريكية أن الرئيس سيزور المنطقة."
    assert speakers(text) == ["شبكة سي إن إن الأمريكية"]
    text = "وقال الوزير خالد السالم لشبكة سي إن إن إن الوضع مستقر."
    assert [q.text for q in find_quotes(text, [])] == ["الوضع مستقر"]
    text = 'وقالت شبكة "إن بي سي" الأمريكية إن الرئيس سيزور المنطقة.'
    assert speakers(text) == ['شبكة "إن بي سي" الأمريكية']
    text = 'وأكدت قناة "إن تي في" التلفزيونية سقوط حوالي عشرة قتلى في الانفجار.'
    assert speakers(text) == []


def test_bidhalika_is_the_object_before_the_subject() -> None:
    # صرح بذلك وكيل الوزارة الدكتور فلان، لافتا إلى أن: بذلك (the news told) is no speaker
    text = ("وجه الوزير بتوزيع الموسوعة على الفروع. صرح بذلك وكيل الوزارة لشؤون المساجد الدكتور توفيق "
            "السديري، لافتا إلى أن الموسوعة تضم 77 خطبة.")
    assert speakers(text) == ["توفيق السديري"]



def test_blessings_on_the_prophet_and_the_dead_are_no_names() -> None:
    # قال رسول الله صلى الله عليه وسلم: the Prophet speaks; the blessing is no name
    text = "عن أبي هريرة قال: قال رسول الله صلى الله عليه وسلم: إن الله يبعث لهذه الأمة من يجدد لها دينها."
    assert speakers(text)[-1] == "رسول الله"
    # نايف بن عبدالعزيز - طيب الله ثراه - ولي العهد ... مؤكدا: the name, not the formula
    text = ("وتذكرني هذه المواقف بما قاله الأمير نايف بن عبدالعزيز - طيب الله ثراه - ولي العهد ووزير "
            "الداخلية مؤكدا أن الوطن هو الحياة.")
    assert speakers(text) == ["نايف بن عبدالعزيز"]
    # رسول الله -صلى الله عليه وسلم- قال: the subject before its verb, past the blessing
    text = "وبينت الداعية أن رسول الله -صلى الله عليه وسلم- قال: من كان يؤمن بالله فليكرم جاره."
    assert speakers(text)[-1] == "رسول الله"


def test_a_semicolon_before_a_lead_adverbial_ends_the_words() -> None:
    # وقال إن ...؛ من جهته أعلن الرئيس الفرنسي ...، موضحا: the words end at the semicolon, the other one speaks
    text = ("أكد الرئيس الإيراني حسن روحاني أن البلدين فقدا الكثير من الفرص، وقال إن البلدين يملكان إمكانات "
            "هائلة؛ من جهته أعلن الرئيس الفرنسي استعداد بلاده للتعاون، موضحا أن باريس تبحث عن الحلول السياسية.")
    assert speakers(text) == ["حسن روحاني", "حسن روحاني", "الرئيس الفرنسي"]
    # في مجال مكافحة الإرهاب: a common noun after في is no place with a name after it
    text = ("أكد الرئيس الإيراني حسن روحاني أن البلدين فقدا الكثير. وقال إن البلدين يملكان إمكانات هائلة؛ من جهته "
            "أعلن الرئيس الفرنسي استعداد بلاده للتعاون مع إيران في مجال مكافحة الإرهاب، موضحا أن باريس تبحث عن الحلول.")
    assert speakers(text)[-1] == "الرئيس الفرنسي"


def test_an_aside_between_dashes_is_no_part_of_the_name() -> None:
    # وبينت العنود الزقدي –ربة منزل- أنها: the aside between dashes describes her, the name speaks
    text = "وبينت العنود الزقدي –ربة منزل- أنها ترفض فكرة السفر في أول أيام العيد."
    assert speakers(text) == ["العنود الزقدي"]
    # a name itself between dashes stays (قالت المعتكفة منذ عشرة أعوام -زينب اليعقوب-)
    text = "قالت المعتكفة منذ أكثر من عشرة أعوام -زينب اليعقوب- إنها تحرص على الاعتكاف كل عام."
    assert speakers(text) == ["زينب اليعقوب"]


def test_an_age_participle_is_no_family_name() -> None:
    # وقالت سارة البالغة من العمر 21 عاما إن: her age, not her family name
    text = "وقالت سارة البالغة من العمر 21 عاما إن الصورة كانت مزحة."
    assert speakers(text) == ["سارة"]
