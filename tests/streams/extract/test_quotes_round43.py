"""Quotation speakers, round speakers-r43: abstract things that "say" (the writer's argument, no one's words) and
كشف read as a noun, each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_abstract_subjects_report_no_words() -> None:
    # reality, facts, numbers, details, history, experience: the writer's argument, not a quotation
    assert speakers("وتقول الأرقام إن عدد الزوار تضاعف خلال عامين.") == []
    assert speakers("الحقيقة تؤكد أن الطريق ما زال طويلا أمام الفريق.") == []
    assert speakers("التاريخ يقول إن هذه المدينة صمدت أمام الغزاة.") == []
    assert speakers("واقعنا يقول إنه لا بديل عن التعليم الجيد.") == []
    assert speakers("وتؤكد تجارب الماضي أن الحوار أقصر الطرق إلى الحل.") == []
    assert speakers("وأوضحت التفاصيل أن السيارة انحرفت عن مسارها فجأة.") == []
    # the thing before its verb with a relative of its own (الأمر الذي يؤكد، الحقيقة التي تؤكد): the writer's inference
    assert speakers("وتعثر الفريق في بداية الموسم، الأمر الذي يؤكد أن الإعداد لم يكن كافيا.") == []
    assert speakers("وستجد هذه الحقيقة التي تؤكد أن الموازنة تحتاج إلى إصلاح.") == []


def test_the_one_speaking_before_goes_on_after_an_abstract_subject() -> None:
    # the abstract thing is no speaker, and does not carry to the next verb: the one who spoke before goes on
    text = ("وقال المدير العام للشركة إن الأرباح ارتفعت. وتقول الأرقام إن المبيعات تضاعفت، "
            "وأضاف أن الشركة ستفتتح فروعا جديدة.")
    assert speakers(text) == ["المدير العام للشركة", "المدير العام للشركة"]


def test_written_sources_still_speak() -> None:
    # reports, studies, statistics, a ministry's figures and numbers given by a body report
    assert speakers("وأكد تقرير صادر عن البنك الدولي أن النمو تباطأ.") != []
    assert speakers("وكشفت دراسة حديثة أن النوم المبكر يحسن الذاكرة.") == ["دراسة حديثة"]
    assert speakers("وأشارت الإحصائيات إلى أن البطالة تراجعت.") == ["الإحصائيات"]
    assert speakers("وأفادت الأرقام التي أوردتها البعثة الأممية بأن عدد الضحايا ارتفع.") != []


def test_kashf_before_an_adjective_or_a_noun_in_construct_is_a_noun() -> None:
    # كشف طبي، كشف درجات: a medical check, a list of grades, no verb of revealing (and إن وجدت is no quotation)
    text = "ويرفق المتقدم وثيقة التخرج وكشف درجات معتمد والشهادات إن وجدت."
    assert speakers(text) == []
    text = "وعلى المرشح طباعة نموذج كشف طبي وإحضاره، وأن يحضر المقابلة في موعدها."
    assert speakers(text) == []
    # كشف the verb, with its subject, still reports
    assert speakers("وكشف مصدر أمني أن التحقيقات ما زالت جارية.") == ["مصدر أمني"]


def test_an_abstract_subject_of_an_earlier_clause_gives_no_speaker() -> None:
    # the thing is the subject of an earlier clause, the words are someone's: a quotation, but not the thing's
    text = ("ومن الأدلة على كرمه أنه أعطى ماله كله للفقراء، فقد كان يمشي في السوق مع صاحبه فقال: "
            "لا خير في مال لا ينفع الناس.")
    assert speakers(text) == [None]
    text = ("لم يكن الأمر سهلا على امرأة قادمة من بلد بعيد، لكن الإرادة كانت أقوى، ما جعلها اليوم تقول "
            "\"لم أندم على قراري\".")
    assert speakers(text) == [None]
