"""Round facts-r34: the opened v26 (dates, amounts, counts) and C4 (counts) errors fixed in general form
(constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import counts


@pytest.mark.parametrize(("text", "found"), [
    # a comma closes the trigger verb's clause: the number after it starts the parts of the dead, no object of
    # the verb (so those counted before the verb are its victims, not its killers)
    ("وقال الضابط إن 9 أشخاص قتلوا، 6 جنود وأفراد الطاقم الثلاثة.", [("killed", 9), ("killed", 6)]),
    ("وأكد المصدر أن 14 شخصا أصيبوا، 8 منهم من النساء.", [("injured", 14), ("injured", 8)]),
    ("وذكرت الشرطة أن 25 مهاجرا اعتقلوا، 10 أطفال بينهم.", [("arrested", 25), ("arrested", 10)]),
    # guards: a number right after the verb is its object, those before it the killers
    ("وقالت الشرطة إن مسلحين اثنين قتلوا ستة أشخاص في السوق.", [("killed", 6)]),
    ("وقال إن 5 مسلحين خطفوا 12 عاملا من الموقع.", [("kidnapped", 12)]),
])
def test_comma_closes_the_verbs_object(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found
