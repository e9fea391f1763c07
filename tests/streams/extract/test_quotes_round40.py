"""Quotation speakers, round r40: "many of" a group speaks as the group described (كثير من المراقبين), as عدد من
and العديد من do; ابن كثير stays a name."""

from __future__ import annotations

from quote_rounds import speakers


def test_many_of_a_group_is_the_whole_description() -> None:
    assert speakers("ويعتقد كثير من المراقبين أن الأزمة ستطول.") == ["كثير من المراقبين"]
    assert speakers("وقال كثير من السكان إن المياه انقطعت منذ يومين.") == ["كثير من السكان"]
    assert speakers("ويرى الكثير من المحللين أن الأسعار ستتراجع.") == ["الكثير من المحللين"]


def test_ibn_kathir_stays_a_name() -> None:
    assert speakers("قال ابن كثير إن معنى الآية واضح.") == ["ابن كثير"]
