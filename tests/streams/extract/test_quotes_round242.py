"""Quotation speakers, round r242 (errors of the opened fresh set S94); constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_we_right_after_the_verb_opens_the_speakers_own_words() -> None:
    text = ("وأكد شيخ مشايخ يافع السلطان فضل العفيفي أن المملكة صمام أمان اليمن. وحول رؤيته للمرحلة القادمة قال نحن في "
            "مرحلة جديدة يجب أن يؤسس فيها للدولة القادمة. وفيما يتعلق بالحوار الوطني قال إن الحزب أفشل الحوار.")
    assert speakers(text, tagged=True) == ["فضل العفيفي"] * 2
