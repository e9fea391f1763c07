"""Quotation speakers, round r106: a bare verb (وأضاف، وأشار) carried over from the one who spoke last, when the
person who speaks is the topic of أما set off by an apposition (أما فلان، المستشار في الشركة، فأكد): the topic is the
speaker and goes on, not the one before it nor a word of a heading."""

from __future__ import annotations

from quote_rounds import speakers


def test_amma_topic_after_a_heading_is_not_shifted() -> None:
    # الاقتصاد قوي (a heading) أما الدكتور فلان، ...، فبين: the topic (its apposition's في makes no adverbial of it),
    # not a word of the heading; وأضاف goes on with him
    assert speakers("وقال المهندس خالد العمري إن السوق مستقرة. الاقتصاد قوي أما الدكتور سالم باعجاجة، وكيل كلية "
                    "العلوم في جامعة الطائف، فبين أن الاقتصاد متين. وأضاف أن الثقة كبيرة.") \
        == ["خالد العمري", "سالم باعجاجة", "سالم باعجاجة"]


def test_amma_topic_a_name_the_lexicon_does_not_know() -> None:
    # أما ماريا كابيلو، المستشارة في ...، فأكدت: two words without the article before an office are the person
    assert speakers("وقالت فاطمة الزهراني إن الأمر جيد. أما ماريا كابيلو، المستشارة في مديرية جنوب الكويت بشركة نفط "
                    "الكويت، فأكدت أن الجوائز مرموقة. وأضافت أن الجائزة مهمة.") \
        == ["فاطمة الزهراني", "ماريا كابيلو", "ماريا كابيلو"]


def test_an_adverbial_amma_still_carries_the_last_speaker() -> None:
    # أما فيما يتعلق بالطرق، فأوضح: no person in the topic, the one speaking goes on (unchanged)
    assert speakers("وقال المهندس عدنان السيد إن المشاريع تسير. أما فيما يتعلق بمشاريع الطرق، فأوضح المهندس السيد "
                    "أن العمل مستمر.")[-1] in ("عدنان السيد",)
    assert speakers("وقال المهندس عدنان السيد إن المشاريع تسير. أما في الجانب الآخر، فأوضح أن العمل مستمر.") \
        == ["عدنان السيد", "عدنان السيد"]


def test_a_body_after_a_lead_adverbial_goes_on_in_the_participle() -> None:
    # من ناحيتها طالبت حركة حماس بـ...، مؤكدة أن: the body whose verb follows the lead (طالبت is a verb, not البت), not
    # the man who spoke in the sentence before
    assert speakers("وأوضح القيادي سلطان أبو العينين أنه طالب بتسليح الشعب. من ناحيتها طالبت حركة حماس بتصعيد "
                    "المقاومة، مؤكدةً أن لغة المقاومة هي اللغة الوحيدة.") == ["سلطان أبو العينين", "حركة حماس"]
    assert speakers("وقال الوزير خالد سالم إن الوضع هادئ. من جهتها طالبت هيئة الرقابة بتشديد العقوبات، مشيرة إلى أن "
                    "المخالفات كثيرة.") == ["خالد سالم", "هيئة الرقابة"]


def test_a_feminine_participle_after_a_man_named_is_not_his() -> None:
    # يقول محمد فلان ...، ثم لكنها ...، معتبرة أن: a man named is never loosely feminine; the woman the rules cannot
    # name speaks, not he
    found = speakers("يقول محمد عبدالوهاب في مذكراته: إن القصة بدأت عندما زاره عازف الكمان. وطلب منها إضافة الجيتار "
                     "لكنها لم تمتنع، معتبرة أن فرقتها تخت شرقي.")
    assert found[0] == "محمد عبدالوهاب" and found[1:] in ([], [None])
    found = speakers("ويضيف خالد طواشي: برغم الأسعار المرتفعة هناك من يشتري. وعند سؤالها عن سبب الهوس ابتسمت مؤكدة "
                     "أن الاعتماد قديما كان على الفل.")
    assert found[0] == "خالد طواشي" and "خالد طواشي" not in found[1:]


def test_a_body_still_agrees_loosely() -> None:
    # وقالت وزارة الصحة ... وأضاف: a body, the agreement loose, it goes on (unchanged)
    assert speakers("وقالت وزارة الصحة إن الوضع مستقر. وأضاف أن الحالات قليلة.") == ["وزارة الصحة", "وزارة الصحة"]
