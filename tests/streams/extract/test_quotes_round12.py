"""Quotation speakers, round r12: failure kinds found in the opened blind set v18 (tests/gold/facts/README.md),
each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_country_nisba_introduces_a_foreign_name() -> None:
    # الألماني فلان: a country's nisba standing as a noun ("the German") before a name run that closes the subject or
    # meets an apposition is no family name with an object after it
    assert speakers("قال الألماني بير ميرتساكر إن هذه الرحلة مفيدة.") == ["بير ميرتساكر"]
    assert speakers("ورغم هذا، قال الألماني بير ميرتساكر مدافع أرسنال إن الفريق جاهز.") == ["بير ميرتساكر"]
    assert speakers("قال الإسباني سيسك فابريجاس، لاعب الفريق، إن المباراة صعبة.") == ["سيسك فابريجاس"]
    # a family name that is no country's nisba, then the verb's object, stays as it was
    assert speakers("وذكر الخلف تفاصيل كفاحه أن المدينة جميلة.") == ["الخلف"]


def test_a_body_ending_on_its_nisba_then_the_holder() -> None:
    # لفريق مانشستر يونايتد الإنجليزي | جوزي مورينيو: the body's name (no first name in it) ends on its nisba and the
    # holder's name closing the subject comes right after it
    text = "أكد المدرب البرتغالي لفريق مانشستر يونايتد الإنجليزي جوزي مورينيو أنه نادم على ما فعله."
    assert speakers(text) == ["جوزي مورينيو"]
    assert speakers("أكد رئيس نادي ريال مدريد الإسباني فلورنتينو بيريز أنه سعيد بالفوز.") == ["فلورنتينو بيريز"]
    # an office's place, then a known first name and a family name in -ي: the name is whole (والي صفاقس سليم التيساوي)
    assert speakers("أكد والي المنستير سليم الرياحي غلق المركز. وأضاف الوالي إن المركز دون رعاية.") == \
        ["سليم الرياحي"]


def test_a_quoted_name_inside_an_office_before_its_holder() -> None:
    # رئيس حزب "تونس البدائل"، فلان،: the quoted name completes the office, whose holder is named after the comma;
    # the office written again later names him
    text = ('وصف رئيس الحكومة الأسبق ورئيس حزب "تونس البدائل"، مهدي جمعة، إمكانيات البلاد بالمحدودة. '
            'وبيّن رئيس الحكومة الأسبق أن عقدا واحدا تم تجديده.')
    assert speakers(text) == ["مهدي جمعة"]
    text = ('انتقد رئيس جمعية "الأمل للتنمية"، سالم الحداد، القرار. '
            'وأوضح رئيس الجمعية أن القرار متسرع.')
    assert speakers(text) == ["سالم الحداد"]


def test_a_description_matches_whole_words_of_a_context() -> None:
    # اللاعب is not in اللاعبين: a plural of others met near an earlier speaker's name does not make him "the player"
    text = ("ورغم ما أبداه البرتغالي جوزيه مورينيو المدير الفني لتشيلسي من استياء لعدم جاهزية لاعبيه، يتوقع مورينيو "
            "أن يكون الفريق متحفزا. كما يضاعف من تحفيز اللاعبين أن الفريق سيلتقي غدا منافسه.\n"
            "وقال مورينيو \"نخوض المباراة بعد إعداد قصير\".\n"
            "وقال المدافع بير ميرتساكر إن الرحلة مفيدة.\n"
            "وصرح اللاعب، على موقع النادي، قائلا \"سنفوز في المباراة\".")
    assert speakers(text)[-1] != "جوزيه مورينيو"


def test_a_medium_name_in_quote_marks_before_the_words() -> None:
    # صحيفة "لندن إيفنينج ستاندرد"، "…": a short quoted stretch right after a medium word is its name, however many
    # words it has; the words said come in the next marks
    text = 'وقال تشيك، في تصريحات نشرتها صحيفة "لندن إيفنينج ستاندرد"، "سيكون شعورا مجهولا بالنسبة لي".'
    assert speakers(text) == ["تشيك"]
    text = 'وقال الحارس، في تصريحات لقناة "بي إن سبورت"، "سيكون شعورا مجهولا بالنسبة لي".'
    assert speakers(text) == ["الحارس"]
    # the subject itself a medium, then its words in marks
    assert speakers('قالت الصحيفة "إن الحكومة ستستقيل قريبا".') == ["الصحيفة"]


def test_an_impersonal_predicate_owns_its_complementizer() -> None:
    # ومن المتوقع أن، ، من المقرر أن: "it is expected that" opens a clause no one says; a verb with a noun object
    # before it reports nothing
    text = ("وكانت الشركة قد أعلنت عن وفاة المدير في بيان مقتضب إلى البورصة دون أن تتطرق إلى تفاصيل، "
            "ومن المتوقع أن ينتهي التحقيق مع الشركة في سبتمبر.")
    assert speakers(text) == []
    assert speakers("وكشفت الشركة النقاب عن مزيد من التفاصيل، من المقرر أن تطرح الساعة في الأسواق.") == []
    # the partitive من of a group is no impersonal predicate; words reported after the speaker's own أن stay
    assert speakers("في حين اعتبر عدد آخر من المتدخلين أن الزيادة أمر عادي.") == ["عدد آخر من المتدخلين"]
    assert speakers("وأضاف الوزير أنه من المتوقع أن ينتهي التحقيق قريبا.") == ["الوزير"]


def test_a_noun_of_need_before_a_quote_mark_and_its_clause() -> None:
    # مؤكدة ضرورة " أن يتمتع ...": the noun of need is the object; the mark opening the أن clause it governs makes
    # no words said (as شدد على ضرورة أن)
    text = ("وقالت المديرة هبة مرايف إن سجن شخص انتهاك للحريات. ودعت السلطات الى عدم السماح باستخدام تهم غامضة، "
            "مؤكدة ضرورة \" أن يتمتع كل شخص بحقه في اتباع ما يرى من معتقدات\". وأضافت أنه \"ليس هناك قانون يمنع ذلك\".")
    assert speakers(text) == ["هبة مرايف", "هبة مرايف"]
    assert speakers("وشدد الوزير على ضرورة \"أن يلتزم الجميع بالتعليمات\".") == []


def test_aqarra_reports_an_admission() -> None:
    # أقر بأن / أقر أن + a clause: admitted that (set N marks it), a view verb through a complementizer
    assert speakers("وأمام المحكمة أقر بورزاكو بأنه غير مذنب.") == ["بورزاكو"]
    assert speakers("وأقر الوزير ان تغيير العطلتين كان خطأ.") == ["الوزير"]
    # approved: أن + a verb in the subjunctive, or a noun object; and no speaker inside words already reported
    assert speakers("حيث أقر المجلس أن تقوم البلدية بنقل المسجد.") == []
    assert speakers("وأقر مجلس الوزراء الميزانية العامة للدولة.") == []
    text = "وبيّن البحيري أن وسائل الإعلام أسرفت في الحديث عن الأمر وأقرت ضمنيا بأنه قد تم اغتياله."
    assert speakers(text) == ["البحيري"]


def test_a_champion_in_construct_ends_the_name() -> None:
    # لويس هاميلتون | بطل العالم: بطل in construct with a definite word describes the one named, like كبير المحللين
    text = "أقر البريطاني لويس هاميلتون بطل العالم في سباقات فورمولا 1 للسيارات، بأنه لم يلتزم بقواعد اللباس."
    assert speakers(text) == ["لويس هاميلتون"]
    text = "قال البريطاني جون هاميلتون بطل العالم في سباقات فورمولا 1 للسيارات، إنه لم يلتزم بقواعد اللباس."
    assert speakers(text) == ["جون هاميلتون"]


def test_a_blessing_alone_stands_for_the_one_it_followed() -> None:
    # ويقول صلى الله عليه وسلم: "…": the formula alone stands for the one it followed last (رسول الله، النبي)
    text = ("قال رسول الله صلى الله عليه وسلم: (من مات دون ماله فهو شهيد). "
            "و يقول صلى الله عليه وسلم: (من مات دون مظلمته فهو شهيد).")
    assert speakers(text) == ["رسول الله", "رسول الله"]
    text = "وقد أوصى النبي صلى الله عليه وسلم بالجار. وقال صلى الله عليه وسلم: \"ما زال جبريل يوصيني بالجار\"."
    assert speakers(text) == ["النبي"]


def test_whoever_before_a_speech_verb() -> None:
    # من right before a verb is no preposition: "whoever" is the subject (وكذا من يقول:، بمن يقول أن، هناك من يقول إن)
    text = "ونفاجأ اليوم بمن يقول أن حب الوطن كلام فارغ. وكذا من يقول: للجندي الذي سقط انه شهيد الواجب."
    assert speakers(text) == ["من", "من"]
    assert speakers("وهناك من يقول إن الحل في الحوار.") == ["من"]
    # not before a verb with an object and no words said
    assert speakers("نقلت عن من يقول الشعر.") == []


def test_a_hadith_narrator_mid_sentence() -> None:
    # فعن سعيد بن زيد رضي الله عنه قال: the chain (عن + a name, a blessing, then the verb) names the one who says,
    # also when it opens mid-sentence, not only at the sentence start (وعن ابن عباس رضي الله عنهما قال)
    text = ("بل ان الدفاع عن الوطن جهاد في سبيل الله فعن سعيد بن زيد رضي الله عنه قال: "
            "قال رسول الله صلى الله عليه وسلم (من مات دون ماله فهو شهيد).")
    assert speakers(text) == ["سعيد بن زيد"]


def test_a_plural_verb_takes_the_agents_named_before_it() -> None:
    # وقالوا with no subject and no group speaking before: the nearest plural participle of agents in its sentence
    text = ("وهي قد نزلت بإجماع المفسرين فيمن تخلفوا بمكة ولم يهاجروا إلى المدينة، "
            "وقالوا إن قول الله تعالى تعني حتى يأتي الله بأمره.")
    assert speakers(text) == ["المفسرين"]
    # only a definite plural, read whole after و/ف/بال (never a word cut by its first letters)
    assert speakers("وأثنى على جهود بالمشاركين في الحملة، وقالوا إن العمل مستمر.") == ["المشاركين"]


def test_a_double_prime_closes_a_stretch_opened_by_a_left_quote() -> None:
    # “ويندوز 10″: some newsrooms type ″ for ”; the stretch is a product's name, not words said, and it no longer runs on
    # to the next mark and swallows the verbs after it
    text = ("يذكر أن شركة “مايكروسوفت” كانت أعلنت قبل أسابيع عن توفيرها لنظام “ويندوز 10″ كتحديث مجاني "
            "لنظامي “ويندوز 7″ و”ويندوز 8″، حيث سيتم تنبيه المستخدم.")
    assert speakers(text) == []
    text = ("أعلنت الشركة اليوم اطلاق أجهزتها الجديدة “Surface Pro 3″ الذي يأتي مع شاشة كبيرة. "
            "كما بينت الشركة بأن جهازها الجديد يستهدف المحترفين.")
    assert speakers(text) == ["الشركة"]
    assert speakers("وقال المدير “نحن نعمل على تطوير الخدمات في كل المناطق″ مضيفا أن العمل مستمر.") == ["المدير", "المدير"]


def test_nafa_takes_a_quoted_report_as_its_object() -> None:
    # نفى فلان "خبر طرد …": the report denied, quoted, is the object; the words said come after قائلا
    text = 'نفى مراد دلش الممثل القانوني للحركة اليوم الثلاثاء "خبر طرد حافظ من الحركة"قائلا ان "هذا الخبرعار من الصحة".'
    assert speakers(text) == ["مراد دلش"]
    # after a colon, the quoted words are said
    assert speakers('ونفى الوزير: "لا توجد أي أزمة في البلاد".') == ["الوزير"]


def test_a_cited_saying_of_the_prophet_leaves_the_speaker_speaking() -> None:
    # وقال صلى الله عليه وسلم: a saying cited by the one speaking; his next bare verbs stay his
    text = ("وأوضح الشيخ عبدالعزيز آل الشيخ أن الإسلام حريص على المجتمع. ونبه إلى عبادة القبور، قال صلى الله عليه "
            "وسلم: \"لا تتخذوا القبور مساجد\". وشدد على أن يقيم المسلم الصلاة.")
    found = speakers(text)
    assert found[0] == found[-1] == "عبدالعزيز آل الشيخ"
    # a question mark parts من from the verb after it (ثم من؟ قال: أمك)
    assert "من" not in speakers('قال الرجل: "من أحق الناس بحسن صحابتي؟" قال: "أمك"، قال: ثم من؟ قال: أمك.')


def test_a_person_addressed_then_the_subject() -> None:
    # قال لي/لنا/لهم + a definite word, a title or أحد: the one addressed, then the subject (as قال له الطبيب)
    assert speakers("وقال لنا مدير المدرسة إن الطلاب متفوقون.") == ["مدير المدرسة"]
    text = ("وقال المعلم إن الدرس صعب. وقد قال لي أحد كبار الدعاة في رسالة بعث بها إلي إن الإصابة بالمرض "
            "لا علاقة لها بالعين.")
    assert speakers(text)[-1] == "أحد كبار الدعاة"
    # an adverb after the pronoun is no subject: the one speaking goes on
    assert speakers("وقال الرجل إن الأمر خطير. وقال لي حرفيا ان الشريط لن يمر بلا عقاب.") == ["الرجل", "الرجل"]
