"""Round counts-r98: a whole-article audit over unread text (seed 98; constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import counts


@pytest.mark.parametrize(("text", "found"), [
    # a broken plural of nationality is the counted people itself
    ("واستقبل المركز 12 أفارقة ألقت عليهم القبض دورية الحرس قرب الحدود", [("arrested", 12)]),
    ("ونقل إلى المخيم 9 أكراد ألقت عليهم القبض قوات الأمن", [("arrested", 9)]),
    # players of a nationality with no fate stay no count
    ("وتفاضل الإدارة بين ثلاثة لاعبين أفارقة للتعاقد مع أحدهم", []),
])
def test_nationality_plural_counted(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # تعرض … إلى: the Maghreb's ل, with cases of poisoning or an injury noun after it
    ("وتعرض صباح اليوم 8 تلاميذ إلى حالات تسمم غذائي بالمطعم المدرسي", [("injured", 8)]),
    ("تعرض 14 عاملا إلى الاختناق داخل المصنع", [("injured", 14)]),
    ("وتعرض 3 أعوان إلى إصابات طفيفة أثناء التدخل", [("injured", 3)]),
    # things exposed to a fire are no people
    ("وتعرضت 5 منازل إلى الحرق خلال الليل", []),
])
def test_exposed_to(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # an active verb, a count, plural adjectives, then another count of the same kind: the first did it
    ("وفي ذلك العام قتل خمسة انتحاريين أجانب 40 شخصا في هجمات على القطارات", [("killed", 40)]),
    ("ويوم الأحد قتل ثلاثة مسلحين 17 مدنيا في السوق", [("killed", 17)]),
    # parts after a comma or منهم, and groups joined by و, stay
    ("قتل 6 أشخاص، 4 منهم أطفال", [("killed", 6), ("killed", 4)]),
    ("قتل 3 جنود و2 مدنيين في الهجوم", [("killed", 3), ("killed", 2)]),
    ("واعتقلت الشرطة أربعة شبان وطالبتين من المدينة", [("arrested", 4), ("arrested", 2)]),
])
def test_killers_before_victims(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found
