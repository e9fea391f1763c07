"""Quotation speakers, round r90: kinds met in the opened sets S35 and S36, each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers

LEAD = "وقال سامي الزين إنه قدم اعتذاره. "


def test_reached_through_the_newsroom_the_holder_speaks() -> None:
    # وبالتواصل مع المحامي فلان، أفاد أن: the newsroom reached him, he is the subject of the verb after the comma
    assert speakers(LEAD + "وبالتواصل مع المحامي المكلف بالقضية خالد الراشد، أفاد أن موكله بريء.") == [
        "سامي الزين", "خالد الراشد"]


def test_the_holder_set_apart_between_commas() -> None:
    # وبالتواصل مع الناشط المتابع لقضية الشاب "فلان"، علي آل حطاب، أفاد أن: the name between the commas, not the
    # quoted name inside the office's description
    assert speakers("وبالتواصل مع الناشط الحقوقي المختص بمتابعة قضية الشاب \"سعد\"، علي آل حطاب، أفاد أن موكله "
                    "بريء من التهم.") == ["علي آل حطاب"]


def test_words_first_then_a_sentence_on_them() -> None:
    # «…»، بهذه الجملة عبر النحات فلان عن اعتزازه: the one the sentence names goes on speaking after it (not a
    # name inside the words he reports next)
    text = ("\"إن النحاتين حققوا الجوائز\"، بهذه الجملة عبر النحات سعيد الحربي عن اعتزازه بهوايته. وكشف عن أنه "
            "يعمل على نحت لوحة كبيرة بتوجيه من الأمير سلطان بن سلمان. وأضاف أنه في المرحلة الأولى.")
    assert speakers(text) == ["سعيد الحربي", "سعيد الحربي"]
    text = ("«إن النحاتين حققوا الجوائز» بهذه الكلمات بدأ النحات سعيد الحربي حديثه. وكشف عن أنه يعمل على نحت "
            "لوحة كبيرة بتوجيه من الأمير سلطان بن سلمان. وأضاف أنه في المرحلة الأولى.")
    assert speakers(text) == ["سعيد الحربي", "سعيد الحربي"]


def test_those_met_after_a_glued_preposition_speak() -> None:
    # والتقى الوزير بممثلي الشركات الذين أكدوا أن: the people met (after their ب) are the relative's antecedent,
    # not the verb before them (known and left by earlier rounds)
    assert speakers("والتقى الوزير بممثلي الشركات الذين أكدوا أن المشروع سيكتمل قريبا.") == ["ممثلي الشركات"]
    assert speakers("واجتمع المحافظ بأهالي القرية الذين أكدوا أن الطريق مغلق.") == ["أهالي القرية"]
    assert speakers("وأشاد الوزير بالمتطوعين الذين أكدوا أن العمل مستمر.") == ["المتطوعين"]


def test_a_university_teacher_is_a_title() -> None:
    # علّقت الجامعية فلانة ... وأشارت: الجامعية is her title (Tunisian press), the name after it speaks on
    assert speakers("علّقت الجامعية ألفة يوسف على فضيحة المرشح. وأشارت إلى أن مثل هذه الفضائح تتم متابعتها.") == [
        "ألفة يوسف"]
    # (the adjective of a body stays in the body's name)
    assert speakers("وأكدت إدارة المدينة الجامعية أن السكن متوفر.") == ["إدارة المدينة الجامعية"]
