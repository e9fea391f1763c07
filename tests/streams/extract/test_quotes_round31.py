"""Quotation speakers, round r31: failure kinds found in the opened sets S5 and v33 (tests/gold/facts/README.md),
each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_body_announcing_an_object_speaks_on_after_the_so_called() -> None:
    # وأعلنت ما تسمى حركة ... مسؤولية ...: "the so-called" before the body named; the next bare verb is the body's,
    # not the agency quoted before
    text = ("وقالت وكالة الأنباء الرسمية إن الشرطة أبطلت عبوة ثانية. وأعلنت ما تسمى حركة الفجر مسؤولية الجماعة "
            "عن الهجوم. وقالت في حساب على تويتر إن عناصرها نفذت العملية.")
    assert speakers(text) == ["وكالة الأنباء الرسمية", "حركة الفجر"]
    text = "وقال ما يسمى المتحدث باسم الجماعة إن الهجوم نجح."
    assert speakers(text) == ["المتحدث باسم الجماعة"]


def test_a_bracketed_name_ends_the_subject_before_an_indefinite_object() -> None:
    # الناطقة باسم جماعة (جند الحق) | مسؤولية الجماعة: the noun after the brackets is the object
    text = ("وقالت وكالة الأنباء الرسمية إن الشرطة أبطلت عبوة ثانية. وأعلنت حركة الفجر الإعلامية الناطقة باسم جماعة "
            "(جند الحق) مسؤولية الجماعة عن الهجوم. وزعمت في حساب على تويتر أن عناصرها نفذت العملية.")
    assert speakers(text) == ["وكالة الأنباء الرسمية", "حركة الفجر الإعلامية الناطقة باسم جماعة (جند الحق)"]


def test_the_giver_of_a_statement_speaks_in_it_and_goes_on() -> None:
    # أصدر فلان بياناً أعرب فيه عن حزنه، كاشفاً عن أنه: the one who issued the statement, not the speaker before
    text = ("وقال الحربي إن المتهمين في السجن. من جهة أخرى، أصدر مدير جامعة الملك بيانا أعرب فيه عن حزنه، "
            "مؤكدا أنه ليس من طلابها.")
    assert speakers(text) == ["الحربي", "مدير جامعة الملك"]
    text = "وقال الحربي إن المتهمين في السجن. ووجه الوزير سامي العلي رسالة أكد فيها أن المشروع مستمر."
    assert speakers(text) == ["الحربي", "سامي العلي"]
