"""Quotation speakers, round r69: two known kinds of wrong speaker over unread text (فما كان منه إلا قال; a plural
verb given a single speaker), each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_nothing_but_said_is_the_subject_the_pronoun_stands_for() -> None:
    # فما كان منه إلا (أن) قال: "he could but say"; the one the pronoun stands for speaks, never منه إلا
    text = ("وقال المدير أحمد السالم إن الخطة جاهزة. وشاهد الطفل سعود الحربي الحلوى في المحل، "
            "فما كان منه إلا قال بصوت مرتفع \"أريد قطعة\".")
    assert speakers(text) == ["أحمد السالم", "سعود الحربي"]
    text = "وقال المدير أحمد السالم إن الخطة جاهزة. وسمع اللاعبون صافرة الحكم، فما كان منهم إلا قالوا: \"هذا ظلم\"."
    assert speakers(text) == ["أحمد السالم", "اللاعبون"]


def test_the_pronoun_after_min_is_no_part_of_the_subject() -> None:
    # التي حذر منها الباحثون: what is warned of, then the subject
    text = "ومن بين الأطعمة التي حذر منها الباحثون: تناول الحلوى بعد الأكل."
    assert speakers(text) == ["الباحثون"]
    text = "ومن بين العادات التي نصح بها الأطباء وحذر منها المختصون: النوم المتأخر."
    assert speakers(text) == ["المختصون"]


def test_a_bare_plural_verb_goes_on_from_the_group_not_a_single_source() -> None:
    # قال مسؤولون ...، وفقا لما ذكرته صحيفة محلية. وأضافوا أن: the group the plural verb goes on from, not the one
    # source named last
    text = ("قال مسؤولون في وزارة الصحة إن المرض انتشر في ثلاث مدن، وفقا لما ذكرته صحيفة محلية. "
            "وأضافوا أن الوضع تحت السيطرة.")
    assert speakers(text)[1] == "مسؤولون"
    text = "وطالب عدد من أولياء الأمور بتأجيل الدراسة، وفق ما نقلته وكالة الأنباء. وأكدوا أن الطقس حار."
    assert speakers(text) == ["عدد من أولياء الأمور"]
