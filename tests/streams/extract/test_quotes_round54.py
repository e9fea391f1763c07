"""Quotation speakers, round r54: wrong persons, names cut short and quotations missed in the opened speaker sets
S15 and S16, each as a short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_time_word_that_is_a_first_name_after_a_title_names_the_holder() -> None:
    # الدكتورة صباح مشرف، الشيخ صباح الخالد: صباح after a person's title is the holder's first name
    text = "وأوضحت البروفيسورة صباح مشرف، أن التقنية الحديثة مفيدة للمرضى."
    assert speakers(text, tagged=True) == ["صباح مشرف"]
    text = "وقال الشيخ صباح الخالد إن الكويت تدعم الحل السياسي."
    assert speakers(text) == ["صباح الخالد"]
    # but صباح before a time stays the time of speaking, and the title speaks
    text = "وقال الوزير صباح اليوم إن الكويت تدعم الحل السياسي."
    assert speakers(text) == ["الوزير"]
    text = "وقال الوزير صباح العيد إن الكويت تدعم الحل السياسي."
    assert speakers(text) == ["الوزير"]
    text = "وقال الوزير صباح 12 مايو إن الكويت تدعم الحل السياسي."
    assert speakers(text) == ["الوزير"]
    # nor is صباح a name after a place's head in construct (ولاية صباح), the place of an office
    text = "وقال مسؤول الحياة البرية في ولاية صباح ويليام بايا إن العقوبة رادعة."
    assert "صباح ويليام بايا" not in speakers(text)


def test_a_dual_verb_goes_on_from_two_people_listed_by_name_in_its_sentence() -> None:
    # وطالب كل من فلان الفلاني وفلان الفلاني ...، وقالا إن: the pair listed without titles speaks
    text = "وطالب كل من يوسف الحربي ومهدي اليماني بعدم التعجل في الحكم على القرار، وقالا إن الأيام علمتنا الصبر."
    assert speakers(text) == ["يوسف الحربي ومهدي اليماني"]
    # but no pair listed in the sentence: no speaker to carry, no quotation
    text = "وزار الوزير المصنع برفقة المدير خالد العلي، وأكدا أن الإنتاج سيرتفع."
    assert speakers(text) == []


def test_a_saying_verb_after_if_of_a_supposition_reports_no_words() -> None:
    # وحتى لو رأى بعض الناس أن: a supposition, no one's view reported
    text = "وحتى لو رأى بعض الناس أن ما فعلته الفرقة غير مقبول، فهذا لا يبرر العنف."
    assert speakers(text) == []
    text = "ولو قال الوزير إن الوضع صعب لصدقناه."
    assert speakers(text) == []
    # but the words of one who speaks of a supposition are reported
    text = "وقال الوزير إنه لو تأخر الدعم لتوقف المشروع."
    assert speakers(text) == ["الوزير"]


def test_a_name_in_quote_marks_after_a_title_speaks_through_a_relative() -> None:
    # الأستاذ "فلان الفلاني" الذي بين أن: the quoted name before the relative is the one speaking
    text = 'وأشرف على الفريق الأستاذ "حاتم سليمان" الذي بين أن هذا الإنجاز يضاف إلى مشاركات سابقة.'
    assert speakers(text) == ["حاتم سليمان"]
    text = 'وحضر اللقاء المدرب "كمال الهاشمي" الذي قال إن الفريق جاهز للمباراة.'
    assert speakers(text) == ["كمال الهاشمي"]


def test_the_people_listed_after_each_of_end_before_their_own_words_begun_unmarked() -> None:
    # وقال كل من فلان وفلان نتمنى أن: a verb of "we" begins their words, no part of the list
    text = "وقال كل من أصيل دعوجي وأسامة الغامدي نتمنى أن يتفادى الاتحاد الأخطاء نفسها."
    assert speakers(text) == ["أصيل دعوجي وأسامة الغامدي"]
    # names in ن stay in the list
    text = "وقال كل من نبيل الحربي ونايف العلي إن الاتحاد أخطأ."
    assert speakers(text) == ["نبيل الحربي ونايف العلي"]


def test_quote_marks_around_a_body_add_no_words_to_the_office_chain_before_the_name() -> None:
    # وتوقع عضو مجلس الإدارة والرئيس التنفيذي لبرنامج «…» فلان، أن ...، مؤكدا أن: the holder named after the chain
    text = ("وتوقع عضو مجلس الإدارة والرئيس التنفيذي لبرنامج «رواد الغد» سالم الفايز، أن تنجح الشراكة، "
            "مؤكدا أن بناء الشراكات مهم للجمعيات.")
    assert speakers(text) == ["سالم الفايز"]
