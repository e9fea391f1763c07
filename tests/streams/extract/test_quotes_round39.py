"""Quotation speakers, round r39: one-word subjects that are no speakers (particles, words of God's praise, the
occasion of a speech, فقد, هناك), found by counting one-word speakers over SaudiNewsNet 0-11999 and ANT 0-4999;
each kind as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_god_praised_by_jalla_and_named_al_haqq() -> None:
    # قال جل في علاه، قال جل من قائل، يقول الحق سبحانه، قال تبارك وتعالى: God speaks the verse cited
    assert speakers("وقال جل في علاه: {ولا تحسبن الذين قتلوا في سبيل الله أمواتا}.") == ["الله"]
    assert speakers("قال جل من قائل: (فإذا قضيت الصلاة فانتشروا في الأرض).") == ["الله"]
    assert speakers('يقول الحق سبحانه وتعالى في سورة الرعد: "إن الله لا يغير ما بقوم".') == ["الله"]
    assert speakers('يقول الحق تبارك وتعالى: "إن الله لا يغير ما بقوم".') == ["الله"]
    assert speakers("كما قال تبارك وتعالى: {إن الله لا يغفر أن يشرك به}.") == ["الله"]


def test_the_occasion_of_a_speech_before_the_subject() -> None:
    # كلمة أكد خلالها أن، حفل قال خلاله القائد فلان: خلاله/خلالها is when, never who
    assert speakers("وألقى الوزير سامي العلي كلمة أكد خلالها ، أن العلاقات مع المملكة مهمة.") == ["سامي العلي"]
    assert speakers('وأقيم حفل تأبين للشرطيين بحضور نحو ألف شخص قال خلاله القائد المحلي للشرطة أيوب بيرم: '
                    '"سنواصل المعركة حتى النهاية".') == ["أيوب بيرم"]
    assert "خلالها" not in speakers("وأجرت القناة مقابلة مع سامي العلي أكد خلالها أنه اضطر لذلك.")


def test_the_topic_of_amma_before_faqad() -> None:
    # أما فلان، فقد أكد أن: the topic speaks; فقد is never a speaker
    assert speakers("أما المؤرخ رجاء فرحات، فقد اعتبر أن الزعيم يتعرض إلى حملة تشويه.") == ["رجاء فرحات"]
    assert speakers("أما القناة العبرية الثانية، فقد رأت أن نشر الفيديو يأتي في إطار الحرب النفسية.") == [
        "القناة العبرية الثانية"]
    assert speakers("أما الأستاذة الجامعية بقسم العربية بكلية الآداب بجامعة منوبة، آمال قرامي، فقد أوضحت، من "
                    "جانبها، أن النوع الاجتماعي ترجمة للفظة.") == ["آمال قرامي"]
    # a topic that is no person (بالنسبة ل، فيما يتعلق ب، موضوع): the last speaker goes on
    assert speakers("وقال سامي العلي إن الوضع صعب. أما بالنسبة للصورة، فقد شدد على أنها مرسومة.") == [
        "سامي العلي", "سامي العلي"]
    assert speakers("وقال سامي العلي إن الوضع صعب. أما فيما يتعلق بالقروض، فقد ذكر أن الطلب كبير.") == [
        "سامي العلي", "سامي العلي"]
    assert speakers("وقالت الطبيبة سلوى العلي إن الوضع صعب. أما موضوع التمكين الطبي فقد لاحظت أن النساء لا "
                    "يعرفن حقوقهن.") == ["سلوى العلي", "سلوى العلي"]
    # فقد with no أما: the subject before it (فلان؛ فقد قال), or the last speaker; never فقد
    assert speakers("وقال طلعت حافظ إن القروض زادت. وفيما يتعلق بقروض البطاقات الائتمانية، فقد ذكر أن من بين "
                    "الأسباب تحول المجتمع.") == ["طلعت حافظ", "طلعت حافظ"]
    assert speakers("وقد عبر عن ذلك بوضوح الصحفي الفلسطيني «الكاره لكل ما له علاقة بالخليج» عبدالباري عطوان؛ فقد "
                    "قال إن حكام الخليج سيصبحون «ولاة» تابعين لطهران.") == ["عبدالباري عطوان"]


def test_whoever_after_there_is() -> None:
    # حيث إن هناك من قال إن: من (whoever) says, as the gold marks من يقول; not هناك
    assert speakers("وانقسمت الجماهير بين مؤيد ومعارض حيث إن هناك من قال إن التجديد إيجابي.") == ["من"]
    assert speakers("الا انه كان هناك من راى أن هذا الأمر لا يهم إلا الأغنياء.") == ["من"]
    assert speakers("إضافة إلى أن هناك من أشار إلى أنها عرفت قبل الإسلام.") == ["من"]


def test_no_words_reported_after_especially() -> None:
    # وأبرز التحديات ...، خاصة أن: "especially since" gives the writer's reason; no quotation
    assert speakers("وأبرز التحديات التي تواجه المشروع مستقبلا، خاصة أن تعاون الجهات يعد عاملا أساسيا.") == []
    assert speakers("واطلع على تفاصيل القضية التي باتت قضية رأي عام عقب تداولها على نطاق واسع، خاصة أن "
                    "والدتها توفيت بعدما علمت بقبولها.") == []
    assert speakers("وأكد المدير أهمية المشروع، ولا سيما أن الطلب يتزايد.") == []
    # but the words after the verb stay, and خاصة as an adjective (نشرة خاصة) is no "especially"
    assert speakers("وقال المدير إن الوضع صعب، خاصة أن الدين منخفض جدا.") == ["المدير"]
    assert speakers("وأفاد المعهد الوطني للرصد الجوي في نشرة خاصة بأن الوضع الجوي سيكون ملائما.") == [
        "المعهد الوطني للرصد الجوي"]
    assert len(speakers('وزاد الرئيس "اجتمعت مع أقارب اللاعب، ولا سيما أنه من نجوم الفريق".')) == 1


def test_a_first_person_view_opens_the_words() -> None:
    # وتابع أعتقد أن: his own words begin; the last speaker goes on (not أعتقد)
    assert speakers("وقال سامي العلي إن الوضع صعب. وتابع أعتقد أن ما تحقق من انتصارات كبير.") == [
        "سامي العلي", "سامي العلي"]
    assert speakers("وقال أشعر ناظم المدير بمركز البنوك الإسلامية: إن الأسواق الست أصبحت تشكل 82 في المئة.") == [
        "أشعر ناظم"]


def test_the_writers_own_notice_reports_no_words() -> None:
    # ولفت نظري أنه، لفت انتباهي أن: the writer noticed; no quotation (but لفت المدير النظر إلى أن stays)
    assert speakers("وقد وجدت حديثا كتابا بعنوان اللغات الإيرانية، ولفت نظري أنه ضم مجموعة كبيرة من اللغات.") == []
    assert speakers("وقد لفت انتباهي أن هناك تقريرا عن السفر.") == []
    assert speakers("ولفت المدير النظر إلى أن الجثة لا تعود لهم.") == ["المدير"]


def test_bayna_before_hands_is_no_verb() -> None:
    # الشخص الذي بين يديهم ... بأن: "in their hands", never بيّن
    assert speakers("كانت الصدمة أن الشخص الذي بين يديهم ليس قريبهم، فاتصلوا بالمستشفى لإبلاغه بأن الجثة لا "
                    "تعود لهم.") == []
    assert speakers("وبين المدير أن الجثة لا تعود لهم.") == ["المدير"]


def test_an_airport_heads_its_name() -> None:
    # أعلن مطار الملك خالد الدولي أن: the airport by its full name, as مستشفى الملك فيصل (not مطار alone)
    assert speakers("وأعلن مطار الملك خالد الدولي أن المباحث الإدارية بالمطار تمكنت من ضبط العامل.") == [
        "مطار الملك خالد الدولي"]
    assert speakers("أعلن مطار الملك خالد الدولي، أنه عند الساعة الثالثة غادرت الرحلة.") == ["مطار الملك خالد الدولي"]


def test_an_adverbial_of_certainty_is_no_subject() -> None:
    # وأكد الوزير بما لا يدع مجالا للشك أن: the minister, not بما
    assert speakers("وأكد الوزير بما لا يدع مجالا للشك أن إيران تواصل نهجها.") == ["الوزير"]
    assert "بما" not in speakers("وقال الوزير إن الوضع صعب. وأكد بما لا يقبل الشك أن إيران تواصل نهجها.")

