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


def test_family_name_of_one_named_before_opens_the_clause() -> None:
    # وثمن اللهو دعم الوزير سلمان الحمود، لافتا: the family name of the one named before, right after the verb, is
    # its subject; the office and name after it are in the verb's object
    assert speakers("وأعلن جمال اللهو أن المهرجان سينطلق. وثمن اللهو دعم الوزير سلمان الحمود، لافتا إلى أن "
                    "هناك أفكارا مطروحة.") == ["جمال اللهو", "جمال اللهو"]
    assert speakers("وأعلن جمال اللهو أن المهرجان سينطلق. وشكر اللهو الشيخ سلمان الحمود على دعمه، لافتا إلى أن "
                    "هناك أفكارا مطروحة.") == ["جمال اللهو", "جمال اللهو"]


def test_office_and_name_opening_the_clause_still_speak() -> None:
    # واستقبل الوزير سلمان الحمود الوفد، مؤكدا: an office then a name right after the verb stays the subject
    assert speakers("وقال جمال اللهو إن المهرجان سينطلق. واستقبل الوزير سلمان الحمود الوفد، مؤكدا أن الدعم "
                    "مستمر.") == ["جمال اللهو", "سلمان الحمود"]


def test_place_after_a_correspondent_is_no_name() -> None:
    # لمراسلة "الجوهرة أف أم" بجربة: where the correspondent works (ب + a place), never the speaker's name
    assert speakers("وأكد المسؤول الجهوي لمراسلة \"الجوهرة أف أم\" بجربة أنه يفند هذه الاتهامات.") == [
        "المسؤول الجهوي"]
    assert speakers("وأكد المدير الجهوي للصحة في تصريح لمراسل الجوهرة \"اف ام\" بسوسة اليوم أن الوضع مستقر.") == [
        "المدير الجهوي للصحة"]


def test_foreign_name_opening_with_bi_still_speaks() -> None:
    # بلاتر، بدرو: a foreign name whose rest after ب a short place may share is a name, away from a medium's quotes
    assert speakers("وقال رئيس الفيفا جوزيف بلاتر إن الوضع صعب. وأعلن بلاتر أنه سيترك منصبه.") == [
        "جوزيف بلاتر", "جوزيف بلاتر"]
    assert speakers("أكد بدرو كالوخا رئيس الاتحاد البنمي لكرة القدم أن المباراة صعبة.") == ["بدرو كالوخا"]
