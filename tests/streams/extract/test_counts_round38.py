"""Round counts-r38: precision of counts in general news (heldout30/32 opened, a 150-count audit of the wide range),
fixed in general form (constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import counts


@pytest.mark.parametrize(("text", "found"), [
    # رهن X / في عداد X names the fate of people counted just before it in its sentence, not of a sum of money or
    # goods, and not across a full stop (the suspects held in the next sentence are no 25 thousand)
    ("وكان بحوزتهم مبالغ مالية تزيد على 25 ألف ريال. والمتهمون الآن رهن التوقيف.", []),
    ("وعثر بحوزته على 4 آلاف دينار وهو الآن رهن الإيقاف.", []),
    ("وتمت مصادرة 12 سيارة. وأصبح أصحابها في عداد المفقودين.", []),
    # guards: people counted before رهن / في عداد keep their fate
    ("وقال المصدر إن 6 أشخاص ما زالوا رهن الإيقاف.", [("arrested", 6)]),
    ("ولا يزال 6 أشخاص في عداد المفقودين بعد غرق المركب.", [("missing", 6)]),
])
def test_in_ranks_of_needs_people_in_the_sentence(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # units of seized goods and drugs after an arrest and a seizure are no people held, nor machines fallen the dead
    ("ومكن الكمين من القبض عليه وحجز أكثر من 2500 قرص مخدر ومبلغ مالي.", []),
    ("وتم القبض عليه وحجز 300 حبة مخدرة كانت بحوزته.", []),
    ("وتمكنت الدورية من إيقافه وحجز 30 كيسا من القنب الهندي.", []),
    ("وألقي القبض على المهرب وحجز 40 قارورة خمر.", []),
    ("وانهارت الأرض مرة أخرى وسقطت فيها جرافتان وشاحنة.", []),
    # guards: the people held beside the goods stay arrested, the driver of a machine killed stays killed
    ("وتم إيقاف 4 أشخاص وحجز 300 حبة مخدرة.", [("arrested", 4)]),
    ("وقتل 3 عمال عندما انقلبت جرافة في الموقع.", [("killed", 3)]),
])
def test_goods_and_machines_are_things(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found
