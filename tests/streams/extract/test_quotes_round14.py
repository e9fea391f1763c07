"""Quotation speakers, round r14: failure kinds found in the opened blind set v20
(tests/gold/facts/README.md), each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_name_link_takes_its_complement_past_six_words() -> None:
    # محمد بن نايف بن عبدالعزيز آل سعود: seven words; a name run stopped at six, cutting آل from its family name,
    # so the prince an honorific (سموه) stands for came out as "... عبدالعزيز آل"
    text = ("رأس الأمير محمد بن نايف بن عبدالعزيز آل سعود وزير الداخلية اجتماعا مع قادة القطاعات الأمنية. "
            "وقال سموه: \"إن هذه الحوادث لن تثني عزائمنا\".")
    assert speakers(text) == ["محمد بن نايف بن عبدالعزيز آل سعود"]
    assert speakers(text, tagged=True) == ["محمد بن نايف بن عبدالعزيز آل سعود"]
    text = ("واستقبل الأمير خالد بن سلطان بن عبدالعزيز آل سعود نائب وزير الدفاع الوفد. "
            "وأكد سموه أن التعاون بين البلدين متين.")
    assert speakers(text) == ["خالد بن سلطان بن عبدالعزيز آل سعود"]
    # a six-word name with no link at its end still ends there
    text = "وقال الشيخ عبدالعزيز بن عبدالله آل الشيخ المفتي العام إن الفتوى صدرت."
    assert speakers(text) == ["عبدالعزيز بن عبدالله آل الشيخ"]


def test_god_is_named_in_full() -> None:
    # قال الله تعالى: الله is no one-word name to be filled out from a run that ends with it (نهى الله, where
    # نهى is read as a woman's first name) nor from a tagger's span over a blessing (أبي هريرة رضي الله)
    text = ("وقد نهى الله تعالى عن قتل النفس في كتابه. وثبت عن أبي هريرة رضي الله عنه حديث في ذلك. "
            "قال الله تعالى: \"ولقد كرمنا بني آدم\".")
    assert speakers(text) == ["الله"]
    assert speakers(text, tagged=True) == ["الله"]


def test_a_body_named_after_people_keeps_its_head() -> None:
    # بنك أوف أمريكا ميريل لينش: the tagger finds a person inside the bank's name; the speaker is the bank, not the
    # person its name holds (a run headed by بنك or مصرف, or by an institution such as شركة, is kept whole)
    text = "أوضح بنك أوف أمريكا ميريل لينش، أمس، أن المستثمرين سحبوا 2.8 مليار دولار من الأسواق الناشئة."
    assert speakers(text, tagged=True) == ["بنك أوف أمريكا ميريل لينش"]
    assert speakers("وقال بنك باركليز إن الأسعار ستتراجع.", tagged=True) == ["بنك باركليز"]
    # a name run after a place still shrinks to the person found inside it
    text = "وقال المدرب طارق الحداد إن الفريق جاهز."
    assert speakers(text, tagged=True) == ["طارق الحداد"]


def test_a_feminine_noun_keeps_its_adjective_in_ya() -> None:
    # دورة تدريبية: one word in ة that is no first name, then its -ية adjective: a description, not a name an abstract
    # noun follows (ويلي نياميتوي | مسؤولية still ends a name)
    text = "كشفت دورة تدريبية بملتقى المدينة الشبابية أن الشباب يحتاجون إلى التوعية."
    assert speakers(text)[0].startswith("دورة تدريبية")
    assert speakers("وقالت فاطمة الزهراء إن التربية مهمة.") == ["فاطمة الزهراء"]
    # a nisba is no such noun: متحدثة عسكرية إسرائيلية stays the office's description
    assert speakers("وقالت متحدثة عسكرية إسرائيلية إن عددا من المشتبه بهم اقتربوا من السياج.") == [
        "متحدثة عسكرية إسرائيلية"]


def test_lafit_without_ila_is_a_sign_or_an_adjective() -> None:
    # لافتة كتب فيها "…": the sign the words were written on, not "pointing out"; the participle has its إلى
    text = "ورفع المهاجمون لافتة كتب فيها نص تصريح أدلى به الرئيس مطالبا برأس \"100 مسلم مقابل كل قتيل\"."
    assert speakers(text) == []
    text = "وحقق الفريق فوزا لافتا على ضيفه. وقال المدرب إن اللاعبين قدموا مباراة كبيرة."
    assert speakers(text) == ["المدرب"]
    text = "وقال الوزير إن المشروع اكتمل، لافتا النظر إلى أن التكلفة بلغت مليون ريال."
    assert speakers(text) == ["الوزير", "الوزير"]
    text = "وذكرت وسائل إعلام محلية أن الرئيس أصيب، لافتة إلى أن الحادث وقع صباحا."
    assert speakers(text) == ["وسائل إعلام محلية", "وسائل إعلام محلية"]

    # a complementizer right after it keeps the participle (لافتا أنه)
    text = "وقال الحكم إن اللجنة ليست كافية، لافتاً أنه لا يوجد حكام محترفون."
    assert speakers(text) == ["الحكم", "الحكم"]
