"""Round r276: the one spoken to, on ل, is no speaker (a scan of unread text, stop 44)."""

from tests.streams.extract.quote_rounds import speakers


def test_the_agency_spoken_to_leaves_the_one_speaking() -> None:
    text = "وقال الباحث سنان أولغن إن الهجوم خطير. وقال لفرانس برس ان \"هذا الهجوم يمكن ان يؤدي الى التصعيد\"."
    assert speakers(text) == ["سنان أولغن", "سنان أولغن"]


def test_those_spoken_to_are_no_speaker() -> None:
    assert "لاثنين" not in speakers("قام المعهد بتجربة على ثلاثة روبوتات، وقالوا لاثنين منها: إنهما تناولا حبوبا.")


def test_a_name_in_ل_still_speaks() -> None:
    # لسعد: a Tunisian first name, whose ل is no preposition (سعد is a first name too)
    assert speakers("وقال لسعد اليعقوبي إن الإضراب قائم.") == ["لسعد اليعقوبي"]
    assert speakers("وقالت لمياء الزريبي إن الميزانية جاهزة.") == ["لمياء الزريبي"]
