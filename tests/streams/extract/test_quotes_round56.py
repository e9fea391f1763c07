"""Quotation speakers, round r56: wrong persons and names cut short or run on in the opened speaker sets S21 and
S22, each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_an_act_judged_after_a_name_is_the_verbs_object_not_a_family_name() -> None:
    # ووصف الدكتور فلان عامر الحادث بالشنيع: the act described ends the name
    text = "ووصف الدكتور عادل عامر الحادث بالشنيع، مؤكدا أن المملكة لن تتأثر."
    assert speakers(text) == ["عادل عامر"]
    text = "وانتقد المحامي خالد عامر القرار، مؤكدا أنه خاطئ."
    assert speakers(text) == ["خالد عامر"]
    # but a family name in ال stays, and العمل in a body's or a market's name is no act
    text = "وقال الرئيس خالد عامر الشمري إن الوضع صعب."
    assert speakers(text) == ["خالد عامر الشمري"]
    text = "وأوضحت مجموعة العمل من أجل فلسطينيي سورية، في بيان أمس، أن القصف أحدث دمارا."
    assert speakers(text) == ["مجموعة العمل"]
    text = "يؤكد خبراء أسواق العمل في جميع دول العالم أن التأهيل مهم."
    assert speakers(text) == ["خبراء أسواق العمل"]
    text = "وقالت سيدة الأعمال منى العلي إن جدة مدينة جميلة."
    assert speakers(text) == ["منى العلي"]


def test_an_act_condemned_right_after_a_bare_verb_is_no_subject() -> None:
    # رفع فلان التعازي. وأدان العمل الإجرامي ...، مؤكدا: the one named before goes on speaking
    text = ("ورفع الوزير خالد العلي التعازي إلى الأسر. وأدان العمل الإجرامي الذي استهدف المسجد، "
            "مؤكدا أن الأمن سيبقى قويا.")
    assert speakers(text) == ["خالد العلي"]
    text = "ورفع الوزير خالد العلي التعازي إلى الأسر. واستنكر الهجوم الذي استهدف المسجد، مؤكدا أن الأمن سيبقى قويا."
    assert speakers(text) == ["خالد العلي"]


def test_a_sources_body_named_after_a_king_keeps_his_name() -> None:
    # مصدر مطلع في مستشفى الملك فهد بجدة: the hospital is named after the king, the place completes it
    text = "وقال مصدر مطلع في مستشفى الملك فهد بجدة، إن المرض انتشر."
    assert speakers(text) == ["مصدر مطلع في مستشفى الملك فهد بجدة"]
    text = "وقال مسؤول في جامعة الملك سعود إن المرض انتشر."
    assert speakers(text) == ["مسؤول في جامعة الملك سعود"]
    text = "وقال مصدر في مستشفى الأمير سلطان إن المرض انتشر."
    assert speakers(text) == ["مصدر في مستشفى الأمير سلطان"]
    # but a body that is not named after anyone ends where it ended
    text = "وقال مصدر في الديوان الملكي إن الملك سلمان بخير."
    assert speakers(text) == ["مصدر في الديوان الملكي"]


def test_an_issuer_after_an_in_construct_keeps_its_complement() -> None:
    # التقارير الصادرة عن ميزانية الشركة: the issuer is a noun in construct
    text = "وأوضحت بعض التقارير الصادرة عن ميزانية الشركة أنها قسمت المبلغ."
    assert speakers(text) == ["بعض التقارير الصادرة عن ميزانية الشركة"]
    text = "وأوضحت الإحصائيات الصادرة عن «ساما» أن المرض انتشر."
    assert speakers(text) == ["الإحصائيات الصادرة عن «ساما»"]
    # with the complement's adjective, but no time after it
    text = "وقال بيان صادر عن قيادة الجيش اللبناني الجمعة إن قوة من الجيش أوقفت مطلوبين."
    assert speakers(text) == ["بيان صادر عن قيادة الجيش اللبناني"]


def test_a_name_then_a_relative_clause_between_commas_then_his_verb() -> None:
    # لكن البروفيسور فلان من جامعة "…"، الذي قاد فريق البحث، أوضح أن: he speaks, not the earlier clause's subject
    text = ('يغسل معظم الناس أيديهم خمس مرات يوميا، لكن البروفيسور بول ليتل من جامعة "ساوثمبتون"، '
            "الذي قاد فريق البحث، أوضح أنه إذا زاد العدد فسيكون لذلك تأثير.")
    assert speakers(text) == ["بول ليتل"]
    text = "يغسل معظم الناس أيديهم خمس مرات يوميا، لكن البروفيسور بول ليتل، الذي قاد فريق البحث، أوضح أن العدد مهم."
    assert speakers(text) == ["بول ليتل"]


def test_a_view_verbs_name_then_office_chain_closed_by_a_comma() -> None:
    # ويرى فلان الخبير في الشؤون العربية في وكالة أنباء الشرق الأوسط، أن: the office's chain, a comma, then أن
    text = "ويرى أحمد سنبل الخبير في الشؤون العربية في وكالة أنباء الشرق الأوسط، أن مثل هذه الأعمال مدانة."
    assert speakers(text) == ["أحمد سنبل"]
    text = "واعتبر أحمد سنبل الخبير في الشؤون العربية بوكالة أنباء الشرق الأوسط، أن هذه الأعمال مدانة."
    assert speakers(text) == ["أحمد سنبل"]


def test_with_these_words_opens_the_sentence_before_its_verb() -> None:
    # «…».. بهذه العبارات بدأ فلان حديثه، وقال: the words are no subject; the one who began speaks on
    text = "بهذه الكلمات بدأ الوزير خالد العلي حديثه، وقال: إن الوطن غال."
    assert speakers(text) == ["خالد العلي"]
    text = "بهذه العبارات عبر المواطن خالد العلي عن فرحته، مضيفا أن الوطن غال."
    assert speakers(text) == ["خالد العلي"]
