"""Quotation speakers, round r230 (errors of the opened fresh sets S69, S70, S72 left after r229); constructed
sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_body_named_after_a_person_then_its_heads_holder() -> None:
    text = ("نفى مدير معهد سالم بن حميدة بأكودة، فتحي الإمام ما تم تداوله بخصوص خيمة دعوية. "
            "وأضاف في مداخلة له اليوم أن الصورة قديمة.")
    assert speakers(text, tagged=True) == ["فتحي الإمام"]


def test_a_first_name_before_the_fathers_name_and_bin_is_kept() -> None:
    text = ("أشاد الأمين العام للجامعة السلفية بالهند فضيلة الشيخ عبدالله سعود بن عبدالوحيد بما قدم له من خدمات. "
            "وأكد عبدالوحيد في تصريحه أن قادة المملكة يستحقون كل الشكر.")
    assert speakers(text, tagged=True) == ["عبدالله سعود بن عبدالوحيد"]


def test_a_place_before_the_name_and_bin_is_still_left_out() -> None:
    text = "وأوضح مدير صحة حائل عارف بن غازي أن المستشفى استقبل الحالات. وأضاف بن غازي أن الحالات مستقرة."
    assert speakers(text, tagged=True) == ["عارف بن غازي"] * 2


def test_a_plural_verb_and_its_object_are_no_fronted_group() -> None:
    text = ("أما الفرس فحكايتهم مع العنصرية حكاية فهم منذ أن أشعلوا النار وعبدوها يرون أنهم أهل الحضارة وحدهم. "
            "وقال الناقد سامي فرحات إن ذلك غير صحيح.")
    assert "أشعلوا النار" not in speakers(text, tagged=True)
