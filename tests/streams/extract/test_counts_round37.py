"""Round counts-r37: count kinds earlier rounds left (facts-r34, facts-r35), fixed in general form
(constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import counts


@pytest.mark.parametrize(("text", "found"), [
    # a four-letter nisba the gazetteer knows (يمني، سوري، مصري) counts people, as the longer ones do (عراقي): the fate
    # they were forced to after it is theirs
    ("وقال التقرير إن 1.5 مليون يمني أجبروا على النزوح من ديارهم.", [("displaced", 1500000)]),
    ("وذكرت المنظمة أن 400 ألف سوري اضطروا إلى النزوح هذا العام.", [("displaced", 400000)]),
    # guards: a longer nisba as before, and four-letter words no country's people (نادي، مدني as listed)
    ("وقال التقرير إن 1.5 مليون عراقي أجبروا على النزوح.", [("displaced", 1500000)]),
    ("وتأهل 12 ناديا إلى الدور الثاني بعد مقتل لاعب.", []),
])
def test_country_nisba_of_four_letters_counts_people(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found
