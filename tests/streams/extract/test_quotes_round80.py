"""Quotation speakers, round r80: kinds found in the errors of the opened S38 and S39, each as a short constructed
sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_family_name_two_people_share_takes_the_one_named_before() -> None:
    # فلان ... ابنه الممثل علان بنفس الاسم: the lone family name is the one named before it, not the son a title
    # introduces later
    text = ("نفى الممثل الأمريكي الشهير ويل سميث الخبر. وقال سميث في بيان إنه لن يطلق زوجته. "
            "وللزوجين ابن هو الممثل جادين سميث.")
    assert speakers(text) == ["ويل سميث"]
    # (a father's name inside the full name is no other person: the titled full name stays)
    text = "وقال العرفاوي إن المشروع جاهز. وكان وزير التجهيز محمد صالح العرفاوي قد زار الموقع."
    assert speakers(text) == ["محمد صالح العرفاوي"]
    # (a family name one person holds still takes the fuller form from a title)
    text = ("وقال بوتين إن العقوبات لن تنجح. وكان الرئيس الروسي فلاديمير بوتين قد زار الصين.")
    assert speakers(text) == ["فلاديمير بوتين"]


def test_a_subject_between_an_and_kana_speaks() -> None:
    # يذكر أن فلان كانت قد أعلنت أنها، كان أكد أن: the subject stands between أن and كان, not a word of the
    # sentence before
    text = "وقال المدرب إن اللاعب رائع. يذكر أن إدارة النادي كانت قد أعلنت عن أنها أنهت إجراءات التعاقد."
    assert speakers(text) == ["المدرب", "إدارة النادي"]
    text = "وقال المدرب إن اللاعب رائع. يذكر أن الشركة كانت أعلنت أنها أنهت الإجراءات."
    assert speakers(text) == ["المدرب", "الشركة"]
    # (كان opening the clause keeps its subject after it)
    text = "وقال المدرب إن اللاعب رائع. وكانت الوزارة قد أعلنت أنها أنهت الإجراءات."
    assert speakers(text) == ["المدرب", "الوزارة"]
