"""Quotation speakers, rounds from stop 35: descriptions the name rules cut or read as names; constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_group_described_by_its_country_is_named_whole() -> None:
    # باحثون أستراليون، وكالات إيرانية: the nisba describes the group; the plural is no first name
    assert speakers("كشف باحثون استراليون أن قرصا يستخدم بشكل واسع يقلل الخطر.", tagged=True) == ["باحثون استراليون"]
    assert speakers("وقالت وكالات إيرانية إن الهجوم أوقع قتلى.", tagged=True) == ["وكالات إيرانية"]
    # a first name, then a word shaped like a nisba: still a name
    assert speakers("وقال عبدالله تركي إن الهجوم أوقع قتلى.", tagged=True) == ["عبدالله تركي"]


def test_an_office_its_nisba_and_an_adjective_is_no_name() -> None:
    # مسؤول أمريكي كبير الاثنين: the day after the adjective made كبير a name after "office + place"
    text = "ذكر مسؤول أمريكي كبير الاثنين أن الولايات المتحدة سترسل قوات."
    assert speakers(text, tagged=True) == ["مسؤول أمريكي كبير"]
    # an office, its place, then the holder's name
    assert speakers("وقال والي بنزرت محمد قويدر إن الهجوم أوقع قتلى.", tagged=True) == ["محمد قويدر"]


def test_plurals_of_people_joined_or_described_are_one_description() -> None:
    assert speakers("أوضح مختصون وباحثون ان المملكة ستشهد نموا.", tagged=True) == ["مختصون وباحثون"]
    assert speakers("ويرى محللون اقتصاديون وعقاريون أن قطاع العقار سينمو.", tagged=True) == [
        "محللون اقتصاديون وعقاريون"]
    assert speakers("وقال علماء الإحاثة والآثار إن عمر هذه العظام كبير.", tagged=True) == ["علماء الإحاثة والآثار"]
    assert speakers("وأكد أطباء ومختصون أن الوضع خطير.", tagged=True) == ["أطباء ومختصون"]
    # a name after the description, or a first name in the run, is still read as the name
    text = "وقال عالم الأحياء دي كان شو من جامعة شمال غرب الصين إن الكائن مهم."
    assert speakers(text, tagged=True) == ["دي كان شو"]


def test_what_is_declined_is_the_verbs_object_not_a_family_name() -> None:
    # رفضت أبل التعليق قائلة: the one who declines speaks on; التعليق is never part of a name
    text = "وقالت شركة أبل إن الهاتف آمن. وقال ممثلو الأمن إنهم لا يعلمون. كما رفضت أبل التعليق قائلة إن التحقيق جار."
    assert speakers(text, tagged=True) == ["شركة أبل", "ممثلو الأمن", "أبل"]
    assert speakers("ورفض المتحدث التعليق قائلا إن التحقيق لا يزال جاريا.", tagged=True) == ["المتحدث"]
    # an office, then the act it judged: the office speaks
    assert speakers("ووصف الوزير القرار بالخاطئ قائلا إن الحكومة ستعيد النظر.", tagged=True) == ["الوزير"]
    # but an office in construct, then how he went on, is one description
    text = "وقال وزير التربية إن الامتحانات ستجرى. واستدرك وزير التربية بالقول إن الوزارة جاهزة."
    assert speakers(text, tagged=True) == ["وزير التربية", "وزير التربية"]


def test_a_family_name_shaped_like_an_abstract_noun_closes_the_name() -> None:
    # عمروسية: -ية, but never met with the article, and closing the subject: no abstract noun
    text = "قال القيادي في الجبهة الشعبية عمار عمروسية، خلال استضافته في برنامج إذاعي، إن الحكومة فشلت."
    assert speakers(text, tagged=True) == ["عمار عمروسية"]
    # a word in -ية with more after it is the verb's object or the words' subject, whatever its spelling
    text = "وقال رئيس الوزراء إن الخطة جاهزة. وقال إن نجاح أيدلوجية داعش المتطرفة أمر مقلق."
    assert speakers(text, tagged=True) == ["رئيس الوزراء", "رئيس الوزراء"]


def test_an_adverb_in_bi_ends_the_subject() -> None:
    # بالأمس، بالفعل، بالقرب، بالإجماع: when, how or where it was said, never a word of the description
    assert speakers("وقالت الشركة بالأمس إن الأرباح تراجعت.", tagged=True) == ["الشركة"]
    assert speakers("وقالت بالأمس الشركة إن الأرباح تراجعت.", tagged=True) == ["الشركة"]
    assert speakers("وكشفت شركة إيلاي ليلي بالفعل أن الدواء فعال.", tagged=True) == ["شركة إيلاي ليلي"]
    assert speakers("وأشار مراسل رويترز بالقرب من الموقع إلى أن القتال مستمر.", tagged=True) == ["مراسل رويترز"]
    # a place in ب after the description stays in it
    assert speakers("وقال مسؤول بالشرطة إن القتال مستمر.", tagged=True) == ["مسؤول بالشرطة"]


def test_a_plain_verb_is_never_a_name_word() -> None:
    # باشرت: a verb form the news never writes with the article and no lexicon holds as a name
    text = ("وقال مدير الشركة إن العطل كبير، وأضاف باشرت فرق الطوارئ إصلاح العطل، وأشار بأن عدد المتضررين 600 "
            "مشترك.")
    assert "باشرت" not in speakers(text, tagged=True)
    # names shaped like verbs stay names: a first name, أفعل without ت, three letters
    assert speakers("وقال أشعر ناظم المدير بمركز البنوك الإسلامية: إن الأسواق مهمة.") == ["أشعر ناظم"]
    assert speakers("وقال المدرب لويس فان غال إن الفريق جاهز.") == ["لويس فان غال"]
    # a noun with its owner's pronoun that a verb form shares (زوجها) still speaks
    text = "وكان ذوو المتوفاة قد أكدوا أن التأخير كبير. وقال زوجها في حينه: \"حضرنا منذ الساعة الثامنة\"."
    assert speakers(text, tagged=True) == ["ذوو المتوفاة", "زوجها"]
    # a family name that a verb form shares, after a first name or met so before, stays a name
    text = "وقال وزير النقل الاسترالي وارن تراس إن البحث مستمر."
    assert speakers(text, tagged=True) == ["وزير النقل الاسترالي وارن تراس"]
    text = "ويقول دكتور أندرو رايت، أستاذ الجلدية، إن المشكلة ليست في الكلور. ويعتقد رايت أن الكلور يهاجم الرئتين."
    assert speakers(text, tagged=True) == ["أندرو رايت", "أندرو رايت"]


def test_a_plain_verb_ends_the_subject() -> None:
    # the words (or a clause) begin there
    text = ("أعلنت مدينة الملك عبدالعزيز للعلوم والتقنية, توفر عدد من الوظائف الأكاديمية للسعوديين (باحث، وأستاذ بحث "
            "مساعد). واشترطت المدينة أن لا يقل التقدير عن جيد جداً، مشيرة إلى أن الفرصة ستتاح للمقبولين.")
    assert speakers(text, tagged=True)[-1] == "مدينة الملك عبدالعزيز للعلوم والتقنية"
    # but a verb of a relative clause in the subject stays in it
    assert speakers("وقال تنظيم ما يعرف بالجبهة إن الهجوم نجح.") == ["تنظيم ما يعرف بالجبهة"]
    # a particle goes with its verb
    assert speakers("وقالت مصادر حكومية لم تسمها إن الوزير استقال.") == ["مصادر حكومية"]


def test_a_bare_noun_after_the_subject_is_the_verbs_object() -> None:
    # بدء، بيع: common nouns opening on ب, no preposition glued to a place
    text = "أعلنت وزارة التجارة والصناعة بدء تطبيق الدليل الوطني للأنشطة، مبينة أن الدليل يشمل كل الأنشطة."
    assert speakers(text, tagged=True) == ["وزارة التجارة والصناعة"]
    text = "وأعلنت دار النشر البريطانية “بيرسون” بيع مجموعة “فاينانشيال تايمز”، مؤكدة أن الصفقة تمت."
    assert speakers(text, tagged=True) == ["دار النشر البريطانية “بيرسون”"]
    # a place after ب, a name on ب and an adjective after a quoted name stay in the subject
    assert speakers("وقال مسؤول بالشرطة إن القتال مستمر.", tagged=True) == ["مسؤول بالشرطة"]
    text = "وقالت شركة خدمات حقول النفط بيكر هيوز إن عدد الحفارات تراجع."
    assert speakers(text, tagged=True) == ["شركة خدمات حقول النفط بيكر هيوز"]
    text = "وقالت منظمة “هيومن رايتس ووتش” غير الحكومية إن القتال مستمر."
    assert speakers(text, tagged=True) == ["منظمة “هيومن رايتس ووتش” غير الحكومية"]


def test_a_particle_read_alone_as_the_subject_names_no_one() -> None:
    text = "وعن مواعيد الحجز أكد لا يوجد موعد محدد، مشيرا إلى أن الاستراحة محجوزة بالكامل."
    assert "لا" not in speakers(text, tagged=True)
    # فان folded like فإن is a name's word when the text names him in full
    text = "أصر لويس فان جال على بقاء الحارس في الفريق. وأوضح فان جال أنه يتوقع الفوز في المباراة."
    assert speakers(text, tagged=True) == ["لويس فان جال"]


def test_a_nisba_that_begins_like_the_article_is_no_definite_word() -> None:
    # ألمانية: the adjective after it is the description's, not the object after a definite subject
    text = "إلى ذلك، ذكرت دراسة ألمانية حديثة، أن الإضرابات الأخيرة كلفت الاقتصاد."
    assert speakers(text, tagged=True) == ["دراسة ألمانية حديثة"]
    # the country itself stands in an office's chain as a definite word does
    text = ("حضر المراسم المدير العام لإدارة الطوارئ في ألبانيا شامسي براتشي. وأوضح المدير العام لإدارة الطوارئ في "
            "ألبانيا طريقة التوزيع وقال : « إنه سيتم توزيع حجم كبير منها ».")
    assert speakers(text, tagged=True) == ["شامسي براتشي"]
