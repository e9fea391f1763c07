"""Quotation speakers, round r21: failure kinds found in the opened sets v27 and C5
(tests/gold/facts/README.md), each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_an_article_cut_off_by_a_tatweel_ends_the_subject() -> None:
    # وقال أحد القضاة الـ 12 في المحكمة: the article written apart (الـ before a number or a quoted name) was kept
    # as a word of the subject, which then ended in a bare ال
    assert speakers("وقال أحد القضاة الـ 12 في المحكمة إن القرار كان صعبا.") == ["أحد القضاة"]
    assert speakers("وأوضح التقرير الـ51 الصادر عن الهيئة أن معظم الزيادة طرأت في يناير.") == ["التقرير"]


def test_a_conclusion_reached_reports_words() -> None:
    # وخلصت الدراسة إلى أن، توصل باحثون إلى أن: a study's or an assessment's conclusion reports words (the lead's
    # answer to r20, as v24, v26 and C4 mark them), only through إلى أن right after a short subject
    assert speakers("وخلصت الدراسة إلى أن النوم المبكر يحسن الذاكرة.") == ["الدراسة"]
    assert speakers("وتوصل باحثون في جامعة لندن إلى أن القهوة تقلل التوتر.") == ["باحثون"]
    assert speakers("وقال التقرير إن الأسعار سترتفع. وخلص إلى أن الطلب سيبقى قويا.") == ["التقرير", "التقرير"]
    # a deal reached, its terms after على أن: no words reported
    assert speakers("وتوصل الطرفان إلى اتفاق ينص على أن تبدأ المفاوضات غدا.") == []
    # a bare conclusion goes on from the subject of its own sentence, not from one who spoke before
    assert speakers("وقال الوزير إن الحرب طويلة. واعتمد التقييم على بيانات من الميدان، وخلص إلى أن التنظيم لا يزال "
                    "قويا.") == ["الوزير", "التقييم"]


def test_a_group_keeps_its_relative_adjective() -> None:
    # أكد عدد من القيادات الأمنية أن: the group's noun and its relative adjective are the speaker (the adjective was cut)
    assert speakers("أكد عدد من القيادات الأمنية أن الحادث لن يمر دون عقاب.") == ["عدد من القيادات الأمنية"]
    assert speakers("وقال العديد من السكان المحليين إن الرجل كان هادئا.") == ["العديد من السكان المحليين"]
    # a clause about the group still ends it
    assert speakers("وقال عدد من الأهالي الذين يسكنون قرب الموقع إن الانفجار كان قويا.") == ["عدد من الأهالي"]


def test_a_mark_left_open_stops_at_a_paragraph_that_speaks() -> None:
    # إن “العملية … من جانب واحد.⏎وأضافت المتحدثة أن …⏎… في “سيفاري”: the opening mark was never closed in its
    # paragraph; the one far on, after a name in marks, made one quotation of three paragraphs and hid their verbs
    text = ("قالت المتحدثة باسم البعثة، راضية عاشوري، إن “العملية نفذت من جانب واحد.\n"
            "وأضافت المتحدثة الأممية أن الرهائن نقلوا إلى مكان آمن.\n"
            "وذكر شهود عيان أن المسلحين هاجموا الثكنة في “سيفاري”، ثم فروا إلى الفندق.")
    assert speakers(text) == ["راضية عاشوري", "راضية عاشوري", "شهود عيان"]
