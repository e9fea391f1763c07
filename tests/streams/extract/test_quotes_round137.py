"""Quotation speakers, rounds from stop 29: a description that the gold names in full (with the place it serves in),
a name the tagger completed, and a body met inside a person's description; constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_description_keeps_the_place_it_serves_in() -> None:
    # السلطات الصحية في أوريغون: the annotators name the source with its place
    assert speakers("وقالت السلطات الصحية في أوريغون إن المرض انتشر.", tagged=True) == ["السلطات الصحية في أوريغون"]
    assert speakers("وقالت نقابة سائقي المترو في لندن الاثنين إن الإضراب مستمر.", tagged=True) == ["نقابة سائقي المترو في لندن"]


def test_a_circumstance_after_a_description_stays_out() -> None:
    assert speakers("وقالت السلطات الصحية في بيان إن المرض انتشر.", tagged=True) == ["السلطات الصحية"]
    assert speakers("وقالت السلطات الصحية في أوريغون لوكالة فرانس برس إن المرض انتشر.", tagged=True) == ["السلطات الصحية"]


def test_a_description_resolves_to_a_name_the_tagger_completed() -> None:
    # نور الدين الحاج علي المدير الجهوي: the office written after the whole name still names him later
    assert speakers("نفى نور الدين الحاج علي المدير الجهوي للتطهير بسوسة صحة التبريرات. وأوضح المدير الجهوي المقال أن "
                    "المقاول تأخر. واكد نور الدين الحاج علي، ان هذه المحطة من احسن المحطات.", tagged=True) == [
        "نور الدين الحاج علي", "نور الدين الحاج علي"]


def test_a_body_met_in_a_persons_description_speaks_as_itself() -> None:
    assert speakers('وقال الفريدو زاموديو مدير مركز رصد النزوح الداخلي في مجلس اللاجئين النرويجي في مؤتمر صحفي '
                    '"النزوح في ازدياد". وقال مجلس اللاجئين النرويجي إن هناك اتجاها تصاعديا.', tagged=True) == [
        "الفريدو زاموديو", "مجلس اللاجئين النرويجي"]
