"""Quotation speakers, round r96: kinds round r94 left in the opened S41/S42, each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_present_verb_after_a_title_before_a_preposition() -> None:
    # مواطنة تقطن بمنطقة، طالبة تدرس بالجامعة: a four-letter present verb in ت describing the one the title names
    assert speakers("أكدت مواطنة تقطن بمنطقة الزهور أن طفلها تعرض لحادث.") != ["تقطن"]
    assert speakers("أكدت مواطنة تقطن بمنطقة الزهور أن طفلها تعرض لحادث.")[0].startswith("مواطنة")
    assert speakers("وقالت طالبة تدرس بالجامعة إن الامتحانات صعبة.")[0].startswith("طالبة")


def test_a_name_after_a_title_stays() -> None:
    # a name after a title, then an adverbial: the name speaks
    assert speakers("وقال المدرب توني في تصريح إن الفريق جاهز.") == ["توني"]
    assert speakers("وقال رئيس الوزراء تمام سلام إن الحكومة باقية.") == ["تمام سلام"]


def test_east_asian_name_ending_on_bin() -> None:
    # تشيوي هونج بين، كبير الاقتصاديين: بين right before a comma has no object, so it ends the foreign name
    assert speakers("وأشار تشيوي هونج بين، كبير الاقتصاديين في المصرف، إلى أن الطلب ضعيف.") == ["تشيوي هونج بين"]


def test_bin_with_an_object_stays_a_preposition() -> None:
    # بين الحضور: a preposition with its object, no name word
    assert speakers("وقال المدير سامي الأحمد بين الحضور إن الطلب ضعيف.") == ["سامي الأحمد"]


def test_li_after_an() -> None:
    # عن لي تشونغ: "from me" is عني, so لي after عن is the family name Li opening the name
    assert speakers("ونقلت وكالة الأنباء عن لي تشونغ المتحدث باسم الوزارة أن السوق مستقرة.") == ["لي تشونغ"]


def test_li_after_a_verb_stays_to_me() -> None:
    # قال لي مسؤول: "told me", the one named after it speaks
    assert speakers("وقال لي مسؤول في الوزارة إن السوق مستقرة.") == ["مسؤول في الوزارة"] or \
        speakers("وقال لي مسؤول في الوزارة إن السوق مستقرة.") == ["مسؤول"]


def test_glued_complement_after_an_office_adjective() -> None:
    # المدير التنفيذي لسوق عكاظ: ل + a common noun after the office's adjective is the office's body, no name
    assert speakers("وأفاد المدير التنفيذي لسوق الخضار، أن المشروع يتكون من ثلاثة أجزاء.") == [
        "المدير التنفيذي لسوق الخضار"] or speakers("وقال المدير التنفيذي لسوق جدة إن المشروع جاهز.") == [
        "المدير التنفيذي لسوق جدة"]
    assert speakers("وقال المدير التنفيذي لسوق جدة إن المشروع جاهز.") == ["المدير التنفيذي لسوق جدة"]


def test_name_after_a_country_nisba_stays() -> None:
    # الفرنسي لوران فابيوس: a first name after a country's nisba; a name after the body stays too
    assert speakers("وقال وزير الخارجية الفرنسي لوران فابيوس إن الاتفاق قريب.") == ["لوران فابيوس"]
    assert speakers("وقال المدير التنفيذي لسوق جدة راشد الغامدي إن المشروع جاهز.") == ["راشد الغامدي"]


def test_verb_after_lam_is_no_name() -> None:
    # الطفل لم يتنبه، وقال: the word after لم is a verb, never the one who speaks on
    assert speakers("الطفل لم يتنبه، وقال إن الأمر بسيط.") != ["يتنبه"]
    assert speakers("الرجل و لم يتنبه، و قال إن الأمر بسيط.") != ["يتنبه"]


def test_first_name_glued_to_l_after_an_office_adjective_stays() -> None:
    # المستشار الجبائي لسعد الذوادي: لسعد is a first name (Lassaad), the man speaks
    assert speakers("وأكد المستشار الجبائي لسعد الذوادي أن القانون ناقص.") == ["لسعد الذوادي"]
