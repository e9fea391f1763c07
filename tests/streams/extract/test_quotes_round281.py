"""Round r281: after a named speaker, a verb of going on with a generic office as its subject (وأضاف المسؤول
الروسي، وأضافت المتحدثة) is the same person called again (stop 44; a scan of description speakers in unread text)."""

from tests.streams.extract.quote_rounds import speakers


def test_the_official_named_goes_on() -> None:
    text = "وقال ارتور جريجوريانتس إن المفاوضات صعبة. وأضاف المسؤول الروسي أن الحل قريب."
    assert speakers(text) == ["ارتور جريجوريانتس", "ارتور جريجوريانتس"]
    text = "وقالت آمال الثابتي إن الوضع صعب. وأضافت المتحدثة أن الحل قريب."
    assert speakers(text) == ["آمال الثابتي", "آمال الثابتي"]


def test_someone_new_is_not_the_one_named() -> None:
    # قال may bring in another official; a spokesman after a woman named is someone else
    text = "وقال ارتور جريجوريانتس إن المفاوضات صعبة. وقال المسؤول الروسي إن الحل قريب."
    assert speakers(text) == ["ارتور جريجوريانتس", "المسؤول الروسي"]
    text = "وقالت آمال الثابتي إن الوضع صعب. وأضاف المتحدث أن الحل قريب."
    assert speakers(text) == ["آمال الثابتي", "المتحدث"]


def test_a_lone_word_named_before_is_not_carried() -> None:
    # طالب: a word the tagger may have cut from a name (فوزي الطالب); the spokesman is not taken for it
    text = "وقال طالب إن الوضع صعب. وأضاف المتحدث أن الحل قريب."
    assert speakers(text)[1:] == ["المتحدث"]
