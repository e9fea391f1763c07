"""Round r283: one name for each person speaking in an article (stop 44; a scan of speakers in unread text)."""

from tests.streams.extract.quote_rounds import speakers


def test_first_and_family_name_take_the_full_name() -> None:
    text = "وقال وزير الخارجية عادل بن أحمد الجبير إن المملكة ملتزمة. وقال عادل الجبير إن الحل قريب."
    assert speakers(text) == ["عادل بن أحمد الجبير", "عادل بن أحمد الجبير"]
    text = "وقال عادل الجبير إن المملكة ملتزمة. وقال وزير الخارجية عادل بن أحمد الجبير إن الحل قريب."
    assert speakers(text) == ["عادل بن أحمد الجبير", "عادل بن أحمد الجبير"]


def test_one_spelling_for_one_name() -> None:
    assert speakers("وقالت الهام شاهين إن الفيلم جيد. وقالت إلهام شاهين إن الدور صعب.") == ["إلهام شاهين"] * 2


def test_other_people_and_other_sources_stay_apart() -> None:
    assert speakers("وقال أحمد الغامدي إن الوضع جيد. وقال سعيد الغامدي إن الأمر صعب.") == ["أحمد الغامدي", "سعيد الغامدي"]
    text = "وقال مصدر مطلع إن الوضع جيد. وقال مصدر آخر مطلع إن الأمر صعب."
    assert speakers(text) == ["مصدر مطلع", "مصدر آخر مطلع"]
