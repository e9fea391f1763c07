"""Quotation speakers, round r82: kinds found by an audit of 150 quotations over unread text (seed 82), each as a
short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_part_of_the_day_before_its_day_is_no_name() -> None:
    # فجر الخميس، ظهر اليوم، ليلة الخميس: a time between the subject and أن/إن (often between commas), never the
    # one speaking
    assert speakers("وقالت حركة أحرار الشام، فجر الخميس، إنها صدت الهجوم.") == ["حركة أحرار الشام"]
    assert speakers("وأعلنت الشرطة، فجر اليوم، أنها اعتقلت المشتبه به.") == ["الشرطة"]
    assert speakers("وأعلنت الشرطة، ليلة الخميس، أنها اعتقلت المشتبه به.") == ["الشرطة"]
    assert speakers("أعلنت الشرطة الفرنسية ظهر اليوم الإثنين أنها اعتقلت المشتبه به.") == ["الشرطة الفرنسية"]
    # (صباح after a title stays a first name, as before)
    assert speakers("وقال الشيخ صباح الخالد إن الحكومة مستمرة.") == ["صباح الخالد"]


def test_a_western_first_name_in_val_is_no_definite_word() -> None:
    # فاليري، فالديس: ف then letters like the article, a first name that opens the name
    assert speakers("وقالت الليفتنانت كولونيل فاليري هندرسون إن الشبكة توقفت.") == ["فاليري هندرسون"]
    assert speakers("وقالت المتحدثة فاليري هندرسون إن الشبكة توقفت.") == ["فاليري هندرسون"]
    assert speakers("وقال نائب رئيس المفوضية فالديس دومبروفسكيس إن المحادثات صعبة.") == ["فالديس دومبروفسكيس"]
    # (ف + the article before a body stays a conjunction: no name)
    assert speakers("فالشرطة قالت إن المحادثات صعبة.") == ["الشرطة"]


def test_tabi_a_with_a_source_and_its_nisba_reports() -> None:
    # وتابع المصدر الطبي أن، وتابع المسؤول الأمريكي أن: a definite subject and its nisba, then the words at once
    assert speakers("وتابع المصدر الطبي أن الرجل قتل جراء إصابته برصاصة.") == ["المصدر الطبي"]
    assert speakers("وتابع المسؤول الأمريكي أن المحادثات صعبة.") == ["المسؤول الأمريكي"]
    # (following a case or a game, no words: nothing)
    assert speakers("وتابع المحققون الفرنسيون القضية إلى أن اعتقلوا المشتبه به.") == []
    assert speakers("وتابع الجمهور السعودي المباراة باهتمام.") == []


def test_others_at_the_head_of_a_present_plural_speak() -> None:
    # وآخرون يرون أن، وآخرون يقولون إن: "others" hold the second of two views, the people speaking
    assert speakers("ويقول البعض إن الحل قريب، وآخرون يقولون إن الحل بعيد.") == ["البعض", "آخرون"]
    assert speakers("وانقسم الخبراء في تقديرهم. وآخرون يرون أن الحل بعيد.") == ["آخرون"]
    # (the others wounded after a verb are no group speaking)
    assert speakers("وأصيب آخرون يقولون إن الحل بعيد.") == []
