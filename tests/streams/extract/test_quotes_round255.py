"""Quotation speakers, round r255 (أبلغ, told, which the blind sets mark as a verb of saying); constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_the_outlet_told_opens_the_region_before_the_speaker() -> None:
    text = "وأبلغ \"الاقتصادية\" مصدر في وزارة الداخلية أن الإرهابي مفجر المسجد سعودي الجنسية."
    assert speakers(text, tagged=True) == ["مصدر في وزارة الداخلية"]


def test_the_agency_told_after_the_speaker_is_cut_off() -> None:
    text = "وأبلغ المتحدث باسم وزارة الخارجية رويترز أن المحادثات ستستأنف الأسبوع المقبل."
    assert speakers(text, tagged=True) == ["المتحدث باسم وزارة الخارجية"]


def test_a_medium_told_after_a_name_is_cut_off() -> None:
    text = "وأبلغ لابرون موقع النادي على الانترنت «قررت إعطاء مسؤولية الفريق لمدرب آخر»."
    assert speakers(text, tagged=True) == ["لابرون"]


def test_the_one_told_alone_leaves_the_speaker_written_before_the_verb() -> None:
    text = "وكان جون كيري وزير الخارجية الأمريكي أبلغ المنتدى أن الصين تقيد حرية الملاحة في المنطقة."
    assert speakers(text, tagged=True) == ["جون كيري"]


def test_telling_far_from_any_words_is_no_quotation() -> None:
    text = ("وزاد هذا التخوف بعد ان ابلغت سلطات اسرائيل رسميا الجمعة محامي معتقل فلسطيني مضرب عن الطعام منذ 55 يوما "
            "نيتها المباشرة في تنفيذ هذا القرار، لكسر اضرابه: «لن نسمح بموته».")
    assert "سلطات اسرائيل" not in speakers(text, tagged=True)


def test_telling_with_no_words_leaves_its_subject_to_the_next_verb() -> None:
    text = ("وفي الأثناء، أبلغ الرئيس الأوكراني بيوتر بوروشينكو الإدارة الأميركية عن حاجته إلى صواريخ «جافلين» لمقاومة "
            "العدوان الروسي. وأشار في حديث أدلى به لصحيفة «وول ستريت جورنال» إلى أنه يحتاج إلى 1240 قطعة سلاح.")
    assert speakers(text, tagged=True) == ["بيوتر بوروشينكو"]


def test_i_told_inside_quoted_words_is_the_speakers() -> None:
    text = "وأوضح ديل نيرو في بيان للاتحاد البرازيلي \"أبلغت \"فيفا\" أني لن أستطيع المشاركة في الاجتماع\"."
    assert speakers(text, tagged=True) == ["ديل نيرو"]


def test_who_told_and_who_was_told_running_on_is_left_unread() -> None:
    text = "وأبلغ بوتين الحضور بأن \"روسيا ستكون مضيفة رائعة\"."
    assert "بوتين الحضور" not in speakers(text, tagged=True)
