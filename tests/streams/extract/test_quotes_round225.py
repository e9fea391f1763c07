"""Quotation speakers, round r225 (errors of the fresh sets S61–S64, opened); constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_specialists_title_ends_the_name() -> None:
    text = ("وحذر عثمان القصبي اختصاصي أول علاج طبيعي للعظام، اللاعبين من مغبة تناول أي أدوية. "
            "وأضاف أن الإصابات خطيرة.")
    assert speakers(text, tagged=True) == ["عثمان القصبي"]


def test_morning_before_a_family_name_is_her_first_name() -> None:
    text = ("وقالت صباح العرفاوي أحد أعضاء الاطار التربوي بالمدرسة في تصريح لمراسلة الجوهرة اف ام، إن المدرسين "
            "نفذوا وقفة احتجاجية، مشيرة إلى أنه عند الإنارة تنفجر الأسلاك.")
    assert speakers(text, tagged=True) == ["صباح العرفاوي"] * 2
    assert speakers("وقال صباح الخميس الوزير إن الوضع جيد.", tagged=True) == ["الوزير"]


def test_a_name_then_the_body_spoken_to() -> None:
    text = ('وصرح روبرتو مارتينيز لهيئة الإذاعة البريطانية "بي بى سى" أن هنري قد أبدى موافقته، موضحاً أن الغزال '
            'الفرنسي سيمنح إضافة.')
    assert speakers(text, tagged=True) == ["روبرتو مارتينيز"] * 2


def test_a_body_of_a_region_is_no_first_name() -> None:
    assert speakers("كشفت أمانة منطقة حائل أن عدد زوار المهرجان ارتفع.", tagged=True) == ["أمانة منطقة حائل"]


def test_our_lord_quoted_in_a_sermon_does_not_go_on_speaking() -> None:
    text = ("وقال الشيخ أسامة خياط في خطبة الجمعة إن قتل النفس جريمة، يقول ربنا سبحانه (( من قتل نفسا بغير نفس "
            "فكأنما قتل الناس جميعا ))، وأضاف : متى كان البغي طريقا إلى الجنة.")
    assert speakers(text, tagged=True) == ["أسامة خياط"] * 2


def test_this_confirms_that_is_the_writers_inference() -> None:
    assert speakers("وهذا يؤكد أن هناك خللا كبيرا في سياسة الانتقاء.", tagged=True) == []


def test_an_engineers_abbreviation_before_a_family_name() -> None:
    text = ("ودان المهندس وليد بن عبدالكريم الخريجي عضو مجلس الشورى التفجير. وأفاد م. الخريجي أن هذه الفئة الضالة "
            "لم تراع حرمة.")
    assert speakers(text, tagged=True) == ["وليد بن عبدالكريم الخريجي"]


def test_a_family_name_after_a_fathers_name_is_the_sons() -> None:
    text = ("انطلق الاجتماع السنوي برئاسة مدير عام السجون اللواء إبراهيم بن محمد الحمزي وبحضور مديري السجون. "
            "وقد استهل اللواء الحمزي الاجتماع بكلمة ترحيبية، أكد فيها على التزام المديرية بمراجعة إجراءاتها، "
            "موضحاً ان التوجيهات واضحة.")
    assert speakers(text, tagged=True) == ["إبراهيم بن محمد الحمزي"]


def test_a_country_right_after_the_main_verb_speaks_on() -> None:
    text = "دعت إريتريا مجلس الأمن الدولي، الخميس، إلى تقديم مهربي البشر للعدالة وقالت إن الأمر خطير."
    assert speakers(text, tagged=True) == ["إريتريا"]


def test_a_western_first_name_in_al_is_no_adjective() -> None:
    text = ("وكان السياسي الروسي المعارض أليكسي نافلني أول من أثار القضية، حينما أكد على مدونته أن الساعة لا يقل "
            "سعرها عن 620 ألف دولار.")
    assert "أليكسي" not in speakers(text, tagged=True)[0]


def test_a_speech_verb_with_its_pronoun_is_no_name() -> None:
    text = "وقال بيسكوف إنه لم يشتر الساعة، وهو ما أكدته زوجته، التي أوضحت أن سعر الساعة جرى تضخيمه."
    assert speakers(text, tagged=True) == ["بيسكوف", "زوجته"]


def test_after_the_event_the_main_verb_and_its_subject() -> None:
    text = ("وعقب المباراة حفز رئيس البعثة بتال العتيبي لاعبي المنتخب بمكافآت فورية ووعدهم بمواصلة التحفيز وقال: "
            "\"سرني الروح العالية\".")
    assert speakers(text, tagged=True) == ["بتال العتيبي"]


def test_law_before_a_verb_is_if_but_a_french_names_le_stays() -> None:
    assert speakers("وقال لو جريت إنها مجموعة صعبة.", tagged=True) == ["لو جريت"]
    text = ("ماذا يمكن أن يقوله مثل هذا الشاعر، لو جاء إلى المملكة؟ وحدث هذا فعلا، لكنه لم يكن شاعرا. "
            "يقول الشاعر: واذهب إلى السودة.")
    assert speakers(text, tagged=True) == ["الشاعر"]


def test_a_demonstrative_after_a_preposition_opens_no_inference() -> None:
    # مع ذلك، تقول / وفي ذلك يقول: a preposition's object before the verb, the one speaking goes on
    text = "وقالت تامي إريكسون إن الخطر كبير. مع ذلك، تقول إن الحل ممكن."
    assert speakers(text, tagged=True) == ["تامي إريكسون"] * 2


def test_a_players_business_agent_speaks_not_the_player() -> None:
    text = "أكد وكيل أعمال اللاعب الدولي بواتينغ أن موكله لم يرد على العرض."
    assert speakers(text, tagged=True) == ["وكيل أعمال اللاعب الدولي بواتينغ"]


def test_a_kings_one_name_in_a_bodys_name_then_the_holders() -> None:
    text = ("أكد مدير الشراكة الطبية في جامعة الملك سعود عبد الله الصقعبي في حديثه للصحيفة أن صحة المريض "
            "مستقرة.")
    assert speakers(text, tagged=True) == ["عبد الله الصقعبي"]
    # a sheikh's name after a rank goes on through بن
    text = "أكد الفريق ركن الشيخ راشد بن عبدالله آل خليفة وزير الداخلية البحريني، أن التدخلات مرفوضة."
    assert speakers(text, tagged=True) == ["راشد بن عبدالله آل خليفة"]


def test_a_group_of_people_after_the_main_verb_speaks_in_plural_participles() -> None:
    text = ("استنكر علماء ووجهاء محافظة القطيف الجريمة الإرهابية التي استهدفت رجال الأمن، مؤكدين أن الجريمة لن "
            "تفرق بين مكونات الوطن.")
    assert speakers(text, tagged=True) == ["علماء ووجهاء محافظة القطيف"]


def test_an_office_word_after_a_fathers_name_is_the_family_name_before_the_next_verb() -> None:
    text = "أوضح ذلك المدير العام للتعليم بمنطقة الرياض محمد بن عبدالله المرشد وبين أن اللجنة أعدت رابطًا."
    assert speakers(text, tagged=True) == ["محمد بن عبدالله المرشد"]


def test_a_preposition_with_its_pronoun_is_no_name() -> None:
    text = ("وقال مدرب الهلال جورجيوس دونيس إن الفريق جاهز. وحول غياب اللاعب أوضح مدرب الهلال أنه يقدر الظرف الذي "
            "يمر به اللاعب , مؤكداً أن لديه خيارات كثيرة.")
    assert speakers(text, tagged=True) == ["جورجيوس دونيس"] * 3
