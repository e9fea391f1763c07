"""Round r278: a number joined by و after the verb is the next item, not the verb's object (stop 44; an opened set)."""

import datetime as dt

from streams.extract.amounts import find_amounts
from streams.extract.counts import find_counts
from streams.extract.dates import find_dates


def _counts(text: str) -> list[tuple[str, float]]:
    amounts = find_amounts(text, dates=find_dates(text, anchor=dt.date(2015, 8, 5)))
    return [(c.type, c.value) for c in find_counts(text, amounts)]


def test_the_dead_then_the_hundreds_wounded() -> None:
    text = "اكدت الوكالة ان نحو 260 مقاتلا كرديا قتلوا ومئات جرحوا خلال الغارات."
    assert _counts(text) == [("killed", 260.0), ("injured", 100.0)]


def test_a_number_right_after_the_verb_is_still_its_object() -> None:
    # the two gunmen are the killers: the six are the dead
    assert _counts("وقال إن مسلحين اثنين قتلوا ستة أشخاص في القرية.") == [("killed", 6.0)]
