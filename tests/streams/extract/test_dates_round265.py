"""Round dates-r265: a weekday named with a relative word names the day the text was written (stop 42)."""

import datetime as dt

from tests.streams.extract.facts_rounds import readers

dates, _, _ = readers(dt.date(2015, 8, 6))  # a Thursday: the crawl, a day after the text


def test_today_with_an_earlier_weekday_is_that_weekday() -> None:
    assert dates("وقال مدرب الأرجنتين اليوم الأربعاء إنه راض.") == [("اليوم الأربعاء", "2015-08-05")]


def test_yesterday_with_its_weekday_is_that_weekday() -> None:
    assert dates("وأعلن النادي أمس الثلاثاء أن اللاعب أصيب.") == [("أمس الثلاثاء", "2015-08-04")]


def test_a_weekday_that_fits_the_anchor_stays() -> None:
    assert dates("وقال الوزير اليوم الخميس إن الاجتماع انتهى.") == [("اليوم الخميس", "2015-08-06")]


def test_a_weekday_ahead_of_the_anchor_leaves_the_anchor_day() -> None:
    # اليوم السبت two days after the anchor: no lag explains it
    assert dates("وقال الوزير اليوم السبت إن الاجتماع انتهى.") == [("اليوم السبت", "2015-08-06")]
