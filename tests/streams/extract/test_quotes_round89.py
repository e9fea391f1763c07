"""Quotation speakers, round r89: kinds seen in the errors of the opened sets S33 and S34, each as a short
constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_woman_judge_keeps_her_nisba() -> None:
    # قالت قاضية أمريكية إن: the feminine of قاضي is an office as مسؤولة, its nisba goes with it
    assert speakers("قالت قاضية أمريكية في نيويورك إن المطالب قد تنجح يوما ما.") == ["قاضية أمريكية"]
    assert speakers("وقالت القاضية سلمى الحربي إن المطالب قد تنجح.") == ["سلمى الحربي"]
    # (as the man's office)
    assert speakers("قال قاض أمريكي إن المطالب قد تنجح يوما ما.") == ["قاض أمريكي"]


def test_i_affirm_after_said_is_his_words() -> None:
    # قال أؤكد وبشكل حازم أن: the speaker's own first-person verb, with an adverbial before أن; the last one goes on
    lead = "وقال سامر الحلبي إن الانتخابات كانت نزيهة. "
    assert speakers(lead + "وحول الاتهامات قال أؤكد وبشكل حازم أن لا علاقة لأي دولة بها.") == ["سامر الحلبي"] * 2
    assert speakers(lead + "وأضاف نؤكد مرة أخرى أن لا علاقة لأي دولة بها.") == ["سامر الحلبي"] * 2
    assert speakers(lead + "وتابع أعتقد جازما أن الائتلاف سيبقى موحدا.") == ["سامر الحلبي"] * 2
    # (the name أشعر still speaks)
    assert speakers("وقال أشعر ناظم إن الانتخابات نزيهة.") == ["أشعر ناظم"]


def test_the_speakers_own_site_or_page_ends_the_name() -> None:
    # وأورد الاتحاد بموقعه الرسمي أن، وكتب فلان بصفحته على فيسبوك أن: where it was said, no part of the name
    assert speakers("وأورد الاتحاد بموقعه الرسمي أمس أنه سيكرر الحوار مع الحكومة.") == ["الاتحاد"]
    assert speakers("وكتب الوزير بصفحته على فيسبوك أنه سيكرر الحوار.") == ["الوزير"]
    assert speakers("وقالت النائبة سارة الخالدي بحسابها على تويتر إنها ستعود.") == ["سارة الخالدي"]


def test_whether_is_no_name() -> None:
    # أشار إلى التعامل سواء من إدارة النادي في أثناء المفاوضات، مؤكدا: "whether", the player named first goes on
    assert speakers("وأشار اللاعب إلى التعامل الراقي سواء من إدارة النادي في أثناء المفاوضات، مؤكدا أنه مازال"
                    " يملك الكثير.") == ["اللاعب"]


def test_especially_in_that_gives_a_reason() -> None:
    # أوضحوا استياءهم، خاصة في أن الخطر قائم: "especially in that", a reason, not words said (as خاصة أن)
    assert speakers("بينما أوضح عدد من أولياء الأمور استياءهم من الوضع، خاصة في أن الخطر مازال قائما.") == []
    assert speakers("وأبدى الأهالي قلقهم، خاصة أن الخطر مازال قائما.") == []


def test_a_bodys_second_field_is_in_its_name() -> None:
    # دعت وزارة الصناعة والتجارة الأفراد إلى …. وأضافت أن: the body's name keeps its second field
    lead = " إلى الالتزام بالترخيص. وأضافت أن وصول البضائع لا يغير شيئا."
    assert speakers("دعت وزارة الصناعة والتجارة الأفراد" + lead) == ["وزارة الصناعة والتجارة"]
    assert speakers("ودعت وزارة النقل والاتصالات الشركات" + lead) == ["وزارة النقل والاتصالات"]
    # (a plural of people after و is the object, not the body's field)
    assert speakers("دعت وزارة الداخلية والمواطنين" + lead) == ["وزارة الداخلية"]
