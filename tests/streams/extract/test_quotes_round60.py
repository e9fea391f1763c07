"""Quotation speakers, round r60: kinds found among the errors of the opened S19 and S20, each as a short
constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_native_of_a_place_is_no_first_name() -> None:
    # مواطن أصيل أكودة (Tunisian press: "a citizen from Akouda"): the citizen speaks, أصيل is no first name
    text = "أكد مواطن أصيل قصر هلال في تصريح إذاعي أن ابنه تعرض لاعتداء. وأوضح المواطن أن المعتدين فروا."
    assert speakers(text) == ["مواطن أصيل قصر هلال", "المواطن"]
    text = "وأكدت مواطنة أصيلة المضيلة أن ابنها مفقود منذ أسبوع."
    assert speakers(text) == ["مواطنة أصيلة المضيلة"]


def test_a_speaker_whose_family_name_opens_on_lam_is_whole() -> None:
    # علي لطفي: the ل of لطفي is no addressee (دمرداش لرويترز), so not أبو علي met before
    text = ("وقال الخبير سامي أبو علي، وزير المالية الأسبق، إن المشروع ناجح. من جانبه قال الدكتور علي لطفي، "
            "رئيس الوزراء الأسبق، إن القناة ستمثل مركز التنمية.")
    assert speakers(text) == ["سامي أبو علي", "علي لطفي"]


def test_did_before_a_deed_is_no_name() -> None:
    # المشرفة على المبنى، قام بحمل ...: قام opens the verb after an unnamed subject, no person named after an office
    text = ("وحين طلبت منه الخروج عند زيارة المشرفة على المبنى، قام بحمل حقيبة وهددها بها. وقالت المشرفة على "
            "المبنى في أقوالها إن الطالب كان يتحدث معها بطريقة عنصرية.")
    assert speakers(text) == ["المشرفة"]
    # but a name after قام is the person (قام فلان مستشار المحافظ بفتح ...، وقال مستشار المحافظ)
    text = ("حيث قام سامي كامل مستشار محافظ أسيوط لشؤون الإعاقة، بفتح قبر والديه. وقال مستشار محافظ أسيوط: "
            "\"إن ما فعله كان لأخذ العبرة\".")
    assert speakers(text) == ["سامي كامل"]


def test_a_pronoun_or_a_need_after_the_verb_is_its_object() -> None:
    # شددوا عليه بضرورة الخروج، قال إنها: عليه is the one spoken to; واكد ضرورة "…": a need, quoted or not
    text = "وحين شددوا عليه بضرورة الخروج قال إنها قنبلة."
    assert "عليه بضرورة الخروج" not in speakers(text)
    text = 'واستنكر الحزب في بيانه ما وصفه بالتقصير، واكد ضرورة "اعتماد خطط حدودية مضبوطة".'
    assert "ضرورة" not in speakers(text)


def test_the_families_of_the_named_speak_on() -> None:
    # أعرب ذوو الشهداء عن شكرهم، مؤكدين أن: the families, not the prince who spoke before
    text = ("وقال الأمير سعد بن فهد إن الدولة ستضرب بيد من حديد. من جهتهم أعرب ذوو الشهداء عن شكرهم للقيادة على "
            "مواساتها، مؤكدين أن هذا هو ديدنها.")
    assert speakers(text) == ["سعد بن فهد", "ذوو الشهداء"]
    text = ("وقال الوزير خالد سعيد إن التحقيق جار. وأعرب أهالي الضحايا عن شكرهم للقيادة، مؤكدين أن هذا هو ديدنها.")
    assert speakers(text) == ["خالد سعيد", "أهالي الضحايا"]


def test_what_the_new_rules_leave_alone() -> None:
    # the Prophet named by his blessing keeps speaking (عليه الصلاة والسلام is no pronoun object; since r267 the
    # formula alone is given as النبي, not as its first words); the name علية stays a name; a people plural (السكان) takes no first name from a verb before it (بنى السكان)
    assert speakers("كما قال عليه الصلاة والسلام: «خيرهما الذي يبدأ بالسلام».") == ["النبي"]
    assert speakers("وقالت علية العلاني إن الخطة تسير.") == ["علية العلاني"]
    text = ("في عام 2001، قامت السلطات بهدم منازل السكان في القرية. بنى السكان منازل على أراضيهم. "
            "ويقول السكان إن الإدارة تسعى لترحيلهم.")
    assert speakers(text) == ["السكان"]
