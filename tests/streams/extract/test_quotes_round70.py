"""Quotation speakers, round r70: kinds found by the audit of main's quotations over unread text (seed 70), each as a
short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers

from streams.extract.quotes import find_quotes


def test_certainty_in_one_word_ends_the_name() -> None:
    # وقالت فلانة لاشك أن، وأكد فلان بلاشك أن: the adverb of certainty written as one word is no family name
    text = "وقالت سارة أم خالد لاشك أن تنظيم الوقت مهم جدا للأسر في موسم العيد."
    assert speakers(text) == ["سارة أم خالد"]
    text = "وأكد خالد الحربي بلاشك أن السوق يشهد نموا كبيرا."
    assert speakers(text) == ["خالد الحربي"]


def test_a_name_opening_the_sentence_then_its_office_between_commas() -> None:
    # فلان، رئيسها التنفيذي، يقول إنه: the name opening the sentence speaks, not the office apposed to him (an
    # office with its body's pronoun, a family name in ال)
    text = "ونمت الشركة كثيرا هذا العام. دانيال إيك، رئيسها التنفيذي، يقول إنه رفض عروض استحواذ كبيرة."
    assert speakers(text) == ["دانيال إيك"]
    text = "ونمت الشركة كثيرا هذا العام. خالد العتيبي، مدير المركز، يقول إن الخدمات تحسنت كثيرا."
    assert speakers(text) == ["خالد العتيبي"]
    text = "سارة الأحمد، رئيستها التنفيذية، تقول إن الشركة تنمو."
    assert speakers(text) == ["سارة الأحمد"]


def test_a_quoted_name_after_a_title_is_no_words_said() -> None:
    # وقال الشيخ "فلان الفلاني" المتحدث باسم المجلس، إن "…": the name in quote marks after the title is the
    # subject; the words said follow the complementizer
    text = "وقال الشيخ “خالد درع العبيدي” المتحدث الرسمي باسم المجلس، إن “التنظيم أعدم عشرين جنديا من الجيش”."
    quotes = find_quotes(text, [])
    assert [q.speaker for q in quotes] == ["خالد درع العبيدي"]
    assert "التنظيم" in text[quotes[0].start:quotes[0].end]


def test_the_conductor_is_a_title() -> None:
    # وقال المايسترو فلان: the conductor's title before his family name, never the speaker alone
    text = "وقال المايسترو سحاب في مقابلة مع رويترز إن الأغاني القديمة ستبقى."
    assert speakers(text) == ["سحاب"]
