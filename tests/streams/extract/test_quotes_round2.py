"""Quotation speakers: failure kinds found on the opened set G (tests/gold/facts/README.md),
each as a short constructed sentence stating a general fact of news reporting."""

from __future__ import annotations

from streams.extract.quotes import find_quotes


def speakers(text: str) -> list:
    return [q.speaker for q in find_quotes(text, [])]


def test_a_degree_names_the_one_it_precedes_after_a_description() -> None:
    # كبير معدي الدراسة describes the person the degree (الدكتور) then names
    assert speakers("وقال كبير معدي الدراسة الدكتور سامر العلوي، وهو أستاذ في الجامعة، إن الخطر كبير.") == ["سامر العلوي"]
    assert speakers("وقال رئيس قسم الجراحة المهندس سامي حداد إن الجسر آمن.") == ["سامي حداد"]


def test_a_known_first_name_after_the_body_of_an_office() -> None:
    # مديرة المكتبة في الجامعة | سوزان ورال: the office's body, then her name; a family name may start with و
    assert speakers("وقالت مديرة المكتبة البحثية في الجامعة سوزان ورال إن الكشف مهم للباحثين.") == ["سوزان ورال"]
    assert speakers("وقالت مديرة المكتبة سوزان ورال إن الكشف مهم للباحثين.") == ["سوزان ورال"]
    assert speakers("وقال محمد وأحمد إن الكشف مهم للباحثين.") == ["محمد"]


def test_a_share_of_a_group_is_the_subject() -> None:
    # surveys report what part of those asked said: the number goes with its group
    assert speakers("وقال 17% من المشاركين في الاستطلاع إنهم يتعرضون للتحرش يوميا.") == ["17% من المشاركين في الاستطلاع"]
    assert speakers("وقال 40 في المئة من السكان إنهم راضون عن الخدمة.") == ["40 في المئة من السكان"]
    assert speakers("وقال واحد من كل 10 من الطلاب المشاركين في المسح إنهم لا ينامون جيدا.") == [
        "واحد من كل 10 من الطلاب المشاركين في المسح"]


def test_a_relative_clause_inside_reported_words_opens_no_quotation() -> None:
    # التي أعلنت الشرطة الكشف عنها: a verb with its object inside the source's words; the quoted phrase is his
    text = "قال مصدر أمني إن الشبكة التي أعلنت الشرطة الكشف عنها “لا علاقة لها” بالتفجير الذي وقع في المسجد."
    assert speakers(text) == ["مصدر أمني"]


def test_no_family_name_after_a_preposition_read_as_a_name() -> None:
    # عليه وسلم، على بيع: a preposition that folds like علي is no first name before a family name
    assert "عليه وسلم" not in speakers("قال رسول الله صلى الله عليه وسلم: إنما الأعمال بالنيات.")
    text = ("وأشار النائب سامي العلوي إلى تقرير ينبه من إقدام عدد من الشركات على بيع وقود ملوث. "
            "وأضاف أن استيراده يمثل خطرا على الصحة.")
    assert speakers(text) == ["سامي العلوي"]  # أشار إلى تقرير: a noun object, no words


def test_a_team_after_a_plural_noun_is_no_rank() -> None:
    # حراس الفريق فيصل: the team's keepers (الفريق is also a rank); the captain named later is the one speaking
    text = ("وتألق حراس الفريق فيصل مسرحي ومحمد عسيري في التمرين.\n"
            "من جانبه، قدم قائد الفريق الأول سلطان مسرحي شكره للاعبين.\nوأكد مسرحي أن الفريق قادر على البقاء.")
    assert speakers(text) == ["سلطان مسرحي"]


def test_the_source_a_sentence_opens_with_is_its_participles_subject() -> None:
    # وحسب صحيفة ...، فإن ...، مشيرة إلى أن: the paper goes on, not the one who reported before
    text = ("وأفادت صحف محلية بوقوع صدامات محدودة. وحسب صحيفة “ستيت” المحلية، فإن أعضاء المنظمة رفعوا الأعلام، "
            "مشيرة إلى أن الصدامات بدأت بعد ملاسنات.")
    assert [s.replace("“", "").replace("”", "") for s in speakers(text)] == ["صحيفة ستيت المحلية"]
    text = "قال الوزير سامي العلوي إن الوضع مستقر. وحسب ما ذكر، فإن الحالات مستقرة، مضيفا أن البحث جار."
    assert speakers(text) == ["سامي العلوي", "سامي العلوي"]


def test_ali_opening_the_subject_before_a_bare_word_that_closes_it() -> None:
    # علي كلثوم، محامي ...: علي is the first name (folded like على) when one bare word closes the subject
    assert speakers("أفاد علي كلثوم، محامي النقابي سامي العلوي، بأن موكله أنهى مدة العقوبة.") == ["علي كلثوم"]
    assert speakers("وقال علي كلثوم إن موكله أنهى مدة العقوبة.") == ["علي كلثوم"]
    text = "قال الوزير سامي العلوي إن الوضع مستقر. وأكد على حقه، مضيفا أن البحث جار."
    assert speakers(text) == ["سامي العلوي", "سامي العلوي"]


def test_a_source_before_its_verb_with_a_clause_describing_it() -> None:
    # دراسة نشرتها دورية ...: an indefinite source, a clause whose verb takes it back (ها), then the verb
    text = ("وقال علماء إن منسوب المياه قد يرتفع، بحسب ما نقلت وكالة رويترز للأنباء. "
            "لكن دراسة نشرتها دورية ساينس أشارت إلى أن درجات الحرارة لم تكن مختلفة.")
    assert speakers(text) == ["علماء", "دراسة"]
    text = "وقال الوزير إن المياه كثيرة. وتقرير أعده خبراء الأمم المتحدة أكد أن المياه شحيحة."
    assert speakers(text) == ["الوزير", "تقرير"]


def test_a_participle_after_a_verb_with_its_object() -> None:
    # أكد مدير عام السجون ارتفاع ...، مؤكدا أنهن: the office spoke; ارتفاع (a derived verbal noun) and
    # بشكل ملحوظ (a manner) are no names; أنهن is a complementizer like أنهم
    text = ("أكد مدير عام السجون والإصلاح ارتفاع عدد السجينات في السجون التونسية بشكل ملحوظ، "
            "مؤكدا أنهن تحضين بمعاملة عادية.")
    assert speakers(text) == ["مدير عام السجون والإصلاح"]
    assert speakers("وقالت الناشطة ابتسام العلوي إن الوضع صعب.") == ["ابتسام العلوي"]


def test_one_of_a_group_named_by_a_relative_clause() -> None:
    assert speakers("وقال أحد الذين تم إنقاذهم إن عاملا بالفندق ساعده.") == ["أحد الذين تم إنقاذهم"]
    assert speakers("وقالت إحدى اللواتي شاركن في الإضراب، إن الوزارة لم تستجب.") == ["إحدى اللواتي شاركن في الإضراب"]


def test_a_known_first_name_after_the_complement_of_an_office() -> None:
    # المسؤولة على الإعلام ...، المكلف بالاتصال لدى شركة ...: the office's complement, then her or his name
    text = 'أكدت المسؤولة على الإعلام والاتصال لتظاهرة "TBA" سلمى فلاح في تصريح لمراسلة الإذاعة أن المسابقة موجودة.'
    assert speakers(text) == ["سلمى فلاح"]
    text = "وقال المكلف بالاتصال لدى شركة نقل تونس محمد الشملي لوكالة الأنباء إن الخط عاد إلى العمل."
    assert speakers(text) == ["محمد الشملي"]
    # but not a name inside the occasion (في بلاغ تلقت الإذاعة أم نسخة منه)
    assert speakers("وقال الوزير سامي العلوي في تصريح لإذاعة محمد الخامس إن الخط عاد.") == ["سامي العلوي"]


def test_an_adjective_of_a_title_is_no_name() -> None:
    assert speakers("وقال متحدث إعلامي لوكالة الأنباء الألمانية إنه يجري التحري.") == ["متحدث إعلامي"]
    assert speakers("وقالت متحدثة عسكرية إسرائيلية إن الجنود أطلقوا النار.") == ["متحدثة عسكرية إسرائيلية"]


def test_an_office_in_construct_has_a_complement_not_a_surname() -> None:
    # كاتب الدولة لدى وزير الخارجية، صبري ...: الدولة completes the office; the one named after the comma
    # is the subject the next bare verb goes on with
    text = ('وقال السفير الفلسطيني هايل الفاهوم إن "الذكرى مهمة جدا لنا". من جهته استعرض كاتب الدولة لدى وزير '
            'الشؤون الخارجية، صبري الباش، مناقب الشهيد. وقال إن "هذه الذكرى فرصة لاستحضار المسيرة".')
    assert speakers(text) == ["هايل الفاهوم", "صبري الباش"]
    text = ("كرم مدير التعليم بمحافظة صبيا أحمد ربيع، اليوم الأحد، السائق محمد بن علي أبو طالب. "
            "وتحدث مدير تعليم صبيا بقوله: “نحمد الله أننا نعيش في بلد الأمن”.")
    assert speakers(text) == ["أحمد ربيع"]


def test_only_an_attribution_hands_the_words_to_its_source() -> None:
    # نافيا صحة ما صرح به فلان: the one contradicted does not speak on; وفق ما أفاد به، وهو ما أكده فلان: the source does
    text = ("قال ابن المتوفى إن هناك إهمالا، نافيا صحة ما صرح به عضو اتحاد الأطباء سامي العلوي خلال الحصة. "
            "وأوضح أن والده توفي أثناء العملية.")
    assert speakers(text) == ["ابن المتوفى", "ابن المتوفى"]
    text = "وقال الوزير سامي العلوي إن الوضع مستقر، وهو ما أكده المدير العام رضا عمار. وأوضح أن البحث جار."
    assert speakers(text) == ["سامي العلوي", "رضا عمار"]
    text = "وقال الوزير سامي العلوي إن الوضع مستقر، وهو ما يؤكد مكانة الشركة. مشيرا إلى أن البحث جار."
    assert speakers(text) == ["سامي العلوي", "سامي العلوي"]


def test_the_topic_of_amma_is_the_subject_of_its_fa_verb() -> None:
    text = ("وقال الشاب أحمد: «أعشق الخيول منذ الصغر». أما خالد فيقول إنه يستمتع بالفروسية، "
            "لافتا إلى أن الفروسية مرادفة للشجاعة.")
    assert speakers(text) == ["أحمد", "خالد", "خالد"]
    text = "وقال الوزير سامي العلوي إن الوضع مستقر. أما في الجانب الآخر فقال إن البحث جار."
    assert speakers(text) == ["سامي العلوي", "سامي العلوي"]


def test_bodies_keep_their_own_names() -> None:
    # مركز آسيا بوليسي بوينت للأبحاث، مدينة الملك عبد العزيز للعلوم: the body's own name, no person inside
    assert speakers("وقال مركز آسيا بوليسي بوينت للأبحاث: إنه تم الربط بين المعسكرات.") == [
        "مركز آسيا بوليسي بوينت للأبحاث"]
    assert speakers("أعلنت مدينة الملك عبد العزيز للعلوم والتقنية في الرياض اليوم أن التقنيات متقدمة.") == [
        "مدينة الملك عبد العزيز للعلوم والتقنية"]


def test_the_verbs_object_is_not_in_the_speaker() -> None:
    # أي معلومات، آل الشيخ | التعازي: an object after a description or a family name with آل
    text = "ولم يؤكد المتحدث بوزارة الداخلية أي معلومات بشأن الموقوف، وأشار إلى أن الوزارة ستكشف التفاصيل."
    assert speakers(text) == ["المتحدث بوزارة الداخلية"]
    text = "ورفع السفير عبدالله آل الشيخ التعازي إلى الملك. وقال إن المملكة ترفض أي تدخل."
    assert speakers(text) == ["عبدالله آل الشيخ"]


def test_a_share_alone_or_of_those_asked() -> None:
    assert speakers("في حين قال 27 في المئة إنهم يعتقدون أنه إيجابي.") == ["27 في المئة"]
    assert speakers("وقال 56 ممن شملهم الاستطلاع إنهم يعتقدون أن الخطة سيئة.") == ["56 ممن شملهم الاستطلاع"]


def test_maghrebi_first_names_with_the_article() -> None:
    # الحبيب الصيد، المنجي الرحوي، الباجي قائد السبسي: first names that carry the article; قائد and a family
    # name in -ي stay in the name
    assert speakers("وكان رئيس الحكومة التونسية الحبيب الصيد قد أكد في الاجتماع أن تونس مصممة.") == ["الحبيب الصيد"]
    assert speakers("وقال رئيس الجمهورية الباجي قائد السبسي إن تونس مصممة.") == ["الباجي قائد السبسي"]
    assert speakers("وقال الرئيس السوداني عمر البشير إن السودان مستقر.") == ["عمر البشير"]
    assert speakers("وقال قائد الجيش سامي العلوي إن الحدود مؤمنة.") == ["سامي العلوي"]


def test_bodies_and_reports_described() -> None:
    # لمجموعة فولكس فاجن الألمانية: a feminine nisba describes a body; تقرير صدر أمس: a clause about the report;
    # رئيس برشلونة الجديد بارتوميو: the office described, then a one-word name
    assert speakers("وذكرت الشركة المملوكة لمجموعة فولكس فاجن الألمانية أنها تعتزم استثمار المال.") == [
        "الشركة المملوكة لمجموعة فولكس فاجن الألمانية"]
    assert speakers("وقال تقرير صدر أمس، إن هذا التراجع شمل جميع المكونات.") == ["تقرير"]
    assert speakers("وقال رئيس برشلونة الجديد بارتوميو إنه لا يوجد عروض.") == ["بارتوميو"]


def test_a_title_with_adjectives_refers_back_to_the_one_it_was_given_to() -> None:
    text = ('وقال الهولندي لويس فان جال مدرب مانشستر يونايتد “لا يمكنني التعليق على هذه الشائعات.” '
            'وأضاف المدرب المخضرم أن ناديه قد يتعاقد مع مهاجم.')
    got = speakers(text)
    assert got[0] == got[1] and "المخضرم" not in got[1]
    text = ("أكد المدير الجهوي لشركة توزيع المياه عادل بلعيد في تصريح للإذاعة أن الماء متوفر. "
            "وأوضح المدير الجهوي للشركة أن الانقطاعات انتهت.")
    assert speakers(text) == ["عادل بلعيد", "عادل بلعيد"]


def test_a_view_verb_with_a_circumstance_between_commas() -> None:
    text = ("بدوره اعتبر وزير النقل الغيني سامي العلوي، خلال ندوة صحفية انتظمت مساء أمس، أن تعزيز النقل "
            "يعد وسيلة لتدعيم العلاقات. وقال، إن الخط الجديد سيسهل التنقل.")
    assert speakers(text) == ["سامي العلوي", "سامي العلوي"]


def test_the_latter_is_the_person_named_last() -> None:
    text = ("قال الوزير سامي العلوي إن الوضع مستقر. والتقى الوزير بالسفير الفرنسي جان مارك أيرو، "
            "وقال الأخير إن فرنسا تدعم تونس.")
    assert speakers(text) == ["سامي العلوي", "جان مارك أيرو"]


def test_a_participle_after_another_verb_with_a_titled_subject() -> None:
    # ." ورد النائب البريطاني، ويس ستريتينغ، على التغريدة قائلا: the one who replied speaks, not the one quoted before
    text = ('إذ قال أحد المستخدمين: "النقطة التي أراد إثارتها هي أن المسلمين يمثلون تهديدا." ورد النائب البريطاني، '
            'ويس ستريتينغ، على التغريدة قائلاً: "أنت تستخدم هجوما إرهابيا على مدينتنا."')
    assert speakers(text) == ["أحد المستخدمين", "ويس ستريتينغ"]


def test_a_description_matches_its_holder_through_a_glued_preposition() -> None:
    # بالمسجد النبوي = المسجد النبوي: the office described again is the one named with it
    text = ("وأوضح مدير إدارة شؤون الزيارة بوكالة شؤون المسجد النبوي سامي العلوي في تصريح للوكالة، أن الإجراء جديد. "
            "وأكد مدير إدارة شؤون الزيارة بالمسجد النبوي أن الخدمة مستمرة.")
    assert speakers(text) == ["سامي العلوي", "سامي العلوي"]


def test_a_name_then_its_addressee_glued_to_li() -> None:
    # بارو | لمحطة آر.إف.إم: a short name, then the one addressed; المخضرم is no first name of ريفالدو
    text = ('قال رئيس غامبيا الجديد اداما بارو إنه يبدو أن الموارد استنزفت. '
            'وقال بارو لمحطة الإذاعة السنغالية “وفقا لما وصلنا من معلومات لا توجد أموال.”')
    assert speakers(text) == ["اداما بارو", "اداما بارو"]
    assert speakers("عاد النجم البرازيلي المخضرم ريفالدو إلى الملاعب. وقال ريفالدو إنه يخطط لمساعدة النادي.") == [
        "ريفالدو"]


def test_chief_of_after_a_name_is_an_office() -> None:
    assert speakers('وقال جون بافز كبير المحللين الاقتصاديين في البنك "إن الأسعار ستظل ضعيفة هذا العام."') == [
        "جون بافز"]


def test_an_office_holders_name_in_quote_marks() -> None:
    text = 'وأوضح رئيس بلدية لينييفيل "كريتسوف ديتريش"، الأربعاء، لقناة فرانس إنفو أن البلدية اتخذت قرارا.'
    assert speakers(text) == ["كريتسوف ديتريش"]
    # but not the quoted name of a thing after a body
    assert "ووري" not in speakers('وقالت لجنة الرقابة على المال العام الحكومية المعنية بخصخصة "ووري بنك" إنها ستبيع الحصة.')[0]


def test_a_first_name_inside_a_run_only_after_a_title() -> None:
    # وطمأن الوزير جميع التونسيين بشأن موضوع عودة الإرهابيين، قائلا: عودة is no first name here
    text = ("أكد وزير الداخلية سامي العلوي أن المؤسسة الأمنية جاهزة. وطمأن الوزير جميع التونسيين بشأن موضوع "
            'عودة الإرهابيين من بؤر التوتر قائلا إنه "لا يجب إيلاؤه حجما كبيرا".')
    assert speakers(text) == ["سامي العلوي", "سامي العلوي"]
