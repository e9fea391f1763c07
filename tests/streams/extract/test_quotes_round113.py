"""Quotation speakers, round r113: kinds the errors of the opened S49 and S50 showed (a name cut at the wrong place
and carried through an article), each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_first_name_that_opens_on_ba_after_a_nisba_stays_whole() -> None:
    # الإيراني بيجن نامدار زنكنه: يجن is no place (not بحائل محمد الطيار), so ب is the name's own letter
    text = "قال وزير النفط الايراني بيجن نامدار زنكنه اليوم ان بلاده ستعود الى انتاجها السابق."
    assert speakers(text, tagged=True) == ["بيجن نامدار زنكنه"]
    # a place after ب still gives way to the name after it
    assert speakers("وقال مدير الهلال الأحمر بحائل محمد الطيار إن الفرق جاهزة.", tagged=True) == ["محمد الطيار"]


def test_a_foreign_name_bounded_by_a_nisba_and_an_occasion_is_whole() -> None:
    # الماليزي ليو تيونج لاي في بيان: لاي is the last word of the name (no ل + outlet letters, no addressee)
    text = "وقال وزير النقل الماليزي ليو تيونج لاي في بيان إن الحطام جزء من الطائرة المفقودة."
    assert speakers(text, tagged=True) == ["ليو تيونج لاي"]


def test_a_service_after_a_military_rank_is_no_name_word() -> None:
    # النقيب بحري عمر الأكلبي: بحري belongs to the rank
    text = "وأكد المتحدث باسم حرس الحدود، النقيب بحري سالم الزهراني، بأن البحث عن المفقودين مستمر."
    assert speakers(text, tagged=True) == ["سالم الزهراني"]
    assert speakers("وقال العقيد طيار فهد القحطاني إن الطائرة هبطت بسلام.", tagged=True) == ["فهد القحطاني"]


def test_a_first_name_like_an_office_after_a_degree_opens_the_name() -> None:
    # أستاذ … بجامعة الزقازيق الدكتور أمين عامر: أمين after الدكتور is his first name, not the office أمين
    text = "ويقول أستاذ أمراض الجلدية بجامعة القاهرة الدكتور أمين سالم: إن كثيرا من الناس لا يجففون جلدهم."
    assert speakers(text, tagged=True) == ["أمين سالم"]


def test_an_office_word_closing_the_subject_after_a_fathers_name_is_the_family_name() -> None:
    # المهندس محمد بن عبدالرحمن المخرج أن: المخرج is his family name, not a second office
    text = "وأكد رئيس لجنة الانتخابات المهندس سعد بن عبدالله المخرج أن المراكز جاهزة لاستقبال الناخبين."
    assert speakers(text, tagged=True) == ["سعد بن عبدالله المخرج"]


def test_the_holder_named_after_an_office_for_a_body() -> None:
    # النائب عن حركة النهضة صحبي عتيق في تصريح: the deputy by name, not النائب
    text = "قال النائب عن حركة النهضة صحبي عتيق في تصريح للإذاعة، إن هناك أطرافا لا تريد الحوار."
    assert speakers(text, tagged=True) == ["صحبي عتيق"]
    text = "قال النائب عن حركة النهضة في تصريح للإذاعة، إن هناك أطرافا لا تريد الحوار."
    assert speakers(text, tagged=True) == ["النائب عن حركة النهضة"]  # (stop 36: the party he sits for, as the sets
    # write it: النائب عن الجبهة الشعبية، النائب عن حزب صوت الفلاحين)


def test_a_dual_body_names_both_its_fields() -> None:
    # وزارتا الصحة والنقل في بيان مشترك: both ministries speak
    text = "أكدت وزارتا الصحة والنقل في بيان مشترك لهما، أن الحادث أسفر عن وفاة شخصين."
    assert speakers(text, tagged=True) == ["وزارتا الصحة والنقل"]


def test_a_country_shaped_like_a_participle_speaks() -> None:
    # قالت ماليزيا اليوم الأحد إن: a country the gazetteer holds, not an accusative participle like مشيرا
    text = "قالت ماليزيا اليوم الأحد إن الحطام الذي عثر عليه جزء من الطائرة المفقودة."
    assert speakers(text, tagged=True) == ["ماليزيا"]
    assert speakers("وقالت موريتانيا إن الحدود آمنة.", tagged=True) == ["موريتانيا"]


def test_a_verbs_owned_object_inside_reported_words_does_not_speak_on() -> None:
    # … في فضح المجرمين وكشف خفاياهم لأنهم دعاة ضلال. وأوضح أن: كشف's object is no new speaker
    text = ("وقال الشيخ سعد الغامدي إن الفئة الضالة شذت عن الأمة. وشدد على أن المؤمن يتعاون في فضح المجرمين "
            "وكشف خفاياهم لأنهم دعاة ضلال. وأوضح أن المؤمن القوي يقف مع المظلوم.")
    assert speakers(text, tagged=True) == ["سعد الغامدي"] * 3


def test_a_place_whose_name_opens_on_ba_is_no_glued_preposition() -> None:
    # قائد شرطة باريس ميشال كادو: باريس is a place whole, not ب + a place; the name after it speaks
    text = "وأعلن قائد شرطة باريس ميشال كادو، أن أحد العسكريين أصيب بجروح طفيفة."
    assert speakers(text, tagged=True) == ["ميشال كادو"]
