"""Round r279: a noun of place in م before an agreeing adjective in ين is a dual (محورين أساسيين; stop 44)."""

import datetime as dt

from tests.streams.extract.facts_rounds import readers

_, amounts, _ = readers(dt.date(2015, 7, 27))


def test_a_noun_of_place_in_م_takes_the_dual() -> None:
    assert amounts("تعتمد خطط الدفاع المدني على محورين أساسيين الأول وقائي.") == [("محورين", 2)]
    assert amounts("سجل الأداء تراجعا في مجالين رئيسيين هما السرعة والذاكرة.") == [("مجالين", 2)]


def test_a_participle_in_م_stays_a_plural() -> None:
    assert amounts("التقى مسلمين عاديين في المسجد.") == []


def test_people_in_م_joined_by_و_are_no_dual() -> None:
    assert amounts("أجمع نجوم عرب من فنانين ومذيعين وإعلاميين على أن رحيله كان مفجعا.") == []
