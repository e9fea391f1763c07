"""Quotation speakers, round r119: a recall audit of 40 whole articles over unread text (seed 119), each kind fixed as
a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_plural_went_on_carries_the_sources_quoted_before() -> None:
    # وتابعوا أن: the plural of تابع with the words at once; the ones quoted before go on
    assert speakers("قالت مصادر في الشرطة إن الحادث وقع ليلا. وأضافت المصادر أن البحث جار عن مفقودين. "
                    "وتابعوا أن التقديرات تشير إلى وجود عشرين شخصا.") == ["مصادر في الشرطة", "المصادر", "المصادر"]
    assert speakers("وقال السكان إن الكهرباء انقطعت طويلا. وتابعوا أن الوعود المتكررة لم تنفذ.") == [
        "السكان", "السكان"]


def test_plural_followed_with_an_object_reports_nothing() -> None:
    # تابعوا المباراة: they followed the game, no words
    assert speakers("وقال السكان إن الكهرباء انقطعت طويلا. وتابعوا المباراة حتى النهاية.") == ["السكان"]


def test_part_of_a_period_after_a_one_word_subject_ends_it() -> None:
    # نهاية الأسبوع الماضي، مطلع الشهر الجاري: a circumstance of time after the subject, never part of its name
    assert speakers("وأعلنت واشنطن نهاية الأسبوع الماضي، أن حاملة الطائرات تتجه إلى المنطقة.") == ["واشنطن"]
    assert speakers("وأعلنت موسكو مطلع الشهر الجاري أن المحادثات ستستأنف قريبا.") == ["موسكو"]
    assert speakers("وقالت الشركة أواخر العام الماضي إن أرباحها تراجعت.") == ["الشركة"]
