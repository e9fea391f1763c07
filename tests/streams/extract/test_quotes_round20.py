"""Quotation speakers, round r20: failure kinds found in the opened sets v26 and C4
(tests/gold/facts/README.md), each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_subject_after_lakin_speaks() -> None:
    # لكن وسائل إعلام محلية ذكرت أن: the subject stands after لكن, ahead of its verb (as after كان or أن); it was
    # read after the verb, or the last speaker was carried
    said = "وقال المدرب خالد العمري إن الفريق جاهز. "
    assert speakers(said + "ولم يعلن النادي عن وجهة اللاعب، لكن وسائل إعلام محلية ذكرت أنه سينتقل قريبا.")[1] \
        == "وسائل إعلام محلية"
    assert speakers(said + "لكن وزير الرياضة سامي الحربي قال الأسبوع الماضي إن الملعب جاهز.")[1] == "سامي الحربي"
    assert speakers(said + "لكن متحدثة باسم وزارة الداخلية قالت إن القرار لم يتخذ بعد.")[1] \
        == "متحدثة باسم وزارة الداخلية"
    # a verbal noun with its object after لكن is no subject: the verb's own subject follows it
    assert speakers(said + "ولم يعثر على الطائرة لكن العثور على حطام قال خبراء إنه دليل مهم.")[1] == "خبراء"
    assert speakers(said + "لكن دراسة نشرتها مجلة طبية أشارت إلى أن الدواء آمن.")[1] == "دراسة"


def test_a_preposition_with_its_pronoun_is_no_speaker() -> None:
    # واعتدوا عليه بالضرب، مضيفة أن: عليه (which folds like the name علية) was read as a name and spoke; بها and
    # عنهم alone were read as the subject
    said = "وقالت المنظمة إن عناصر من الشرطة أوقفوا الرجل. "
    assert speakers(said + "واعتدوا عليه بالضرب \"بشكل مبرح\"، مضيفة أن عائلته علمت بوفاته.")[1] == "المنظمة"
    assert speakers("وقد أكدت المشرفة عليه، السيدة سلمى الحربي، أنها تسعى إلى الخير.") == ["سلمى الحربي"]
    assert speakers("وسجلت أم خالد حضورها في الركن الخاص بها، حيث أكدت أنها تعد الأطباق.") != ["بها"]
    assert speakers("وقد أوضح عضو من هيئة الدفاع عنهم، أن المجموعة تضم عشرة شبان.") != ["عنهم"]
    # the name علية stays a name before a family name
    assert speakers("وقالت علية العلاني إن الخطة تسير.") == ["علية العلاني"]
    assert speakers("وقالت الدكتورة علية العلاني إن الخطة تسير.") == ["علية العلاني"]


def test_words_written_after_wa_kataba_are_reported() -> None:
    # وكتب فلان على حسابه: "…": كتب/غرد report the words written, after و/ف and with a writer after the verb;
    # not the books (كتب التاريخ), a clause inside a subject (التي كتبت القواعد), a sign (وكتب على لافتة) or the piece
    # written (وكتب اللاعب رسالة جاء فيها)
    assert speakers("وكتب اللاعب خالد العمري على حسابه في تويتر: \"شكرا لكل الجماهير\".") == ["خالد العمري"]
    assert speakers("وكتبت الوزيرة سلمى الحربي في مدونتها «لن نتراجع عن الإصلاح».") == ["سلمى الحربي"]
    assert speakers("وغرد الوزير خالد العمري قائلا: \"الإصلاح مستمر\".") == ["خالد العمري"]
    assert speakers("وتدرس كتب التاريخ الصينية حقيقة أن الجيوش أسهمت في الفوضى.") == []
    assert speakers("وقالت الباحثة سلمى العلي التي ترأس المجموعة التي كتبت القواعد “ربما يكون موعد الأكل مهما”.") \
        == ["سلمى العلي"]
    assert speakers("وكتب على لافتة علقت قرب الجدار \"احبس بولك\". وقالت جوردون إن التكلفة عالية.") == ["جوردون"]


def test_once_more_is_no_subject() -> None:
    # وأكد مرة أخرى بأن: "once more" was read as the subject; the one speaking goes on (as after أيضا)
    said = "وقال الوزير خالد العمري إن الخطة تسير. "
    assert speakers(said + "وأكد مرة أخرى بأن الأمم المتحدة مسؤولة.") == ["خالد العمري", "خالد العمري"]
    assert speakers(said + "وأكد مرة ثانية رئيس الوزراء سامي الحربي أن الخطة ناجحة.") == ["خالد العمري", "سامي الحربي"]


def test_the_seat_of_a_body_is_no_part_of_its_name() -> None:
    # المنظمة الدولية ومقرها جنيف قالت: the aside on the seat joined the speaker, or stood for it alone
    assert speakers("وقالت المنظمة الدولية ومقرها جنيف إن الدول ستستفيد.") == ["المنظمة الدولية"]
    assert speakers("وأوضح معهد الاقتصاد الألماني، ومقره كولونيا، في دراسة أن النمو ضعيف.") == ["معهد الاقتصاد الألماني"]
    assert speakers("وقال الوزير إن الخطة تسير. لكن المنظمة الدولية ومقرها جنيف قالت إن الدول ستستفيد.")[1] \
        == "المنظمة الدولية"


def test_a_verbal_noun_of_existence_or_need_heads_an_object() -> None:
    # وأكد وجود توجه جاد ...، لافتا إلى أن: وجود (as عدم) heads the verb's object even when an indefinite word ends
    # it; the one speaking goes on
    said = "وقال الخبير خالد العمري إن الأسعار منخفضة. "
    assert speakers(said + "وأكد وجود توجه جاد للإبقاء على الأسعار، لافتا إلى أن الدولة تدعم السلع.") \
        == ["خالد العمري", "خالد العمري"]


def test_a_verb_with_its_own_words_closes_no_quote_before_it() -> None:
    # …، ومنها "عدد كبير …"، وأضاف سميث أن: a quoted phrase inside the words already reported was given to the next
    # verb as well, which opens its own words after its subject
    text = ("وقال الخبير غرايم سميث إن القوات تمتلك 83 مروحية للنقل، ومنها \"عدد كبير تحت الصيانة خلال موسم القتال\"، "
            "وأضاف سميث أن \"الصيانة تمثل مشكلة جدية\".")
    assert speakers(text) == ["غرايم سميث", "غرايم سميث"]
    assert speakers("\"لا يوجد أصعب من وداع المكان الذي تحبه\"، قال اللاعب ماريو سواريز.") == ["ماريو سواريز"]


def test_bayyana_with_an_aside_between_commas_is_explained() -> None:
    # وبين الجريبي، في تصريح لمراسل …، عقب …، أن: بين without its shadda, a short subject, then an aside between
    # commas up to أن: "explained" (it was read as "between": too far from أن)
    assert speakers("وبين الوزير خالد العمري، في تصريح لمراسل الإذاعة، على هامش اجتماع المجلس اليوم الخميس، أن "
                    "المخزون كاف.") == ["خالد العمري"]
    assert speakers("وتراوحت الأسعار بين تونس، والجزائر، والمغرب، وليبيا، ومصر، والسودان، والأردن، وأكد الوزير أن "
                    "السوق مستقرة.") == ["الوزير"]
