"""Quotation speakers, round r13: failure kinds found in the opened blind set v17
(tests/gold/facts/README.md), each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_clause_after_an_unnamed_source_is_no_name() -> None:
    # مصادر مطلعة، رفضت الكشف عن هويتها،: a clause between commas on an unnamed source describes it (the run of
    # its verb and a definite verbal noun is no name); the source or the outlet quoting it speaks
    text = "وذكرت وكالة رويترز نقلا عن مصادر أمنية مطلعة، رفضت الكشف عن هويتها، أن الطائرة سقطت قرب المطار."
    assert speakers(text)[0] in ("وكالة رويترز", "مصادر أمنية مطلعة")
    assert speakers("وقال مصدر أمني، رفض الكشف عن هويته، إن الطائرة سقطت قرب المطار.") == ["مصدر أمني"]
    assert speakers("وقال مسؤولون محليون، رفضوا الكشف عن هوياتهم، إن الطائرة سقطت.") == ["مسؤولون محليون"]
    # a name in apposition after a described official still is the name
    assert speakers("وقال مسؤول الإعلام، خالد الصالح، إن الطائرة سقطت قرب المطار.") == ["خالد الصالح"]


def test_definite_description_close_to_someone_keeps_its_complement() -> None:
    # الصحيفة المقربة من النادي: the definite adjective of closeness governs من, the description goes on (as مصدر
    # مقرب من الوزير already did)
    text = "وقالت الصحيفة المقربة من النادي الملكي إن المدرب باق في منصبه."
    assert speakers(text) == ["الصحيفة المقربة من النادي الملكي"]
    text = "وأكدت المصادر القريبة من التحقيق أن المتهم اعترف."
    assert speakers(text) == ["المصادر القريبة من التحقيق"]
    # a place after a plain description is not taken in
    assert speakers("وقالت الوزارة من جهتها إن المشروع اكتمل.") == ["الوزارة"]


def test_paper_name_that_folds_like_a_particle() -> None:
    # صحيفة إيه بولا: إيه folds like أية ("any", which opens an object), but after a bare institution head in
    # construct it begins the name
    text = "وأضافت صحيفة إيه بولا البرتغالية أن اللاعب يرغب في الرحيل."
    assert speakers(text) == ["صحيفة إيه بولا البرتغالية"]
    # an object after a definite subject still ends it
    assert speakers("ولم تؤكد الصحيفة أية معلومات عن الصفقة، لكنها قالت إن اللاعب يرغب في الرحيل.") == ["الصحيفة"]


def test_wire_agency_after_a_description_is_spoken_to() -> None:
    # مصدر عسكري آخر لفرانس برس: ل glued to a wire agency ends the description as after a name (سيف لفرانس برس)
    text = "وقال مصدر عسكري آخر لفرانس برس إن الجيش استعاد المدينة."
    assert speakers(text) == ["مصدر عسكري آخر"]
    text = "وأكد المتحدث باسم الجيش لرويترز أن القوات استعادت المدينة."
    assert speakers(text) == ["المتحدث باسم الجيش"]


def test_marks_inside_a_pointing_verbs_object_are_no_words() -> None:
    # أشار إلى مقتل ... «…»: إلى has its noun object before the marks, which quote a phrase inside it (the blind
    # gold marks no quotation); marks right after إلى still are the words (مشيرا إلى "…")
    text = ("وأشارت مصادر عسكرية إلى مقتل ثمانية أشخاص بينهم ثلاث «جثث ملقاة أمام الفندق الكبير» في المدينة.")
    assert speakers(text) == []
    text = "وأشار المتحدث باسم الشرطة إلى «أن التحقيقات ما زالت جارية في الحادث»."
    assert speakers(text) == ["المتحدث باسم الشرطة"]
    # a participle pointing at someone after its verb leaves the marks to that verb
    text = "وقال الوزير مشيرا إلى نظيره «سمعت زميلي يقول كلاما لا أقبله أبدا»."
    assert speakers(text) == ["الوزير"]


def test_unnamed_source_with_its_verb_inside_reported_words() -> None:
    # إلى مصدر موثوق أكد لها أن: inside a paper's reported words, an indefinite source right before a speech verb
    # (a clause on it with no relative pronoun) reports its own words, as dev gold marks أن عائلة عمر قالت إن
    text = "وأضافت الصحيفة أن معلوماتها تستند إلى مصدر موثوق أكد لها أن الوزير سيستقيل قريبا."
    assert speakers(text) == ["الصحيفة", "مصدر موثوق"]
    text = "وأضافت الصحيفة أن مصادر أمنية أكدت لها أن الوزير سيستقيل قريبا."
    assert speakers(text) == ["الصحيفة", "مصادر أمنية"]
    # a definite subject inside the words still opens no quotation of its own (أن التحريات كشفت أن)
    assert speakers("وقال المصدر إن التحريات كشفت أن المتهم هرب.") == ["المصدر"]


def test_verb_with_its_own_complementizer_closes_no_quote_before_it() -> None:
    # عنوان "…"، وقال إن: a title in marks, then a verb that opens its own words through إن; the verb does not
    # close the marks before it (as «…»، وأضافت: «…» already did not)
    text = ("وأشار الوزير إلى الاتفاق الذي يحمل عنوان «خارطة الطريق للتعاون المشترك»، وقال إن الوثيقة سرية.")
    assert speakers(text) == ["الوزير"]
    text = "ووصف الوزير الاتفاق بأنه «خطوة تاريخية نحو السلام الدائم»، وقال إن الوثيقة سرية."
    assert "إن الوثيقة" not in speakers(text)


def test_marks_right_after_a_revealing_verbs_an_are_words() -> None:
    # أعلن/كشف/أفاد ... عن «…»: the words follow عن as أشار's follow إلى (the blind gold marks them); عن before the
    # marks is no longer taken for an adverbial before a quoted name for these verbs only
    text = "وكانت الحكومة أعلنت مساء الجمعة في «حصيلة مؤقتة» عن «خمسة قتلى وجريحين اثنين» من القوات."
    assert speakers(text) == ["الحكومة"]
    text = "وكشفت الصحيفة عن «خطة سرية لتقليص عدد الموظفين في الشركة»."
    assert speakers(text) == ["الصحيفة"]
    # other verbs before عن: the topic, no words
    assert speakers("وتحدث الوزير عن «مرحلة جديدة من التعاون بين البلدين» خلال اللقاء.") == []
