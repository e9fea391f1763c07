"""Round r277: committal warrants (بطاقات إيداع بالسجن) count the people sent to prison (stop 44; V46, C2, C7, V30)."""

import datetime as dt

from streams.extract.amounts import find_amounts
from streams.extract.counts import find_counts
from streams.extract.dates import find_dates


def _counts(text: str) -> list[tuple[str, float]]:
    amounts = find_amounts(text, dates=find_dates(text, anchor=dt.date(2017, 5, 15)))
    return [(c.type, c.value) for c in find_counts(text, amounts)]


def test_warrants_in_digits_are_the_arrested() -> None:
    assert _counts("العملية الأمنية في سيدي بوزيد: إصدار 4 بطاقات إيداع بالسجن.") == [("arrested", 4.0)]
    assert ("arrested", 5.0) in _counts("وأصدر قاضي التحقيق 5 بطاقات إيداع بالسجن في القضية.")


def test_two_warrants_written_as_a_dual() -> None:
    text = "أصدر قاضي التحقيق في حق المتهمين محمد أنور بيوض ومرافقته، بطاقتي إيداع بالسجن بعد استنطاقهما."
    assert _counts(text) == [("arrested", 2.0)]


def test_other_cards_count_nobody() -> None:
    assert _counts("وزعت الجمعية 40 بطاقة شحن على العائلات.") == []
    assert _counts("وتم حجز 3 بطاقات بنكية مزورة.") == []
