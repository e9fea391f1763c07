"""Quotation speakers, round r114: names cut at the wrong place, found over unread text (audit of 120 boundary
suspects, seed 114), each kind as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_first_name_opening_like_bi_or_li_is_no_place() -> None:
    # بيجن نامدار زنكنه: a foreign first name that opens with ب (يجن is no word) is no place glued to a preposition
    # (بحائل): it starts the name
    assert speakers("قال وزير النفط الايراني بيجن نامدار زنكنه اليوم إن الإنتاج سيرتفع.", tagged=True) == [
        "بيجن نامدار زنكنه"]


def test_place_glued_to_bi_before_the_name_still_goes() -> None:
    # بصحة عسير، بحائل: a body or a place after ب before the holder's name is no part of it (as before)
    assert speakers("وقال مدير الشؤون الصحية بحائل محمد الطيار إن المستشفى جاهز.") == ["محمد الطيار"]
    assert speakers("وأوضح المتحدث باسم صحة جازان بجازان أحمد ربيع الحازمي أن الحالة مستقرة.") == ["أحمد ربيع الحازمي"]


def test_office_first_name_before_bin_opens_the_name() -> None:
    # مساعد بن فلان: مساعد ("assistant") followed by بن is a first name, never an office
    assert speakers("وأفاد مساعد بن غالي العنزي المتحدث الرسمي للهيئة، أنه تم التعامل مع الحالات.") == [
        "مساعد بن غالي العنزي"]
    assert speakers("وأوضح الأستاذ مساعد بن سعد العتيبي المدير التنفيذي للمعهد، أن البرنامج ناجح.") == [
        "مساعد بن سعد العتيبي"]


def test_office_word_closing_subject_after_bin_is_the_family_name() -> None:
    # محمد بن عبدالرحمن المخرج أن: no description closes a name with بن right before the words; it is his family name
    assert speakers("وأوضح المهندس محمد بن عبدالرحمن المخرج أن المشروع سينتهي العام المقبل.") == [
        "محمد بن عبدالرحمن المخرج"]
    # (but an office that goes on is his description: فهد بن سعد | المدير العام للشركة)
    assert speakers("وقال فهد بن سعد المدير العام للشركة إن الأرباح ارتفعت.") == ["فهد بن سعد"]


def test_rare_last_word_of_a_foreign_name_stays() -> None:
    # ري يونغ تشول في تصريحات: the tagger may stop one word short of a foreign name; a word the news rarely uses
    # that is no common noun is the name's own
    assert speakers("وقال السفير ري يونغ تشول في تصريحات للصحفيين إن الاتهامات باطلة.", tagged=True) == ["ري يونغ تشول"]
