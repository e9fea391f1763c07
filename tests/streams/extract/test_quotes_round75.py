"""Quotation speakers, round r75: kinds found by the audit of main's quotations over unread text (seed 75), each as a
short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_the_one_the_newsroom_met_speaks() -> None:
    # والتقينا بأحد مرتادي العين فلان، وقال: the one the newsroom met (one of a group, or an office) is the subject
    # of the verb after the comma, as the one it called is (وباتصالنا بالمندوبة فلانة، أكدت)
    text = "وألتقينا بأحد مرتادي الحديقة صالح بن أحمد البالغ من العمر 54 عامًا، وقال : إنني أتردد على هذا المكان كثيرا."
    assert speakers(text) == ["صالح بن أحمد"]
    text = "والتقينا بإحدى الأمهات سارة الأحمد، وقالت إن المدرسة بعيدة عن الحي."
    assert speakers(text) == ["سارة الأحمد"]
    text = "والتقينا بالمواطن خالد العتيبي، وقال إن الأسعار ارتفعت كثيرا هذا الشهر."
    assert speakers(text) == ["خالد العتيبي"]


def test_taba_with_a_title_and_a_name_then_the_words() -> None:
    # وتابع الشيخ فلان: «…»، وتابع فلان الفلاني أن: تابع reports when the words follow at once after its subject, a
    # titled name or a known first name with a family name in ال (not وتابع الفريق الأول تدريباته، وتابع المدرب
    # فلان تدريباته: following, not speaking)
    assert speakers("وتابع الشيخ عبد الله: «سألني أحد الأصدقاء أن أصف الأمير في كلمة واحدة».") == ["عبد الله"]
    assert speakers("وتابع الرئيس خالد العتيبي إن الأصدقاء سألوه أن يصف الأمير في كلمة واحدة.") == ["خالد العتيبي"]
    assert speakers("وتابع خالد العتيبي: \"سألني أحد الأصدقاء أن أصف الأمير في كلمة واحدة\".") == ["خالد العتيبي"]
    assert speakers("وتابع الفريق الأول تدريباته: الجري والسباحة.") == []
    assert speakers("وتابع المدرب خالد تدريباته: الجري والسباحة.") == []


def test_a_quoted_body_after_a_lone_glued_preposition_is_no_holder() -> None:
    # منسق لجنة الفنون بـ"فنون الباحة" فلان أن: the quoted name after بـ written apart is the body the office belongs
    # to, and the name after it speaks (but رئيس بلدية لينييفيل "فلان": the holder quoted)
    text = "وأكد منسق لجنة الفنون بـ “فنون الباحة” طلال الغامدي أن الأمسية تأتي ضمن فعاليات العيد."
    assert speakers(text) == ["طلال الغامدي"]
    text = "وأوضح مدير التسويق بـ\"المراعي\" خالد العتيبي أن المبيعات ارتفعت هذا العام."
    assert speakers(text) == ["خالد العتيبي"]
