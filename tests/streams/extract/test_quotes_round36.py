"""Quotation speakers, round r36: a name of four words with بن (a first name, the father's, بن, the grandfather's
or family) keeps its first name. Found by the tagger's PERS spans starting before the speaker over unread text
(SaudiNewsNet < 4000, ANT < 2000), each kind as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_first_name_and_the_fathers_before_bin() -> None:
    # راشد أحمد بن فهد: two first names, then بن: one person's name from its first word
    assert speakers("وقال الدكتور ماجد أحمد بن سالم وزير الزراعة إن الموسم جيد.") == ["ماجد أحمد بن سالم"]
    assert speakers("وقال خالد محمد بن سعيد إن الفريق مستعد للمباراة.") == ["خالد محمد بن سعيد"]
    assert speakers("أما سعيد علي بن ناصر فقال: «إن التجربة نجحت».") == ["سعيد علي بن ناصر"]


def test_a_compound_first_name_before_bin() -> None:
    # عطا الله بن مسفر، نصر الدين بن حديد: the compound's first word is the name's
    assert speakers("وأوضح رئيس النادي عطا الله بن سالم الحربي، أن الموسم سيبدأ مبكرا.") == ["عطا الله بن سالم الحربي"]
    assert speakers("وقال الكاتب المقيم بالرباط، نصر الدين بن سعيد: إن الكتاب جاهز.") == ["نصر الدين بن سعيد"]


def test_an_institution_named_after_a_king_keeps_its_name() -> None:
    # جامعة الملك سعود | بدران بن عبدالرحمن: the first name after الملك is the university's
    text = "وقال مدير جامعة الملك فهد بدران بن عبدالرحمن العمر إن الجامعة مستعدة."
    assert speakers(text) == ["بدران بن عبدالرحمن العمر"]
    assert speakers("وقال مدير صحة حائل عارف بن غازي الشمري إن المستشفى جاهز.") == ["عارف بن غازي الشمري"]


def test_a_region_or_a_rank_before_the_name_stays_out() -> None:
    # منطقة عسير | جلوي بن محمد: a region; العقيد مظلي | عائض بن عبيد: a paratrooper colonel
    text = "وقال المدير العام للتعليم في منطقة عسير سالم بن محمد آل حامد، إن المدارس جاهزة."
    assert speakers(text) == ["سالم بن محمد آل حامد"]
    text = "وقال قائد القوة الخاصة لأمن الطرق، العقيد مظلي سالم بن عبيد الحربي، إن الطرق آمنة."
    assert speakers(text) == ["سالم بن عبيد الحربي"]
    # اللواء متقاعد | فلان: a retired general
    text = "وأردف اللواء متقاعد سالم بن عبدالله الحربي مدير الشرطة سابقا، أن الأمن مستتب."
    assert speakers(text) == ["سالم بن عبدالله الحربي"]
    assert speakers("وبين اللواء متقاعد سالم الحربي، أن الأمن مستتب.") == ["سالم الحربي"]
