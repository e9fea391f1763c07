"""Quotation speakers, round r245 (a name r244 read in part on the wide dump); constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_quoted_name_before_the_relative_is_read_whole() -> None:
    text = ("الأمر له خطة تسويقية مديرها مالك «روما» الجديد: «مارك بالوتا» الذي قال نصًا في بداية الموسم: «لن نبيع أي "
            "لاعب هذا العام».")
    assert speakers(text, tagged=True) == ["مارك بالوتا"]
