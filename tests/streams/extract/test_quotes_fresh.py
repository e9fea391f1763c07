"""Quotation speakers: failure kinds found on fresh hand-read articles (sets D/E/F, see
tests/gold/facts/README.md), each as a short constructed sentence."""

from __future__ import annotations

from streams.extract.quotes import find_quotes
from streams.records import Entity


def speakers(text: str) -> list:
    return [q.speaker for q in find_quotes(text, [])]


def test_an_honorific_stands_for_the_one_with_its_own_title() -> None:
    # سموه is the prince's, not the minister's named since
    text = ("قال سمو الأمير فيصل بن سعد آل مالك رئيس المجلس: إن الوحدة أساس الأمن. "
            "واستقبل سموه وفدا ضم الوزير سالم بن علي الراشد وزير الشباب. "
            "وأكد سموه أن الأمن مسؤولية الجميع.")
    assert speakers(text) == ["فيصل بن سعد آل مالك", "فيصل بن سعد آل مالك"]


def test_ala_after_an_honorific_is_a_preposition() -> None:
    text = "قال سمو الأمير فيصل بن سعد آل مالك رئيس المجلس: إن الوحدة أساس الأمن. وشدد سموه على أن يتعاون الجميع."
    assert speakers(text) == ["فيصل بن سعد آل مالك", "فيصل بن سعد آل مالك"]


def test_a_rank_then_a_family_name_is_the_person() -> None:
    # د. الفلاح: the abbreviated rank is peeled off, the family name takes the full name met before
    text = ("قام المدير العام الدكتور سامر الفلاح بجولة في المستشفى. "
            "وأكد د. الفلاح أن الخدمة مستمرة. وأشار الدكتور الفلاح إلى أن الكادر يعمل طوال العيد.")
    assert speakers(text) == ["سامر الفلاح", "سامر الفلاح"]


def test_the_participle_of_lahaza_reports_words() -> None:
    text = "قال الطبيب سامي العلوي إن الحملة تبدأ غدا، ملاحظا أن الأعراض تظهر متأخرة."
    assert [(q.verb, q.speaker) for q in find_quotes(text, [])] == [("قال", "سامي العلوي"), ("ملاحظا", "سامي العلوي")]


def test_lahaza_written_apart_before_words_said() -> None:
    text = 'قال الوزير سامي العلوي إن القطاع مهم. ولا حظ "أن الفلاحة بصدد التحول إلى قلب التنمية".'
    assert speakers(text) == ["سامي العلوي", "سامي العلوي"]


def test_bayyana_without_shadda_opening_a_clause_is_a_speech_verb() -> None:
    # after a fronted topic (من جهته), with a described seller then his name, and a clause with وقد in between
    text = ("من جهته بين البائع فاضل محمد أن فوائد العسل كثيرة وقد ذكرت في الكتب، لافتا إلى أن الأسعار مرتفعة. "
            "وبين أن الإقبال كبير.")
    assert speakers(text) == ["فاضل محمد", "فاضل محمد", "فاضل محمد"]


def test_bayyana_without_shadda_inside_a_clause_is_between() -> None:
    text = "وقال الوزير سامي العلوي إن الفرق بين الطرفين كبير. وبين الطرفين خلاف قديم. ويتراوح السعر ما بين أن يرتفع أو ينخفض."
    assert speakers(text) == ["سامي العلوي"]


def test_ali_between_a_person_noun_and_a_family_name() -> None:
    text = "بدوره أكد البائع علي العامري أن طرق حفظ العسل كثيرة."
    assert speakers(text) == ["علي العامري"]


def test_a_known_name_then_the_verbs_object() -> None:
    # the subject of a verb with a noun object, carried on by a participle: the name, not the object
    text = "وقال طيب، إن الحكومة تدعم الفلاح. وأبرز طيب حرص الدولة على الاستثمار، معتبرا أن القرار ثوري."
    assert speakers(text) == ["طيب", "طيب"]
    text = ("طلب الرئيس دونالد ترامب من الكونغرس التحقيق في اتهامه للرئيس السابق باراك أوباما بالتجسس. "
            "من جانبه، نفى أوباما اتهامات ترامب، مؤكدا أنها كاذبة.")
    assert speakers(text) == ["أوباما"]


def test_a_known_name_then_its_family_name_stays_whole() -> None:
    text = "وأوضح المقدم علي بن عمير آل جرمان الشهراني، أن الحالة مستقرة. وقال المقدم علي الشهراني إنه غادر."
    assert speakers(text)[0] == "علي بن عمير آل جرمان الشهراني"


def test_a_view_verb_after_a_subject_closed_by_a_comma_or_before_quoted_words() -> None:
    text = ("قال وزير التربية ناجي جلول إن الإضراب غير قانوني. "
            "واعتبر الوزير المثير للجدل بين أوساط النقابيين، أنه لا يمكن التسيير بدون تشاور. "
            'واعتبر أن "ما حصل عليه الطرف الآخر تحصيل حاصل".')
    assert [(q.verb, q.speaker) for q in find_quotes(text, [])] == [
        ("قال", "ناجي جلول"), ("اعتبر", "ناجي جلول"), ("اعتبر", "ناجي جلول")]


def test_ali_inside_a_tagged_name() -> None:
    text = "وأفاد المدير العام للمجمع محمد علي الجندوبي في حديث للوكالة، بأنه تم تلقيح النخيل."
    at = text.index("محمد")
    person = Entity(type="PERS", text="محمد علي الجندوبي", start=at, end=at + len("محمد علي الجندوبي"),
                    canonical="محمد علي الجندوبي")
    assert [q.speaker for q in find_quotes(text, [person])] == ["محمد علي الجندوبي"]


def test_a_name_in_apposition_after_an_office_stands_for_it() -> None:
    # a first name the lexicon lacks, then a family name in -ي, after the office and a comma
    text = ("استعرض الناطق الرسمي باسم الإدارة العامة للحرس الوطني، خلفية الشيباني حصيلة العام. "
            "وقال إن الوحدات نفذت عمليات كثيرة.")
    assert speakers(text) == ["خلفية الشيباني"]


def test_a_title_then_an_unknown_first_name_and_a_family_name() -> None:
    text = "أكد الممثل لمين النهدي في تصريح للإذاعة أنه يستعد لمسرحية جديدة."
    assert speakers(text) == ["لمين النهدي"]


def test_the_physician_is_the_doctor_named_before() -> None:
    text = ("أعلن الدكتور مكرم حشلاف، أستاذ في الأمراض السرطانية، أنه سيتم تنظيم تظاهرة. "
            "وأفاد الطبيب المتخصص في أمراض السرطان أنه سيتم تنظيم يوم تحسيسي.")
    assert speakers(text) == ["مكرم حشلاف", "مكرم حشلاف"]


def test_a_verbal_noun_and_its_complement_stay_an_object() -> None:
    text = "قال المدير كريم العابدي إن المشروع جاهز. وأكد الوزير ضرورة الانكباب على الإصلاح، موضحا أن الوقت ضيق."
    assert speakers(text) == ["كريم العابدي", "الوزير"]


def test_a_title_glued_to_its_adjective() -> None:
    text = "قال وزير الخارجية السوري وليد المعلم إن الموقف ثابت. وأكد الوزيرالسوري، أن المواقف لم تتغير."
    assert speakers(text) == ["وليد المعلم", "وليد المعلم"]


def test_a_clause_about_the_one_named_holds_no_speaker() -> None:
    # وهو ... : what follows describes the speaker (مقره سان فرانسيسكو، بحكم منصبه are no names)
    text = "وقال باباك يوسف زادة وهو محام مقره سان فرانسيسكو ورئيس نقابة المحامين إن الأسئلة الجديدة تعسفية."
    assert speakers(text) == ["باباك يوسف زادة"]
    text = 'وقال شو وهو مسؤول كبير في الحزب الحاكم بحكم منصبه "الإدارات المختصة تدرس التجربة حاليا".'
    assert speakers(text) == ["شو"]


def test_kana_then_a_described_speaker_then_her_verb() -> None:
    text = 'وكانت خبيرة للأرصاد بهيئة الأرصاد الجوية بولاية شمال الراين قالت إن " أعلى مراحل الخطر قد زالت".'
    assert speakers(text) == ["خبيرة للأرصاد بهيئة الأرصاد الجوية بولاية شمال الراين"]


def test_quoted_words_that_close_their_sentence_are_not_the_next_verbs() -> None:
    text = "وقال أحد الشهود إن اسمه محمد «شاهدت أكثر من عشرين جثة في المكان.» وقالت بروين بولدان إن المسؤولين يحققون."
    assert speakers(text) == ["أحد الشهود", "بروين بولدان"]


def test_an_opening_guillemet_left_open_at_the_end() -> None:
    text = "وقال أدهم باشو وهو سياسي محلي لرويترز عبر الهاتف فيما ارتفعت الصافرات «السيارات تحمل الجرحى وقتل الكثيرون"
    assert speakers(text) == ["أدهم باشو"]


def test_a_straight_quote_mark_does_not_pair_across_paragraphs() -> None:
    text = ('أكد اللاعب فيصل الخراع قائلا" : أنا لاعب محترف وطموحي كبير.\n'
            'وعن أبرز محطاته، أكد الخراع بأن الموسم الماضي و تحديدا" في الدوري كان الانطلاقة.')
    assert speakers(text) == ["فيصل الخراع", "فيصل الخراع"]


def test_an_adverb_or_an_addressee_before_the_quoted_words() -> None:
    text = 'قال باراك أوباما إن العلاقات عميقة. وقال أيضا "يحصل أحيانا عدم فهم بين الشعوب".'
    assert speakers(text) == ["باراك أوباما", "باراك أوباما"]
    text = ("قالت النائبة بروين بولدان إن المسؤولين يحققون. "
            "وقالت لرويترز «حضر شبان كثيرون لعبور الحدود» مضيفة أن النواب سيصلون.")
    assert [q.verb for q in find_quotes(text, [])] == ["قالت", "قالت", "مضيفة"]


def test_a_noun_object_then_an_adverb_and_quoted_words_is_no_quotation() -> None:
    text = 'يذكر أن بن موسى قد أعلن عدم ترشحه لرئاسة الرابطة مجددا، "إيمانا منه بمبدأ التداول على المسؤوليات".'
    assert speakers(text) == []


def test_a_participle_carries_on_the_subject_of_its_own_clause() -> None:
    # the subject of a verb of another kind, opened after the last words reported
    text = ("وذكرت السلطات البرازيلية أنها انتشلت الفتاة من البحر. "
            "وتحدثت سلمى بعد إنقاذها قائلة إنها حاولت إنقاذ قريبها.")
    assert speakers(text) == ["السلطات البرازيلية", "سلمى"]
    text = ("وأشار مندوب خليجي آخر، إلى أن الأسعار لن تبقى منخفضة، واتفق مندوب رابع على أنه لا حاجة للتحرك، "
            "مفيدا أن الانخفاض قصير الأجل.")
    assert speakers(text)[-1] == "مندوب رابع"


def test_a_participle_after_naql_an_goes_to_the_one_reported() -> None:
    text = ('وقال مندوب خليجي: «لم يحن وقت التغيير بعد». '
            'ونقل عن وزير النفط الكويتي سالم العمير ثقته في الطلب قائلا: «إن الدول المنتجة تتوقع نموا قويا».')
    assert speakers(text) == ["مندوب خليجي", "سالم العمير"]


def test_a_clause_inside_quoted_words_does_not_take_the_participle() -> None:
    text = ('وقال العامل عبده جراحي: «قدمت إلى هنا منذ سنوات، وعملت كعامل في مزرعة بالقرية»، '
            'مبينا أن القرار أسعده.')
    assert speakers(text) == ["عبده جراحي", "عبده جراحي"]


def test_a_verb_inside_the_words_reported_is_no_new_speaker() -> None:
    text = ("وأشارت الخلية في بيان إلى أن الهروب كان جماعيا. "
            "وأضافت أنه بعد الانتصارات أكدت مصادرنا بحصول حالات هروب، لافتة إلى أن القادة فقدوا السيطرة.")
    assert speakers(text) == ["الخلية", "الخلية", "الخلية"]


def test_a_relative_clause_whose_verb_does_not_agree_with_the_antecedent() -> None:
    # الدول التي قال: the countries he spoke of, not the speaker
    text = ("قال الرئيس رجب طيب أردوغان إن بلاده عانت كثيرا. "
            "وانتقد أردوغان الدول التي قال إنها تحاول إلقاء اللوم على تركيا.")
    assert speakers(text) == ["رجب طيب أردوغان", "رجب طيب أردوغان"]


def test_a_feminine_participle_after_a_body_that_opened_its_clause() -> None:
    text = ("قال الرئيس رجب طيب أردوغان إن بلاده عانت كثيرا. "
            "وشككت وزارة الخارجية السورية في جهود تركيا، مشيرة إلى أن هناك عوامل داخلية.")
    assert speakers(text) == ["رجب طيب أردوغان", "وزارة الخارجية السورية"]


def test_descriptions_end_before_an_addressee_or_a_clause_about_them() -> None:
    assert speakers("وأفاد المصدر المسؤول لمراسلتنا بأن الأشغال ستنطلق قريبا.") == ["المصدر المسؤول"]
    assert speakers("وقال مسعف يعمل في هيئة الإسعاف إن ستة أشخاص أصيبوا.") == ["مسعف"]


def test_bayyana_after_a_topic_with_amma() -> None:
    text = "كشف المهندس عدنان السيد أن المشاريع نفذت. أما بالنسبة للطرق بين أن هناك طرقا جديدة."
    assert speakers(text) == ["عدنان السيد", "عدنان السيد"]


def test_quoted_words_after_ila_of_a_pointing_verb() -> None:
    text = 'وقال بيان للمحافظ إنه عثر على تجهيزات، مشيرا إلى "ذخائر عيار صغير وفيديوهات دعائية" لتنظيم متطرف.'
    assert speakers(text) == ["بيان للمحافظ", "بيان للمحافظ"]


def test_ali_after_an_office_and_its_nisba_before_a_three_word_name() -> None:
    text = "ونقلت الوكالة عن وزير النفط الكويتي علي صالح العمير أمس أن الطلب سيرتفع."
    assert speakers(text) == ["علي صالح العمير"]


def test_inna_glued_to_the_word_before() -> None:
    text = "ونقلت رويترز عن الشرطة الألمانية عبر صفحتها على تويترإن أربعة من المصابين في حالة خطيرة."
    assert speakers(text) == ["الشرطة الألمانية"]
    text = "وقال الوزير سامي العلوي إن الوضع صعب وإن الحل قريب."
    assert speakers(text) == ["سامي العلوي"]


def test_qawluhu_after_a_long_description_of_the_one_reported() -> None:
    text = ('ونقلت وكالة "فارس" عن مدير عام العلاقات العامة في شركة الطيران الوطنية، شاهرخ نوش آبادي، قوله، '
            '"حتى الآن أرسلت خمس طائرات إلى قطر".')
    assert speakers(text) == ["شاهرخ نوش آبادي"]


def test_a_relative_clause_inside_reported_words_may_hold_a_new_speaker() -> None:
    text = ("كشفت تقارير صحافية عن أن المدرب أوصى بالتعاقد مع لاعب، فهناك أيضا اللاعب مونتاري "
            "والذي كشفت الصحف الغانية أن الفريق تقدم بعرض لضمه.")
    assert speakers(text) == ["تقارير صحافية", "الصحف الغانية"]


def test_a_place_glued_to_bi_before_the_name() -> None:
    text = "يقول المرشد السياحي المعتمد بهيئة السياحة بمكة المكرمة عبدالله بن محمد الذويبي: إن العيد فرحة للجميع."
    assert speakers(text) == ["عبدالله بن محمد الذويبي"]


def test_a_family_name_in_quote_marks_as_subject() -> None:
    text = ("أكد القيادي الناشط السياسي والقيادي الميداني في مأرب محمد اليوسفي لـ «عكاظ» انتقال المقاومة إلى الهجوم. "
            "وقال «اليوسفي»: «هناك تقدم كبير على الجبهة».")
    assert speakers(text) == ["محمد اليوسفي"]


def test_a_verbal_noun_with_a_pronoun_after_the_subject_is_its_object() -> None:
    text = "ونفى مسؤول في الشرطة، مطاردتهم للسائحات، مبينا أن التحركات تقتصر على التذكير بالقانون."
    assert speakers(text) == ["مسؤول في الشرطة"]


def test_a_speech_given_by_an_office_holder() -> None:
    text = ("افتتح أمير المنطقة المشروع بحضور وزير الإسكان الدكتور شويش الضويحي. "
            "وأقيم حفل خطابي بهذه المناسبة تخلله كلمة لوزير الإسكان، أوضح فيها أن المشروع باكورة المشاريع.")
    assert speakers(text) == ["شويش الضويحي"]


def test_imam_read_as_amam_before_a_titled_name() -> None:
    text = "أكد إمام وخطيب المسجد الحرام فضيلة الشيخ الدكتور سعود الشريم أن التغافل محمود."
    assert speakers(text) == ["سعود الشريم"]


def test_the_subject_of_the_sentence_before_after_a_time_word() -> None:
    text = ("تدخل اليوم النائب العجمي الوريمي من حركة النهضة للرد على تقرير عن مواطنة تعيش في بيت دون سقف. "
            "وأوضح في برنامج إذاعي أنه تم اكتشاف الحالة.")
    assert speakers(text) == ["النائب العجمي الوريمي"]


def test_the_source_of_ma_dhakarahu_speaks_on() -> None:
    text = "وأوقف الشاب وفق ما ذكره اليوم السبت مصدر أمني بالجهة. وأوضح أن التحقيق متواصل."
    assert speakers(text) == ["مصدر أمني بالجهة"]
    text = "وحدد الوزن عند المولد وفق ما ذكرته القاضية. وأضافت أن الحكم نهائي."
    assert speakers(text) == ["القاضية"]


def test_qabla_after_min_is_an_adverb_before_inna() -> None:
    text = "وكانت الحكومة قد قالت من قبل إنها لن تركز على هذه الاحتياطيات."
    assert speakers(text) == ["الحكومة"]


def test_a_long_circumstance_before_the_words_of_the_last_speaker() -> None:
    text = ('وصف وزير الدفاع الوطني، فرحات الحرشاني الوضع الأمني في تونس ب"الممتاز".\n'
            'وأضاف في تصريح لمراسلة "الجوهرة أف أم" على هامش مائدة مستديرة نظمها خبراء و أخصائيون و أكادميون '
            'أمريكيون و بريطانيون و تونسيون حول موضوع "الكتاب الأبيض" أن هذا الكتاب سيضبط السياسة الدفاعية. '
            'وأوضح أنه من المنتظر الانتهاء منه.')
    assert speakers(text) == ["فرحات الحرشاني", "فرحات الحرشاني"]


def test_qubayl_is_a_circumstance_not_a_name() -> None:
    text = 'وذكر موقع صحيفة "دايلي مايل" قبيل المباراة الودية إن المدرب أعلم لاعبيه بالصفقة.'
    assert [s.replace('"', "") for s in speakers(text)] == ["موقع صحيفة دايلي مايل"]


def test_itabara_after_a_long_subject_and_not_after_an_object() -> None:
    assert speakers("واعتبر تقرير شركة آسيا كابيتال الاستثمارية أن نظام الاعتماد على النفط غير مستدام.") == [
        "تقرير شركة آسيا كابيتال الاستثمارية"]
    assert speakers("واعتبر الطبيب الإصابة أمرا عاديا لا يستدعي القلق وأن اللاعب سيعود.") == []


def test_a_name_after_a_description_and_a_place() -> None:
    assert speakers("وقال أحد كبار مشايخ مأرب علي غريب، إن المنطقة آمنة.") == ["علي غريب"]
    assert speakers("وأوضح مدير الإعلام التربوي بتعليم الليث محمد المالكي أن البرنامج مستمر.") == ["محمد المالكي"]


def test_a_body_is_not_the_person_who_leads_it() -> None:
    text = ("قال القيادي في المقاومة الشعبية عادل أبو بكر: إن المقاومة ستلاحق المسلحين. "
            "وقالت المقاومة الشعبية في إقليم تهامة، غرب اليمن، إنها قتلت عشرات المسلحين.")
    assert speakers(text) == ["عادل أبو بكر", "المقاومة الشعبية"]


def test_time_and_pronoun_words_are_no_speakers() -> None:
    assert speakers("ومن جهته قال الادعاء الألماني حينها إنه فتح تحقيقا.") == ["الادعاء الألماني"]
    text = 'قال الفنان ناصر بن جريد إن الذكريات كثيرة. وعن صديقه الراحل قال عنها: "كانت أجمل أيام العمر".'
    assert speakers(text) == ["ناصر بن جريد", "ناصر بن جريد"]


def test_an_addressee_glued_to_li_is_no_speaker() -> None:
    text = 'قال السيناتور جون ماكين إن الاتفاق سيئ. وقال لمجلس العلاقات الخارجية وهو مؤسسة بحثية “قد يصبح أصدقاؤنا أكثر عزلة”.'
    assert speakers(text) == ["جون ماكين", "جون ماكين"]


def test_an_indefinite_description_ends_before_its_object() -> None:
    text = "ووصف محللون سياسيون أردنيون تصرفات نائب الرئيس بغير اللائقة مؤكدين أن ذلك يضر بالعلاقات."
    assert speakers(text) == ["محللون سياسيون أردنيون"]


def test_a_feminine_nisba_after_a_title_is_no_family_name() -> None:
    assert speakers("وذكرت السيدة الفرنسية في بث مباشر على صفحتها أن الوضع صعب.") == ["السيدة الفرنسية"]


def test_an_addressee_with_the_article_glued_to_li() -> None:
    text = "قال المتهم سامي العلوي إنه بريء. وذكر للقاضي أنه لم يكن هناك."
    assert speakers(text) == ["سامي العلوي", "سامي العلوي"]


def test_a_circumstantial_participle_with_tanween_is_no_subject() -> None:
    text = 'قال المريض ماريو إيديه إن الألم شديد. ويقول واصفاً شعوره: "كنت أسمع صوت عيني".'
    assert speakers(text) == ["ماريو إيديه", "ماريو إيديه"]


def test_tabaa_with_a_short_subject_then_its_words() -> None:
    text = 'قال تيم جونسون إن الاهتمام زاد. وتابع جونسون "أنه يجب على المستخدمين أن يستوعبوا المخاطر".'
    assert [q.verb for q in find_quotes(text, [])] == ["قال", "تابع"]
    assert [q.verb for q in find_quotes("وتابعت الإدارة أن القبول يتم بعد سنتين.", [])] == ["تابعت"]


def test_a_colon_at_the_end_of_a_line_opens_the_next() -> None:
    text = "وتحت إشراف الفنان علي النقيدان، وقال النقيدان: \nلقي البرنامج حضورا مميزا من الشباب."
    assert [(q.speaker, q.text[:5]) for q in find_quotes(text, [])] == [("علي النقيدان", "لقي ا")]
    assert speakers("وأعلنت الوزارة في بلاغ لها عن تعيين كل من : \nسامي العلوي ومنير الهادي.") == []


def test_a_participle_then_qawluhu_is_one_quotation() -> None:
    text = 'قالت الوزيرة لمياء الزريبي إن تونس تعول على الصندوق، مضيفة قولها "لا وجود لخطة بديلة".'
    assert [(q.verb, q.speaker) for q in find_quotes(text, [])] == [("قالت", "لمياء الزريبي"), ("مضيفة", "لمياء الزريبي")]


def test_more_participles_that_carry_on_the_words() -> None:
    text = 'قال محسن مرزوق إن الحزب جاهز للانتخابات، متابعا "نحن جاهزون لخوض الانتخابات البلدية".'
    assert [q.verb for q in find_quotes(text, [])] == ["قال", "متابعا"]
    text = "قال الوزير ناجي جلول إن الإصلاح مستمر، مستدركا أن الموارد محدودة."
    assert [q.verb for q in find_quotes(text, [])] == ["قال", "مستدركا"]


def test_a_foreign_family_name_in_ya_is_no_verb() -> None:
    text = "كانت جانيت يلين رئيسة مجلس الاحتياطي الاتحادي قد قالت إن التضخم منخفض."
    assert speakers(text) == ["جانيت يلين"]


def test_the_antecedent_behind_a_preposition_does_not_speak() -> None:
    text = ("قال أحمد داود أوغلو إن الشرطة تعرفت على مشتبه به مرتبط بالهجوم الانتحاري "
            "الذي قال إن حصيلته ارتفعت.")
    assert speakers(text) == ["أحمد داود أوغلو", "أحمد داود أوغلو"]


def test_al_qawl_after_the_one_reported() -> None:
    text = 'ونقلت هيئة الإذاعة البريطانية عن كاميرون القول: "علينا أن نتحرك الآن بسرعة".'
    assert speakers(text) == ["كاميرون"]


def test_the_body_a_spokesman_speaks_for_speaks_itself() -> None:
    text = "قال المتحدث باسم البيت الأبيض جوش إرنست إن القرار نهائي. ويقول البيت الأبيض إن المعتقل سيغلق."
    assert speakers(text) == ["جوش إرنست", "البيت الأبيض"]


def test_the_engineers_abbreviated_title() -> None:
    assert speakers("وقال م. عبداللطيف البنيان مدير عام الهيئة العامة للسياحة إن المهرجان ناجح.") == ["عبداللطيف البنيان"]


def test_one_letter_abbreviations_in_brackets_do_not_end_the_sentence() -> None:
    assert speakers("وقالت المصادر لوكالة الأنباء الألمانية (د. ب. أ) إن الطيران قصف مواقع.") == ["المصادر"]


def test_itabara_after_a_title_chain_and_a_name() -> None:
    assert speakers("اعتبر رئيس الوزراء الإسرائيلي بنيامين نتنياهو أن التصريحات خطيرة.") == ["بنيامين نتنياهو"]


def test_tabaa_after_a_one_word_name_and_a_colon_or_comma() -> None:
    text = "قال المتحدث قاسميار إن المفاوضات مقررة. وتابع قاسميار: إن الصين ستستضيف الجولة."
    assert [q.verb for q in find_quotes(text, [])] == ["قال", "تابع"]
    assert speakers("وتابع الفريق تدريباته أن يستعد للمباراة.") == []


def test_a_quoted_name_of_a_paper_is_part_of_its_description() -> None:
    assert [s.replace('"', "") for s in speakers('وقالت صحيفة "الديلي ميل" البريطانية، إن الشعار تغير.')] == [
        "صحيفة الديلي ميل البريطانية"]


def test_a_name_with_a_known_first_name_after_an_offices_complement() -> None:
    assert speakers("أكد المستشار القانوني وعضو شرف النادي الأهلي خالد أبو راشد؛ أن القضية محسومة.") == ["خالد أبو راشد"]


def test_an_addressee_in_the_plural_glued_to_lil() -> None:
    text = 'قال الشاب سامي العلوي إنه بريء. وقال للمحققين "لقد كنت في المنزل طوال الليل".'
    assert speakers(text) == ["سامي العلوي", "سامي العلوي"]


def test_bayyana_as_between_before_another_verbs_words() -> None:
    text = "قال الوزير سامي العلوي إن العيد فرحة. ولا يكتمل الفرح إلا وسط الأهل، وبين حنايا الوطن والقرية، مبينا أنه سعيد."
    assert [q.verb for q in find_quotes(text, [])] == ["قال", "مبينا"]
