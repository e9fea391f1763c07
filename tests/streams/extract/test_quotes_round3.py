"""Quotation speakers, round r3: failure kinds found by reading fresh SaudiNewsNet output and the
opened set H (tests/gold/facts/README.md), each as a short constructed sentence."""

from __future__ import annotations

from streams.extract.quotes import find_quotes


def speakers(text: str) -> list:
    return [q.speaker for q in find_quotes(text, [])]


def test_a_dot_inside_an_address_or_a_number_ends_no_sentence() -> None:
    # the subject of the sentence before a bare verb is found past a web address or a decimal number
    text = ("ودعا رئيس الجمعية المهندس فهد المقحم، الطلاب لزيارة موقع المؤتمر uksacb.org وتقديم أوراقهم.\n"
            "وبين أن المؤتمر يأتي امتدادا للمؤتمرات السابقة.")
    assert speakers(text) == ["فهد المقحم"]
    text = ("ودعا رئيس الجمعية المهندس فهد المقحم الطلاب إلى رفع النسبة إلى 19.3 في المئة. "
            "وبين أن المؤتمر يأتي امتدادا للمؤتمرات السابقة.")
    assert speakers(text) == ["فهد المقحم"]


def test_a_body_subject_of_the_main_verb_carries_its_participle() -> None:
    # دعت وزارة الخارجية المصرية السلطات ...، مؤكدة أن: the ministry, not its object
    text = "دعت وزارة الخارجية المصرية السلطات الإيرانية أمس إلى عدم التدخل، مؤكدة أن أمن الخليج مرتبط بأمنها."
    assert speakers(text) == ["وزارة الخارجية المصرية"]
    text = "طالبت هيئة الهلال الأحمر المواطنين بالحذر، مشيرة إلى أن الحوادث تكثر في العيد."
    assert speakers(text) == ["هيئة الهلال الأحمر"]


def test_a_name_after_an_office_chain_with_its_place() -> None:
    # رئيس لجنة ... بغرفة تجارة وصناعة جدة | محمد النفيعي: the body and its city, then a known first name
    text = "وأوضح رئيس لجنة الأوراق المالية بغرفة تجارة وصناعة جدة محمد النفيعي أن النتائج جيدة."
    assert speakers(text) == ["محمد النفيعي"]


def test_a_trade_noun_takes_its_complement_not_a_name() -> None:
    # مخرج أشهر أفلام الحركة describes the director named before; the words are his
    text = ("قال المخرج سام منديز، مخرج سلسلة أفلام جيمس بوند، إنه لا يرغب في إخراج المزيد. "
            "وقال مخرج أشهر أفلام الحركة: \"لا أرغب في استكمال هذا الطريق\". وأضاف أنه سيعود إلى المسرح.")
    assert speakers(text) == ["سام منديز"] * 3


def test_ala_with_alef_maksura_is_the_preposition_where_ya_is_spelt_apart() -> None:
    # the article writes في with ي: على تويتر is a preposition and its object, not a man called علي
    text = "وقال الفنان سامي الحربي في بكين إنه سيسافر. وقال على تويتر إنه سيفعل ذلك يوميا."
    assert speakers(text) == ["سامي الحربي"] * 2


def test_a_long_subject_before_its_verb_after_but() -> None:
    # لكن | إياد البزم المتحدث باسم الوزارة | قال في بيان: the name with its office, before the verb
    text = ("وقال البيان إن الاعتقالات تصعيد خطير. ولم تصدر الوزارة أي تعليق. "
            "لكن إياد البزم المتحدث باسم الوزارة قال في بيان إنه تم إيقاف عناصر مشتبه بها.")
    assert speakers(text) == ["البيان", "إياد البزم"]
    text = "وقال الوزير إن الأمير حكيم. ثم إن ديفيد ميليبند وزير الخارجية البريطاني الأسبق قال: إن الأمير داهية."
    assert speakers(text)[1] == "ديفيد ميليبند"


def test_no_name_in_a_clause_about_the_occasion() -> None:
    # في بيان تلقت وكالة الأنباء الألمانية نسخة منه: the statement's clause; the body before it speaks
    text = "وقال المرصد في بيان تلقت وكالة الأنباء الألمانية نسخة منه اليوم إن 173 مدنيا قتلوا."
    assert speakers(text) == ["المرصد"]


def test_a_degree_without_the_article_is_a_title() -> None:
    # دكتور، بروفيسور before a foreign name: the degree, not the first name
    assert speakers("وقال الباحث الرئيسي دكتور تيم سميث: \"النتائج واضحة\".") == ["تيم سميث"]
    assert speakers("وقال بروفيسور كيفن ماكونواي، بالجامعة المفتوحة: \"الأطفال ينامون أقل\".") == ["كيفن ماكونواي"]


def test_a_verb_inside_words_reported_gets_no_speaker_of_its_own() -> None:
    # إن الفتى اعترف بأنه: the source's words say what the boy admitted; one quotation, the source's
    text = "وقال مصدر من داخل مكتب الادعاء إن الفتى اعترف بأنه على اتصال مع أحد المتشددين."
    assert speakers(text) == ["مصدر"]
    text = "وأوضحت وزارة الداخلية في بيان أن التحريات كشفت أن قادة التنظيم نسقوا مع الخلية. وأضافت أنه سيتم تقديمهم للعدالة."
    assert speakers(text) == ["وزارة الداخلية"] * 2


def test_ali_after_a_degree_or_before_an_addressee_is_a_name() -> None:
    # a degree (الدكتور) is never followed by the preposition على; لوكالة after the family name is the addressee
    text = "وقال العميد الدكتور علي الرشيدي الناطق الإعلامي للإدارة العامة للمرور، إن الحوادث كثيرة."
    assert speakers(text) == ["علي الرشيدي"]
    text = "وقال الناطق باسم مجلس قيادة المقاومة الشعبية علي الأحمدي لوكالة فرانس برس إن المقاتلين نجحوا."
    assert speakers(text) == ["علي الأحمدي"]
    assert speakers("وأكد المشرف على البرنامج عبدالرحمن الغفيلي أن العمل مستمر.") == ["عبدالرحمن الغفيلي"]


def test_the_source_of_a_report_yields_to_a_speaker_after_it() -> None:
    # وبحسب رويترز، فقد قال هولاند إن ...، مشيرا: the president goes on, not the agency
    text = "وبحسب رويترز، فقد قال الرئيس فرانسوا هولاند إن الدول اختارت الوحدة، مشيرا إلى أن أحدا لم يطلب الخروج."
    assert speakers(text) == ["فرانسوا هولاند"] * 2


def test_a_relative_clause_with_its_own_subject() -> None:
    # في الوقت الذي أوضح مسؤول ... أن: the official speaks, not the antecedent of الذي
    text = "يأتي ذلك في الوقت الذي أوضح مسؤول في الإدارة العامة للمرور أن معظم الضحايا من الشباب."
    assert speakers(text) == ["مسؤول في الإدارة العامة للمرور"]
    text = "وأصدرت الجامعة بيانا أمس. وجاء في بيان الجامعة الذي أشار إلى أن الدراسة ستبدأ في موعدها."
    assert speakers(text)[0] != "مسؤول"


def test_no_name_from_a_verb_or_a_preposition_object() -> None:
    # نوه بوقوع: the object after a preposition, no subject; بالجميع | مراقبة الأسر: the object of أهاب
    text = ("وأوضح الناطق الإعلامي العقيد شبنان القرني أن السيارة سقطت في البحر. ونوه بوقوع حالتي غرق حيث تعرض طفل "
            "ويبلغ من العمر سبع سنوات للغرق، لافتا إلى أن حالته جيدة.")
    assert speakers(text) == ["شبنان القرني"] * 2
    text = ("وأهاب الناطق الإعلامي بالجميع مراقبة الأسر لأطفالهم، مؤكدا أن حرس الحدود مستعد دائما.")
    assert speakers(text) != ["مراقبة الأسر"]


def test_a_degree_names_the_word_after_it() -> None:
    # الدكتور باجبير: a family name that begins with ب is still the name after a degree
    text = ("بدوره، أكد الدكتور باجبير على أهمية زيارة المرضى، وتزداد تلك الأهمية في الأعياد، "
            "مشيرا إلى أن الدين يحث على عيادة المريض.")
    assert speakers(text) == ["باجبير"]
    # مساعد غالي | المتحدث الرسمي: a first name that is also a title, his family name, then his office
    text = "وأفاد مساعد غالي المتحدث الرسمي بهيئة الهلال الأحمر بالحدود الشمالية أن الفرق وصلت."
    assert speakers(text) == ["مساعد غالي"]


def test_an_adverb_of_time_between_the_verb_and_its_subject() -> None:
    # وأوضحت حينها إدارة الوحدة: the time, then the subject
    text = "وكان اللاعب عساف القرني قد تغيب عن الرحلة. وأوضحت حينها إدارة الوحدة في بيان رسمي أنها سددت المخالفات."
    assert speakers(text) == ["إدارة الوحدة"]


def test_addressees_times_and_lists_around_the_subject() -> None:
    # لبي بي سي: an outlet's letters after ل are the addressee; أول أمس a time; كل من the people listed
    assert speakers("وذكرت مصادر في مطار عدن الدولي لبي بي سي أن المطار استقبل طائرة ثانية.") == ["مصادر"]
    assert speakers("وأكد لـ\"الاقتصادية\"، مصدر من شركة صلة للتسويق أنه لا توجد سوق سوداء.") == ["مصدر"]
    assert speakers("قال تقرير أول أمس الاثنين إن عشرين مليون شخص نزحوا.") == ["تقرير"]
    assert speakers("حيث قال كل من فايز محمد وحسين محمد «نحن نسكن قرب الحدود والأوضاع آمنة».") == [
        "فايز محمد وحسين محمد"]


def test_a_name_after_a_preposition_is_an_object() -> None:
    # عقب ذلك ألقى الوزير فلان كلمة ... لخادم الحرمين الشريفين الملك سلمان. وقال: the minister speaks
    text = ("عقب ذلك ألقى معالي وزير الزراعة المهندس عبدالرحمن الفضلي كلمة رفع فيها شكره لخادم الحرمين الشريفين "
            "الملك سلمان بن عبدالعزيز على رعايته للحفل.\nوقال: إن الدولة أنشأت المؤسسة في عام 1392.")
    assert speakers(text) == ["عبدالرحمن الفضلي"]


def test_a_place_named_after_a_king_is_no_speaker() -> None:
    # مطار الملك عبدالعزيز الدولي: the airport's name; the report speaks
    text = "وأوضح التقرير الصادر عن إدارة مطار الملك عبدالعزيز الدولي بجدة أن الرحلات منتظمة."
    assert speakers(text) != ["عبدالعزيز الدولي"]
    assert speakers("وقال الأمير فيصل بن خالد أمير منطقة عسير إن المهرجان ناجح.") == ["فيصل بن خالد"]


def test_adverbs_of_before_and_after() -> None:
    # ما سبق أن صدر: "what was issued before", no words reported; سابقا: formerly, no name
    assert speakers("كما أكدت الهيئة على ما سبق أن صدر عنها من بيانات.") == []
    text = "وقال شيخ طائفة العقاريين سابقا والخبير العقاري عبد الله البلوي: إن الأسعار ستنخفض."
    assert speakers(text) != ["سابقا"]
    # but لـ"سبق" أن: the newspaper سبق, the addressee, then the words
    assert speakers("وأكدت مصادر مطلعة لـ \"سبق\" أن الاجتماع سيعقد غدا.") == ["مصادر مطلعة"]


def test_a_name_opening_the_sentence_with_a_relative_clause_is_its_topic() -> None:
    # الدوسري الذي يبلغ ...، تحدث ...، حيث قال: the man the sentence is about speaks
    text = ("لم يكن الاهتمام بالشاب عبدالله الدوسري غريبا، كونه لم يزرها.\n"
            "الدوسري الذي يبلغ من العمر 30 عاما ويسكن الجموم، تحدث عن هذا الانصهار، حيث قال: \"البيئة لها دور كبير\".")
    assert speakers(text) == ["عبدالله الدوسري"]
    text = ("قال اللواء منصور التركي إن الخطر قائم. الأمر الذي أكده المتحدث الأمني لوزارة الداخلية، "
            "حيث أوضح أن استهداف الشباب يتم عبر الشبكات.")
    assert speakers(text)[-1] != "الأمر"


def test_the_nearest_kana_or_anna_before_qad_opens_the_subject() -> None:
    # يذكر أن الفتى يزاول تعليمه وأن أحد رفاقه قد أكد أنه: the classmate, not the boy
    text = "يذكر أن الفتى يزاول تعليمه وأن أحد رفاقه قد أكد أنه من أفضل الطلاب في الصف."
    assert speakers(text) == ["أحد رفاقه"]
