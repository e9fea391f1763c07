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


def test_description_written_beside_one_name_is_that_person() -> None:
    # محافظ عدن فلان … وقال محافظ مدينة عدن: the office (and its field) stand beside one name met before; that person
    # speaks, not the description
    assert speakers("وكشف محافظ عدن نايف البكري أن المدينة آمنة. وقال محافظ مدينة عدن إن الشرطة عادت إلى العمل.",
                    tagged=True) == ["نايف البكري", "نايف البكري"]
    assert speakers("زار وزير التكوين المهني، عماد الحمامي، المدينة. وأبرز الحمامي أن العقد جديد. وشدد الوزير على "
                    "أن البرنامج لن يعوض العقود.", tagged=True) == ["عماد الحمامي", "عماد الحمامي"]


def test_description_beside_no_name_stays() -> None:
    # (a description no name stands beside keeps its words: المتحدث الأمني, nobody named)
    assert speakers("استقبل وزير التكوين المهني عماد الحمامي الوفد. وقال المتحدث الأمني إن الوضع مستقر.",
                    tagged=True)[-1:] == ["المتحدث الأمني"]


def test_a_body_named_after_a_person_gives_no_holder() -> None:
    # مدير جامعة الأمير سطام بن عبدالعزيز: the name closes the body's name; the director is not that prince
    assert speakers("التقى مدير جامعة الأمير سطام بن عبدالعزيز الطلاب. وقال مدير الجامعة إن القبول مفتوح.",
                    tagged=True)[-1:] == ["مدير الجامعة"]
