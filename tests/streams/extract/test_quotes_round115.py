"""Quotation speakers, round r115: a description given as the speaker where the article names the person (audit
of 110 description speakers over unread text, seed 115), each kind as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_holder_set_off_after_the_office_then_a_circumstance_speaks() -> None:
    # مدير …، فلان، في تصريح لـ… إن: the office, its holder's name between commas, then where he spoke; the name
    # speaks, not the office (the tagger's person, a Maghrebi first name with the article)
    assert speakers("وقال مدير تسجيل العربات، الجيلاني بوجمعة، في تصريح لوكالة الأنباء إن المبلغ يدفعه المشتري.",
                    tagged=True) == ["الجيلاني بوجمعة"]
    assert speakers("وأكد رئيس الغرفة الجهوية للمخابز بولاية باجة، الصادق الحبوبي، في تصريح للإذاعة، أن القرار "
                    "لم يدرس.", tagged=True) == ["الصادق الحبوبي"]
    assert speakers("وقال مدير تسجيل العربات، محمد بوجمعة، في تصريح لوكالة الأنباء إن المبلغ يدفعه المشتري.") == [
        "محمد بوجمعة"]


def test_holder_set_off_then_a_clause_of_its_own_stays_apart() -> None:
    # (a comma that closes the office, then no name: the office speaks as before)
    assert speakers("وقال مدير تسجيل العربات، في تصريح لوكالة الأنباء، إن المبلغ يدفعه المشتري.") == [
        "مدير تسجيل العربات"]
