"""Quotation speakers, round r116: an audit of 150 quotations over unread text (seed 116), each kind fixed as a short
constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_ibban_with_hamza_below_is_during_not_a_verb() -> None:
    # إبان وجودها: the preposition "during" between the verb and its words; the verb before it reports
    assert speakers("وكشفت القوات الأمريكية إبان وجودها في العراق أن التنظيم يتلقى دعما خارجيا.") == [
        "القوات الأمريكية"]
    assert speakers("وإبان حكم الملك قال المؤرخ إن البلاد ازدهرت كثيرا.") == ["المؤرخ"]


def test_abana_the_verb_still_reports() -> None:
    # أبان (explained), with its hamza above or none, stays a verb
    assert speakers("وأبان المدير العام أن المشروع سينتهي قريبا.") == ["المدير العام"]
    assert speakers("وابان المدير العام أن المشروع سينتهي قريبا.") == ["المدير العام"]


def test_verbal_noun_object_with_its_complement_is_no_speaker() -> None:
    # وأكد استعداد الاتحاد للتفاعل …، لافتا: a verbal noun, its owner and what it takes are the verb's object; the one
    # speaking before goes on
    assert speakers("وقال سامي الجريدي إن الأوضاع صعبة. وأكد استعداد الاتحاد للتفاعل إيجابيا مع الحكومة، "
                    "لافتا إلى أن ذلك هو المخرج الوحيد.") == ["سامي الجريدي", "سامي الجريدي"]
    assert speakers("وقال سامي الجريدي إن الأوضاع صعبة. وأبدى استعداد النقابة بالعمل مع الوزارة، "
                    "مؤكدا أن الحوار هو الحل.") == ["سامي الجريدي", "سامي الجريدي"]


def test_words_told_a_paper_before_another_verb_of_saying() -> None:
    # قالت فلانة لـ "سبق" + words with no complementizer, then …، وأشارت إلى أن: the complementizer is the second
    # verb's; the first reports the words told the paper, and its speaker (not the words) goes on
    assert speakers("وقالت الدكتورة أميرة كشغري إن المرأة قادرة. وقالت كشغري لـ \"سبق\" أتوقع حصول المرأة على "
                    "الجائزة خلال العقد المقبل، وأشارت في هذا السياق إلى أن الطريق طويل.") == [
        "أميرة كشغري", "أميرة كشغري", "أميرة كشغري"]
    assert speakers("وقال محمد العتيبي لـ«عكاظ» الفريق جاهز للمباراة المقبلة تماما، وأضاف أن اللاعبين "
                    "في حالة جيدة.") == ["محمد العتيبي", "محمد العتيبي"]
