"""Round r270: people an armed group holds are kidnapped, not arrested (stop 43; V42, C20)."""

import datetime as dt

from streams.extract.amounts import find_amounts
from streams.extract.counts import find_counts
from streams.extract.dates import find_dates


def _counts(text: str) -> list[tuple[str, float]]:
    amounts = find_amounts(text, dates=find_dates(text, anchor=dt.date(2015, 8, 5)))
    return [(c.type, c.value) for c in find_counts(text, amounts)]


def test_hostages_an_armed_group_holds_are_kidnapped() -> None:
    assert _counts("وتحتجز جماعة بوكو حرام 200 فتاة منذ العام الماضي.") == [("kidnapped", 200.0)]
    text = "قال الجيش النيجيري إنه أنقذ 178 شخصا كانت جماعة بوكو حرام المتشددة تحتجزهم في ولاية بورنو."
    assert _counts(text) == [("kidnapped", 178.0)]


def test_people_the_state_holds_stay_arrested() -> None:
    assert _counts("وتحتجز السلطات 30 شخصا.") == [("arrested", 30.0)]
    assert _counts("واعتقلت الشرطة 20 من عناصر داعش واحتجزتهم في السجن.") == [("arrested", 20.0)]
    assert _counts("إنقاذ 3 محتجزين في العقبة") == []
