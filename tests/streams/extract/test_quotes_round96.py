"""Quotation speakers, round r96: kinds round r94 left in the opened S41/S42, each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_present_verb_after_a_title_before_a_preposition() -> None:
    # مواطنة تقطن بمنطقة، طالبة تدرس بالجامعة: a four-letter present verb in ت describing the one the title names
    assert speakers("أكدت مواطنة تقطن بمنطقة الزهور أن طفلها تعرض لحادث.") != ["تقطن"]
    assert speakers("أكدت مواطنة تقطن بمنطقة الزهور أن طفلها تعرض لحادث.")[0].startswith("مواطنة")
    assert speakers("وقالت طالبة تدرس بالجامعة إن الامتحانات صعبة.")[0].startswith("طالبة")


def test_a_name_after_a_title_stays() -> None:
    # a name after a title, then an adverbial: the name speaks
    assert speakers("وقال المدرب توني في تصريح إن الفريق جاهز.") == ["توني"]
    assert speakers("وقال رئيس الوزراء تمام سلام إن الحكومة باقية.") == ["تمام سلام"]
