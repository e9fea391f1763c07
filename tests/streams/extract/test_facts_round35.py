"""Round facts-r35: the opened v27 (dates, amounts, counts) and C5 (counts) errors fixed in general form
(constructed sentences)."""

from __future__ import annotations

import pytest
from facts_rounds import amounts, counts


@pytest.mark.parametrize(("text", "found"), [
    # a toll noun glued to و after a counted number starts the next item of the toll: the number after it counts
    # it, no label (as without و: عدد الجرحى 28)
    ("وقال مصدر إن عدد القتلى بلغ 14 شخصا والمصابين 31.", [("killed", 14), ("injured", 31)]),
    ("وأعلنت الوزارة مقتل 7 جنود والجرحى 12 في الهجوم.", [("killed", 7), ("injured", 12)]),
    ("وارتفع عدد القتلى إلى 40 شخصا والمفقودين 9.", [("killed", 40), ("missing", 9)]),
    # guards: a label after a definite noun stays a label, and a bare number after a toll head as before
    ("وأصيب 5 أشخاص في الفرقة 30 والكتيبة 12.", [("injured", 5)]),
    ("وبلغ عدد القتلى 26 والجرحى 28.", [("killed", 26), ("injured", 28)]),
])
def test_toll_head_after_wa_counts_its_number(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # the 5+1 group named by its make-up is a name: neither number is an amount, in digits or in words
    ("واستؤنفت المحادثات بين طهران ومجموعة 5+1 في فيينا.", []),
    ("وناقش الوزير الاتفاق بين إيران ودول الخمسة زائد واحد.", []),
    ("ورحب المجلس باتفاق «5 + 1» مع إيران.", []),
    # guards: other sums and a five before another number stay amounts
    ("وسجل الفريق 15 هدفا وخسر 5 مباريات.", [("15", 15), ("5", 5)]),
    ("واشترى خمسة كتب وقلما واحدا.", [("خمسة", 5), ("واحدا", 1)]),
])
def test_five_plus_one_group_is_a_name(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a number right after a device, system or console name is its model or version, and so is the next of a list
    # of them that counts nothing
    ("ولن يعمل التطبيق على هواتف أيفون \"3 جي إس\" ولا أندرويد 2.1 أو 2.2.", []),
    ("وأطلقت الشركة هاتف آيفون 7 ونسخة جديدة من بلاك بيري 10.", []),
    ("وتعمل اللعبة على ويندوز 7، 8 وعلى جهاز جالاكسي إس 6.", []),
    ("وتباع أجهزة إكس بوكس 360 ولوميا 535 بأسعار مخفضة.", []),
    # guards: a number counting the devices stays, before the name or after و with its noun
    ("وباع المتجر 5 أجهزة جالاكسي إس 6 و3 أجهزة آيفون.", [("5", 5), ("3", 3)]),
    ("وقدم هاتف آيفون 7 بسعر 700 دولار.", [("700", 700)]),
    ("وقال حاكم الولاية السابق ريك بيري (65 عاما) إنه سيترشح.", [("65", 65)]),
])
def test_product_model_numbers_are_labels(text: str, found: list[tuple[str, float]]) -> None:
    assert amounts(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a plural trigger verb right after a number and its noun is that number's fate: an amount further on in another
    # clause takes no fate from it
    ("وقالت السلطات إن 101 شخص أصيبوا، كما أجلت السلطات 9900 شخص عن بيوتهم.", [("injured", 101)]),
    ("وذكر أن 15 شخصا أصيبوا، كما ألغيت 40 رحلة.", [("injured", 15)]),
    # guards: a part after بينهم, the next victims after و, and a trigger of the later amount's own
    ("وقال إن 40 مدنيا قتلوا بينهم 10 أطفال.", [("killed", 40), ("killed", 10)]),
    ("وقال إن 20 شخصا قتلوا في الهجوم و10 آخرين.", [("killed", 20), ("killed", 10)]),
    ("وقال إن 8 أشخاص قتلوا، وأصيب 30 آخرون.", [("killed", 8), ("injured", 30)]),
])
def test_verb_of_an_earlier_count_is_its_own(text: str, found: list[tuple[str, float]]) -> None:
    assert counts(text) == found
