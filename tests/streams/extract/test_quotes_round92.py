"""Quotation speakers, round r92: kinds rounds r89 and r90 left, each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers

LEAD = "قال المهندس سعد الغامدي إن المشروع تأخر كثيرا. "


def test_the_one_who_agrees_goes_on_to_speak() -> None:
    # واتفق معه فلان ويقول:، ووافقه في ذلك فلان قائلا: the one agreeing speaks, not the one agreed with
    assert speakers(LEAD + "واتفق معه خالد العتيبي ويقول: نحن ننتظر الافتتاح منذ سنوات.") == \
        ["سعد الغامدي", "خالد العتيبي"]
    assert speakers(LEAD + "ووافقه في ذلك خالد العتيبي قائلا: نحن ننتظر الافتتاح منذ سنوات.") == \
        ["سعد الغامدي", "خالد العتيبي"]
    assert speakers(LEAD + "ويتفق معه عبدالله الحربي -معلم- ويقول: نحن ننتظر الافتتاح.") == \
        ["سعد الغامدي", "عبدالله الحربي"]
    assert speakers("قالت سارة الأحمد إن المشروع تأخر كثيرا. ووافقتها بالرأي منى السالم وأضافت أن الناس"
                    " ينتظرون الافتتاح.") == ["سارة الأحمد", "منى السالم"]


def test_agreeing_needs_its_own_clause() -> None:
    # (one of those who agreed, before its verb, speaks: واتفق معه مغردون كثر، أحدهم قال)
    assert speakers("قال مغرد إن الوضع سيئ. واتفق معه مغردون كثر، أحدهم قال: «الوضع سيئ فعلا».") == \
        ["مغرد", "أحدهم"]
    # (an aside between dashes after the name is no part of it)
    assert speakers(LEAD + "مشهد جميل ويتفق معه عبدالله الحربي -معلم- ويقول: نحن ننتظر الافتتاح.") == \
        ["سعد الغامدي", "عبدالله الحربي"]
    # (a blessing أيده الله is no one agreeing; the one speaking goes on)
    assert speakers("قال الوزير إن الملك - أيده الله - حريص على الدعم. وأكد أن الدعم مستمر.") == ["الوزير"] * 2


def test_the_one_asked_in_a_clause_of_time_answers() -> None:
    # وعندما سئل فلان عن … قال إن، وحين سئلت فلانة عن …، قالت: the subject of the passive سئل answers
    assert speakers(LEAD + "وعندما سئل خالد العتيبي عن الموعد قال إن الناس ينتظرون الافتتاح.") == \
        ["سعد الغامدي", "خالد العتيبي"]
    assert speakers(LEAD + "وحين سئلت منى السالم عن الموعد، قالت: الناس ينتظرون الافتتاح.") == \
        ["سعد الغامدي", "منى السالم"]
    # (with no subject written after سئل, the one speaking goes on)
    assert speakers(LEAD + "وحين سئل عن الموعد، قال إن الناس ينتظرون الافتتاح.") == ["سعد الغامدي"] * 2


def test_a_clause_of_time_ends_the_name_before_it() -> None:
    # وقال فلان حين سئل عن … إن: حين opens a clause, no part of the name
    assert speakers("وقال إيرنست حين سئل عن القاعدة الجوية إن الأمر سري.") == ["إيرنست"]
    assert speakers("وأكد جاسم المطوع عندما سئل عن الخطة أن العمل مستمر.") == ["جاسم المطوع"]


def test_a_joined_clause_gives_its_subject() -> None:
    # فقد الزوج صوابه …، هربت فلانة إلى … وأعلنت أنها: the subject of the clause the speech verb is joined to
    assert speakers("فقد الزوج صوابه وقرر حرق المنزل، هربت مارغريت كين إلى هاواي وأعلنت من هناك أنها صاحبة"
                    " الأعمال.") == ["مارغريت كين"]
    # (an object after the clause's verb names no one: the sentence's subject speaks)
    assert speakers("تجمعت الحشود في الساحة، ورفعت لافتات وأكدت أن المطالب واضحة.") == ["الحشود"]


def test_a_named_speaker_with_a_long_relative_clause_before_an() -> None:
    # أكد الدكتور فلان رئيس الخلية التي أحدثتها … اليوم أن: a long subject with no comma, still the one speaking
    assert speakers("أكد الدكتور سهيل بنور رئيس خلية المتابعة النفسية التي أحدثتها وزارة الصحة على إثر العملية"
                    " الأخيرة التي جدت بنزل في المدينة وضيف برنامج صباح الورد اليوم الاثنين أن الخلية قامت بالتدخل"
                    " السريع.") == ["سهيل بنور"]
    # (a quoted name inside the relative clause)
    assert speakers('أكد الدكتور سهيل بنور رئيس خلية المتابعة التي أحدثتها وزارة الصحة إثر العملية التي جدت بنزل'
                    ' "النخيل" بسوسة وضيف برنامج صباح الورد اليوم الاثنين أن الخلية تدخلت بسرعة.') == ["سهيل بنور"]
