"""Round dates-r68 (an audit of dates over unread SaudiNewsNet and ANT text): the weekday in quotes after a
relative day (أمس "الثلاثاء"، مساء اليوم «الأربعاء») is one mention with it, as in brackets. Constructed sentences."""

from __future__ import annotations

import pytest
from facts_rounds import dates  # anchored on Wednesday 2016-11-16


@pytest.mark.parametrize(("text", "expected"), [
    ('باشرت اللجنة أمس "الثلاثاء" أعمالها في المقر الجديد.', [('أمس "الثلاثاء"', "2016-11-15")]),
    ('تنطلق مساء اليوم "الأربعاء" الدورة الثالثة من البطولة.', [('مساء اليوم "الأربعاء"', "2016-11-16")]),
    ("يفتتح المعرض اعتبارا من اليوم «الأربعاء» ولمدة أسبوع.", [("اليوم «الأربعاء»", "2016-11-16")]),
    ("افتتح الأمير مساء أمس “الثلاثاء” الملتقى السنوي.", [("مساء أمس “الثلاثاء”", "2016-11-15")]),
    # the bracketed weekday as before
    ("وصل الوفد أمس (الثلاثاء) إلى العاصمة.", [("أمس (الثلاثاء)", "2016-11-15")]),
])
def test_quoted_weekday_after_a_relative_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a quote that does not close on the weekday: the weekday is not joined
    ('قال المدير اليوم "الجمعة موعد الافتتاح".', [("اليوم", "2016-11-16"), ("الجمعة", "2016-11-11")]),
])
def test_unclosed_quote_not_joined(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected
