"""Round dates-r275: أمس الحاجة is "the direst need", no yesterday (a scan of unread text, stop 44)."""

import datetime as dt

from tests.streams.extract.facts_rounds import readers

dates, _, _ = readers(dt.date(2015, 7, 21))


def test_the_direst_need_is_no_yesterday() -> None:
    assert dates("فإننا بأمس الحاجة إلى قائد يبدأ بنفسه.") == []
    assert dates("والأسر في أمس الحاجة لهذه المساعدات.") == []
    assert dates("المرضى أحوج ما يكونون إليها وهم أمس حاجة إليها.") == []


def test_yesterday_before_other_words_stays() -> None:
    assert dates("وصل الوفد أمس الحاجب الملكي إلى المدينة.") == [("أمس", "2015-07-20")]
    assert dates("قال الوزير أمس إن الحاجة ماسة.") == [("أمس", "2015-07-20")]
