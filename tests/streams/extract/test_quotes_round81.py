"""Quotation speakers, round r81: kinds found in the errors of the opened sets S37 and S40, each as a short
constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_those_in_charge_keep_what_they_run() -> None:
    # القائمون على الدراسة، القائم على المشروع، المسؤولون عن الحملة: unnamed, the matter after على/عن completes them
    assert speakers("ويؤكد القائمون على الدراسة أن الأطفال يجب أن يناموا مبكرا.") == ["القائمون على الدراسة"]
    assert speakers("وقال القائم على المشروع إن العمل سينتهي قريبا.") == ["القائم على المشروع"]
    assert speakers("وقال المسؤولون عن الحملة إن التبرعات تضاعفت.") == ["المسؤولون عن الحملة"]
    # (named, the holder speaks; an office that takes another preposition is cut as before)
    assert speakers("وقال المشرف على البرنامج سعيد الخالدي إن العمل جار.") == ["سعيد الخالدي"]
    assert speakers("وقال المسؤول على هامش المؤتمر إن العمل جار.") == ["المسؤول"]


def test_a_deputys_seat_after_a_revealing_verb_is_no_object() -> None:
    # أفاد النائب عن ولاية فلان، فلان، بأنه: عن names the seat he holds, not what is revealed
    text = "وأفاد عضو مجلس النواب عن ولاية قفصة، سالم العياري، بأنه سيتم إيداع مطلب لدى المجلس."
    assert speakers(text) == ["سالم العياري"]
    text = "وأفاد النائب عن حركة الشعب سالم العياري بأن المبادرة لقيت تجاوبا."
    assert speakers(text) == ["سالم العياري"]
    # (what is revealed after عن stays no subject)
    assert speakers("وأعلنت الوزارة عن وفاة شاب في السجن وقالت إن التحقيق جار.") == ["الوزارة"]


def test_the_same_source_is_the_unnamed_source_before() -> None:
    # وقال مصدر ... وقال فلان ... وأضاف المصدر نفسه: the source spoken of again, not the one named since
    text = ("وقال مصدر أمني إن المتهم اعتقل. وقال الوزير سالم العلي إن التحقيق جار. "
            "وأضاف المصدر نفسه أن المتهم اعترف.")
    assert speakers(text) == ["مصدر أمني", "سالم العلي", "مصدر أمني"]
    text = ("وتشير مصادر للصحيفة إلى أن العقد يمتد موسمين. وقال رئيس النادي سالم العلي إن اللاعب سيصل. "
            "وأوضحت المصادر ذاتها أن اللاعب وقع.")
    assert speakers(text) == ["مصادر", "سالم العلي", "مصادر"]
    # (no unnamed source before: the one named, who is the source)
    text = "وقال المتحدث باسم الشرطة سالم العلي إن المتهم اعتقل. وأضاف المصدر نفسه أن المتهم اعترف."
    assert speakers(text) == ["سالم العلي", "سالم العلي"]


def test_the_one_in_charge_is_no_clause_after_it() -> None:
    # زيارة القائمة على المبنى، قام بحمل ... وقالت القائمة على المبنى إن: the clause after her first mention is no name
    text = ("وخلال زيارة القائمة على المبنى، قام بحمل حقيبة وهددها. وقالت القائمة على المبنى إن الطالب كان غاضبا.")
    assert speakers(text) == ["القائمة على المبنى"]
