"""Quotation speakers, round speakers-r29: failure kinds found in a judged sample of quotations predicted over
SaudiNewsNet and ANT (tests/gold/facts/README.md), each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_relative_joined_by_wa_after_a_full_name_has_that_name_as_subject() -> None:
    # والتقت أيضا بفلان الفلاني والذي ذكر أن: the one met speaks, not the body quoted earlier
    text = ("وقال المركز الإعلامي للمهرجان إن عدد الزوار تجاوز عشرة آلاف زائر، والتقت أيضا بنايف العتيبي "
            "والذي ذكر أن المكان مريح للعائلات.")
    assert speakers(text) == ["المركز الإعلامي للمهرجان", "نايف العتيبي"]
    text = ("وقال المركز الإعلامي للمهرجان إن عدد الزوار تجاوز عشرة آلاف زائر، والتقت اللجنة المواطن سالم "
            "الحربي والذي ذكر أن المكان مريح للعائلات.")
    assert speakers(text) == ["المركز الإعلامي للمهرجان", "سالم الحربي"]
    # والتي with a feminine verb: a woman's name (in ة, or أم) speaks
    text = ("وأوضحت إدارة المهرجان أن الفعاليات متنوعة، والتقت الصحيفة بنورة القحطاني والتي أكدت أن "
            "التنظيم ممتاز.")
    assert speakers(text) == ["إدارة المهرجان", "نورة القحطاني"]


def test_a_relative_after_a_thing_named_after_a_man_is_no_name_speaking() -> None:
    # قاعدة فلان التي وضعها العالم آرثر طومسون والتي قالت: the feminine verb agrees with the rule, not the man
    text = ("وقالت الدراسة إن شكل الأنف تأثر بالمناخ، وهي تدعم قاعدة قديمة وضعها العالم آرثر طومسون والتي "
            "قالت إن الأنوف الطويلة تكثر في المناطق الباردة.")
    assert "آرثر طومسون" not in speakers(text)
    # ذاكرة من نوع UFS 2.0 والتي قالت عنها: a product with Latin letters and digits is no name
    text = ("وقالت الشركة إن الهاتف الجديد يدعم ذاكرة من نوع UFS 2.0 والتي قالت عنها إنها أسرع بمرتين.")
    assert all("UFS" not in s for s in speakers(text))


def test_a_body_name_keeps_its_last_word() -> None:
    # قوة المهام المشتركة: the feminine adjective after the head and its complement ends the body's name
    text = "قالت قوة المهام المشتركة في بيان اليوم إن الطائرات شنت 18 غارة على مواقع التنظيم."
    assert speakers(text) == ["قوة المهام المشتركة"]
    # a person's name followed by her title stays the name, and a person's noun takes no adjective as a body's
    text = "وقالت فاطمة الزهراء المتحدثة باسم الجمعية إن الحملة مستمرة."
    assert speakers(text) == ["فاطمة الزهراء"]
    text = "وقالت سيدة الأعمال السعودية رئيسة لجنة الأزياء أميمة عزوز: إن فرحة العيد لا تضاهيها فرحة."
    assert speakers(text) == ["أميمة عزوز"]


def test_a_relative_after_a_body_in_construct_with_a_place_has_the_body_as_subject() -> None:
    # بيان جامعة تبوك التي أكدت فيه: the university speaks, not the city
    text = "وردت جامعة تبوك التي أكدت في بيانها أن الرغبة كانت العاشرة في ترتيب الطالبة."
    assert speakers(text) == ["جامعة تبوك"]


def test_a_participle_takes_no_present_verb_as_its_speaker() -> None:
    # لم تشتري سوى المشغل مشيرا: تشتري is a verb (the lexicon has it with ي and ت), never a name
    text = ("وبين النائب عتيق في مداخلته الى وجود شك تجاه ديون الشركة المالطية مما يعني ان الشركة لم تشتري "
            "سوى المشغل مشيرا الى ان الشركة باعت عقاراتها.")
    assert speakers(text) == ["عتيق"]


def test_ala_anna_after_announcing_is_a_proviso() -> None:
    # أعلنت الإدارة عن فتح باب الترشح ...، على أن تعقد: "provided that", no words reported
    text = ("أعلنت إدارة النادي عن فتح باب الترشح لانتخاب مجلس إدارة جديد اعتبارا من اليوم ولمدة 15 يوما، "
            "على أن تعقد الجمعية العمومية اجتماعها في الشهر المقبل.")
    assert speakers(text) == []
    # أن after أعلن stays its complementizer, and على أن after أكد stays "that"
    text = "وأعلنت الوزارة أن التسجيل سيبدأ غدا على أن يستمر أسبوعا. وأكد الوزير على أن الحكومة لن تستقيل."
    assert speakers(text) == ["الوزارة", "الوزير"]


def test_the_present_verb_rule_leaves_nisbas_and_the_naming_verb() -> None:
    # سياسي يمني: a nisba (اليمني takes the article), and يدعى brings the name of the one described
    assert speakers("وقال سياسي يمني لرويترز: «يتحدثون إليه لإخراجه من البلد».") == ["سياسي يمني"]
    assert speakers("وقال مقيم أردني يدعى محمد إن المقيمين يندمجون بسرعة.") == ["محمد"]


def test_a_verb_on_a_statement_after_a_comma_has_its_giver_as_speaker() -> None:
    # ثم ألقى فلان كلمة ... في الحفل، أوضح فيها أن: the one who gave the speech speaks, not a word before it
    text = ("افتتح الأمير المهرجان مساء أمس. ثم تجول سموه في صالات المعرض، ثم ألقى مدير المهرجان خالد "
            "العمري كلمة اللجنة المنظمة في الحفل، أوضح فيها أن المهرجان يحظى بدعم كبير.")
    assert speakers(text) == ["خالد العمري"]
    text = "وأصدرت وزارة الصحة بيانا مساء أمس، أكدت فيه أن الوضع تحت السيطرة."
    assert speakers(text) == ["وزارة الصحة"]
